"""types.yaml sections beyond pointer -> key: aliases, field_names, *_reuse and schemas (naming.py honours them)."""

from __future__ import annotations

import pytest

from codegen.config import Config
from codegen.naming import TypeKey
from codegen.methods import name_everything
from codegen.problems import GenerationError

from .conftest import ir_of, named_of, tiny_doc

PET = "#/components/schemas/Pet"


def test_aliases_are_declared_on_the_side_their_module_says() -> None:
    config = Config(
        aliases={
            "toy.Toy": "Union[ball.Ball, rope.Rope]",
            "toy_param.ToyParam": "ball_param.BallParam",
            "pet_kind.PetKind": "Literal['cat', 'dog']",
        }
    )
    named = named_of(tiny_doc(), config)
    toy = named.types[TypeKey("toy", "Toy")]
    assert (toy.kind, toy.side) == ("alias", "model")
    # (extras.py then discriminates it on `type`, as both members pin one)
    assert f"Union[{TypeKey('ball', 'Ball').token}, {TypeKey('rope', 'Rope').token}]" in toy.value
    param = named.types[TypeKey("toy_param", "ToyParam")]
    assert (param.side, param.value) == ("param", TypeKey("ball_param", "BallParam").token)
    assert named.types[TypeKey("pet_kind", "PetKind")].value == "Literal['cat', 'dog']"


def test_an_alias_naming_a_type_nobody_generates_falls_back_to_object() -> None:
    named = named_of(tiny_doc(), Config(aliases={"toy.Toy": "Union[ball.Ball, nowhere.Missing]"}))
    assert named.types[TypeKey("toy", "Toy")].value == f"Union[{TypeKey('ball', 'Ball').token}, object]"


def test_field_names_override_the_rules() -> None:
    named = named_of(tiny_doc(), Config(field_names={"pet.Pet": {"big_id": "large_id"}}))
    fields = {f.wire: f.name for f in named.types[TypeKey("pet", "Pet")].fields}
    assert fields["big_id"] == "large_id"
    assert fields["schema"] == "schema_"  # the rules still apply to the others


def test_reuse_points_an_inline_schema_at_a_named_type() -> None:
    inline_owner = PET + "/allOf/1/properties/owner"
    named = named_of(tiny_doc(), Config(models_reuse={inline_owner: "owner.Owner"}))
    owner = next(f for f in named.types[TypeKey("pet", "Pet")].fields if f.name == "owner")
    assert owner.annotation == TypeKey("owner", "Owner").token
    assert TypeKey("pet", "Owner") not in named.types  # no second class for the inline schema


def test_schemas_declare_classes_the_spec_lacks() -> None:
    schema = {
        "type": "object",
        "required": ["kind", "toys"],
        "properties": {
            "kind": {"type": "string", "enum": ["leash"]},
            "toys": {"type": "array", "items": {"$ref": "#/components/schemas/Ball"}},
            "note": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        },
    }
    named = named_of(tiny_doc(), Config(schemas={"leash.Leash": schema, "leash_param.LeashParam": schema}))
    model = named.types[TypeKey("leash", "Leash")]
    by_name = {f.name: f for f in model.fields}
    assert (model.side, model.kind) == ("model", "class")
    assert by_name["toys"].annotation == f"List[{TypeKey('ball', 'Ball').token}]"
    assert by_name["kind"].required and not by_name["note"].required and by_name["note"].nullable
    param = named.types[TypeKey("leash_param", "LeashParam")]
    toys = next(f for f in param.fields if f.name == "toys")
    assert param.side == "param" and toys.annotation == f"Iterable[{TypeKey('ball_param', 'BallParam').token}]"


def test_schemas_refer_to_each_other_and_a_union_of_them_is_discriminated() -> None:
    # frozen shapes refer to each other (`types.yaml#/schemas/<key>`), not to the spec's newer schemas
    event = {
        "type": "object",
        "required": ["type", "item"],
        "properties": {"type": {"type": "string", "enum": ["made"]}, "item": {"$ref": "types.yaml#/schemas/old.Item"}},
    }
    gone = {"type": "object", "required": ["type"], "properties": {"type": {"type": "string", "enum": ["gone"]}}}
    union = {"anyOf": [{"$ref": "types.yaml#/schemas/old.Made"}, {"$ref": "types.yaml#/schemas/old.Gone"}]}
    item = {"type": "object", "properties": {"pet": {"$ref": PET}}}
    named = named_of(
        tiny_doc(),
        Config(schemas={"old.Made": event, "old.Gone": gone, "old.Item": item, "old_event.OldEvent": union}),
    )
    made = {f.name: f for f in named.types[TypeKey("old", "Made")].fields}
    assert made["item"].annotation == TypeKey("old", "Item").token
    pet = next(f for f in named.types[TypeKey("old", "Item")].fields if f.name == "pet")
    assert pet.annotation == TypeKey("pet", "Pet").token  # a $ref into the spec, as before
    alias = named.types[TypeKey("old_event", "OldEvent")]
    members = f"{TypeKey('old', 'Made').token}, {TypeKey('old', 'Gone').token}"
    assert (alias.kind, alias.value) == ("alias", f'Annotated[Union[{members}], PropertyInfo(discriminator="type")]')


