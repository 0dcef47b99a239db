# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union

from typing_extensions import TypeAlias

from ..item_param import ItemParam
from .response_input_param import ItemReference, CompactionTrigger
from .easy_input_message_param import EasyInputMessageParam

__all__ = ["ResponseInputItemParam"]


ResponseInputItemParam: TypeAlias = Union[EasyInputMessageParam, ItemParam, CompactionTrigger, ItemReference]
