"""Identifier rules in one place: case conversion, Python-safe names, refused names.

Wire names that are not valid or safe Python identifiers are renamed (the wire name is kept as an
alias by the emitters); names that would shadow the SDK's own request options are refused.
"""

from __future__ import annotations

import re
import keyword
import builtins

# Attributes of openai.BaseModel / pydantic that a field must not shadow (`schema` -> `schema_`).
MODEL_RESERVED = frozenset(
    {"schema", "json", "dict", "copy", "construct", "validate", "fields", "parse_obj", "parse_raw", "to_dict"}
    | {"to_json", "model_config", "model_fields", "model_dump", "model_dump_json", "model_copy", "model_construct"}
)
# Names every generated method already takes; a spec parameter spelled like this is a clash.
METHOD_RESERVED = frozenset({"self", "extra_headers", "extra_query", "extra_body", "timeout"})
# Class names the generated packages must not define (they would shadow the SDK's own).
SDK_NAMES = frozenset(
    {"BaseModel", "Stream", "AsyncStream", "OpenAIError", "APIError", "APIStatusError", "NotGiven", "Omit"}
    | {"TypedDict", "Required", "Literal", "Optional", "Union", "List", "Dict", "Iterable", "Annotated"}
    | {"TypeAlias", "FileTypes", "PropertyInfo", "FieldInfo", "SequenceNotStr", "Sequence", "Any", "Mapping"}
    | {"APIConnectionError", "APITimeoutError", "APIResponseValidationError", "BadRequestError", "ConflictError"}
    | {"AuthenticationError", "PermissionDeniedError", "NotFoundError", "UnprocessableEntityError", "RateLimitError"}
    | {"InternalServerError", "LengthFinishReasonError", "ContentFilterFinishReasonError", "OpenAI", "AsyncOpenAI"}
)
_BUILTINS = frozenset(dir(builtins))


def snake(name: str) -> str:
    name = re.sub(r"[^0-9A-Za-z]+", "_", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return name.strip("_").lower()


def pascal(name: str) -> str:
    parts = re.split(r"[^0-9A-Za-z]+", name)
    out = "".join(p[:1].upper() + p[1:] for p in parts if p)
    if out and out[0].isdigit():
        out = "_" + out
    return out


def singular(word: str) -> str:
    """English-ish singular for array item names (`choices` -> `choice`)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def field_name(wire: str, *, model: bool) -> str:
    """Python attribute for a wire property name (the wire name becomes an alias when they differ)."""
    name = wire[:-2] if wire.endswith("[]") else wire
    name = re.sub(r"[^0-9A-Za-z_]", "_", name)
    if not name or name[0].isdigit():
        name = "_" + name
    if keyword.iskeyword(name) or (model and name in MODEL_RESERVED):
        name += "_"
    if model and name.startswith("model_"):
        # pydantic reserves the `model_` namespace on models: `model_ids` -> `api_model_ids`.
        name = "api_" + name
    return name


def param_name(wire: str) -> str:
    name = field_name(wire, model=False)
    if name in _BUILTINS and name not in ("input", "type", "format", "filter", "id", "object", "file", "list"):
        # Builtins are fine as keyword-only parameters; the few listed are what users expect to type.
        return name
    return name


def is_valid_class_name(name: str) -> bool:
    return name.isidentifier() and not keyword.iskeyword(name) and name not in SDK_NAMES and name not in _BUILTINS
