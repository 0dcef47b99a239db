"""Model construction from JSON: lenient, never rejecting, never silently changing data (issue 3, Models)."""

from __future__ import annotations

import enum
import json
import pickle
import datetime
from typing import Any, Dict, List, Union, Optional

import pytest
import pydantic
from hypothesis import given, settings, strategies as st
from pydantic.fields import FieldInfo
from typing_extensions import Literal, Annotated

from openai._utils import PropertyInfo
from openai._compat import PYDANTIC_V1
from openai._models import BaseModel, GenericModel, validate_type, construct_type


class Color(str, enum.Enum):
    RED = "red"
    BLUE = "blue"


class TextPart(BaseModel):
    type: Literal["text"]
    text: str


class ImagePart(BaseModel):
    type: Literal["image"]
    url: str
    detail: Optional[str] = None


Part = Annotated[Union[TextPart, ImagePart], PropertyInfo(discriminator="type")]


class Usage(BaseModel):
    prompt_tokens: int
    total_tokens: int


class Message(BaseModel):
    id: str
    created_at: datetime.datetime
    score: float
    color: Color
    status: Literal["queued", "done"]
    parts: List[Part]
    usage: Optional[Usage] = None
    labels: Dict[str, Usage] = {}
    schema_: Optional[Dict[str, object]] = FieldInfo(alias="schema", default=None)  # type: ignore[assignment]
    reply: Optional["Message"] = None


def build(data: Dict[str, Any]) -> Message:
    return Message.construct(**data)


BASE: Dict[str, Any] = {
    "id": "msg_1",
    "created_at": 1700000000,
    "score": 1,
    "color": "red",
    "status": "done",
    "parts": [{"type": "text", "text": "hi"}, {"type": "image", "url": "http://x"}],
}


def test_nested_models_lists_dicts_and_optional_are_built() -> None:
    m = build({**BASE, "usage": {"prompt_tokens": 1, "total_tokens": 3}, "labels": {"a": {"prompt_tokens": 2}}})
    assert isinstance(m.usage, Usage) and m.usage.total_tokens == 3
    assert isinstance(m.labels["a"], Usage) and m.labels["a"].prompt_tokens == 2
    assert isinstance(m.parts[0], TextPart) and m.parts[0].text == "hi"
    assert isinstance(m.parts[1], ImagePart) and m.parts[1].url == "http://x"


def test_datetimes_from_epoch_and_iso_strings() -> None:
    utc = datetime.timezone.utc
    assert build(BASE).created_at == datetime.datetime(2023, 11, 14, 22, 13, 20, tzinfo=utc)
    m = build({**BASE, "created_at": "2024-05-01T10:20:30.123456Z"})
    assert m.created_at == datetime.datetime(2024, 5, 1, 10, 20, 30, 123456, tzinfo=utc)
    m = build({**BASE, "created_at": "2024-05-01T10:20:30+02:00"})
    assert m.created_at.utcoffset() == datetime.timedelta(hours=2)
    # Not a date at all: kept as received.
    assert build({**BASE, "created_at": "yesterday"}).created_at == "yesterday"  # type: ignore[comparison-overlap]


def test_enum_known_and_unknown_values() -> None:
    assert build(BASE).color is Color.RED
    assert build({**BASE, "color": "green"}).color == "green"


def test_unknown_literal_value_is_kept() -> None:
    assert build({**BASE, "status": "archived"}).status == "archived"


def test_wrong_typed_data_is_kept_as_received() -> None:
    m = build({**BASE, "id": 5, "score": "high", "usage": {"prompt_tokens": "1", "total_tokens": None}})
    assert m.id == 5  # type: ignore[comparison-overlap]
    assert m.score == "high"  # type: ignore[comparison-overlap]
    assert m.usage is not None and m.usage.prompt_tokens == "1"  # type: ignore[comparison-overlap]
    # A list where a model is expected, a string where a list is expected: untouched.
    m = build({**BASE, "usage": [1, 2], "parts": "none"})
    assert m.usage == [1, 2]  # type: ignore[comparison-overlap]
    assert m.parts == "none"  # type: ignore[comparison-overlap]


def test_int_in_float_field_reads_as_float() -> None:
    m = build(BASE)
    assert m.score == 1.0 and isinstance(m.score, float)


def test_unknown_fields_are_kept_and_reachable() -> None:
    m = build({**BASE, "new_field": {"nested": [1, 2]}})
    assert m.new_field == {"nested": [1, 2]}  # type: ignore[attr-defined]
    assert m.model_extra == {"new_field": {"nested": [1, 2]}}
    assert m.to_dict()["new_field"] == {"nested": [1, 2]}


