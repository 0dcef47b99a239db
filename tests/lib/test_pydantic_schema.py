"""Strict JSON schema from Pydantic models, and `pydantic_function_tool`."""

from __future__ import annotations

from enum import Enum
from typing import Any, Dict, List, Union, Optional

import pytest
import pydantic

import openai
from openai.lib._tools import PydanticFunctionTool
from openai.lib._pydantic import PYDANTIC_V1, to_strict_json_schema


class Color(Enum):
    RED = "red"
    BLUE = "blue"


class Step(pydantic.BaseModel):
    explanation: str
    output: Optional[str] = None


class MathAnswer(pydantic.BaseModel):
    """A worked answer."""

    steps: List[Step]
    final_answer: str = pydantic.Field(description="The answer alone")
    color: Color
    best_step: Step = pydantic.Field(description="The step that mattered")
    tags: Optional[List[str]] = None


def _walk(node: Any) -> List[Dict[str, Any]]:
    found: List[Dict[str, Any]] = []
    if isinstance(node, dict):
        found.append(node)
        for value in node.values():
            found.extend(_walk(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_walk(value))
    return found


def test_every_object_is_closed_and_requires_all_its_properties() -> None:
    schema = to_strict_json_schema(MathAnswer)
    objects = [n for n in _walk(schema) if n.get("type") == "object"]
    assert objects, schema
    for node in objects:
        assert node["additionalProperties"] is False
        assert sorted(node["required"]) == sorted(node["properties"])


def test_optional_fields_become_nullable_not_missing() -> None:
    schema = to_strict_json_schema(MathAnswer)
    tags = schema["properties"]["tags"]
    assert {"type": "null"} in tags["anyOf"]
    assert "default" not in tags  # `default: null` is dropped once the key is required
    step = schema["$defs"]["Step"]
    assert {"type": "null"} in step["properties"]["output"]["anyOf"]
    assert sorted(step["required"]) == ["explanation", "output"]


def test_refs_point_into_defs_and_described_refs_are_inlined() -> None:
    schema = to_strict_json_schema(MathAnswer)
    refs = [n["$ref"] for n in _walk(schema) if "$ref" in n]
    assert refs and all(ref.startswith("#/$defs/") for ref in refs)
    assert all(len(n) == 1 for n in _walk(schema) if "$ref" in n)  # no $ref with sibling keys
    best = schema["properties"]["best_step"]
    assert best["description"] == "The step that mattered"
    assert best["type"] == "object" and best["additionalProperties"] is False
    assert schema["$defs"]["Color"]["enum"] == ["red", "blue"]


def test_recursive_models() -> None:
    class Node(pydantic.BaseModel):
        name: str
        children: List["Node"]

    if not PYDANTIC_V1:
        Node.model_rebuild()
    else:
        Node.update_forward_refs()
    schema = to_strict_json_schema(Node)
    assert schema["properties"]["children"]["items"] == {"$ref": "#/$defs/Node"}
    assert schema["$defs"]["Node"]["additionalProperties"] is False


@pytest.mark.skipif(PYDANTIC_V1, reason="TypeAdapter types need pydantic v2")
def test_non_model_types_on_pydantic_v2() -> None:
    schema = to_strict_json_schema(Union[Step, int])
    assert any(n.get("additionalProperties") is False for n in _walk(schema))


def test_pydantic_function_tool() -> None:
    class GetWeather(pydantic.BaseModel):
        """Weather for a city."""

        city: str
        unit: Optional[str] = None

    tool = openai.pydantic_function_tool(GetWeather)
    assert isinstance(tool, PydanticFunctionTool) and tool.model is GetWeather
    assert tool["type"] == "function"
    function = tool["function"]
    assert function["name"] == "GetWeather"
    assert function["description"] == "Weather for a city."
    assert function["strict"] is True
    assert function["parameters"]["required"] == ["city", "unit"]

    renamed = openai.pydantic_function_tool(GetWeather, name="weather", description="custom")
    assert renamed["function"]["name"] == "weather" and renamed["function"].get("description") == "custom"


def test_pydantic_function_tool_without_docstring_has_no_description() -> None:
    class Lookup(pydantic.BaseModel):
        key: str

    assert "description" not in openai.pydantic_function_tool(Lookup)["function"]


def test_pydantic_v1_schema_layout_is_normalised() -> None:
    # What pydantic 1.x emits for `class M: step: Step; note: Optional[str] = None`.
    from openai.lib._pydantic import _ensure_strict, _v1_to_v2_layout

    v1 = {
        "title": "M",
        "type": "object",
        "properties": {"step": {"$ref": "#/definitions/Step"}, "note": {"title": "Note", "type": "string"}},
        "required": ["step"],
        "definitions": {
            "Step": {"title": "Step", "type": "object", "properties": {"x": {"type": "integer"}}, "required": ["x"]}
        },
    }
    converted = _v1_to_v2_layout(v1)
    schema = _ensure_strict(converted, path=(), root=converted)
    assert "definitions" not in schema and "Step" in schema["$defs"]
    assert schema["properties"]["step"] == {"$ref": "#/$defs/Step"}
    assert schema["properties"]["note"] == {"anyOf": [{"title": "Note", "type": "string"}, {"type": "null"}]}
    assert schema["required"] == ["step", "note"] and schema["additionalProperties"] is False
    assert schema["$defs"]["Step"]["additionalProperties"] is False
