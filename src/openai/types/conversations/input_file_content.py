# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import TypeAlias

from ..responses.response_input_file import ResponseInputFile

__all__ = ["InputFileContent"]


InputFileContent: TypeAlias = ResponseInputFile
