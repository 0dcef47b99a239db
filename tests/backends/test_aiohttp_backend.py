"""`AsyncOpenAI(http_client=DefaultAioHttpClient())`: requests and SSE streaming over aiohttp, on a local server."""

from __future__ import annotations

import sys
import json
import textwrap
import subprocess

import pytest

from openai import AsyncOpenAI, DefaultAioHttpClient

from ._local_server import CHUNKS, serve

pytest.importorskip("httpx_aiohttp", reason="the aiohttp extra is not installed")

# Marking at collection time makes anyio use the `anyio_backend` fixture below (asyncio only).
pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    # aiohttp runs on asyncio only.
    return "asyncio"


async def test_request_over_aiohttp() -> None:
    with serve() as server:
        async with DefaultAioHttpClient() as http_client:
            client = AsyncOpenAI(api_key="sk-aio", base_url=server.url, http_client=http_client)
            completion = await client.chat.completions.create(
                model="gpt-4o", messages=[{"role": "user", "content": "Hi"}]
            )
            page = await client.models.list()

    assert completion.choices[0].message.content == "Hello!"
    assert [m.id for m in page.data] == ["m1"]
    post, get = server.seen
    assert post.request_line.startswith("POST /chat/completions ")
    assert post.headers["authorization"] == "Bearer sk-aio"
    assert post.headers["x-stainless-async"].startswith("async:")
    assert json.loads(post.body) == {"model": "gpt-4o", "messages": [{"role": "user", "content": "Hi"}]}
    assert get.request_line.startswith("GET /models ")


async def test_streaming_over_aiohttp() -> None:
    with serve() as server:
        async with DefaultAioHttpClient() as http_client:
            client = AsyncOpenAI(api_key="sk-aio", base_url=server.url, http_client=http_client)
            stream = await client.chat.completions.create(
                model="gpt-4o", messages=[{"role": "user", "content": "Hi"}], stream=True
            )
            pieces = [chunk.choices[0].delta.content async for chunk in stream]

    assert pieces == CHUNKS
    assert json.loads(server.seen[0].body)["stream"] is True


async def test_with_streaming_response_over_aiohttp() -> None:
    with serve() as server:
        async with DefaultAioHttpClient() as http_client:
            client = AsyncOpenAI(api_key="sk-aio", base_url=server.url, http_client=http_client)
            async with client.chat.completions.with_streaming_response.create(
                model="gpt-4o", messages=[{"role": "user", "content": "Hi"}], stream=True
            ) as response:
                lines = [line async for line in response.iter_lines() if line]
    assert lines[-1] == "data: [DONE]"
    assert len(lines) == len(CHUNKS) + 1


def test_missing_extra_names_it() -> None:
    # Hide aiohttp and httpx_aiohttp from a fresh interpreter, as if the extra were not installed.
    code = textwrap.dedent(
        """
        import sys

        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("aiohttp", "httpx_aiohttp"):
                    raise ModuleNotFoundError(f"No module named {name!r}")
                return None

        sys.meta_path.insert(0, Block())
        from openai import DefaultAioHttpClient
        try:
            DefaultAioHttpClient()
        except Exception as exc:
            print(type(exc).__name__, exc)
        else:
            print("no error")
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "no error" not in out.stdout
    assert "openai[aiohttp]" in out.stdout or "aiohttp" in out.stdout
