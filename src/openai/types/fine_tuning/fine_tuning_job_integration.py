# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import TypeAlias

from .fine_tuning_job_wandb_integration_object import FineTuningJobWandbIntegrationObject

__all__ = ["FineTuningJobIntegration"]


FineTuningJobIntegration: TypeAlias = FineTuningJobWandbIntegrationObject
