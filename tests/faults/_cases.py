"""The fault cases: what the loopback server does, how the SDK is called, and what must happen.

One table drives the sync test module and the async one (asyncio and trio), so the three client
flavours are held to exactly the same outcome, attempt count and elapsed-time bound.

Bounds are behaviour bounds with generous slack, never speed targets: the upper bound is
attempts x the per-attempt timeout + the largest backoff the retry rules allow + `SLACK`.
"""

from __future__ import annotations

from typing import Any, List, Tuple, Union, Callable, Optional
from dataclasses import field, dataclass

import httpx

import openai

from . import _server as srv

__all__ = ["Case", "CASES", "Thing", "SLACK", "backoff_max"]

SLACK = 2.0  # seconds of slack on every upper bound (CI machines are slow and shared)
READ_TIMEOUT = 0.5


class Thing(openai.BaseModel):
    id: str
    object: Optional[str] = None
    blob: Optional[str] = None


def backoff_max(retries: int) -> float:
    """The longest total backoff for `retries` retries without Retry-After (0.5 s doubling, capped at 8 s)."""
    return sum(min(0.5 * 2**i, 8.0) for i in range(retries))


@dataclass
class Case:
    name: str
    handler: srv.Handler
    kind: str  # "json" (client.post -> Thing), "stream" (Stream[Thing]) or "page" (SyncPage[Thing])
    # Expected SDK exception classes (any of them), or None when the call must succeed.
    error: Optional[Tuple[type, ...]]
    attempts: Union[int, Tuple[int, int]]  # exact, or an inclusive range
    elapsed: Tuple[float, float]
    max_retries: int = 2
    read_timeout: float = READ_TIMEOUT
    strict: bool = False
    check: Optional[Callable[[Any], None]] = None  # on the result (a model, a list of items, a page)
    items_before_error: Optional[int] = None  # stream items received before the error
    error_check: Optional[Callable[[BaseException], None]] = None
    notes: List[str] = field(default_factory=lambda: [])

    def prepare(self) -> None:
        if isinstance(self.handler, srv.Prebuilt):
            self.handler.prepare()

    @property
    def timeout(self) -> httpx.Timeout:
        return httpx.Timeout(self.read_timeout, connect=2.0)

    @property
    def path(self) -> str:
        return f"/{self.name}"

    def bound_text(self) -> str:
        low, high = self.elapsed
        return f"{low:g}-{high:g} s" if low else f"<= {high:g} s"


def _ev(obj: Any) -> bytes:
    return srv.sse_event(obj)


def _check_id(expected: str) -> Callable[[Any], None]:
    def check(result: Any) -> None:
        assert isinstance(result, Thing), type(result)
        assert result.id == expected

    return check


def _check_items(*ids: str) -> Callable[[Any], None]:
    def check(result: Any) -> None:
        assert [item.id for item in result] == list(ids)
        assert all(isinstance(item, Thing) for item in result)

    return check


def _check_kept_as_received(result: Any) -> None:
    # Lenient construction: wrong-typed data is kept as received, unknown fields stay reachable.
    assert isinstance(result, Thing)
    assert result.id == 123  # type: ignore[comparison-overlap]
    assert result.object == ["not", "a", "string"]  # type: ignore[comparison-overlap]
    # warnings=False: pydantic warns when serialising data that does not fit the annotations (as the
    # official SDK's to_dict does by default); the data itself must come back unchanged.
    assert result.to_dict(warnings=False) == {
        "id": 123,
        "object": ["not", "a", "string"],
        "surprise": {"nested": True},
    }


def _check_big_event(result: Any) -> None:
    assert len(result) == 1
    assert result[0].id == "big"
    assert result[0].blob is not None and len(result[0].blob) == 10 * 1024 * 1024


def _check_response_attached(exc: BaseException) -> None:
    # "carrying the response": the 2xx response that could not be decoded is on the error.
    response = getattr(exc, "response", None)
    assert isinstance(response, httpx.Response), f"{type(exc).__name__} has no response"
    assert response.status_code == 200


def _check_error_message(text: str) -> Callable[[BaseException], None]:
    def check(exc: BaseException) -> None:
        assert text in str(exc)

    return check


_HUGE_HANDLER, _HUGE_COUNT = srv.huge_page(50 * 1024 * 1024)


def _big_event_stream() -> srv.Prebuilt:
    """One SSE event of 10 MB (built by `prepare()` before the call, not at import)."""
    return srv.Prebuilt(lambda: srv.sse_stream([_ev({"id": "big", "blob": "x" * (10 * 1024 * 1024)})], ending="done"))


def _check_huge(result: Any) -> None:
    assert len(result.data) == _HUGE_COUNT
    assert result.data[0].id == "item" and result.data[-1].blob == "b" * 10_000


T = READ_TIMEOUT
_CONN = (openai.APIConnectionError,)
_TIMEOUT = (openai.APITimeoutError,)
_VALIDATION = (openai.APIResponseValidationError,)

