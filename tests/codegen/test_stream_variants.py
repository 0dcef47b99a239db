"""The stream flag's variants of a request's Params: `stream: Optional[Literal[False]]` only where null is allowed."""

from __future__ import annotations

import copy

from codegen.config import Config
from codegen.naming import TypeKey

from .conftest import named_of, tiny_doc


def _flag(named: object, key: TypeKey) -> str:
    return next(f.annotation for f in named.types[key].fields if f.name == "stream")  # type: ignore[attr-defined]


def test_the_non_streaming_flag_is_optional_only_when_the_spec_allows_null() -> None:
    doc = tiny_doc()
    config = Config(
        operations={"createPet": {"method": "pets.create", "stream": {"param": "stream", "item": "pet_event.PetEvent"}}}
    )
    nullable = named_of(doc, config)
    assert _flag(nullable, TypeKey("pet_create_params", "PetCreateParamsNonStreaming")) == "Optional[Literal[False]]"
    # `responses.retrieve`'s `stream` query parameter is a plain boolean: `Literal[False]`, as the SDK writes it
    plain = copy.deepcopy(doc)
    plain["components"]["schemas"]["PetCreate"]["properties"]["stream"] = {"type": "boolean"}
    named = named_of(plain, config)
    assert _flag(named, TypeKey("pet_create_params", "PetCreateParamsNonStreaming")) == "Literal[False]"
    assert _flag(named, TypeKey("pet_create_params", "PetCreateParamsStreaming")) == "Literal[True]"
