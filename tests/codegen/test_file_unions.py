"""A multipart property that is a file OR an object (`oneOf: [binary, $ref]`): its value goes to a file part when it
is a file and stays a form field (bracketed keys) when it is the object; the generated method lists its path."""

from __future__ import annotations

from typing import Any, Dict, List

import httpx

import openai
from codegen.config import Config
from codegen.naming import TypeKey

from .conftest import named_of, tiny_doc


def test_a_union_with_a_binary_member_named_through_an_alias_is_a_file_param() -> None:
    doc = tiny_doc()
    body = doc["paths"]["/pets/{pet_id}/photo"]["post"]["requestBody"]["content"]["multipart/form-data"]["schema"]
    body["properties"]["file"] = {
        "oneOf": [{"$ref": "#/components/schemas/Owner"}, {"type": "string", "format": "binary"}]
    }
    pointer = "#/paths/~1pets~1{pet_id}~1photo/post/requestBody/content/multipart~1form-data/schema/properties/file"
    named = named_of(doc, Config(params={pointer: "pets.photo_create_params.File"}))
    method = next(m for m in named.methods if m.resource == ("pets", "photo") and m.name == "create")
    file = next(p for p in method.params if p.name == "file")
    assert file.annotation == TypeKey("pets.photo_create_params", "File").token  # an alias: no FileTypes in it
    assert file.is_file and not next(p for p in method.params if p.name == "caption").is_file


def _video_json() -> Dict[str, Any]:
    return {"id": "video_1", "object": "video", "created_at": 1, "status": "queued", "model": "sora-2", "progress": 0}


def test_videos_edit_sends_a_file_as_a_part_and_a_reference_as_form_fields() -> None:
    sent: List[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={**_video_json(), "seconds": "4", "size": "720x1280"})

    client = openai.OpenAI(
        api_key="k", base_url="http://test/v1", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    client.videos.edit(prompt="p", video={"id": "video_0"})
    client.videos.edit(prompt="p", video=("clip.mp4", b"abc", "video/mp4"))
    as_reference, as_file = (r.read() for r in sent)
    assert all(r.headers["content-type"].startswith("multipart/form-data; boundary=") for r in sent)
    assert b'name="video[id]"\r\n\r\nvideo_0\r\n' in as_reference and b"filename=" not in as_reference
    assert b'name="video"; filename="clip.mp4"\r\nContent-Type: video/mp4\r\n\r\nabc\r\n' in as_file


def test_a_union_described_only_on_one_inline_member_takes_that_description() -> None:
    doc = tiny_doc()
    body = doc["paths"]["/pets/{pet_id}/photo"]["post"]["requestBody"]["content"]["multipart/form-data"]["schema"]
    binary = {"type": "string", "format": "binary", "description": "The photo, or a reference to one."}
    body["properties"]["file"] = {"oneOf": [binary, {"$ref": "#/components/schemas/Owner"}]}
    both = [{"type": "string", "description": "A name."}, {"type": "integer", "description": "A number."}]
    body["properties"]["caption"] = {"oneOf": both}
    method = next(m for m in named_of(doc).methods if m.resource == ("pets", "photo") and m.name == "create")
    by_name = {p.name: p for p in method.params}
    assert by_name["file"].description == "The photo, or a reference to one."
    assert by_name["caption"].description is None  # each member describes itself, not the property
