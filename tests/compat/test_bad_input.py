"""Bad input gets a clear error that names the parameter, before anything is sent; nothing is silently dropped.

Each test passes a value the way a user would by mistake, and asserts the raised error (its class and
the key path it names) and that the server saw no request. Values that look odd but are valid (a `set`
for a list param, a generator of parts, a `datetime`, a `uuid.UUID` in a query) are sent, as the
official SDK sends them.
"""

from __future__ import annotations

import re
import uuid
import datetime
import dataclasses
from typing import Any, Dict, List, Iterator

import pytest
import pydantic

from openai._utils import transform

from .conftest import MESSAGES, Server, json_answer, sync_client, async_client, chat_completion

PARSE_HINT = (
    "You tried to pass a `BaseModel` class to `chat.completions.create()`; "
    "You must use `chat.completions.parse()` instead"
)


class Answer(pydantic.BaseModel):
    value: int


@dataclasses.dataclass
class Note:
    text: str


def _user(content: object) -> List[Dict[str, Any]]:
    return [{"role": "user", "content": content}]


# --- a pydantic model class as `response_format` -------------------------------------------------------


@pytest.mark.parametrize("stream", [False, True])
def test_create_refuses_a_pydantic_response_format_and_points_to_parse(server: Server, stream: bool) -> None:
    client = sync_client(server)
    with pytest.raises(TypeError, match=re.escape(PARSE_HINT)):
        client.chat.completions.create(model="gpt-4o", messages=MESSAGES, response_format=Answer, stream=stream)  # type: ignore[call-overload]
    assert server.requests == []


@pytest.mark.parametrize("stream", [False, True])
async def test_async_create_refuses_a_pydantic_response_format(server: Server, stream: bool) -> None:
    client = async_client(server)
    with pytest.raises(TypeError, match=re.escape(PARSE_HINT)):
        await client.chat.completions.create(
            model="gpt-4o",
            messages=MESSAGES,  # type: ignore[arg-type]
            response_format=Answer,  # type: ignore[arg-type]
            stream=stream,
        )
    assert server.requests == []


def test_responses_create_with_a_model_class_as_text_format_points_to_parse(server: Server) -> None:
    # `text_format=` exists only on `responses.parse()`; a class inside `text` is the same mistake.
    with pytest.raises(TypeError, match=r"`responses\.create\(\)` as `text\.format`.*`responses\.parse\(text_format="):
        sync_client(server).responses.create(model="gpt-4o", input="hi", text={"format": Answer})  # type: ignore[typeddict-item]
    assert server.requests == []


def test_responses_parse_refuses_stream_true_and_points_to_stream(server: Server) -> None:
    # `parse()` gives back one parsed response; streaming with a text_format is `responses.stream()`.
    with pytest.raises(
        TypeError, match=r"^`stream=True` is not supported by `responses\.parse\(\)`; use `responses\.stream"
    ):
        sync_client(server).responses.parse(model="gpt-4o", input="hi", text_format=Answer, stream=True)
    assert server.requests == []


async def test_async_responses_parse_refuses_stream_true(server: Server) -> None:
    with pytest.raises(TypeError, match=r"`responses\.parse\(\)`"):
        await async_client(server).responses.parse(model="gpt-4o", input="hi", text_format=Answer, stream=True)
    assert server.requests == []


def test_any_other_class_names_the_parameter(server: Server) -> None:
    with pytest.raises(TypeError, match=r"^`response_format` was given the class `Note`; a class cannot be sent"):
        sync_client(server).chat.completions.create(model="gpt-4o", messages=MESSAGES, response_format=Note)  # type: ignore[arg-type]
    assert server.requests == []


def test_a_model_class_in_tools_points_to_pydantic_function_tool(server: Server) -> None:
    with pytest.raises(
        TypeError, match=r"^`tools\[0\]` was given the class `Answer`.*pydantic_function_tool\(Answer\)"
    ):
        sync_client(server).chat.completions.create(model="gpt-4o", messages=MESSAGES, tools=[Answer])  # type: ignore[list-item]
    assert server.requests == []


# --- values JSON has no form for -----------------------------------------------------------------------