def test_null_versus_missing() -> None:
    explicit_null = build({**BASE, "usage": None})
    missing = build(BASE)
    assert explicit_null.usage is None and missing.usage is None
    assert "usage" in explicit_null.model_fields_set
    assert "usage" not in missing.model_fields_set
    assert explicit_null.to_dict() == {**BASE, "created_at": explicit_null.created_at, "score": 1.0, "usage": None, "color": Color.RED, "parts": explicit_null.to_dict()["parts"]}  # fmt: skip
    assert "usage" not in missing.to_dict()


def test_discriminated_union_uses_the_declared_field() -> None:
    m = build({**BASE, "parts": [{"type": "image", "url": "u", "text": "decoy"}]})
    assert isinstance(m.parts[0], ImagePart)


def test_unknown_union_variant_is_kept_with_every_key() -> None:
    m = build({**BASE, "parts": [{"type": "audio", "data": "abc"}]})
    part = m.parts[0]
    assert not isinstance(part, (TextPart, ImagePart))
    assert part.type == "audio"
    assert part.data == "abc"  # type: ignore[union-attr]
    assert m.to_dict(warnings=False)["parts"] == [{"type": "audio", "data": "abc"}]


class Cat(BaseModel):
    meow: str


class Dog(BaseModel):
    bark: str
    size: Optional[int] = None


class Pet(BaseModel):
    pet: Union[Cat, Dog, str, None]
    value: Union[int, List[Cat], None] = None


def test_best_fit_union_without_discriminator() -> None:
    assert isinstance(Pet.construct(pet={"bark": "woof"}).pet, Dog)
    assert isinstance(Pet.construct(pet={"meow": "m"}).pet, Cat)
    assert Pet.construct(pet="just text").pet == "just text"
    assert Pet.construct(pet=None).pet is None
    value = Pet.construct(pet="x", value=[{"meow": "a"}]).value
    assert isinstance(value, list) and isinstance(value[0], Cat)
    assert Pet.construct(pet="x", value=3).value == 3
    assert Pet.construct(pet="x", value=2.5).value == 2.5  # fits nothing: kept


def test_aliases_and_field_names() -> None:
    m = build({**BASE, "schema": {"type": "object"}})
    assert m.schema_ == {"type": "object"}
    assert m.to_dict()["schema"] == {"type": "object"}
    assert m.to_dict(use_api_names=False)["schema_"] == {"type": "object"}
    # Field names are accepted by `construct` too.
    assert build({**BASE, "schema_": {"a": 1}}).schema_ == {"a": 1}


def test_recursive_model() -> None:
    m = build({**BASE, "reply": {**BASE, "id": "msg_2"}})
    assert isinstance(m.reply, Message) and m.reply.id == "msg_2"
    assert isinstance(m.reply.created_at, datetime.datetime)


def test_to_dict_modes_and_options() -> None:
    m = build({**BASE, "usage": None})
    python = m.to_dict()
    assert python["created_at"] == datetime.datetime(2023, 11, 14, 22, 13, 20, tzinfo=datetime.timezone.utc)
    as_json = m.to_dict(mode="json")
    assert isinstance(as_json["created_at"], str) and as_json["created_at"].startswith("2023-11-14T22:13:20")
    assert as_json["color"] == "red"
    assert "usage" not in m.to_dict(exclude_none=True)
    full = m.to_dict(exclude_unset=False)
    assert full["reply"] is None and full["labels"] == {}
    assert "labels" not in m.to_dict(exclude_unset=False, exclude_defaults=True)


def test_to_json_indent() -> None:
    m = Usage.construct(prompt_tokens=1, total_tokens=2)
    assert m.to_json() == '{\n  "prompt_tokens": 1,\n  "total_tokens": 2\n}'
    assert json.loads(m.to_json(indent=None)) == {"prompt_tokens": 1, "total_tokens": 2}


def test_model_construct_is_lenient_too() -> None:
    m = Message.model_construct(**BASE) if not PYDANTIC_V1 else Message.construct(**BASE)
    assert isinstance(m.parts[0], TextPart)


def test_request_id_defaults_to_none_and_is_not_dumped() -> None:
    m = Usage.construct(prompt_tokens=1, total_tokens=2)
    assert m._request_id is None
    m._request_id = "req_123"
    assert m._request_id == "req_123"
    assert "_request_id" not in m.to_dict() and "request_id" not in m.to_json()


def test_equality_and_pickle_round_trip() -> None:
    m = build({**BASE, "extra": 1})
    clone = pickle.loads(pickle.dumps(m))
    assert clone == m
    assert clone.extra == 1  # type: ignore[attr-defined]


def test_str_and_repr_show_fields() -> None:
    m = Usage.construct(prompt_tokens=1, total_tokens=2)
    assert str(m) == "Usage(prompt_tokens=1, total_tokens=2)"


