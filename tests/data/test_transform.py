"""Params transform (TypedDict -> wire JSON) and multipart uploads (issue 3, Uploads and params)."""

from __future__ import annotations

import io
import json
import base64
import datetime
from typing import Any, Dict, List, Union, Iterable, Optional
from pathlib import Path

import httpx
import pytest
import pydantic
from hypothesis import given, settings, strategies as st
from typing_extensions import Required, Annotated, TypedDict

from openai import NOT_GIVEN, omit, file_from_path
from openai._files import to_httpx_files, async_to_httpx_files
from openai._utils import (
    PropertyInfo,
    transform,
    extract_files,
    async_transform,
    maybe_transform,
    deepcopy_minimal,
    async_maybe_transform,
)
from openai._base_client import make_request_options

from .conftest import make_client, make_async_client


class Inner(TypedDict, total=False):
    file_id: Required[Annotated[str, PropertyInfo(alias="fileId")]]
    created: Annotated[datetime.datetime, PropertyInfo(format="iso8601")]


class TextPart(TypedDict, total=False):
    type: Required[str]
    text_value: Annotated[str, PropertyInfo(alias="text")]


class ImagePart(TypedDict, total=False):
    type: Required[str]
    image_url: Annotated[str, PropertyInfo(alias="imageUrl")]


class Params(TypedDict, total=False):
    model: Required[str]
    max_tokens: Annotated[Optional[int], PropertyInfo(alias="maxTokens")]
    inner: Inner
    inners: Iterable[Inner]
    parts: Iterable[Union[TextPart, ImagePart]]
    when: datetime.date
    custom_day: Annotated[datetime.date, PropertyInfo(format="custom", format_template="%d/%m/%Y")]
    data: Annotated[Union[str, bytes, Any], PropertyInfo(format="base64")]
    tags: List[str]
    meta: Dict[str, Inner]


def test_aliases_nested_and_omitted_values() -> None:
    params: Params = {
        "model": "gpt",
        "max_tokens": None,
        "inner": {"file_id": "f1"},
        "meta": {"k": {"file_id": "f2", "created": datetime.datetime(2024, 1, 2, 3, 4, 5)}},
        "tags": NOT_GIVEN,  # type: ignore[typeddict-item]
        "when": omit,  # type: ignore[typeddict-item]
    }
    assert transform(params, Params) == {
        "model": "gpt",
        "maxTokens": None,
        "inner": {"fileId": "f1"},
        "meta": {"k": {"fileId": "f2", "created": "2024-01-02T03:04:05"}},
    }


def test_iterables_are_consumed_once_into_lists() -> None:
    consumed: List[int] = []

    def inners() -> Iterable[Inner]:
        for i in range(3):
            consumed.append(i)
            yield {"file_id": f"f{i}"}

    out = transform({"model": "m", "inners": inners(), "tags": ("a", "b")}, Params)
    assert out == {"model": "m", "inners": [{"fileId": "f0"}, {"fileId": "f1"}, {"fileId": "f2"}], "tags": ["a", "b"]}
    assert consumed == [0, 1, 2]


def test_union_members_apply_their_aliases() -> None:
    parts: List[Union[TextPart, ImagePart]] = [
        {"type": "text", "text_value": "hi"},
        {"type": "image", "image_url": "http://i"},
    ]
    out = transform({"model": "m", "parts": parts}, Params)
    assert out["parts"] == [{"type": "text", "text": "hi"}, {"type": "image", "imageUrl": "http://i"}]


def test_dates_iso_and_custom_formats() -> None:
    out = transform(
        {"model": "m", "when": datetime.date(2024, 2, 29), "custom_day": datetime.date(2024, 2, 29)}, Params
    )
    assert out == {"model": "m", "when": "2024-02-29", "custom_day": "29/02/2024"}


def test_base64_of_bytes_files_and_paths(tmp_path: Path) -> None:
    encoded = base64.b64encode(b"\x00\x01raw").decode()
    assert transform({"model": "m", "data": b"\x00\x01raw"}, Params)["data"] == encoded
    assert transform({"model": "m", "data": io.BytesIO(b"\x00\x01raw")}, Params)["data"] == encoded
    path = tmp_path / "blob.bin"
    path.write_bytes(b"\x00\x01raw")
    assert transform({"model": "m", "data": path}, Params)["data"] == encoded
    # A string is already encoded: left alone.
    assert transform({"model": "m", "data": "abc"}, Params)["data"] == "abc"


