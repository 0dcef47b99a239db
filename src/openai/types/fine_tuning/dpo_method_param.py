# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import TypedDict

from .dpo_hyperparameters_param import DpoHyperparametersParam

__all__ = ["DpoMethodParam"]


class DpoMethodParam(TypedDict, total=False):
    """Configuration for the DPO fine-tuning method."""

    hyperparameters: DpoHyperparametersParam
    """The hyperparameters used for the DPO fine-tuning job."""