CASES: List[Case] = [
    # -- connection faults: connection errors are retried, so max_retries + 1 attempts ----------
    Case(
        "reset_before_headers",
        srv.reset_before_headers(),
        "json",
        _CONN,
        2,
        (0, backoff_max(1) + SLACK),
        max_retries=1,
    ),
    Case("reset_mid_body", srv.reset_mid_body(), "json", _CONN, 2, (0, backoff_max(1) + SLACK), max_retries=1),
    Case(
        "gzip_content_length_lies",
        srv.gzip_short_body({"id": "gz"}),
        "json",
        _CONN,
        2,
        (0, backoff_max(1) + SLACK),
        max_retries=1,
    ),
    Case(
        "gzip_trailer_lies",
        srv.gzip_lying_trailer({"id": "gz"}),
        "json",
        (openai.APIConnectionError, openai.APIResponseValidationError),
        (1, 2),
        (0, backoff_max(1) + SLACK),
        max_retries=1,
        notes=["a body that fails to decompress is a typed SDK error, retried or not"],
    ),
    # -- streams: once the stream is handed out nothing is retried, so 1 attempt -----------------
    Case(
        "reset_mid_stream",
        srv.sse_stream([_ev({"id": "1"}), _ev({"id": "2"})], ending="reset"),
        "stream",
        _CONN,
        1,
        (0, SLACK),
        items_before_error=2,
    ),
    Case(
        "close_after_partial_sse_event",
        srv.sse_stream([_ev({"id": "1"}), b'data: {"id": "2'], ending="close"),
        "stream",
        _CONN,
        1,
        (0, SLACK),
        items_before_error=1,
    ),
    Case(
        "last_sse_event_without_blank_line",
        srv.sse_stream([_ev({"id": "1"}), b'data: {"id": "2"}\n'], ending="clean"),
        "stream",
        _CONN,
        1,
        (0, SLACK),
        items_before_error=1,
        notes=["an event cut before its blank line is a truncated stream, not an item"],
    ),
    Case(
        "stall_stream_between_events",
        srv.sse_stream([_ev({"id": "1"})], ending="stall"),
        "stream",
        _TIMEOUT,
        1,
        (T * 0.9, T + SLACK),
        items_before_error=1,
        notes=["the read timeout is the idle time allowed between two SSE events"],
    ),
    Case(
        "stall_stream_before_first_event",
        srv.sse_stream([], ending="stall"),
        "stream",
        _TIMEOUT,
        1,
        (T * 0.9, T + SLACK),
        items_before_error=0,
    ),
    Case(
        "sse_malformed_json_event",
        srv.sse_stream([_ev({"id": "1"}), b'data: {"id": \n\n'], ending="done"),
        "stream",
        _VALIDATION,
        1,
        (0, SLACK),
        items_before_error=1,
    ),
    Case(
        "sse_error_event",
        srv.sse_stream([_ev({"id": "1"}), _ev({"error": {"message": "boom from server"}})], ending="done"),
        "stream",
        (openai.APIError,),
        1,
        (0, SLACK),
        items_before_error=1,
        error_check=_check_error_message("boom from server"),
    ),
    Case(
        "sse_10mb_single_event",
        _big_event_stream(),
        "stream",
        None,
        1,
        (0, 20.0),
        check=_check_big_event,
    ),
    Case(
        "sse_complete_stream",
        srv.sse_stream([_ev({"id": "1"}), _ev({"id": "2"}), _ev({"id": "3"})], ending="done"),
        "stream",
        None,
        1,
        (0, SLACK),
        check=_check_items("1", "2", "3"),
    ),
    # -- timeouts: per attempt, so attempts x read timeout + backoff -------------------------------
    Case(
        "stall_body_after_headers",
        srv.stall_after_headers(),
        "json",
        _TIMEOUT,
        2,
        (2 * T * 0.9, 2 * T + backoff_max(1) + SLACK),
        max_retries=1,
        notes=["the read timeout applies per attempt: 2 attempts x 0.5 s, plus the backoff"],
    ),
    Case(
        "slow_headers_within_read_timeout",
        srv.slow_headers(0.1, 10, {"id": "slow"}),
        "json",
        None,
        1,
        (0.9, 1.0 + SLACK),
        check=_check_id("slow"),
        notes=["each gap (0.1 s) is under the read timeout, the total (1 s) is not: the read timeout is idle time"],
    ),
    Case(
        "slow_headers_beyond_read_timeout",
        srv.slow_headers(1.0, 4, {"id": "slow"}),
        "json",
        _TIMEOUT,
        2,
        (2 * T * 0.9, 2 * T + backoff_max(1) + SLACK),
        max_retries=1,
    ),
    # -- status storms ---------------------------------------------------------------------------
    Case(
        "storm_429_no_retry_after",
        srv.json_status(429),
        "json",
        (openai.RateLimitError,),
        3,
        (0, backoff_max(2) + SLACK),
    ),
    Case(
        "storm_429_retry_after_ms_50",
        srv.json_status(429, [("retry-after-ms", "50")]),
        "json",
        (openai.RateLimitError,),
        3,
        # Lower bound: the 50 ms are waited; upper: well under the default backoff (>= 1.1 s for 2 retries).
        (0.09, 1.0),
        notes=["retry-after-ms is honoured: far below the default backoff (>= 1.1 s)"],
    ),
    Case(
        "storm_429_retry_after_1s",
        srv.json_status(429, [("retry-after", "1")]),
        "json",
        (openai.RateLimitError,),
        2,
        (0.9, 1.0 + SLACK),
        max_retries=1,
    ),
    Case(
        "storm_503_retry_after_3600_ignored",
        srv.json_status(503, [("retry-after", "3600")]),
        "json",
        (openai.InternalServerError,),
        2,
        (0, backoff_max(1) + SLACK),
        max_retries=1,
        notes=["a Retry-After over 60 s is ignored: the default backoff applies"],
    ),
    Case(
        "storm_500",
        srv.json_status(500),
        "json",
        (openai.InternalServerError,),
        2,
        (0, backoff_max(1) + SLACK),
        max_retries=1,
    ),
    Case(
        "storm_500_x_should_retry_false",
        srv.json_status(500, [("x-should-retry", "false")]),
        "json",
        (openai.InternalServerError,),
        1,
        (0, SLACK),
    ),
    Case(
        "storm_400_x_should_retry_true",
        srv.fail_then_ok(1, srv.json_status(400, [("x-should-retry", "true")]), srv.json_ok({"id": "second"})),
        "json",
        None,
        2,
        (0, backoff_max(1) + SLACK),
        check=_check_id("second"),
    ),
    Case(
        "storm_503_then_ok",
        srv.fail_then_ok(2, srv.json_status(503, [("retry-after-ms", "10")]), srv.json_ok({"id": "recovered"})),
        "json",
        None,
        3,
        (0, SLACK),
        check=_check_id("recovered"),
    ),
    Case(
        "error_status_with_non_json_body",
        srv.raw_body(b"<html>upstream exploded</html>", status=500, content_type="text/html"),
        "json",
        (openai.InternalServerError,),
        1,
        (0, SLACK),
        max_retries=0,
        error_check=_check_error_message("upstream exploded"),
    ),
    # -- bodies that are not what they should be ------------------------------------------------
    Case(
        "malformed_json",
        srv.raw_body(b'{"id": "x", "object": '),
        "json",
        _VALIDATION,
        1,
        (0, SLACK),
        error_check=_check_response_attached,
    ),
    Case(
        "invalid_utf8",
        srv.raw_body(b'{"id": "\xff\xfe\xfd"}'),
        "json",
        _VALIDATION,
        1,
        (0, SLACK),
        error_check=_check_response_attached,
    ),
    Case(
        "wrong_shape_kept_as_received",
        srv.json_ok({"id": 123, "object": ["not", "a", "string"], "surprise": {"nested": True}}),
        "json",
        None,
        1,
        (0, SLACK),
        check=_check_kept_as_received,
        notes=["lenient construction keeps wrong-typed data as received"],
    ),
    Case(
        "wrong_shape_strict_validation",
        srv.json_ok({"id": 123, "object": ["not", "a", "string"]}),
        "json",
        _VALIDATION,
        1,
        (0, SLACK),
        strict=True,
        error_check=_check_response_attached,
    ),
    Case("huge_page_50mb", _HUGE_HANDLER, "page", None, 1, (0, 30.0), check=_check_huge),
]