def test_undeclared_keys_pass_through_and_inputs_are_not_mutated() -> None:
    params: Dict[str, Any] = {"model": "m", "vendor_extension": {"x": 1}, "inner": {"file_id": "f"}}
    out = transform(params, Params)
    assert out["vendor_extension"] == {"x": 1}
    assert params["inner"] == {"file_id": "f"}


def test_pydantic_models_in_params_are_dumped() -> None:
    class Schema(pydantic.BaseModel):
        name: str
        strict: Optional[bool] = None

    assert transform({"model": "m", "tags": [], "meta": Schema(name="s")}, Params)["meta"] == {"name": "s"}


def test_maybe_transform_passes_none() -> None:
    assert maybe_transform(None, Params) is None


async def test_async_transform_matches_sync(tmp_path: Path) -> None:
    path = tmp_path / "blob.bin"
    path.write_bytes(b"async-bytes")

    def gen() -> Iterable[Inner]:
        yield {"file_id": "g", "created": datetime.datetime(2020, 1, 1)}

    params = {"model": "m", "inners": gen(), "data": path, "max_tokens": 3, "tags": NOT_GIVEN}
    out = await async_transform(params, Params)
    assert out == {
        "model": "m",
        "inners": [{"fileId": "g", "created": "2020-01-01T00:00:00"}],
        "data": base64.b64encode(b"async-bytes").decode(),
        "maxTokens": 3,
    }
    assert await async_maybe_transform(None, Params) is None


