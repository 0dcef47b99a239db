"""frozen_beta: beta.realtime's frozen types keep apart from the GA schemas and are written from the table.

A tiny spec (a GA event union) and table (GA types, plus a frozen beta event with an older field set) run through
derive_types' real matcher; the generated package's behaviour is checked in test_frozen_beta_package below."""

from __future__ import annotations

import sys
import json
from typing import Any, Dict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "codegen" / "tools"))

from codegen.tools import derive_types  # noqa: E402
from codegen.tools.spec_index import SpecIndex  # noqa: E402
from codegen.tools.frozen_beta import CONFIG_REF, exact, describe, best_matches, frozen_pointers  # noqa: E402

SPEC: Dict[str, Any] = {
    "openapi": "3.1.0",
    "paths": {},
    "components": {
        "schemas": {
            "ServerEvent": {"anyOf": [{"$ref": "#/components/schemas/DoneEvent"}]},
            "DoneEvent": {
                "type": "object",
                "required": ["type", "response"],
                "properties": {
                    "type": {"type": "string", "enum": ["response.done"]},
                    "response": {"$ref": "#/components/schemas/Resp"},
                },
            },
            "Resp": {
                "type": "object",
                "description": "The response resource.",
                "properties": {
                    "id": {"type": "string", "description": "The unique ID of the response."},
                    "output_modalities": {"type": "array", "items": {"type": "string"}},
                },
            },
        }
    },
}


def _surface() -> Dict[str, Any]:
    def model(fields: Dict[str, str], optional: tuple[str, ...] = ()) -> Dict[str, Any]:
        return {
            "kind": "model",
            "fields": {
                n: {"annotation": a, **({"default": "None"} if n in optional else {})} for n, a in fields.items()
            },
        }

    event = {"type": "Literal['response.done']", "response": "{}.resp.Resp"}
    return {
        "types": {
            "openai.types.realtime.done_event": {"DoneEvent": model({**event, "response": "realtime.resp.Resp"})},
            "openai.types.realtime.resp": {
                "Resp": model(
                    {"id": "Optional[str]", "output_modalities": "Optional[List[str]]"}, ("id", "output_modalities")
                )
            },
            "openai.types.realtime.server_event": {
                "ServerEvent": {"kind": "alias", "value": "realtime.done_event.DoneEvent"}
            },
            # the frozen shape: same event, but the response still has `modalities`
            "openai.types.beta.realtime.done_event": {
                "DoneEvent": model({**event, "response": "beta.realtime.resp.Resp"})
            },
            "openai.types.beta.realtime.resp": {
                "Resp": model({"id": "Optional[str]", "modalities": "Optional[List[str]]"}, ("id", "modalities"))
            },
            "openai.types.beta.realtime.server_event": {
                "ServerEvent": {
                    "kind": "alias",
                    "discriminator": "type",
                    "value": "Union[beta.realtime.done_event.DoneEvent]",
                }
            },
        },
        "exports": {},
    }


def _derive() -> Any:
    spec = SpecIndex(json.loads(json.dumps(SPEC)))
    matcher = derive_types.Matcher(spec, _surface())
    # what anchors() does for an operation: walk each table type from the schema it is paired with
    for key, ptr in [
        ("realtime.server_event.ServerEvent", "#/components/schemas/ServerEvent"),
        ("realtime.done_event.DoneEvent", "#/components/schemas/DoneEvent"),
        ("beta.realtime.server_event.ServerEvent", "#/components/schemas/ServerEvent"),
        ("beta.realtime.done_event.DoneEvent", "#/components/schemas/DoneEvent"),
    ]:
        matcher.walk_type(key, ptr, ptr)
    return matcher


def test_frozen_types_give_up_shared_schemas_and_are_written_from_the_table() -> None:
    from codegen.tools.frozen_beta import resolve_frozen
    from codegen.tools.type_extras import table_schemas

    matcher = _derive()
    matches = best_matches(matcher)
    maps, _ = resolve_frozen(matcher, derive_types.resolve, set())
    # the GA types keep the schemas; no beta key is left in the maps, nor as a use-site copy
    assert maps["models"]["#/components/schemas/DoneEvent"] == "realtime.done_event.DoneEvent"
    assert maps["models"]["#/components/schemas/Resp"] == "realtime.resp.Resp"
    assert not [k for m in maps.values() for k in m.values() if k.startswith("beta.")]
    frozen = frozen_pointers(matcher, maps, set())
    assert set(frozen) == {
        "beta.realtime.done_event.DoneEvent",
        "beta.realtime.resp.Resp",
        "beta.realtime.server_event.ServerEvent",
    }
    mapped = {k for side, m in maps.items() if side != "aliases" for k in m.values()}
    schemas = table_schemas(matcher, maps, mapped, frozen)
    done = schemas["beta.realtime.done_event.DoneEvent"]
    assert done["properties"]["response"] == {"$ref": CONFIG_REF + "beta.realtime.resp.Resp"}
    assert set(schemas["beta.realtime.resp.Resp"]["properties"]) == {"id", "modalities"}
    union = schemas["beta.realtime.server_event.ServerEvent"]
    assert union["anyOf"] == [{"$ref": CONFIG_REF + "beta.realtime.done_event.DoneEvent"}]
    # docstrings come from the schema the walk paired the frozen class with, where the wire names agree
    describe(matcher.spec, schemas, matches)
    resp = schemas["beta.realtime.resp.Resp"]
    assert resp["description"] == "The response resource."
    assert resp["properties"]["id"]["description"] == "The unique ID of the response."
    assert "description" not in resp["properties"]["modalities"]
    yaml.safe_dump(schemas)  # plain data, as types.yaml needs


