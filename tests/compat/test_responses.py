"""Returned objects as the README describes them: request ids, raw and streamed responses, model helpers, binaries."""

from __future__ import annotations

import json
from typing import Any, cast
from pathlib import Path

import httpx
import pytest
import pydantic

import openai
from openai import BaseModel
from openai.types import FileObject
from openai.types.chat import ChatCompletion

from .conftest import MESSAGES, Server, file_object, json_answer, sync_client, async_client, chat_completion

PYDANTIC_V2 = pydantic.VERSION.startswith("2.")


def test_request_id_is_on_returned_models_but_not_in_their_data(server: Server) -> None:
    server.script(json_answer(chat_completion(), headers={"x-request-id": "req_123"}))
    completion = sync_client(server).chat.completions.create(model="gpt-4o", messages=MESSAGES)  # type: ignore[arg-type]
    assert isinstance(completion, ChatCompletion)
    assert completion._request_id == "req_123"
    assert "_request_id" not in completion.to_dict()
    assert "request_id" not in completion.to_json()


def test_undocumented_response_fields_are_kept_and_reachable(server: Server) -> None:
    server.script(json_answer(chat_completion(unknown_prop={"a": 1}, system_fingerprint="fp_1")))
    completion = sync_client(server).chat.completions.create(model="gpt-4o", messages=MESSAGES)  # type: ignore[arg-type]
    assert completion.unknown_prop == {"a": 1}  # type: ignore[attr-defined]
    assert completion.model_extra == {"unknown_prop": {"a": 1}}
    assert completion.to_dict()["unknown_prop"] == {"a": 1}
    assert completion.system_fingerprint == "fp_1"


def test_null_and_missing_fields_are_told_apart_by_model_fields_set(server: Server) -> None:
    server.script(json_answer(chat_completion()))
    message = sync_client(server).chat.completions.create(model="gpt-4o", messages=MESSAGES).choices[0].message  # type: ignore[arg-type]
    assert message.refusal is None and "refusal" in message.model_fields_set  # sent as null
    assert message.tool_calls is None and "tool_calls" not in message.model_fields_set  # not sent


def test_to_dict_and_to_json_defaults_and_options(server: Server) -> None:
    server.script(json_answer(chat_completion()))
    completion = sync_client(server).chat.completions.create(model="gpt-4o", messages=MESSAGES)  # type: ignore[arg-type]
    # exclude_unset=True by default: exactly what the API sent comes back.
    assert completion.to_dict() == chat_completion()
    assert json.loads(completion.to_json()) == chat_completion()
    assert completion.to_json().startswith('{\n  "id"')  # indented by 2 by default
    assert "\n" not in completion.to_json(indent=None)
    full = completion.to_dict(exclude_unset=False)
    assert full["service_tier"] is None and full["usage"] is None
    assert "usage" not in completion.to_dict(exclude_unset=False, exclude_none=True)
    assert completion.model_dump(mode="json", exclude_unset=True) == chat_completion()
    assert json.loads(completion.model_dump_json(exclude_unset=True)) == chat_completion()


def test_to_dict_uses_wire_names_unless_asked_otherwise() -> None:
    from openai.types.shared import ResponseFormatJSONSchema

    fmt = ResponseFormatJSONSchema.construct(
        type="json_schema", json_schema={"name": "n", "schema": {"type": "object"}}
    )
    assert fmt.json_schema.schema_ == {"type": "object"}
    assert fmt.to_dict() == {"type": "json_schema", "json_schema": {"name": "n", "schema": {"type": "object"}}}
    assert cast(Any, fmt.to_dict(use_api_names=False))["json_schema"]["schema_"] == {"type": "object"}


def test_models_can_be_built_by_users_and_compare_by_value() -> None:
    data = file_object("file-1")
    built = FileObject(**data)
    assert built == FileObject.construct(**data)
    assert isinstance(built, BaseModel) and isinstance(built, openai.BaseModel)
    with pytest.raises(pydantic.ValidationError):  # users validating their own data see errors
        FileObject(id=1)  # type: ignore[call-arg]
    if PYDANTIC_V2:  # the v2 class methods, as pydantic itself offers them
        assert FileObject.model_validate(data) == built
        assert FileObject.model_validate_json(json.dumps(data)).id == "file-1"


