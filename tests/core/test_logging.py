"""Logging: OPENAI_LOG switches it on; credentials never appear in any record."""

from __future__ import annotations

import sys
import logging
import subprocess

import httpx
import pytest

from openai import NotFoundError
from openai._logs import SensitiveHeadersFilter

from .conftest import API_KEY, Recorder, make_client


def test_debug_logs_never_contain_the_key(caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder(httpx.Response(500), httpx.Response(404, json={"error": {"message": "nope"}}))
    client = make_client(recorder, admin_api_key="sk-admin-secret-456")
    with caplog.at_level(logging.DEBUG, logger="openai"), pytest.raises(NotFoundError):
        client.get("/models", cast_to=dict, options={"headers": {"api-key": "sk-extra-secret-789"}})
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "Request options" in text and "Retrying request" in text
    for secret in (API_KEY, "sk-admin-secret-456", "sk-extra-secret-789"):
        assert secret not in text
    assert "<redacted>" in text


def test_filter_redacts_headers_in_record_args() -> None:
    record = logging.LogRecord("openai", logging.DEBUG, __file__, 1, "%(headers)s", None, None)
    record.args = {"headers": {"Authorization": f"Bearer {API_KEY}", "api-key": API_KEY, "X-Other": "keep"}}
    SensitiveHeadersFilter().filter(record)
    message = record.getMessage()
    assert API_KEY not in message and "keep" in message


@pytest.mark.parametrize(
    ("level", "expected"), [("debug", logging.DEBUG), ("info", logging.INFO), ("", logging.NOTSET)]
)
def test_openai_log_environment_variable(level: str, expected: int) -> None:
    code = "import logging, openai._base_client; print(logging.getLogger('openai').level)"
    env = {"OPENAI_LOG": level, "PATH": ""}
    import os

    env.update({k: v for k, v in os.environ.items() if k in ("PYTHONPATH", "HOME", "SYSTEMROOT")})
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, timeout=60, check=True)
    assert int(result.stdout.strip()) == expected