def test_exact_compares_fields_literals_and_named_types() -> None:
    matcher = _derive()
    resp = "#/components/schemas/Resp"
    maps: Dict[str, Dict[str, str]] = {"models": {resp: "beta.realtime.resp.Resp"}, "params": {}}
    assert not exact(matcher, maps, "beta.realtime.resp.Resp")  # `modalities` is not the spec's `output_modalities`
    matcher.types["beta.realtime.resp.Resp"]["fields"] = {
        "id": {"annotation": "Optional[str]", "default": "None"},
        "output_modalities": {"annotation": "Optional[List[str]]", "default": "None"},
    }
    assert exact(matcher, maps, "beta.realtime.resp.Resp")
    matcher.types["beta.realtime.resp.Resp"]["fields"]["id"] = {"annotation": "Literal['x']", "default": "None"}
    assert not exact(matcher, maps, "beta.realtime.resp.Resp")  # a literal where the spec has a plain string


def test_generated_beta_union_parses_the_frozen_shapes_and_the_ga_union_the_ga_ones() -> None:
    from openai._models import validate_type, construct_type
    from openai.types.realtime import realtime_server_event as ga
    from openai.types.beta.realtime import ResponseDoneEvent, RealtimeClientEvent, RealtimeServerEvent
    from openai.types.beta.realtime.realtime_client_event_param import RealtimeClientEventParam

    wire = {
        "type": "response.done",
        "event_id": "ev_1",
        "response": {"id": "resp_1", "object": "realtime.response", "modalities": ["text"], "voice": "alloy"},
    }
    beta = validate_type(type_=RealtimeServerEvent, value=wire)  # type: ignore[arg-type]
    assert isinstance(beta, ResponseDoneEvent)
    assert beta.response.modalities == ["text"] and beta.response.voice == "alloy"
    ga_event = construct_type(type_=ga.RealtimeServerEvent, value=wire)  # type: ignore[arg-type]
    assert type(ga_event).__module__ == "openai.types.realtime.response_done_event"
    assert type(ga_event.response).__module__ == "openai.types.realtime.realtime_response"  # type: ignore[union-attr]
    update = {"type": "session.update", "session": {"modalities": ["text"], "voice": "ash"}}
    client = validate_type(type_=RealtimeClientEvent, value=update)  # type: ignore[arg-type]
    assert type(client).__name__ == "SessionUpdateEvent" and client.session.voice == "ash"  # type: ignore[union-attr]
    param: RealtimeClientEventParam = {"type": "session.update", "session": {"modalities": ["text"]}}
    assert param["type"] == "session.update"


def test_a_module_whose_main_type_has_no_schema_is_written_from_the_table_as_a_whole() -> None:
    from codegen.tools.frozen_beta import orphan_modules, release_shared

    surface = _surface()
    surface["types"]["openai.types.realtime.tool_union_param"] = {
        "ToolUnionParam": {"kind": "alias", "value": "Union[realtime.tool_union_param.Filter, str]"},
        "Filter": {"kind": "typeddict", "fields": {"id": {"annotation": "str"}}, "required": [], "total": False},
    }
    matcher = derive_types.Matcher(SpecIndex(json.loads(json.dumps(SPEC))), surface)
    # the walk met the child only inside another type's schema (a use-site copy there)
    matcher.sites["params"]["realtime.tool_union_param.Filter"].add("#/components/schemas/Resp/properties/id")
    orphans = orphan_modules(matcher)
    assert orphans == {"realtime.tool_union_param"}
    release_shared(matcher, orphans)
    assert "realtime.tool_union_param.Filter" not in matcher.sites["params"]  # no copy inside `Resp`
    maps: Dict[str, Dict[str, str]] = {"models": {}, "params": {}}
    assert set(frozen_pointers(matcher, maps, orphans)) >= {
        "realtime.tool_union_param.Filter",
        "realtime.tool_union_param.ToolUnionParam",
    }


def test_beta_transcription_session_create_sends_and_parses_the_frozen_shape() -> None:
    import httpx

    from openai import OpenAI
    from openai.types.beta.realtime import TranscriptionSession

    seen: Dict[str, Any] = {}

    def answer(request: httpx.Request) -> httpx.Response:
        seen.update(path=request.url.path, body=json.loads(request.content))
        body = {
            "client_secret": {"value": "ek_1", "expires_at": 1700000000},
            "input_audio_transcription": {"model": "whisper-1", "language": "en"},
            "modalities": ["text"],
            "turn_detection": {"type": "server_vad", "threshold": 0.5},
        }
        return httpx.Response(200, json=body)

    client = OpenAI(
        api_key="sk-test",
        base_url="http://api.test/v1",
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )
    session = client.beta.realtime.transcription_sessions.create(
        input_audio_transcription={"model": "gpt-4o-transcribe", "language": "en"},
        turn_detection={"type": "semantic_vad", "eagerness": "low"},
        modalities=["text"],
    )
    assert seen["path"] == "/v1/realtime/transcription_sessions"
    assert seen["body"] == {
        "input_audio_transcription": {"model": "gpt-4o-transcribe", "language": "en"},
        "turn_detection": {"type": "semantic_vad", "eagerness": "low"},
        "modalities": ["text"],
    }
    assert isinstance(session, TranscriptionSession)
    assert session.client_secret.value == "ek_1"
    assert session.input_audio_transcription is not None and session.input_audio_transcription.model == "whisper-1"
    assert session.turn_detection is not None and session.turn_detection.type == "server_vad"
