# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo

__all__ = ["RunStreamEvent"]


# Imported after the classes: these modules import this one (a cycle in the spec's schemas).
from .beta.assistant_stream_event import (  # noqa: E402
    ThreadRunFailed,
    ThreadRunQueued,
    ThreadRunCreated,
    ThreadRunExpired,
    ThreadRunCancelled,
    ThreadRunCompleted,
    ThreadRunCancelling,
    ThreadRunIncomplete,
    ThreadRunInProgress,
    ThreadRunRequiresAction,
)

RunStreamEvent: TypeAlias = Annotated[
    Union[
        ThreadRunCreated,
        ThreadRunQueued,
        ThreadRunInProgress,
        ThreadRunRequiresAction,
        ThreadRunCompleted,
        ThreadRunIncomplete,
        ThreadRunFailed,
        ThreadRunCancelling,
        ThreadRunCancelled,
        ThreadRunExpired,
    ],
    PropertyInfo(discriminator="event"),
]
