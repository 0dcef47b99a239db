# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo

__all__ = ["RunStepStreamEvent"]


# Imported after the classes: these modules import this one (a cycle in the spec's schemas).
from .beta.assistant_stream_event import (  # noqa: E402
    ThreadRunStepDelta,
    ThreadRunStepFailed,
    ThreadRunStepCreated,
    ThreadRunStepExpired,
    ThreadRunStepCancelled,
    ThreadRunStepCompleted,
    ThreadRunStepInProgress,
)

RunStepStreamEvent: TypeAlias = Annotated[
    Union[
        ThreadRunStepCreated,
        ThreadRunStepInProgress,
        ThreadRunStepDelta,
        ThreadRunStepCompleted,
        ThreadRunStepFailed,
        ThreadRunStepCancelled,
        ThreadRunStepExpired,
    ],
    PropertyInfo(discriminator="event"),
]
