"""File uploads in every form the README accepts: `open(...)`, `pathlib.Path`, bytes, `(filename, contents, type)`."""

from __future__ import annotations

import io
import re
from typing import List, Tuple
from pathlib import Path

import httpx
import pytest

import openai

from .conftest import Server, file_object, json_answer, sync_client, async_client

Part = Tuple[str, str, str, bytes]  # name, filename, content type, value


def multipart_parts(request: httpx.Request) -> List[Part]:
    """The parts of a multipart body, in order (names, filenames, content types and values)."""
    content_type = request.headers["Content-Type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.split("boundary=", 1)[1].encode()
    parts: List[Part] = []
    for chunk in request.content.split(b"--" + boundary)[1:-1]:
        # Each part is framed by exactly one CRLF on each side; the value itself may end in a newline.
        assert chunk.startswith(b"\r\n") and chunk.endswith(b"\r\n")
        head, _, value = chunk[2:-2].partition(b"\r\n\r\n")
        text = head.decode()
        name = re.search(r'name="([^"]*)"', text)
        filename = re.search(r'filename="([^"]*)"', text)
        ctype = re.search(r"Content-Type: (.*)", text)
        parts.append(
            (
                name.group(1) if name else "",
                filename.group(1) if filename else "",
                ctype.group(1).strip() if ctype else "",
                value,
            )
        )
    return parts


@pytest.fixture
def jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "input.jsonl"
    path.write_bytes(b'{"messages": []}\n')
    return path


def test_upload_a_path(server: Server, jsonl: Path) -> None:
    server.script(json_answer(file_object("file-1")))
    uploaded = sync_client(server).files.create(file=jsonl, purpose="fine-tune")
    assert uploaded.id == "file-1"
    assert server.last.url.path == "/v1/files"
    parts = multipart_parts(server.last)
    assert ("purpose", "", "", b"fine-tune") in parts
    file_part = [p for p in parts if p[0] == "file"]
    assert file_part and file_part[0][1] == "input.jsonl" and file_part[0][3] == b'{"messages": []}\n'


def test_upload_an_open_file(server: Server, jsonl: Path) -> None:
    server.script(json_answer(file_object("file-1")))
    with open(jsonl, "rb") as handle:
        sync_client(server).files.create(file=handle, purpose="batch")
    (file_part,) = [p for p in multipart_parts(server.last) if p[0] == "file"]
    assert file_part[1] == "input.jsonl"
    assert file_part[3] == b'{"messages": []}\n'


def test_upload_a_tuple_with_filename_and_content_type(server: Server) -> None:
    server.script(json_answer(file_object("file-1")))
    sync_client(server).files.create(file=("data.jsonl", b"{}\n", "application/jsonl"), purpose="fine-tune")
    assert ("file", "data.jsonl", "application/jsonl", b"{}\n") in multipart_parts(server.last)


def test_upload_bytes_and_file_like_objects(server: Server) -> None:
    server.script(json_answer(file_object("file-1")))
    client = sync_client(server)
    client.files.create(file=io.BytesIO(b"abc"), purpose="assistants")
    (file_part,) = [p for p in multipart_parts(server.last) if p[0] == "file"]
    assert file_part[3] == b"abc"
    client.files.create(file=("named.txt", io.BytesIO(b"xyz")), purpose="assistants")
    (file_part,) = [p for p in multipart_parts(server.last) if p[0] == "file"]
    assert (file_part[1], file_part[3]) == ("named.txt", b"xyz")


def test_file_from_path_helper(server: Server, jsonl: Path) -> None:
    server.script(json_answer(file_object("file-1")))
    sync_client(server).files.create(file=openai.file_from_path(str(jsonl)), purpose="fine-tune")
    (file_part,) = [p for p in multipart_parts(server.last) if p[0] == "file"]
    assert file_part[1] == "input.jsonl"


def test_transcription_form_fields_arrays_and_objects(server: Server) -> None:
    server.script(json_answer({"text": "hello"}))
    transcription = sync_client(server).audio.transcriptions.create(
        model="whisper-1",
        file=("speech.mp3", b"ID3-audio", "audio/mpeg"),
        response_format="verbose_json",
        timestamp_granularities=["word", "segment"],
    )
    assert transcription.text == "hello"
    parts = multipart_parts(server.last)
    assert ("model", "", "", b"whisper-1") in parts
    # Arrays in forms are written `name[]`, once per element, as the official SDK does.
    assert [p[3] for p in parts if p[0] == "timestamp_granularities[]"] == [b"word", b"segment"]
    assert ("file", "speech.mp3", "audio/mpeg", b"ID3-audio") in parts


def test_transcription_as_text_returns_a_string(server: Server) -> None:
    server.script(httpx.Response(200, text="hello there\n", headers={"content-type": "text/plain"}))
    text = sync_client(server).audio.transcriptions.create(
        model="whisper-1", file=("a.mp3", b"x"), response_format="text"
    )
    assert text == "hello there\n"


def test_several_files_in_one_field(server: Server) -> None:
    server.script(json_answer({"created": 1, "data": []}))
    sync_client(server).images.edit(
        model="gpt-image-1",
        image=[("a.png", b"P1", "image/png"), ("b.png", b"P2", "image/png")],
        prompt="merge",
    )
    images = [p for p in multipart_parts(server.last) if p[0] == "image[]"]
    assert [(p[1], p[3]) for p in images] == [("a.png", b"P1"), ("b.png", b"P2")]


def test_an_unsupported_file_value_is_a_type_error(server: Server) -> None:
    with pytest.raises(TypeError):
        sync_client(server).files.create(file=12345, purpose="fine-tune")  # type: ignore[arg-type]
    assert server.requests == []


async def test_async_upload_of_a_path(server: Server, jsonl: Path) -> None:
    server.script(json_answer(file_object("file-1")))
    client = async_client(server)
    uploaded = await client.files.create(file=jsonl, purpose="fine-tune")
    assert uploaded.id == "file-1"
    (file_part,) = [p for p in multipart_parts(server.last) if p[0] == "file"]
    assert (file_part[1], file_part[3]) == ("input.jsonl", b'{"messages": []}\n')
    await client.close()
