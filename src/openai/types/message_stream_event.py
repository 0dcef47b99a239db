# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo

__all__ = ["MessageStreamEvent"]


# Imported after the classes: these modules import this one (a cycle in the spec's schemas).
from .beta.assistant_stream_event import (  # noqa: E402
    ThreadMessageDelta,
    ThreadMessageCreated,
    ThreadMessageCompleted,
    ThreadMessageIncomplete,
    ThreadMessageInProgress,
)

MessageStreamEvent: TypeAlias = Annotated[
    Union[
        ThreadMessageCreated,
        ThreadMessageInProgress,
        ThreadMessageDelta,
        ThreadMessageCompleted,
        ThreadMessageIncomplete,
    ],
    PropertyInfo(discriminator="event"),
]