def test_v2_serialisation_names_work_on_either_pydantic(server: Server) -> None:
    # The official SDK documents `model_dump` / `model_dump_json` whatever pydantic is installed.
    server.script(json_answer(chat_completion()))
    completion = sync_client(server).chat.completions.create(model="gpt-4o", messages=MESSAGES)  # type: ignore[arg-type]
    assert completion.model_dump(exclude_unset=True) == chat_completion()
    assert completion.model_dump(mode="json", exclude_unset=True, include={"id"}) == {"id": "chatcmpl-1"}
    assert json.loads(completion.model_dump_json(exclude_unset=True)) == chat_completion()
    assert completion.model_dump_json(indent=2, exclude_unset=True).startswith('{\n  "id"')


def test_raw_response_exposes_headers_and_parses(server: Server) -> None:
    server.script(json_answer(chat_completion(), headers={"x-request-id": "req_raw", "X-My-Header": "v"}))
    client = sync_client(server)
    response = client.chat.completions.with_raw_response.create(model="gpt-4o", messages=MESSAGES)  # type: ignore[arg-type]
    assert server.last.headers["X-Stainless-Raw-Response"] == "true"
    assert response.headers.get("X-My-Header") == "v"
    assert response.status_code == 200
    assert response.request_id == "req_raw"
    assert response.method == "POST"
    assert response.url == "https://api.example.test/v1/chat/completions"
    assert response.http_request.url == response.url
    assert isinstance(response.http_response, httpx.Response)
    assert response.retries_taken == 0
    assert json.loads(response.text) == chat_completion() == json.loads(response.content)
    completion = response.parse()
    assert isinstance(completion, ChatCompletion)
    assert completion.choices[0].message.content == "Hello!"
    assert completion._request_id == "req_raw"
    assert response.parse() is completion  # parsed once


def test_raw_response_counts_retries(server: Server) -> None:
    server.script(json_answer({}, status=500), json_answer(file_object("file-1")))
    response = sync_client(server).files.with_raw_response.retrieve("file-1")
    assert response.retries_taken == 1
    assert response.parse().id == "file-1"


def test_streaming_response_reads_the_body_only_when_asked(server: Server) -> None:
    server.script(json_answer(chat_completion(), headers={"x-request-id": "req_s"}))
    client = sync_client(server)
    with client.chat.completions.with_streaming_response.create(model="gpt-4o", messages=MESSAGES) as response:  # type: ignore[arg-type]
        assert server.last.headers["X-Stainless-Raw-Response"] == "stream"
        assert response.headers.get("x-request-id") == "req_s"
        assert response.request_id == "req_s"
        lines = list(response.iter_lines())
        assert json.loads("".join(lines)) == chat_completion()
    assert response.is_closed

    with client.chat.completions.with_streaming_response.create(model="gpt-4o", messages=MESSAGES) as response:  # type: ignore[arg-type]
        completion = response.parse()
        assert completion.id == "chatcmpl-1"
        assert response.json() == chat_completion()
        assert json.loads(response.text()) == chat_completion()


async def test_async_raw_and_streaming_responses(server: Server) -> None:
    server.script(json_answer(file_object("file-1"), headers={"x-request-id": "req_a"}))
    client = async_client(server)
    raw = await client.files.with_raw_response.retrieve("file-1")
    # The legacy raw response parses synchronously on the async client too.
    assert raw.parse().id == "file-1"
    assert raw.request_id == "req_a"

    async with client.files.with_streaming_response.retrieve("file-1") as response:
        assert response.request_id == "req_a"
        assert (await response.parse()).id == "file-1"
        assert cast(Any, await response.json())["id"] == "file-1"
        assert json.loads(await response.text())["id"] == "file-1"
        chunks = [chunk async for chunk in response.iter_bytes()]
        assert json.loads(b"".join(chunks))["id"] == "file-1"
    await client.close()


