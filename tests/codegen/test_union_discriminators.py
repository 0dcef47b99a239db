"""Response unions the generator discriminates beyond the spec's own `discriminator`: a union of unions is flattened
when all its leaves pin one property (`AssistantStreamEvent` on `event`), and a nullable discriminated alias keeps
None among its members (`Annotated[Union[A, B, None], PropertyInfo(...)]`, the SDK's spelling)."""

from __future__ import annotations

from typing import Any, Dict

from codegen.config import Config
from codegen.naming import TypeKey

from .conftest import named_of


def _event(name: str, extra: str = "data") -> Dict[str, Any]:
    return {
        "type": "object",
        "required": ["event", extra],
        "properties": {"event": {"type": "string", "enum": [name]}, extra: {"type": "string"}},
    }


def _doc(stream: Dict[str, Any]) -> Dict[str, Any]:
    schemas: Dict[str, Any] = {
        "RunCreated": _event("run.created"),
        "RunDone": _event("run.done"),
        "MessageDelta": _event("message.delta"),
        "ErrorEvent": _event("error", "message"),
        "RunEvent": {"oneOf": [{"$ref": "#/components/schemas/RunCreated"}, {"$ref": "#/components/schemas/RunDone"}]},
        "MessageEvent": {"oneOf": [{"$ref": "#/components/schemas/MessageDelta"}]},
        "StreamEvent": stream,
        "Local": {
            "type": "object",
            "required": ["type"],
            "properties": {"type": {"type": "string", "enum": ["local"]}},
        },
        "Remote": {
            "type": "object",
            "required": ["type"],
            "properties": {"type": {"type": "string", "enum": ["remote"]}},
        },
        "Tool": {
            "type": "object",
            "properties": {
                "environment": {
                    "anyOf": [
                        {
                            "oneOf": [{"$ref": "#/components/schemas/Local"}, {"$ref": "#/components/schemas/Remote"}],
                            "discriminator": {"propertyName": "type"},
                        },
                        {"type": "null"},
                    ]
                }
            },
        },
    }
    ok = {
        "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Tool"}}}}
    }
    sse = {
        "200": {
            "description": "ok",
            "content": {"text/event-stream": {"schema": {"$ref": "#/components/schemas/StreamEvent"}}},
        }
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/tools": {"get": {"operationId": "getTool", "responses": ok}},
            "/runs": {"post": {"operationId": "streamRun", "responses": sse}},
        },
        "components": {"schemas": schemas},
    }


def _ref(name: str) -> Dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


SE = "#/components/schemas/StreamEvent"
CONFIG = Config(
    models={
        "#/components/schemas/StreamEvent": "stream_event.StreamEvent",
        "#/components/schemas/Tool/properties/environment/anyOf/0": "tool.Environment",
    }
)


def test_a_union_of_unions_whose_leaves_pin_one_property_is_one_flat_discriminated_union() -> None:
    stream = {"oneOf": [_ref("RunEvent"), _ref("MessageEvent"), _ref("ErrorEvent")]}
    named = named_of(_doc(stream), CONFIG)
    leaves = ", ".join(
        TypeKey(m, n).token
        for m, n in [("run_created", "RunCreated"), ("run_done", "RunDone"), ("message_delta", "MessageDelta")]
    )
    value = named.types[TypeKey("stream_event", "StreamEvent")].value
    assert value == (
        f'Annotated[Union[{leaves}, {TypeKey("error_event", "ErrorEvent").token}], PropertyInfo(discriminator="event")]'
    )
    assert TypeKey("run_event", "RunEvent") not in named.types  # the inner unions are not declared on their own


def test_member_unions_are_spliced_in_also_without_a_common_tag() -> None:
    # no union alias names another union (the SDK's spelling); a string member pins nothing: no discriminator
    named = named_of(_doc({"oneOf": [_ref("RunEvent"), _ref("MessageEvent"), {"type": "string"}]}), CONFIG)
    value = named.types[TypeKey("stream_event", "StreamEvent")].value
    leaves = [("run_created", "RunCreated"), ("run_done", "RunDone"), ("message_delta", "MessageDelta")]
    assert value == "Union[" + ", ".join(TypeKey(m, n).token for m, n in leaves) + ", str]"


def test_a_member_union_reached_through_a_ref_keys_its_members_below_the_ref() -> None:
    # the spliced members are met at `<the $ref's use site>/oneOf/<i>`: a per-use copy keyed there is used
    config = Config(models={**CONFIG.models}, models_copies={SE + "/oneOf/0/oneOf/1": "stream_event.Done"})
    named = named_of(_doc({"oneOf": [_ref("RunEvent"), _ref("ErrorEvent")]}), config)
    value = named.types[TypeKey("stream_event", "StreamEvent")].value
    assert TypeKey("stream_event", "Done").token in value and TypeKey("run_done", "RunDone").token not in value
    assert [f.name for f in named.types[TypeKey("stream_event", "Done")].fields] == ["event", "data"]


