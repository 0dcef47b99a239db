# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

"""Re-exports load their module on first access, so importing the package stays cheap."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .grader_run_params import GraderRunParams as GraderRunParams
    from .grader_run_response import GraderRunResponse as GraderRunResponse
    from .grader_validate_params import GraderValidateParams as GraderValidateParams
    from .grader_validate_response import GraderValidateResponse as GraderValidateResponse

_LAZY = {
    "GraderRunParams": ".grader_run_params",
    "GraderRunResponse": ".grader_run_response",
    "GraderValidateParams": ".grader_validate_params",
    "GraderValidateResponse": ".grader_validate_response",
}


def __getattr__(name: str) -> Any:
    try:
        source = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    import importlib

    if not source:  # a subpackage
        value: Any = importlib.import_module(f"{__name__}.{name}")
    else:
        value = getattr(importlib.import_module(source, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_LAZY)


__all__ = ["GraderRunParams", "GraderRunResponse", "GraderValidateParams", "GraderValidateResponse"]