def test_construct_type_on_plain_annotations() -> None:
    assert construct_type(value=[{"meow": "a"}], type_=List[Cat]) == [Cat.construct(meow="a")]
    assert construct_type(value={"k": {"meow": "a"}}, type_=Dict[str, Cat]) == {"k": Cat.construct(meow="a")}
    assert construct_type(value="x", type_=str) == "x"
    assert construct_type(value={"a": 1}, type_=object) == {"a": 1}


def test_validate_type_is_strict() -> None:
    with pytest.raises(pydantic.ValidationError):
        validate_type(type_=Usage, value={"prompt_tokens": "not a number", "total_tokens": 1})
    assert validate_type(type_=Usage, value={"prompt_tokens": 1, "total_tokens": 2}).total_tokens == 2


class Box(GenericModel):
    items: List[Cat]


def test_generic_model_base() -> None:
    box = Box.construct(items=[{"meow": "x"}])
    assert isinstance(box.items[0], Cat)


# --- property-based: construction round trips -----------------------------------------------------

json_leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8))
json_value = st.recursive(
    json_leaf,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=8,
)

usage_st = st.fixed_dictionaries({"prompt_tokens": st.integers(), "total_tokens": st.integers()})
part_st = st.one_of(
    st.fixed_dictionaries({"type": st.just("text"), "text": st.text(max_size=10)}),
    st.fixed_dictionaries(
        {"type": st.just("image"), "url": st.text(max_size=10)}, optional={"detail": st.none() | st.text(max_size=4)}
    ),
)
message_st = st.fixed_dictionaries(
    {
        "id": st.text(max_size=10),
        "created_at": st.datetimes(timezones=st.just(datetime.timezone.utc)).map(lambda d: d.isoformat()),
        "score": st.floats(allow_nan=False, allow_infinity=False),
        "color": st.sampled_from(["red", "blue", "unknown-color"]),
        "status": st.sampled_from(["queued", "done", "new-status"]),
        "parts": st.lists(part_st, max_size=4),
    },
    optional={
        "usage": st.none() | usage_st,
        "labels": st.dictionaries(st.text(max_size=4), usage_st, max_size=2),
        "schema": st.none() | st.dictionaries(st.text(max_size=4), json_leaf, max_size=2),
        "x_extra_field": json_value,
    },
)


@settings(max_examples=150, deadline=None)
@given(message_st)
def test_round_trip_to_dict_json_gives_the_data_back(data: Dict[str, Any]) -> None:
    m = build(data)
    dumped = m.to_dict(mode="json", warnings=False)
    expected = dict(data)
    # Datetimes come back in one canonical ISO spelling; compare them as datetimes.
    assert datetime.datetime.fromisoformat(str(dumped.pop("created_at")).replace("Z", "+00:00")) == (
        datetime.datetime.fromisoformat(expected.pop("created_at"))
    )
    assert dumped == expected
    assert m.model_fields_set | set(m.model_extra or {}) >= {k if k != "schema" else "schema_" for k in data} - {
        "x_extra_field"
    }


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.text(max_size=6), json_value, max_size=6))
def test_arbitrary_json_never_raises_and_is_kept(data: Dict[str, Any]) -> None:
    m = Usage.construct(**{k: v for k, v in data.items() if k != "_fields_set"})
    dumped = m.to_dict(mode="json", warnings=False)
    assert dumped == {k: v for k, v in data.items() if k != "_fields_set"}


# --- instances share containers until written (copy on write) -------------------------------------


def test_writes_to_one_instance_never_leak_into_another() -> None:
    a = Usage.construct(prompt_tokens=1, total_tokens=2)
    b = Usage.construct(prompt_tokens=3, total_tokens=4)
    a.prompt_tokens = 10
    a._request_id = "req_a"
    a.extra_thing = "x"  # type: ignore[attr-defined]
    assert b.prompt_tokens == 3 and b._request_id is None
    assert b.model_extra == {} and b.model_fields_set == {"prompt_tokens", "total_tokens"}
    assert a.model_extra == {"extra_thing": "x"}
    del a.extra_thing  # type: ignore[attr-defined]
    assert b.to_dict() == {"prompt_tokens": 3, "total_tokens": 4}
    # Mutating the set returned by `model_fields_set` affects that instance only.
    a.model_fields_set.discard("total_tokens")
    assert "total_tokens" not in a.to_dict() and b.to_dict()["total_tokens"] == 4
    c = Usage.construct(prompt_tokens=5, total_tokens=6)
    assert c.model_fields_set == {"prompt_tokens", "total_tokens"}


def test_copies_and_pickles_are_independent() -> None:
    a = Usage.construct(prompt_tokens=1, total_tokens=2)
    copied = a.model_copy() if not PYDANTIC_V1 else a.copy()
    copied._request_id = "copied"
    assert a._request_id is None
    clone = pickle.loads(pickle.dumps(a))
    clone._request_id = "clone"
    assert a._request_id is None and Usage.construct(prompt_tokens=1, total_tokens=2)._request_id is None