def test_params_through_the_client_reach_the_wire() -> None:
    seen: List[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    client = make_client(handler)
    body = maybe_transform({"model": "m", "max_tokens": 5, "inner": {"file_id": "f"}, "tags": omit}, Params)
    client.post("/things", cast_to=object, body=body)
    assert json.loads(seen[0].content) == {"model": "m", "maxTokens": 5, "inner": {"fileId": "f"}}


# --- uploads --------------------------------------------------------------------------------------


def test_to_httpx_files_accepts_every_form(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(b"from disk")
    file_obj = io.BytesIO(b"from memory")
    files = to_httpx_files(
        {
            "a": b"raw bytes",
            "b": file_obj,
            "c": path,
            "d": ("named.jsonl", b"{}"),
            "e": ("typed.png", path, "image/png"),
            "f": ("with-headers.bin", b"x", "application/octet-stream", {"X-Part": "1"}),
        }
    )
    assert isinstance(files, dict)
    assert files["a"] == b"raw bytes"
    assert files["b"] is file_obj
    assert files["c"] == ("report.txt", b"from disk")
    assert files["d"] == ("named.jsonl", b"{}")
    assert files["e"] == ("typed.png", b"from disk", "image/png")
    assert files["f"] == ("with-headers.bin", b"x", "application/octet-stream", {"X-Part": "1"})
    assert to_httpx_files([("file", b"1"), ("file", b"2")]) == [("file", b"1"), ("file", b"2")]


def test_unsupported_file_value_names_the_parameter() -> None:
    with pytest.raises(TypeError, match="`file`"):
        to_httpx_files({"file": "a string is not a file"})  # type: ignore[dict-item]
    with pytest.raises(TypeError, match="`image`"):
        to_httpx_files({"image": ("name.png", 12345)})  # type: ignore[dict-item]


async def test_async_to_httpx_files_reads_paths(tmp_path: Path) -> None:
    path = tmp_path / "async.txt"
    path.write_bytes(b"async disk")
    files = await async_to_httpx_files({"file": path, "other": ("x.txt", path, "text/plain")})
    assert files == {"file": ("async.txt", b"async disk"), "other": ("x.txt", b"async disk", "text/plain")}


def test_file_from_path(tmp_path: Path) -> None:
    path = tmp_path / "input.jsonl"
    path.write_bytes(b'{"a": 1}\n')
    assert file_from_path(str(path)) == ("input.jsonl", b'{"a": 1}\n')


def test_extract_files_and_deepcopy_minimal() -> None:
    f1, f2, f3 = io.BytesIO(b"1"), io.BytesIO(b"2"), io.BytesIO(b"3")
    original: Dict[str, Any] = {"file": f1, "files": [f2, f3], "purpose": "batch", "nested": {"doc": f1, "keep": 1}}
    body = deepcopy_minimal(original)
    assert body is not original and body["files"] is not original["files"] and body["file"] is f1
    extracted = extract_files(body, paths=[["file"], ["files", "<array>"], ["nested", "doc"], ["missing"]])
    assert extracted == [("file", f1), ("files[]", f2), ("files[]", f3), ("nested[doc]", f1)]
    assert body == {"purpose": "batch", "nested": {"keep": 1}}
    assert original["files"] == [f2, f3] and original["file"] is f1  # the caller's params are untouched


def multipart_parts(request: httpx.Request) -> Dict[str, Any]:
    boundary = request.headers["content-type"].split("boundary=")[1].encode()
    parts: Dict[str, Any] = {}
    for raw in request.content.split(b"--" + boundary)[1:-1]:
        head, _, value = raw.strip(b"\r\n").partition(b"\r\n\r\n")
        disposition = head.decode().split("\r\n")[0]
        name = disposition.split('name="')[1].split('"')[0]
        parts.setdefault(name, []).append(value)
    return parts


def test_multipart_request_mixes_files_and_fields(tmp_path: Path) -> None:
    seen: List[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(200, json={"id": "file-1"})

    path = tmp_path / "train.jsonl"
    path.write_bytes(b"line\nend")
    client = make_client(handler)
    body = deepcopy_minimal({"purpose": "fine-tune", "file": path, "tags": ["a", "b"]})
    files = extract_files(body, paths=[["file"]])
    client.post(
        "/files",
        cast_to=object,
        body=body,
        files=files,
        options=make_request_options(extra_headers={"Content-Type": "multipart/form-data"}),
    )
    parts = multipart_parts(seen[0])
    assert parts["purpose"] == [b"fine-tune"]
    assert parts["file"] == [b"line\nend"]
    assert b'filename="train.jsonl"' in seen[0].content
    assert parts["tags[]"] == [b"a", b"b"]


async def test_async_multipart_reads_path_like(tmp_path: Path) -> None:
    seen: List[httpx.Request] = []

    async def handler_body(request: httpx.Request) -> None:
        await request.aread()

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": "file-1"})

    path = tmp_path / "a.txt"
    path.write_bytes(b"async upload")
    client = make_async_client(handler)
    await client.post(
        "/files",
        cast_to=object,
        body={"purpose": "assistants"},
        files=[("file", path)],
        options=make_request_options(extra_headers={"Content-Type": "multipart/form-data"}),
    )
    await handler_body(seen[0])
    assert b"async upload" in seen[0].content and b'filename="a.txt"' in seen[0].content


# --- property-based: the transform keeps every given value under its wire name --------------------

_json_leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=6))


@settings(max_examples=150, deadline=None)
@given(
    model=st.text(max_size=8),
    max_tokens=st.one_of(st.just(NOT_GIVEN), st.just(omit), st.none(), st.integers()),
    inner_ids=st.lists(st.text(max_size=5), max_size=4),
    extra=st.dictionaries(
        st.text(min_size=1, max_size=6).filter(lambda k: k not in Params.__annotations__), _json_leaf, max_size=3
    ),
)
def test_transform_renames_and_drops_only(
    model: str, max_tokens: Any, inner_ids: List[str], extra: Dict[str, Any]
) -> None:
    params: Dict[str, Any] = {
        "model": model,
        "max_tokens": max_tokens,
        "inners": (i for i in [{"file_id": x} for x in inner_ids]),
        **extra,
    }
    out = transform(params, Params)
    expected: Dict[str, Any] = {"model": model, "inners": [{"fileId": x} for x in inner_ids], **extra}
    if max_tokens is not NOT_GIVEN and max_tokens is not omit:
        expected["maxTokens"] = max_tokens
    assert out == expected
