"""`FinalRequestOptions`: everything needed to build one HTTP request, after all defaults are merged.

A plain class with `__slots__` rather than a pydantic model: it is created on every call, so it
must be cheap to build and to copy (retries and pagination copy it).
"""

from __future__ import annotations

from typing import Any, Dict, Union, Mapping, Callable, Optional

from ._types import (
    Omit,
    Timeout,
    NotGiven,
    AnyMapping,
    RequestContent,
    SecurityOptions,
    HttpxRequestFiles,
    not_given,
)
from ._constants import RAW_RESPONSE_HEADER

__all__ = ["FinalRequestOptions"]

_FIELDS = (
    "method",
    "url",
    "params",
    "headers",
    "max_retries",
    "timeout",
    "files",
    "idempotency_key",
    "post_parser",
    "json_data",
    "extra_json",
    "content",
    "follow_redirects",
    "security",
    "synthesize_event_and_data",
)


class FinalRequestOptions:
    __slots__ = _FIELDS

    method: str
    url: str
    params: Mapping[str, object]
    headers: Union[Mapping[str, Union[str, Omit]], NotGiven]
    max_retries: Union[int, NotGiven]
    timeout: Union[float, Timeout, None, NotGiven]
    files: Optional[HttpxRequestFiles]
    idempotency_key: Optional[str]
    post_parser: Union[Callable[[Any], Any], NotGiven]
    json_data: Optional[object]
    extra_json: Optional[AnyMapping]
    content: Optional[RequestContent]
    follow_redirects: Optional[bool]
    security: Optional[SecurityOptions]
    synthesize_event_and_data: Optional[bool]

    def __init__(
        self,
        *,
        method: str,
        url: str,
        params: Optional[Mapping[str, object]] = None,
        headers: Union[Mapping[str, Union[str, Omit]], NotGiven] = not_given,
        max_retries: Union[int, NotGiven] = not_given,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        files: Optional[HttpxRequestFiles] = None,
        idempotency_key: Optional[str] = None,
        post_parser: Union[Callable[[Any], Any], NotGiven] = not_given,
        json_data: Optional[object] = None,
        extra_json: Optional[AnyMapping] = None,
        content: Optional[RequestContent] = None,
        follow_redirects: Optional[bool] = None,
        security: Optional[SecurityOptions] = None,
        synthesize_event_and_data: Optional[bool] = None,
    ) -> None:
        self.method = method
        self.url = url
        self.params = params if params is not None else {}
        self.headers = headers
        self.max_retries = max_retries
        self.timeout = timeout
        self.files = files
        self.idempotency_key = idempotency_key
        self.post_parser = post_parser
        self.json_data = json_data
        self.extra_json = extra_json
        self.content = content
        self.follow_redirects = follow_redirects
        self.security = security
        self.synthesize_event_and_data = synthesize_event_and_data

    @classmethod
    def construct(cls, **values: Any) -> FinalRequestOptions:
        """Build from keyword values, ignoring `None` for fields whose "unset" value is a sentinel."""
        for key in ("headers", "max_retries", "timeout", "post_parser"):
            if key in values and values[key] is None and key != "timeout":
                del values[key]
        return cls(**values)

    def get_max_retries(self, max_retries: int) -> int:
        """This request's retry budget: its own `max_retries` if given, else the client's."""
        if isinstance(self.max_retries, NotGiven):
            return max_retries
        return self.max_retries

    def copy(self) -> FinalRequestOptions:
        """A shallow copy (mappings are shared; callers replace rather than mutate them)."""
        new = FinalRequestOptions.__new__(FinalRequestOptions)
        for name in _FIELDS:
            object.__setattr__(new, name, getattr(self, name))
        return new

    # pydantic-style names, for code that treats options like a model.
    model_copy = copy

    def _strip_raw_response_header(self) -> None:
        """Drop the raw/streaming-response marker (a follow-up page must parse normally)."""
        if isinstance(self.headers, NotGiven):
            return
        if RAW_RESPONSE_HEADER in self.headers:
            self.headers = {k: v for k, v in self.headers.items() if k != RAW_RESPONSE_HEADER}

    def to_dict(self) -> Dict[str, object]:
        return {name: getattr(self, name) for name in _FIELDS}

    def __getstate__(self) -> Dict[str, object]:
        return self.to_dict()

    def __setstate__(self, state: Dict[str, object]) -> None:
        for name in _FIELDS:
            object.__setattr__(self, name, state.get(name))

    def __repr__(self) -> str:
        # Headers may hold credentials a caller passed as extra_headers; never print their values.
        from ._logs import redact_headers

        fields = self.to_dict()
        if isinstance(self.headers, Mapping):
            fields["headers"] = redact_headers(self.headers)
        inner = ", ".join(f"{k}={v!r}" for k, v in fields.items() if v is not None and not isinstance(v, NotGiven))
        return f"FinalRequestOptions({inner})"
