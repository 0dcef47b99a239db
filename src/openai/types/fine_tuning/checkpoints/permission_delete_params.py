# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import Required, TypedDict

__all__ = ["PermissionDeleteParams"]


class PermissionDeleteParams(TypedDict, total=False):
    fine_tuned_model_checkpoint: Required[str]
    """The ID of the fine-tuned model checkpoint to delete a permission for."""
