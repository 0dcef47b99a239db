# File generated from our OpenAPI spec by codegen/. Do not edit by hand.

from typing import Union, Optional

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .container_auto_param import ContainerAutoParam
from .local_environment_param import LocalEnvironmentParam
from .container_reference_param import ContainerReferenceParam

__all__ = ["Environment", "FunctionShellToolParam"]


Environment: TypeAlias = Union[ContainerAutoParam, LocalEnvironmentParam, ContainerReferenceParam]


class FunctionShellToolParam(TypedDict, total=False):
    """A tool that allows the model to execute shell commands."""

    type: Required[Literal["shell"]]
    """The type of the shell tool. Always `shell`."""

    environment: Optional[Environment]
