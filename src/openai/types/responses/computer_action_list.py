# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import List

from typing_extensions import TypeAlias

from .computer_action import ComputerAction

__all__ = ["ComputerActionList"]


ComputerActionList: TypeAlias = List[ComputerAction]
"""Flattened batched actions for `computer_use`. Each action includes an
`type` discriminator and action-specific fields.
"""
