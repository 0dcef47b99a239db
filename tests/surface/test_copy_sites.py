"""derive_types' keys for per-use copies inside a named type's own emission (codegen/tools/copy_sites.py)."""

from __future__ import annotations

import sys
from typing import Any, Dict
from pathlib import Path

# the tools import each other as scripts (`from spec_index import ...`), as derive_types.py runs them
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "codegen" / "tools"))

from codegen.tools.copy_sites import (  # noqa: E402
    met_at,
    merged_into,
    same_module,
    shared_bodies,
    inside_met_type,
    below_named_type,
)
from codegen.tools.spec_index import SpecIndex  # noqa: E402
from codegen.tools.match_rules import alias_fits, field_overlap, same_enum_family  # noqa: E402

OP = "#/paths/~1evals/get/responses/200/content/application~1json/schema"


def _spec() -> SpecIndex:
    s = "#/components/schemas/"
    schemas: Dict[str, Any] = {
        "Text": {"type": "object", "properties": {"text": {"type": "string"}}},
        "ContentItem": {"oneOf": [{"type": "string"}, {"$ref": s + "Text"}]},
        "Content": {"oneOf": [{"$ref": s + "ContentItem"}, {"type": "array", "items": {"$ref": s + "ContentItem"}}]},
        "Item": {"type": "object", "properties": {"content": {"$ref": s + "Content"}, "more": {"$ref": s + "Text"}}},
    }
    item = {"$ref": s + "Item"}
    return SpecIndex({"paths": {"/evals": {"get": {"responses": {"200": {"content": {
        "application/json": {"schema": {"type": "object", "properties": {"data": {"type": "array", "items": item}}}}
    }}}}}}, "components": {"schemas": schemas}})  # fmt: skip


NAMED = {"#/components/schemas/Content": "grader.Content", "#/components/schemas/Item": "grader.Item"}
CONTENT_SITE = OP + "/properties/data/items/properties/content"


def test_a_copy_in_a_named_union_is_keyed_below_the_union_past_the_ref_it_splices_in() -> None:
    met = met_at({"grader.Content": {CONTENT_SITE}, "grader.Item": {OP + "/properties/data/items"}})
    site = CONTENT_SITE + "/oneOf/0/oneOf/1"
    key = below_named_type(_spec(), site, "grader.ContentText", NAMED, met, set())
    assert key == "#/components/schemas/Content/oneOf/0/oneOf/1"


def test_no_key_for_a_copy_of_another_module_or_past_a_property_ref() -> None:
    spec = _spec()
    met = met_at({"grader.Content": {CONTENT_SITE}, "grader.Item": {OP + "/properties/data/items"}})
    # another module's copy belongs to another emission
    assert below_named_type(spec, CONTENT_SITE + "/oneOf/0/oneOf/1", "other.Text", NAMED, met, set()) is None
    # a property's `$ref` is met by its own pointer: the generator carries no use site past it
    more = OP + "/properties/data/items/properties/more/properties/text"
    assert below_named_type(spec, more, "grader.MoreText", NAMED, met, set()) is None


def test_a_type_emitted_twice_takes_no_plain_pointer() -> None:
    met = met_at({"grader.Item": {OP + "/properties/data/items"}})
    site = OP + "/properties/data/items/properties/content"
    # `Item/properties/content` is a plain pointer: every emission of Item would find it
    assert below_named_type(_spec(), site, "grader.ItemContent", NAMED, met, {"#/components/schemas/Item"}) is None
    assert below_named_type(_spec(), site, "grader.ItemContent", NAMED, met, set()) == (
        "#/components/schemas/Item/properties/content"
    )


def test_same_module() -> None:
    assert same_module("a.b.C", "a.b.D") and not same_module("a.b.C", "a.c.C")


