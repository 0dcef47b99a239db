"""Quoted names across modules: a union alias declared in one module, used from another (as generated code does)."""

from __future__ import annotations

import sys
import types
import textwrap
from typing import Any, Iterator

import pytest

from openai._utils import transform
from openai._models import construct_type

MEMBERS = textwrap.dedent(
    """
    from __future__ import annotations
    from typing import Union
    from typing_extensions import Annotated, Literal, TypeAlias, TypedDict, Required
    from openai._models import BaseModel
    from openai._utils import PropertyInfo

    class FwdTextItem(BaseModel):
        type: Literal["text"]
        text: str

    class FwdCallItem(BaseModel):
        type: Literal["call"]
        name: str

    # Quoted member names: resolvable here, not in the module that uses the alias.
    FwdItem: TypeAlias = Annotated[Union["FwdTextItem", "FwdCallItem"], PropertyInfo(discriminator="type")]

    class FwdPartParam(TypedDict, total=False):
        kind: Required[Annotated[str, PropertyInfo(alias="type")]]

    FwdParts: TypeAlias = Union["FwdPartParam", str]
    """
)

USER = textwrap.dedent(
    """
    from __future__ import annotations
    from typing import List, Iterable
    from typing_extensions import TypedDict
    from openai._models import BaseModel
    from openai.types._fwd_members import FwdItem, FwdParts

    class FwdContainer(BaseModel):
        items: List[FwdItem]

    class FwdParams(TypedDict, total=False):
        parts: Iterable[FwdParts]
    """
)


def load(name: str, source: str) -> types.ModuleType:
    module = types.ModuleType(name)
    sys.modules[name] = module
    exec(compile(source, name, "exec"), module.__dict__)
    return module


@pytest.fixture
def modules() -> Iterator[Any]:
    members = load("openai.types._fwd_members", MEMBERS)
    user = load("openai.types._fwd_user", USER)
    try:
        yield members, user
    finally:
        sys.modules.pop("openai.types._fwd_members", None)
        sys.modules.pop("openai.types._fwd_user", None)


def test_model_union_members_quoted_in_another_module(modules: Any) -> None:
    members, user = modules
    container: Any = construct_type(
        value={"items": [{"type": "call", "name": "f"}, {"type": "text", "text": "t"}]}, type_=user.FwdContainer
    )
    assert isinstance(container.items[0], members.FwdCallItem)
    assert isinstance(container.items[1], members.FwdTextItem)


def test_params_union_members_quoted_in_another_module(modules: Any) -> None:
    _, user = modules
    out = transform({"parts": iter([{"kind": "a"}, "plain"])}, user.FwdParams)
    assert out == {"parts": [{"type": "a"}, "plain"]}
