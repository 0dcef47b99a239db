"""derive_types' schemas written from the table: annotations -> JSON schema, child classes inlined by name."""

from __future__ import annotations

import sys
from typing import Any, Dict
from pathlib import Path

# the tools import each other as scripts (`from annotations import ...`), as derive_types.py runs them
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "codegen" / "tools"))

from codegen.tools.spec_index import SpecIndex  # noqa: E402
from codegen.tools.annotations import parse  # noqa: E402
from codegen.tools.type_extras import _schema_of, table_schemas, extra_properties  # noqa: E402

POINTERS = {"responses.tool.Tool": "#/components/schemas/Tool"}


class _Table:
    """The part of derive_types.Matcher that table_schemas reads."""

    def __init__(self, types: Dict[str, Any]) -> None:
        self.types = types
        self.votes: Dict[str, Dict[str, Any]] = {"models": {}, "params": {}}

    def score(self, key: str, ptr: str) -> float:
        return 0.0


def test_annotations_become_schemas_with_refs_into_the_spec() -> None:
    assert _schema_of(parse("Optional[List[responses.tool.Tool]]"), POINTERS) == {
        "anyOf": [{"type": "array", "items": {"$ref": "#/components/schemas/Tool"}}, {"type": "null"}]
    }
    assert _schema_of(parse("Literal['a', 'b']"), POINTERS) == {"type": "string", "enum": ["a", "b"]}
    assert _schema_of(parse("Dict[str, int]"), POINTERS) == {
        "type": "object",
        "additionalProperties": {"type": "integer"},
    }
    # a type with no schema in the spec cannot be referenced: the whole class is left out
    assert _schema_of(parse("List[nowhere.Missing]"), POINTERS) is None


def test_table_classes_inline_their_children_and_keep_required_fields() -> None:
    table = _Table(
        {
            "things.session.ClientSecret": {
                "kind": "model",
                "fields": {
                    "value": {"annotation": "str"},
                    "expires_after": {
                        "annotation": "Optional[things.session.ClientSecretExpiresAfter]",
                        "default": "None",
                    },
                },
            },
            "things.session.ClientSecretExpiresAfter": {
                "kind": "model",
                "fields": {"seconds": {"annotation": "int"}},
            },
        }
    )
    maps: Dict[str, Dict[str, str]] = {"models": {}, "params": {}}
    out = table_schemas(table, maps, set())  # type: ignore[arg-type]
    assert list(out) == ["things.session.ClientSecret"]  # the child lives inside its parent
    secret = out["things.session.ClientSecret"]
    assert secret["required"] == ["value"]
    child = secret["properties"]["expires_after"]["anyOf"][0]
    assert child["properties"] == {"seconds": {"type": "integer"}} and child["required"] == ["seconds"]


def test_extra_properties_are_the_table_fields_a_mapped_spec_schema_lacks() -> None:
    spec = SpecIndex(
        {
            "paths": {},
            "components": {
                "schemas": {
                    "Base": {"type": "object", "properties": {"id": {"type": "string"}}},
                    "Log": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"properties": {"type": {}}}]},
                    "Tool": {"type": "object", "properties": {"name": {"type": "string"}}},
                }
            },
        }
    )
    fields = {
        "id": {"annotation": "str"},  # merged in through allOf: the spec has it
        "type": {"annotation": "str"},
        "tool_made": {"annotation": "Optional[log.ToolMade]", "default": "None", "wire": "tool.made"},
        "tool": {"annotation": "Optional[responses.tool.Tool]", "default": "None"},
        "odd": {"annotation": "Optional[nowhere.Missing]", "default": "None"},  # no schema to write: left out
    }
    table = _Table({"log.Log": {"kind": "model", "fields": fields}, "log.ToolMade": {"kind": "model"}})
    maps = {
        "models": {"#/components/schemas/Log": "log.Log", "#/components/schemas/Tool": "responses.tool.Tool"},
        "params": {},
    }
    out = extra_properties(table, spec, maps, {"log.ToolMade": {}})  # type: ignore[arg-type]
    assert out == {
        "log.Log": {
            "tool.made": {"anyOf": [{"$ref": "types.yaml#/schemas/log.ToolMade"}, {"type": "null"}]},
            "tool": {"anyOf": [{"$ref": "#/components/schemas/Tool"}, {"type": "null"}]},
        }
    }