def test_a_set_deep_in_the_messages_names_its_key_path(server: Server) -> None:
    content = [{"type": "text", "text": "look"}, {"type": "text", "text": {"a"}}]
    with pytest.raises(TypeError, match=r"^`messages\[0\]\.content\[1\]\.text` was given a `set`.*pass a list"):
        sync_client(server).chat.completions.create(model="gpt-4o", messages=_user(content))  # type: ignore[arg-type]
    assert server.requests == []


async def test_async_walk_names_the_same_key_path(server: Server) -> None:
    content = [{"type": "text", "text": "look"}, {"type": "text", "text": {"a"}}]
    with pytest.raises(TypeError, match=r"^`messages\[0\]\.content\[1\]\.text` was given a `set`"):
        await async_client(server).chat.completions.create(model="gpt-4o", messages=_user(content))  # type: ignore[arg-type]
    assert server.requests == []


def test_an_object_without_a_json_form_names_its_parameter(server: Server) -> None:
    with pytest.raises(TypeError, match=r"^`messages\[0\]\.content` was given a value of type `Note` \(Note\(text="):
        sync_client(server).chat.completions.create(model="gpt-4o", messages=_user(Note("hi")))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^`metadata\.run` was given a value of type `object`"):
        sync_client(server).chat.completions.create(model="gpt-4o", messages=MESSAGES, metadata={"run": object()})  # type: ignore[dict-item]
    assert server.requests == []


def test_a_bad_value_inside_a_json_schema_is_found(server: Server) -> None:
    # `parameters` is `Dict[str, object]`: untyped, walked all the same, lists included.
    tool = {"type": "function", "function": {"name": "f", "parameters": {"type": "object", "enum": ["x", {1}]}}}
    with pytest.raises(TypeError, match=r"^`tools\[0\]\.function\.parameters\.enum\[1\]` was given a `set`"):
        sync_client(server).chat.completions.create(model="gpt-4o", messages=MESSAGES, tools=[tool])  # type: ignore[list-item]
    assert server.requests == []


def test_bytes_outside_a_file_param_name_the_parameter(server: Server) -> None:
    with pytest.raises(TypeError, match=r"^`messages\[0\]\.content` was given `bytes`.*file parameter"):
        sync_client(server).chat.completions.create(model="gpt-4o", messages=_user(b"hello"))  # type: ignore[arg-type]
    assert server.requests == []


def test_transform_names_the_path_for_plain_params() -> None:
    # The generic error, straight from the params transform the generated methods call.
    from openai.types.chat import completion_create_params

    with pytest.raises(TypeError, match=r"^`messages\[1\]\.name` was given a value of type `object`"):
        transform(
            {"messages": [{"role": "user", "content": "a"}, {"role": "user", "content": "b", "name": object()}]},
            completion_create_params.CompletionCreateParamsNonStreaming,
        )


# --- values the transform never sees: `extra_body`, custom requests, values with their own text form ---


def test_a_set_in_extra_body_names_its_wire_key_path(server: Server) -> None:
    with pytest.raises(TypeError, match=r"^`options\.tags\[1\]` was given a `set`"):
        sync_client(server).chat.completions.create(
            model="gpt-4o",
            messages=MESSAGES,  # type: ignore[arg-type]
            extra_body={"options": {"tags": ["a", {"b"}]}},
        )
    assert server.requests == []


async def test_async_extra_body_is_checked_the_same_way(server: Server) -> None:
    with pytest.raises(TypeError, match=r"^`options` was given a value of type `Note`"):
        await async_client(server).chat.completions.create(
            model="gpt-4o",
            messages=MESSAGES,  # type: ignore[arg-type]
            extra_body={"options": Note("x")},
        )
    assert server.requests == []


def test_a_uuid_in_a_json_body_names_the_parameter(server: Server) -> None:
    # Let through by the transform (it would be fine in a query), refused by the JSON encoder: named.
    with pytest.raises(TypeError, match=r"^`user` was given a value of type `UUID` \(UUID\('0000"):
        sync_client(server).chat.completions.create(model="gpt-4o", messages=MESSAGES, user=uuid.UUID(int=3))  # type: ignore[arg-type]
    assert server.requests == []