def test_a_nullable_discriminated_alias_keeps_none_among_its_members() -> None:
    named = named_of(_doc({"oneOf": [_ref("RunEvent")]}), CONFIG)
    members = f"{TypeKey('local', 'Local').token}, {TypeKey('remote', 'Remote').token}"
    assert named.types[TypeKey("tool", "Environment")].value == (
        f'Annotated[Union[{members}, None], PropertyInfo(discriminator="type")]'
    )


def test_a_nullable_use_of_a_nullable_enum_alias_stays_bare_on_the_response_side() -> None:
    # `ReasoningEffort = Optional[Literal[...]]` already says None: `anyOf: [$ref, null]` adds no Optional around it
    doc = _doc({"oneOf": [_ref("RunEvent")]})
    effort = {"type": "string", "enum": ["low", "high", None], "nullable": True}
    doc["components"]["schemas"]["Effort"] = effort
    doc["components"]["schemas"]["Tool"]["properties"]["effort"] = {"anyOf": [_ref("Effort"), {"type": "null"}]}
    config = Config(models={**CONFIG.models, "#/components/schemas/Effort": "effort.Effort"})
    named = named_of(doc, config)
    field = next(f for f in named.types[TypeKey("tool", "Tool")].fields if f.name == "effort")
    assert (field.annotation, field.nullable, field.required) == (TypeKey("effort", "Effort").token, True, False)
    assert named.types[TypeKey("effort", "Effort")].value == "Optional[Literal['low', 'high']]"


def test_a_nullable_property_named_union_alias_carries_the_none_and_the_field_is_bare() -> None:
    # `FileSearchTool.filters: anyOf [$ref Filters, null]`, the alias named after the property in the parent's module
    doc = _doc({"oneOf": [_ref("RunEvent")]})
    comparison = {
        "type": "object",
        "required": ["type"],
        "properties": {"type": {"type": "string", "enum": ["eq", "ne"]}},
    }
    compound = {
        "type": "object",
        "required": ["type"],
        "properties": {"type": {"type": "string", "enum": ["and", "or"]}},
    }
    schemas = doc["components"]["schemas"]
    schemas.update(Comparison=comparison, Compound=compound, Filters={"anyOf": [_ref("Comparison"), _ref("Compound")]})
    schemas["Tool"]["properties"]["filters"] = {"anyOf": [_ref("Filters"), {"type": "null"}]}
    named = named_of(doc, Config(models={**CONFIG.models, "#/components/schemas/Filters": "tool.Filters"}))
    fields = {f.name: f for f in named.types[TypeKey("tool", "Tool")].fields}
    assert fields["filters"].annotation == TypeKey("tool", "Filters").token and fields["filters"].none_in_alias
    assert named.types[TypeKey("tool", "Filters")].value.startswith(
        f"Annotated[Union[{TypeKey('comparison', 'Comparison').token}, {TypeKey('compound', 'Compound').token}, None]"
    )
    # a union tagged by one literal per member keeps the Optional on the field (`FunctionShellTool.environment`)
    assert fields["environment"].annotation == f"Optional[{TypeKey('tool', 'Environment').token}]"


def test_a_union_of_scalars_inside_an_inline_union_is_written_in_place() -> None:
    # `ComparisonFilter.value: Union[str, float, bool, List[Union[str, float]]]`, no `Value` alias
    doc = _doc({"oneOf": [_ref("RunEvent")]})
    scalars = {"anyOf": [{"type": "string"}, {"type": "number"}]}
    value = {"anyOf": [{"type": "string"}, {"type": "boolean"}, {"type": "array", "items": scalars}]}
    doc["components"]["schemas"]["Tool"]["properties"]["value"] = value
    doc["paths"]["/tools"]["post"] = {
        "operationId": "postTool",
        "requestBody": {"content": {"application/json": {"schema": _ref("Tool")}}},
        "responses": {"204": {"description": "ok"}},
    }
    named = named_of(doc, CONFIG)
    model = next(f for f in named.types[TypeKey("tool", "Tool")].fields if f.name == "value")
    assert model.annotation == "Union[str, bool, List[Union[str, float]]]"
    assert TypeKey("tool", "Value") not in named.types
    param = next(d for k, d in named.types.items() if k.module.endswith("_params") and d.fields)
    field = next(f for f in param.fields if f.name == "value")
    assert field.annotation == "Union[str, bool, SequenceNotStr[Union[str, float]]]"


def test_the_sse_terminator_event_is_no_member_of_an_event_union() -> None:
    # the spec's `DoneEvent` (`data: '[DONE]'`) ends the stream before anything is parsed: the SDK leaves it out
    done = {
        "type": "object",
        "required": ["event", "data"],
        "properties": {"event": {"type": "string", "enum": ["done"]}, "data": {"type": "string", "enum": ["[DONE]"]}},
    }
    doc = _doc({"oneOf": [_ref("RunEvent"), _ref("Done")]})
    doc["components"]["schemas"]["Done"] = done
    value = named_of(doc, CONFIG).types[TypeKey("stream_event", "StreamEvent")].value
    members = ", ".join(TypeKey(m, n).token for m, n in [("run_created", "RunCreated"), ("run_done", "RunDone")])
    assert value == f'Annotated[Union[{members}], PropertyInfo(discriminator="event")]'
