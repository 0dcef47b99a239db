"""The IR on a tiny spec: one test per construct of issue 4's list."""

from __future__ import annotations

from typing import Any, Dict

from codegen.ir import IR, Schema

from .conftest import ir_of, tiny_doc


def _ir() -> IR:
    return ir_of(tiny_doc())


def _prop(ir: IR, schema: str, name: str) -> Schema:
    s = ir.target(ir.schemas[f"#/components/schemas/{schema}"])
    return next(p.schema for p in s.properties if p.name == name)


def test_ref_and_allof_merge() -> None:
    ir = _ir()
    pet = ir.schemas["#/components/schemas/Pet"]
    assert pet.kind == "object"
    names = [p.name for p in pet.properties]
    assert names[0] == "id"  # from the $ref'd Base part
    required = {p.name for p in pet.properties if p.required}
    assert required == {"id", "name", "kind"}


def test_recursive_ref_terminates() -> None:
    ir = _ir()
    pets = _prop(ir, "Owner", "pets")
    assert pets.kind == "array" and pets.items is not None
    assert pets.items.kind == "ref" and pets.items.target == "#/components/schemas/Owner"


def test_enum_const_nullable_map_formats() -> None:
    ir = _ir()
    assert _prop(ir, "Pet", "kind").values == ["cat", "dog"]
    assert _prop(ir, "Pet", "object").values == ["pet"]
    assert _prop(ir, "Pet", "weight").nullable  # `nullable: true` (3.0 style)
    note = ir.operations[-1].body
    assert note is not None
    assert ir.target(note.schema).properties[0].schema.nullable  # `type: [string, "null"]`
    labels = _prop(ir, "Pet", "labels")
    assert labels.kind == "map" and labels.items is not None and labels.items.type == "string"
    assert _prop(ir, "Pet", "extra").kind == "any"  # `type: object` alone: shape unknown -> `object`
    assert _prop(ir, "Pet", "born_at").format == "date-time"
    assert _prop(ir, "Pet", "big_id").format == "int64"
    assert _prop(ir, "Pet", "avatar").format == "byte"


def test_read_write_only_deprecated_default() -> None:
    ir = _ir()
    assert ir.schemas["#/components/schemas/Base"].properties[0].schema.read_only
    assert _prop(ir, "Pet", "secret").write_only
    assert _prop(ir, "Pet", "old_field").deprecated
    assert _prop(ir, "PetCreate", "kind").default == "cat"


def test_unions_with_and_without_discriminator() -> None:
    ir = _ir()
    toy = _prop(ir, "Pet", "toy")
    food = _prop(ir, "Pet", "food")
    assert toy.kind == food.kind == "union"
    assert toy.discriminator is None
    assert food.discriminator == "type"
    assert [v.target for v in food.variants] == ["#/components/schemas/Kibble", "#/components/schemas/Meat"]


def test_operations_params_bodies_responses() -> None:
    ir = _ir()
    ops = {o.operation_id: o for o in ir.operations}
    listing = ops["listPets"]
    assert [(p.name, p.location) for p in listing.params] == [
        ("limit", "query"),
        ("tags[]", "query"),
        ("X-Trace", "header"),
    ]
    assert listing.params_pointer == "#/paths/~1pets/get/parameters"
    assert ops["getPet"].params[0].location == "path"  # path-level parameters are inherited
    create = ops["createPet"]
    assert create.body is not None and create.body.content_type == "application/json"
    assert create.body.pointer == "#/paths/~1pets/post/requestBody/content/application~1json/schema"
    assert [r.content_type for r in create.responses] == ["application/json", "text/event-stream"]
    assert ops["uploadPhoto"].body.content_type == "multipart/form-data"  # type: ignore[union-attr]
    assert ops["transferPet"].body.content_type == "application/x-www-form-urlencoded"  # type: ignore[union-attr]
    photo = ops["getPhoto"].success
    assert photo is not None and photo.content_type == "image/png"
    assert ops["deletePet"].deprecated and ops["deletePet"].success.content_type is None  # type: ignore[union-attr]


def test_openapi_30_is_accepted() -> None:
    doc: Dict[str, Any] = tiny_doc()
    doc["openapi"] = "3.0.3"
    assert len(ir_of(doc).operations) == 7
