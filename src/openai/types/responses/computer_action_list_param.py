# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from __future__ import annotations

from typing import Iterable

from typing_extensions import TypeAlias

from .computer_action_param import ComputerActionParam

__all__ = ["ComputerActionListParam"]


ComputerActionListParam: TypeAlias = Iterable["ComputerActionParam"]


"""Flattened batched actions for `computer_use`. Each action includes an
`type` discriminator and action-specific fields.
"""
