"""types.yaml `extra_properties`: properties the SDK has on a spec-derived class that its spec schema lacks."""

from __future__ import annotations

from typing import Any, Dict

import pytest

from codegen.fmt import format_sources
from codegen.config import Config
from codegen.naming import EXTRA_NOTE, TypeKey
from codegen.methods import name_everything
from codegen.problems import GenerationError
from codegen.emit.types import emit_types

from .conftest import ir_of, named_of, tiny_doc

OWNER = TypeKey("owner", "Owner")
BALL_PARAM = TypeKey("ball_param", "BallParam")
SEEN = {"type": "object", "properties": {"at": {"type": "integer"}}}


def _errors(config: Config) -> list[str]:
    with pytest.raises(GenerationError) as err:
        name_everything(ir_of(tiny_doc()), config)
    return str(err.value).splitlines()


def test_extra_properties_follow_the_spec_properties_and_are_optional() -> None:
    extras: Dict[str, Dict[str, Any]] = {
        "owner.Owner": {
            "last.seen": {"anyOf": [{"$ref": "types.yaml#/schemas/owner.LastSeen"}, {"type": "null"}]},
            "favourite": {"$ref": "#/components/schemas/Ball"},
        },
        "ball_param.BallParam": {"colour": {"type": "string", "enum": ["red", "blue"]}},
    }
    named = named_of(tiny_doc(), Config(schemas={"owner.LastSeen": SEEN}, extra_properties=extras))
    owner = named.types[OWNER]
    # the spec's own first (`name`, `pets`), then the config's, in its order
    assert [f.wire for f in owner.fields] == ["name", "pets", "last.seen", "favourite"]
    seen, favourite = owner.fields[2], owner.fields[3]
    assert (seen.name, seen.annotation, seen.required) == (
        "last_seen",
        f"Optional[{TypeKey('owner', 'LastSeen').token}]",
        False,
    )
    assert seen.nullable and seen.description == EXTRA_NOTE
    assert (favourite.annotation, favourite.required) == (TypeKey("ball", "Ball").token, False)
    colour = named.types[BALL_PARAM].fields[-1]
    assert (colour.wire, colour.annotation, colour.required) == ("colour", "Literal['red', 'blue']", False)

    files = format_sources(emit_types(named.types))
    model = files["src/openai/types/owner.py"]
    assert 'last_seen: Optional[LastSeen] = FieldInfo(alias="last.seen", default=None)' in model
    assert "favourite: Optional[Ball] = None" in model
    assert EXTRA_NOTE in model
    param = files["src/openai/types/ball_param.py"]
    assert 'colour: Literal["red", "blue"]' in param and "colour: Required[" not in param


def test_a_wire_name_the_spec_already_has_is_an_error_naming_the_entry() -> None:
    errors = _errors(Config(extra_properties={"owner.Owner": {"name": {"type": "string"}}}))
    assert errors == [
        "error: types.yaml#/extra_properties/owner.Owner/name: the spec schema "
        "#/components/schemas/Owner already has the property 'name'"
    ]


def test_a_ref_to_an_unknown_entry_or_spec_schema_is_an_error_naming_the_entry() -> None:
    errors = _errors(
        Config(
            extra_properties={
                "owner.Owner": {
                    "a/b": {"$ref": "types.yaml#/schemas/owner.Nowhere"},
                    "c": {"type": "array", "items": {"$ref": "#/components/schemas/Nowhere"}},
                }
            }
        )
    )
    assert errors == [
        "error: types.yaml#/extra_properties/owner.Owner/a~1b: $ref to 'types.yaml#/schemas/owner.Nowhere', "
        "which names no spec schema nor `schemas` entry",
        "error: types.yaml#/extra_properties/owner.Owner/c: $ref to '#/components/schemas/Nowhere', "
        "which names no spec schema nor `schemas` entry",
    ]


def test_extra_properties_of_a_class_nobody_declares_are_an_error() -> None:
    errors = _errors(Config(extra_properties={"nowhere.Missing": {"x": {"type": "string"}}}))
    assert errors == [
        "error: types.yaml#/extra_properties/nowhere.Missing: nowhere.Missing is not a class the generator declares"
    ]