def test_extra_fields_named_like_methods_do_not_break_dumping() -> None:
    # On pydantic v1 extras live in the instance dict, where `json`/`dict`/`copy` would shadow methods.
    m = Usage.construct(prompt_tokens=1, total_tokens=2, json=None, dict={"a": 1}, copy="c")
    assert m.to_dict(mode="json") == {
        "prompt_tokens": 1,
        "total_tokens": 2,
        "json": None,
        "dict": {"a": 1},
        "copy": "c",
    }
    assert json.loads(m.to_json())["copy"] == "c"


# --- decoded dicts are taken over; the caller's data never is ----------------------------------------


def test_construct_and_construct_type_leave_the_callers_data_untouched() -> None:
    data = json.loads(json.dumps({**BASE, "usage": {"prompt_tokens": 1, "total_tokens": 2}}))
    snapshot = json.loads(json.dumps(data))
    m1 = build(data)
    m2 = construct_type(type_=Message, value=data)
    assert isinstance(m2, Message)
    assert data == snapshot  # nested parts still dicts, created_at still the epoch number
    assert isinstance(m1.parts[0], TextPart) and isinstance(m2.parts[1], ImagePart)
    # The instances do not share the caller's containers either.
    data["parts"][0]["text"] = "changed"
    data["usage"]["total_tokens"] = 99
    assert cast_text(m1.parts[0]) == "hi" and cast_text(m2.parts[0]) == "hi"
    assert m1.usage is not None and m1.usage.total_tokens == 2


def cast_text(part: object) -> str:
    assert isinstance(part, TextPart)
    return part.text


def test_construct_owned_takes_the_decoded_dicts_over() -> None:
    from openai._models import construct_owned

    data = json.loads(json.dumps(BASE))
    part = data["parts"][0]
    m = construct_owned(type_=Message, value=data)
    assert isinstance(m, Message)
    # No copy: the decoded dict is the instance's storage, with its fields converted in place.
    assert m.__dict__ is data and m.parts[0].__dict__ is part
    assert m.created_at == datetime.datetime.fromtimestamp(1700000000, tz=datetime.timezone.utc)
    assert m.to_dict(mode="json")["parts"] == [{"type": "text", "text": "hi"}, {"type": "image", "url": "http://x"}]


def test_model_extra_written_by_the_caller_stays_with_its_instance() -> None:
    a = Usage.construct(prompt_tokens=1, total_tokens=2)
    b = Usage.construct(prompt_tokens=3, total_tokens=4)
    extra = a.model_extra
    assert extra == {}
    assert extra is not None
    extra["added"] = 1
    if not PYDANTIC_V1:  # v1 computes `model_extra` from the instance dict: a copy by nature
        assert a.to_dict() == {"prompt_tokens": 1, "total_tokens": 2, "added": 1}
    assert b.model_extra == {} and b.to_dict() == {"prompt_tokens": 3, "total_tokens": 4}
    assert Usage.construct(prompt_tokens=5, total_tokens=6).model_extra == {}


@pytest.mark.parametrize("tags", [["text", "image", "video"], [["unhashable"], "text"], [None, "image"]])
def test_lists_of_discriminated_unions_dispatch_each_element(tags: List[Any]) -> None:
    parts: List[Any] = [{"type": tag, "text": "t", "url": "u"} for tag in tags] + ["plain", 3]
    m = Message.construct(**{**BASE, "parts": parts})
    for built, tag in zip(m.parts, tags):
        expected = {"text": TextPart, "image": ImagePart}.get(tag) if isinstance(tag, str) else None
        if expected is not None:
            assert type(built) is expected
        else:
            assert isinstance(built, BaseModel)
            assert built.to_dict()["type"] == tag  # unknown variant: kept with every key
    assert m.parts[-2:] == ["plain", 3]  # non-dict elements kept as received


def test_keys_named_like_the_construct_parameters_are_data() -> None:
    m = Usage.construct(cls="c", prompt_tokens=1, total_tokens=2)
    assert m.to_dict() == {"cls": "c", "prompt_tokens": 1, "total_tokens": 2}
    if not PYDANTIC_V1:
        assert Usage.model_construct(cls="c").to_dict() == {"cls": "c"}


def test_mutable_defaults_are_per_instance_in_every_shape() -> None:
    # `labels` (a dict default) is filled in for objects that leave it out, once per instance.
    a = build({**BASE})
    b = build({**BASE, "usage": None})
    a.labels["x"] = Usage.construct(prompt_tokens=1, total_tokens=1)
    assert b.labels == {} and build({**BASE}).labels == {}
    assert "labels" not in a.model_fields_set and b.model_fields_set >= {"usage"}
