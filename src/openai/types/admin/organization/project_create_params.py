# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Optional

from typing_extensions import Required, TypedDict

__all__ = ["ProjectCreateParams"]


class ProjectCreateParams(TypedDict, total=False):
    name: Required[str]
    """The friendly name of the project, this name appears in reports."""

    geography: Optional[str]
    """Create the project with the specified data residency region. Your organization must have access to Data residency functionality in order to use. See [data residency controls](/docs/guides/your-data#data-residency-controls) to review the functionality and limitations of setting this field."""

    external_key_id: Optional[str]
    """External key ID to associate with the project."""