def test_a_body_schema_several_operations_send_is_shared() -> None:
    s = "#/components/schemas/"
    body = {"$ref": s + "Alert"}
    op = {"requestBody": {"content": {"application/json": {"schema": body}}}}
    doc = {
        "paths": {"/a": {"post": op}, "/a/{id}": {"post": op}, "/b": {"post": {**op, "requestBody": {"content": {
            "application/json": {"schema": {"$ref": s + "Other"}}}}}}},
        "components": {"schemas": {"Alert": {"type": "object"}, "Other": {"type": "object"}}},
    }  # fmt: skip
    pointer = "#/paths/{}/post/requestBody/content/application~1json/schema"
    bodies = [pointer.format(p) for p in ("~1a", "~1a~1{id}", "~1b")]
    assert shared_bodies(SpecIndex(doc), bodies) == {s + "Alert"}


def _merged_spec() -> SpecIndex:
    s = "#/components/schemas/"
    props = {"type": "object", "properties": {"choice": {"$ref": s + "Choice"}}}
    choice = {"anyOf": [{"type": "string"}, {"type": "object", "properties": {"id": {"type": "string"}}}]}
    schemas = {
        "Props": props,
        "Choice": choice,
        "Response": {"allOf": [{"$ref": s + "Props"}]},
        "Create": {"allOf": [{"$ref": s + "Props"}]},
        "Event": {"allOf": [{"type": "object"}, {"$ref": s + "Create"}]},
        "Only": {"allOf": [{"$ref": s + "Solo"}]},
        "Solo": {"type": "object", "properties": {"x": {"$ref": s + "Choice"}}},
        "ToolChoice": {"type": "object", "properties": {"id": {"type": "string"}}},
    }
    return SpecIndex({"paths": {}, "components": {"schemas": schemas}})


def test_a_plain_pointer_in_a_schema_several_types_merge_keys_no_copy() -> None:
    spec, s = _merged_spec(), "#/components/schemas/"
    named = {s + "Response": "r.Response", s + "Event": "e.Event", s + "Only": "o.Only"}
    merged = merged_into(spec, named)
    assert merged[s + "Props"] == 2 and merged[s + "Solo"] == 1
    met = met_at({"e.Event": {s + "Event"}, "o.Only": {s + "Only"}})
    # Event takes `choice` from Props through two allOfs, as Response does: its plain pointer is shared
    event_site = s + "Event/allOf/1/allOf/0/properties/choice"
    assert not inside_met_type(spec, event_site, s + "Props/properties/choice", met, merged)
    # Solo is merged into Only alone: its plain pointer names the copy in Only only
    assert inside_met_type(spec, s + "Only/allOf/0/properties/x", s + "Solo/properties/x", met, merged)


def test_an_alias_is_paired_with_a_schema_of_its_shape_only() -> None:
    spec, s = _merged_spec(), "#/components/schemas/"
    assert not alias_fits(spec, s + "ToolChoice", "Union[a.A, b.B]")  # an object is no union alias
    assert alias_fits(spec, s + "Choice", "Union[str, b.B]")
    assert not alias_fits(spec, s + "Choice", "Literal['a']")


def test_field_overlap_has_no_discriminator_bonus() -> None:
    # the table's `CodeInterpreterOutputImage` {index, type, image} is not the component of that name {type, url}
    assert field_overlap({"index", "type", "image"}, {"type", "url"}) == 0.25
    assert field_overlap({"index", "type", "image"}, {"index", "type", "image"}) == 1.0
    assert field_overlap(set(), {"type"}) == 0.0


def test_an_enum_sharing_most_values_with_a_named_enum_is_written_as_it() -> None:
    chat_model = {"gpt-5", "gpt-4.1", "o3", "gpt-4o"}
    assert same_enum_family({"gpt-5", "gpt-4.1"}, chat_model)  # a subset
    assert same_enum_family({"gpt-5", "gpt-4.1", "gpt-4.5-preview"}, chat_model)  # lags behind: mostly the same
    assert not same_enum_family({"low", "high", "gpt-5"}, chat_model)
    assert not same_enum_family(set(), chat_model)
