"""Per-operation copies keyed by use site (types.yaml `params_copies`): a request body that is a `$ref` to a shared
component is a use site of its own, and a copy's children are keyed below the key the copy was found by."""

from __future__ import annotations

from typing import Any, Dict

from codegen.config import Config
from codegen.naming import TypeKey

from .conftest import named_of

BODY = "#/paths/~1alerts{}/post/requestBody/content/application~1json/schema"


def _post(path_suffix: str, component: str) -> Dict[str, Any]:
    body = {"$ref": f"#/components/schemas/{component}"}
    return {
        "post": {
            "operationId": f"post{component}{len(path_suffix)}",
            "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
            "responses": {"204": {"description": "ok"}},
        }
    }


def _doc() -> Dict[str, Any]:
    channel = {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}}}
    alert = {
        "type": "object",
        "required": ["channel"],
        "properties": {"channel": {"$ref": "#/components/schemas/Channel"}, "note": {"type": "string"}},
    }
    message = {
        "type": "object",
        "properties": {"attachments": {"type": "array", "items": {"$ref": "#/components/schemas/Channel"}}},
    }
    run = {
        "type": "object",
        "properties": {"messages": {"type": "array", "items": {"$ref": "#/components/schemas/Message"}}},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            # two operations share the body schema `Alert`; the SDK names each one's channel in its own module
            "/alerts": _post("", "Alert"),
            "/alerts/{alert_id}": {
                "parameters": [{"name": "alert_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                **_post("/{alert_id}", "Alert"),
            },
            "/runs": _post("", "Run"),
            "/messages": _post("", "Message"),
        },
        "components": {"schemas": {"Channel": channel, "Alert": alert, "Message": message, "Run": run}},
    }


def _field(named: Any, key: TypeKey, name: str) -> str:
    return next(f.annotation for f in named.types[key].fields if f.name == name)


def test_a_copy_keyed_below_a_ref_body_is_used_by_that_operation_only() -> None:
    create, update = TypeKey("alert_create_params", "Channel"), TypeKey("alert_update_params", "Channel")
    config = Config(
        operations={
            "postAlert0": {"method": "alerts.create", "params_module": "alert_create_params"},
            "postAlert11": {"method": "alerts.update", "params_module": "alert_update_params"},
        },
        params_copies={
            BODY.format("") + "/properties/channel": str(create),
            BODY.format("~1{alert_id}") + "/properties/channel": str(update),
        },
    )
    named = named_of(_doc(), config)
    assert _field(named, TypeKey("alert_create_params", "AlertCreateParams"), "channel") == create.token
    assert _field(named, TypeKey("alert_update_params", "AlertUpdateParams"), "channel") == update.token
    # both copies have the component's shape
    assert [f.name for f in named.types[update].fields] == ["kind"]


def test_a_copys_children_are_keyed_below_the_pointer_it_was_found_by() -> None:
    # `Run.messages.items` is a copy keyed by its own pointer (Run is emitted once); the copy's child is keyed
    # below that pointer, also when the walk reached Run through the operation's `$ref` body
    item, attachment = TypeKey("run_create_params", "Message"), TypeKey("run_create_params", "MessageAttachment")
    site = "#/components/schemas/Run/properties/messages/items"
    config = Config(
        operations={"postRun0": {"method": "runs.create", "params_module": "run_create_params"}},
        params_copies={site: str(item), site + "/properties/attachments/items": str(attachment)},
    )
    named = named_of(_doc(), config)
    assert _field(named, TypeKey("run_create_params", "RunCreateParams"), "messages") == f"Iterable[{item.token}]"
    assert _field(named, item, "attachments") == f"Iterable[{attachment.token}]"
    # the component itself (the body of `POST /messages`) keeps the rule's names
    others = [d for k, d in named.types.items() if k != item and any(f.name == "attachments" for f in d.fields)]
    assert [_field(named, d.key, "attachments") for d in others] == [
        f"Iterable[{TypeKey('channel_param', 'ChannelParam').token}]"
    ]


def test_a_named_type_met_below_a_use_site_keys_its_children_below_the_ref() -> None:
    # `thread_create_and_run_params.Thread` (the schema `CreateThreadRequest`, named) is met through the body's `$ref`
    # `thread`; its messages are the SDK's copy `ThreadMessage`, keyed by the use-site path through that `$ref`
    doc = _doc()
    schemas = doc["components"]["schemas"]
    schemas["Channel"]["properties"]["sub"] = {"$ref": "#/components/schemas/Message"}
    named_channel, sub = TypeKey("alert_create_params", "Channel"), TypeKey("alert_create_params", "ChannelSub")
    config = Config(
        operations={"postAlert0": {"method": "alerts.create", "params_module": "alert_create_params"}},
        params={"#/components/schemas/Channel": str(named_channel)},
        params_copies={BODY.format("") + "/properties/channel/properties/sub": str(sub)},
    )
    named = named_of(doc, config)
    assert _field(named, TypeKey("alert_create_params", "AlertCreateParams"), "channel") == named_channel.token
    assert _field(named, named_channel, "sub") == sub.token


def test_fields_merged_through_allof_are_keyed_below_the_types_own_path() -> None:
    # `ResponsesClientEvent` = allOf [{type}, CreateResponse]; CreateResponse = allOf [ResponseProperties, ...]: its
    # `tool_choice` is met at `.../ResponsesClientEventResponseCreate/allOf/1/allOf/1/properties/tool_choice`
    s = "#/components/schemas/"
    choice = {"anyOf": [{"type": "string"}, {"type": "object", "properties": {"id": {"type": "string"}}}]}
    opts = {"anyOf": [{"type": "object", "properties": {"flag": {"type": "boolean"}}}, {"type": "null"}]}
    props = {"type": "object", "properties": {"choice": {"$ref": s + "Choice"}, "opts": {"$ref": s + "Opts"}}}
    schemas = {
        "Choice": choice,
        "Opts": opts,
        "Props": props,
        "Create": {"allOf": [{"$ref": s + "Props"}, {"type": "object", "properties": {"n": {"type": "integer"}}}]},
        "Event": {"allOf": [{"type": "object", "properties": {"type": {"enum": ["create"]}}}, {"$ref": s + "Create"}]},
    }
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": s + "Create"}}}}}
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/create": {"get": {"operationId": "getCreate", "responses": ok}}},
        "components": {"schemas": schemas},
    }
    event, choice_copy, opts_copy = TypeKey("event", "Event"), TypeKey("event", "Choice"), TypeKey("event", "Opts")
    config = Config(
        models={s + "Event": str(event), s + "Choice": "choice.Choice", s + "Opts/anyOf/0": "opts.Opts"},
        models_copies={
            s + "Event/allOf/1/allOf/0/properties/choice": str(choice_copy),
            s + "Event/allOf/1/allOf/0/properties/opts/anyOf/0": str(opts_copy),
        },
    )
    named = named_of(doc, config)
    assert _field(named, event, "choice") == choice_copy.token
    assert _field(named, event, "opts") == f"Optional[{opts_copy.token}]"
    # the other type merging the same properties keeps the canonical names
    create = next(k for k in named.types if k.name == "GetCreateResponse" or k.module.endswith("create"))
    assert _field(named, create, "choice") == TypeKey("choice", "Choice").token