CASE_IDS = [case.name for case in CASES]


def outcome_of(result: Any, error: Optional[BaseException]) -> str:
    if error is not None:
        return type(error).__name__
    return f"ok ({type(result).__name__})"


def verify(
    case: Case, result: Any, error: Optional[BaseException], items: List[Any], attempts: int, elapsed: float
) -> None:
    """The assertions shared by every flavour: outcome, attempts, elapsed bound."""
    if case.error is None:
        assert error is None, f"expected a result, got {error!r}"
        if case.check is not None:
            case.check(result)
    else:
        assert error is not None, f"expected {case.error}, got the result {result!r}"
        # Never a raw httpx / json / UnicodeDecodeError: a typed SDK error of the documented class.
        assert isinstance(error, case.error), f"expected {case.error}, got {type(error).__mro__}: {error!r}"
        if case.error_check is not None:
            case.error_check(error)
        if case.items_before_error is not None:
            assert len(items) == case.items_before_error, items
    if isinstance(case.attempts, tuple):
        low, high = case.attempts
        assert low <= attempts <= high, f"attempts {attempts} not in {case.attempts}"
    else:
        assert attempts == case.attempts, f"attempts {attempts} != {case.attempts}"
    low_s, high_s = case.elapsed
    assert low_s <= elapsed <= high_s, f"elapsed {elapsed:.3f} s outside [{low_s}, {high_s}]"
