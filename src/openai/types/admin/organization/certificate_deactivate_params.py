# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Required, TypedDict

from ...._types import SequenceNotStr

__all__ = ["CertificateDeactivateParams"]


class CertificateDeactivateParams(TypedDict, total=False):
    certificate_ids: Required[SequenceNotStr[str]]
