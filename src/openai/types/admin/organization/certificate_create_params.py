# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Required, TypedDict

__all__ = ["CertificateCreateParams"]


class CertificateCreateParams(TypedDict, total=False):
    name: str
    """An optional name for the certificate"""

    certificate: Required[str]
    """The certificate content in PEM format"""