def test_a_copy_of_a_named_schema_leaves_the_named_types_own_copies_alone() -> None:
    # `ComputerAction` is `computer_action_param.ComputerActionParam`, whose members are per-module copies keyed at
    # `ComputerAction/oneOf/<i>`; its second emission `computer_action_list_param.ComputerActionParam` (the items of
    # `ComputerActionList`) names its members by the components' own names instead
    s = "#/components/schemas/"
    click = {"type": "object", "required": ["type"], "properties": {"type": {"type": "string", "enum": ["click"]}}}
    wait = {"type": "object", "required": ["type"], "properties": {"type": {"type": "string", "enum": ["wait"]}}}
    schemas = {
        "Click": click,
        "Wait": wait,
        "Action": {"oneOf": [{"$ref": s + "Click"}, {"$ref": s + "Wait"}]},
        "ActionList": {"type": "array", "items": {"$ref": s + "Action"}},
        "Call": {
            "type": "object",
            "properties": {"action": {"$ref": s + "Action"}, "actions": {"$ref": s + "ActionList"}},
        },
    }
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": s + "Call"}}}}}
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/calls": {"get": {"operationId": "getCall", "responses": ok}}},
        "components": {"schemas": schemas},
    }
    config = Config(
        models={s + "Action": "action.Action", s + "Click": "action_list.Click", s + "Wait": "action_list.Wait"},
        models_copies={s + "Action/oneOf/0": "action.Click", s + "ActionList/items": "action_list.Action"},
    )
    named = named_of(doc, config)
    assert named.types[TypeKey("action", "Action")].value.startswith(
        f"Annotated[Union[{TypeKey('action', 'Click').token}, "
    )
    listed = named.types[TypeKey("action_list", "Action")].value
    assert TypeKey("action_list", "Click").token in listed and TypeKey("action", "Click").token not in listed
