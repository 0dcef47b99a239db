# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing_extensions import TypeAlias

from ..responses.response_input_image_param import ResponseInputImageParam

__all__ = ["InputImageContentParam"]


InputImageContentParam: TypeAlias = ResponseInputImageParam