def test_a_custom_request_body_names_the_key(server: Server) -> None:
    with pytest.raises(TypeError, match=r"^`items\[0\]\.when` was given a value of type `time`"):
        sync_client(server).post("/things", body={"items": [{"when": datetime.time(1, 2)}]}, cast_to=object)
    assert server.requests == []


# --- odd but valid values are sent -------------------------------------------------------------------


def test_a_set_where_a_list_is_expected_is_sent_as_a_list(server: Server) -> None:
    server.script(json_answer(chat_completion()))
    sync_client(server).chat.completions.create(model="gpt-4o", messages=MESSAGES, stop={"END"})  # type: ignore[arg-type]
    assert server.body()["stop"] == ["END"]


def test_a_generator_of_parts_is_sent_as_a_list(server: Server) -> None:
    server.script(json_answer(chat_completion()))

    def parts() -> Iterator[Dict[str, str]]:
        yield {"type": "text", "text": "one"}
        yield {"type": "text", "text": "two"}

    sync_client(server).chat.completions.create(model="gpt-4o", messages=_user(parts()))  # type: ignore[arg-type]
    assert server.body()["messages"][0]["content"] == [{"type": "text", "text": "one"}, {"type": "text", "text": "two"}]


def test_datetimes_are_sent_in_iso_format(server: Server) -> None:
    server.script(json_answer(chat_completion()))
    when = datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=datetime.timezone.utc)
    tool = {"type": "function", "function": {"name": "f", "parameters": {"examples": [when]}}}
    sync_client(server).chat.completions.create(
        model="gpt-4o",
        messages=MESSAGES,  # type: ignore[arg-type]
        metadata={"at": when},  # type: ignore[dict-item]
        tools=[tool],  # type: ignore[list-item]
    )
    body = server.body()
    assert body["metadata"] == {"at": "2024-05-06T07:08:09+00:00"}
    assert body["tools"][0]["function"]["parameters"] == {"examples": ["2024-05-06T07:08:09+00:00"]}


def test_a_value_with_its_own_text_form_is_sent_in_a_query(server: Server) -> None:
    # Query strings send `str(value)`, as the official SDK does: a UUID cursor is not refused.
    server.script(json_answer({"object": "list", "data": [], "has_more": False}))
    cursor = uuid.UUID(int=7)
    sync_client(server).files.list(after=cursor)  # type: ignore[arg-type]
    assert server.last.url.params["after"] == str(cursor)


# --- file params -------------------------------------------------------------------------------------


def test_a_str_given_as_a_file_says_how_to_pass_a_path(server: Server) -> None:
    with pytest.raises(TypeError) as info:
        sync_client(server).files.create(file="train.jsonl", purpose="fine-tune")  # type: ignore[arg-type]
    message = str(info.value)
    assert message.startswith("Expected entry at `file` to be bytes, an io.IOBase instance, PathLike or a tuple")
    assert "pathlib.Path('train.jsonl')" in message and "open('train.jsonl', 'rb')" in message
    assert server.requests == []


async def test_async_a_str_in_a_file_tuple_names_the_tuple(server: Server) -> None:
    with pytest.raises(TypeError, match=r"^Expected the contents \(second item\) of the tuple at `file`.*text\.encode"):
        await async_client(server).files.create(file=("notes.txt", "some text"), purpose="assistants")  # type: ignore[arg-type]
    assert server.requests == []


# --- path params -------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["", None])
def test_an_empty_or_none_path_param_is_a_value_error_naming_it(server: Server, value: Any) -> None:
    client = sync_client(server)
    with pytest.raises(ValueError, match=rf"^Expected a non-empty value for `file_id` but received {value!r}$"):
        client.files.retrieve(value)
    with pytest.raises(ValueError, match=rf"`thread_id` but received {value!r}$"):
        client.beta.threads.messages.retrieve("msg_1", thread_id=value)
    assert server.requests == []


async def test_async_none_path_param_is_a_value_error(server: Server) -> None:
    with pytest.raises(ValueError, match=r"^Expected a non-empty value for `file_id` but received None$"):
        await async_client(server).files.retrieve(None)  # type: ignore[arg-type]
    assert server.requests == []
