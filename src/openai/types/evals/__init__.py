# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

"""Re-exports load their module on first access, so importing the package stays cheap."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .eval_api_error import EvalAPIError as EvalAPIError
    from .run_list_params import RunListParams as RunListParams
    from .run_cancel_params import RunCancelParams as RunCancelParams
    from .run_create_params import RunCreateParams as RunCreateParams
    from .run_delete_params import RunDeleteParams as RunDeleteParams
    from .run_list_response import RunListResponse as RunListResponse
    from .run_cancel_response import RunCancelResponse as RunCancelResponse
    from .run_create_response import RunCreateResponse as RunCreateResponse
    from .run_delete_response import RunDeleteResponse as RunDeleteResponse
    from .run_retrieve_params import RunRetrieveParams as RunRetrieveParams
    from .run_retrieve_response import RunRetrieveResponse as RunRetrieveResponse
    from .create_eval_jsonl_run_data_source import CreateEvalJSONLRunDataSource as CreateEvalJSONLRunDataSource
    from .create_eval_completions_run_data_source import (
        CreateEvalCompletionsRunDataSource as CreateEvalCompletionsRunDataSource,
    )
    from .create_eval_jsonl_run_data_source_param import (
        CreateEvalJSONLRunDataSourceParam as CreateEvalJSONLRunDataSourceParam,
    )
    from .create_eval_completions_run_data_source_param import (
        CreateEvalCompletionsRunDataSourceParam as CreateEvalCompletionsRunDataSourceParam,
    )

_LAZY = {
    "CreateEvalCompletionsRunDataSource": ".create_eval_completions_run_data_source",
    "CreateEvalCompletionsRunDataSourceParam": ".create_eval_completions_run_data_source_param",
    "CreateEvalJSONLRunDataSource": ".create_eval_jsonl_run_data_source",
    "CreateEvalJSONLRunDataSourceParam": ".create_eval_jsonl_run_data_source_param",
    "EvalAPIError": ".eval_api_error",
    "RunCancelParams": ".run_cancel_params",
    "RunCancelResponse": ".run_cancel_response",
    "RunCreateParams": ".run_create_params",
    "RunCreateResponse": ".run_create_response",
    "RunDeleteParams": ".run_delete_params",
    "RunDeleteResponse": ".run_delete_response",
    "RunListParams": ".run_list_params",
    "RunListResponse": ".run_list_response",
    "RunRetrieveParams": ".run_retrieve_params",
    "RunRetrieveResponse": ".run_retrieve_response",
    "runs": "",
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


__all__ = [
    "CreateEvalCompletionsRunDataSource",
    "CreateEvalCompletionsRunDataSourceParam",
    "CreateEvalJSONLRunDataSource",
    "CreateEvalJSONLRunDataSourceParam",
    "EvalAPIError",
    "RunCancelParams",
    "RunCancelResponse",
    "RunCreateParams",
    "RunCreateResponse",
    "RunDeleteParams",
    "RunDeleteResponse",
    "RunListParams",
    "RunListResponse",
    "RunRetrieveParams",
    "RunRetrieveResponse",
]