def test_a_ref_to_an_undeclared_config_schema_is_an_error() -> None:
    ir = ir_of(tiny_doc())
    bad = {"type": "object", "properties": {"x": {"$ref": "types.yaml#/schemas/old.Nowhere"}}}
    with pytest.raises(GenerationError) as err:
        name_everything(ir, Config(schemas={"old.Bad": bad}))
    assert str(err.value).splitlines() == [
        "error: types.yaml#/schemas/old.Nowhere: $ref to a types.yaml schema that `schemas` does not declare"
    ]


def test_endpoint_test_values_of_a_table_written_param_follow_its_own_schema() -> None:
    from codegen.methods import MethodParam
    from codegen.emit.tests import _value, _Examples

    ir = ir_of(tiny_doc())
    leash = {
        "type": "object",
        "required": ["kind"],
        "properties": {"kind": {"type": "string", "enum": ["short", "long"]}, "note": {"type": "string"}},
    }
    name_everything(ir, Config(schemas={"leash_param.LeashParam": leash}))
    spec_side = ir.schemas[f"{PET}"]  # the spec's schema at the param's site: a different shape
    param = MethodParam(
        "leash", "leash", "body", TypeKey("leash_param", "LeashParam").token, False, False, schema=spec_side
    )
    assert _value(param, _Examples(ir), full=True) == "{'kind': 'short', 'note': 'string'}"


def test_a_type_tag_some_members_leave_optional_still_discriminates_a_response_union() -> None:
    doc = tiny_doc()
    schemas = doc["components"]["schemas"]
    schemas["Pcm"] = {"type": "object", "properties": {"type": {"type": "string", "enum": ["audio/pcm"]}}}
    schemas["Pcmu"] = {"type": "object", "properties": {"type": {"type": "string", "enum": ["audio/pcmu"]}}}
    schemas["Format"] = {"anyOf": [{"$ref": "#/components/schemas/Pcm"}, {"$ref": "#/components/schemas/Pcmu"}]}
    schemas["Loose"] = {"anyOf": [{"$ref": "#/components/schemas/Pcm"}, {"$ref": "#/components/schemas/Pet"}]}
    # a response that names both unions, so the generator declares them
    schemas["Formats"] = {
        "type": "object",
        "properties": {"a": {"$ref": "#/components/schemas/Format"}, "b": {"$ref": "#/components/schemas/Loose"}},
    }
    get = doc["paths"]["/pets/{pet_id}"]["get"]
    get["responses"]["200"]["content"]["application/json"]["schema"] = {"$ref": "#/components/schemas/Formats"}
    named = named_of(doc)
    fmt = named.types[TypeKey("format", "Format")]
    assert fmt.value.endswith('PropertyInfo(discriminator="type")]')
    # a member without a tag of its own: no discriminator
    assert "discriminator" not in named.types[TypeKey("loose", "Loose")].value


def test_a_model_field_typed_with_a_union_alias_listing_none_names_it_bare() -> None:
    doc = tiny_doc()
    schemas = doc["components"]["schemas"]
    tools = {"oneOf": [{"type": "array", "items": {"type": "string"}}, {"$ref": "#/components/schemas/Ball"}]}
    schemas["Holder"] = {"type": "object", "properties": {"tools": {"anyOf": [tools, {"type": "null"}]}}}
    get = doc["paths"]["/pets/{pet_id}"]["get"]
    get["responses"]["200"]["content"]["application/json"]["schema"] = {"$ref": "#/components/schemas/Holder"}
    named = named_of(doc, Config(models={"#/components/schemas/Holder/properties/tools/anyOf/0": "holder.Tools"}))
    alias = named.types[TypeKey("holder", "Tools")]
    assert alias.value.endswith(", None]")
    field = next(f for f in named.types[TypeKey("holder", "Holder")].fields if f.name == "tools")
    assert field.annotation == TypeKey("holder", "Tools").token and field.none_in_alias
