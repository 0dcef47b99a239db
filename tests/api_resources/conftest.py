# File generated from our OpenAPI spec by codegen/. Do not edit by hand.
"""Clients pointed at the Prism mock (`scripts/mock`; TEST_API_BASE_URL overrides the address)."""

from __future__ import annotations

import os
from typing import Iterator, AsyncIterator

import pytest

from openai import OpenAI, AsyncOpenAI

base_url = os.environ.get("TEST_API_BASE_URL", "http://127.0.0.1:4010")
api_key = "My API Key"
admin_api_key = "My Admin API Key"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
def client() -> Iterator[OpenAI]:
    with OpenAI(base_url=base_url, api_key=api_key, admin_api_key=admin_api_key, max_retries=0) as client:
        yield client


@pytest.fixture
async def async_client() -> AsyncIterator[AsyncOpenAI]:
    async with AsyncOpenAI(base_url=base_url, api_key=api_key, admin_api_key=admin_api_key, max_retries=0) as client:
        yield client