def test_binary_content_read_text_json_and_write_to_file(server: Server, tmp_path: Path) -> None:
    server.script(
        httpx.Response(200, content=b'{"prompt": "hi"}\n', headers={"content-type": "application/octet-stream"})
    )
    content = sync_client(server).files.content("file-1")
    assert server.last.headers["Accept"] == "application/binary"
    assert isinstance(content, openai.HttpxBinaryResponseContent)
    assert content.content == b'{"prompt": "hi"}\n'
    assert content.read() == content.content
    assert content.text == '{"prompt": "hi"}\n'
    assert content.json() == {"prompt": "hi"}
    assert content.response.status_code == 200
    target = tmp_path / "out.jsonl"
    content.write_to_file(target)
    assert target.read_bytes() == content.content
    content.write_to_file(str(tmp_path / "as_str.jsonl"))
    assert (tmp_path / "as_str.jsonl").read_bytes() == content.content


def test_binary_stream_to_file_warns_as_the_official_sdk(server: Server, tmp_path: Path) -> None:
    server.script(httpx.Response(200, content=b"RIFF-audio"))
    speech = sync_client(server).audio.speech.create(model="gpt-4o-mini-tts", voice="alloy", input="hello")
    assert server.last.headers["Accept"] == "application/octet-stream"
    with pytest.warns(DeprecationWarning, match=r"with_streaming_response\.method\(\)"):
        speech.stream_to_file(tmp_path / "speech.mp3")
    assert (tmp_path / "speech.mp3").read_bytes() == b"RIFF-audio"


def test_speech_with_streaming_response_streams_to_file(server: Server, tmp_path: Path) -> None:
    server.script(httpx.Response(200, content=b"RIFF-audio-bytes"))
    client = sync_client(server)
    with client.audio.speech.with_streaming_response.create(
        model="gpt-4o-mini-tts", voice="alloy", input="hello"
    ) as response:
        response.stream_to_file(tmp_path / "speech.mp3")
    assert (tmp_path / "speech.mp3").read_bytes() == b"RIFF-audio-bytes"
    assert server.body() == {"input": "hello", "model": "gpt-4o-mini-tts", "voice": "alloy"}


async def test_async_binary_content(server: Server, tmp_path: Path) -> None:
    server.script(httpx.Response(200, content=b"abc"))
    client = async_client(server)
    content = await client.files.content("file-1")
    assert content.content == b"abc"
    with pytest.warns(DeprecationWarning):
        await content.astream_to_file(tmp_path / "a.bin")
    assert (tmp_path / "a.bin").read_bytes() == b"abc"
    async with client.audio.speech.with_streaming_response.create(
        model="gpt-4o-mini-tts", voice="alloy", input="hi"
    ) as response:
        await response.stream_to_file(tmp_path / "b.bin")
    assert (tmp_path / "b.bin").read_bytes() == b"abc"
    await client.close()


def test_model_construct_builds_without_validation_on_either_pydantic() -> None:
    built = FileObject.model_construct(id="file-1", bytes="not an int")
    assert built.id == "file-1"
    assert built.bytes == "not an int"  # type: ignore[comparison-overlap]  # nothing validated
    assert built.model_fields_set == {"id", "bytes"}
    assert FileObject.construct(id="file-1") == FileObject.model_construct(id="file-1")


def test_a_required_field_the_server_left_out_reads_as_none(server: Server) -> None:
    # OpenAI-compatible servers often omit fields; the official SDK then gives None, not AttributeError.
    partial = chat_completion()
    del partial["created"]
    del partial["choices"][0]["finish_reason"]
    server.script(json_answer(partial))
    completion = sync_client(server).chat.completions.create(model="gpt-4o", messages=MESSAGES)  # type: ignore[arg-type]
    assert completion.created is None  # type: ignore[comparison-overlap]
    assert completion.choices[0].finish_reason is None  # type: ignore[comparison-overlap]
    assert "created" not in completion.model_fields_set
    assert completion.to_dict() == partial
