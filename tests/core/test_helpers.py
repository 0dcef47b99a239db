"""Small runtime pieces: sentinels, query strings, path templates, request options, required_args."""

from __future__ import annotations

import pickle
from typing import Any

import httpx
import pytest

from openai import NOT_GIVEN, Omit, NotGiven, omit, not_given
from openai._qs import Querystring, stringify, stringify_items
from openai._utils import is_given, path_template, required_args
from openai._base_client import make_request_options
from openai._request_options import FinalRequestOptions


def test_sentinels_are_falsy_with_official_reprs() -> None:
    assert repr(NOT_GIVEN) == "NOT_GIVEN" and repr(not_given) == "NOT_GIVEN" and not_given is NOT_GIVEN
    assert repr(omit) == "Omit()"
    assert not NOT_GIVEN and not omit
    assert isinstance(NOT_GIVEN, NotGiven) and isinstance(omit, Omit)
    assert pickle.loads(pickle.dumps(NOT_GIVEN)) is NOT_GIVEN
    assert pickle.loads(pickle.dumps(omit)) is omit
    assert not is_given(NOT_GIVEN) and not is_given(omit) and is_given(None) and is_given(0)


def test_query_string_encoding() -> None:
    params = {"include": ["a", "b"], "filter": {"gte": 1, "tags": ["x"]}, "flag": True, "off": False, "skip": None}
    assert stringify_items(params) == [
        ("include[]", "a"),
        ("include[]", "b"),
        ("filter[gte]", "1"),
        ("filter[tags][]", "x"),
        ("flag", "true"),
        ("off", "false"),
    ]
    assert stringify({"a": [1, 2]}) == "a%5B%5D=1&a%5B%5D=2"
    assert Querystring(array_format="comma").stringify({"a": [1, 2]}) == "a=1%2C2"
    assert Querystring(array_format="repeat").stringify_items({"a": [1, 2]}) == [("a", "1"), ("a", "2")]
    assert Querystring(array_format="indices").stringify_items({"a": ["x"]}) == [("a[0]", "x")]
    assert Querystring(nested_format="dots").stringify_items({"a": {"b": 1}}) == [("a.b", "1")]


@pytest.mark.parametrize(
    ("value", "encoded"),
    [
        ("file-abc_123", "file-abc_123"),
        ("../admin", "%2E%2E%2Fadmin"),
        ("..", "%2E%2E"),
        ("a/b", "a%2Fb"),
        ("x?y=1", "x%3Fy%3D1"),
        ("frag#1", "frag%231"),
        ("50%", "50%25"),
        ("sp ace", "sp%20ace"),
        ("ünï", "%C3%BCn%C3%AF"),
    ],
)
def test_path_template_encodes_every_kind_of_value(value: str, encoded: str) -> None:
    assert path_template("/files/{file_id}/content", file_id=value) == f"/files/{encoded}/content"


def test_path_template_errors() -> None:
    with pytest.raises(ValueError) as info:
        path_template("/files/{file_id}", file_id="")
    assert str(info.value) == "Expected a non-empty value for `file_id` but received ''"
    with pytest.raises(KeyError):
        path_template("/a/{x}/{y}", x="1")
    assert path_template("/a/{x}/b/{y}", x="1", y="2") == "/a/1/b/2"


def test_make_request_options() -> None:
    def parser(x: Any) -> Any:
        return x

    options = make_request_options(
        query={"a": 1},
        extra_headers={"X": "1"},
        extra_query={"b": 2},
        extra_body={"c": 3},
        idempotency_key="key",
        timeout=5.0,
        post_parser=parser,
        security="admin_api_key",
    )
    assert dict(options) == {
        "headers": {"X": "1"},
        "extra_json": {"c": 3},
        "params": {"a": 1, "b": 2},
        "timeout": 5.0,
        "idempotency_key": "key",
        "post_parser": parser,
        "security": "admin_api_key",
    }
    assert make_request_options() == {}
    assert make_request_options(timeout=None) == {"timeout": None}


def test_final_request_options_copy_is_independent() -> None:
    options = FinalRequestOptions.construct(method="get", url="/x", headers={"A": "1"}, max_retries=3)
    assert options.get_max_retries(2) == 3
    assert FinalRequestOptions(method="get", url="/x").get_max_retries(2) == 2
    copy = options.copy()
    copy.url = "/y"
    copy.params = {"p": 1}
    assert options.url == "/x" and options.params == {}
    assert pickle.loads(pickle.dumps(options)).to_dict() == options.to_dict()
    assert "sk-secret" not in repr(FinalRequestOptions(method="get", url="/", headers={"Authorization": "sk-secret"}))


def test_required_args() -> None:
    @required_args(["a"], ["b", "c"])
    def f(*, a: Any = NOT_GIVEN, b: Any = NOT_GIVEN, c: Any = NOT_GIVEN) -> str:
        return "ok"

    assert f(a=1) == "ok" and f(b=1, c=2) == "ok"
    with pytest.raises(TypeError, match=r"Expected either \('a'\) or \('b' and 'c'\)"):
        f(b=1)

    @required_args(["x", "y"])
    def g(x: Any = NOT_GIVEN, y: Any = NOT_GIVEN) -> str:
        return "ok"

    assert g(1, 2) == "ok"
    with pytest.raises(TypeError, match="Missing required argument: 'y'"):
        g(1)


def test_timeout_alias_is_httpx_timeout() -> None:
    import openai

    assert openai.Timeout is httpx.Timeout
    assert openai.DEFAULT_TIMEOUT == httpx.Timeout(timeout=600, connect=5.0)
    assert openai.DEFAULT_MAX_RETRIES == 2


def test_query_drops_sentinels() -> None:
    assert stringify_items({"a": NOT_GIVEN, "b": omit, "c": [1, None]}) == [("c[]", "1")]


def test_aiohttp_client_without_the_extra_names_the_install_command() -> None:
    import sys
    import subprocess

    code = (
        "import sys; sys.modules['httpx_aiohttp'] = None\n"
        "import openai\n"
        "try:\n"
        "    openai.DefaultAioHttpClient()\n"
        "except RuntimeError as err:\n"
        "    print(err)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60, check=True)
    assert "pip install openai[aiohttp]" in result.stdout.decode()


def test_aiohttp_client_gets_the_sdk_defaults() -> None:
    pytest.importorskip("httpx_aiohttp")
    import openai
    from openai._constants import DEFAULT_TIMEOUT

    client = openai.DefaultAioHttpClient()
    assert client.timeout == DEFAULT_TIMEOUT and client.follow_redirects is True


def test_import_does_not_load_aiohttp() -> None:
    import sys
    import subprocess

    code = "import sys, openai; openai.OpenAI(api_key='k'); print('aiohttp' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60, check=True)
    assert result.stdout.decode().strip() == "False"


def test_aiohttp_client_subclass_keeps_the_aiohttp_transport() -> None:
    httpx_aiohttp = pytest.importorskip("httpx_aiohttp")
    import openai

    class Mine(openai.DefaultAioHttpClient):
        pass

    client = Mine(timeout=3.0)
    assert isinstance(client, Mine) and isinstance(client, httpx_aiohttp.HttpxAiohttpClient)
    assert isinstance(client, openai.DefaultAioHttpClient)
    assert client.timeout == httpx.Timeout(3.0)
