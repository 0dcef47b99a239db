"""Bad input stops the run with problems that name their JSON pointer; clashes are errors."""

from __future__ import annotations

from typing import Any, Dict

import pytest

from codegen.config import Config
from codegen.problems import GenerationError

from .conftest import ir_of, named_of, tiny_doc


def _errors(doc: Dict[str, Any], config: "Config | None" = None) -> str:
    with pytest.raises(GenerationError) as info:
        named_of(doc, config)
    return str(info.value)


def test_bad_spec_report() -> None:
    doc = tiny_doc()
    schemas = doc["components"]["schemas"]
    schemas["Odd"] = {"type": "string", "not": {"type": "integer"}}
    schemas["Dangling"] = {"$ref": "#/components/schemas/Nowhere"}
    doc["paths"]["/pets"]["get"]["parameters"].append({"name": "sid", "in": "cookie", "schema": {"type": "string"}})
    report = _errors(doc)
    # Every problem is listed (not just the first), sorted, each with its pointer: a snapshot.
    assert report.splitlines() == [
        "error: #/components/schemas/Dangling: $ref target '#/components/schemas/Nowhere' does not exist",
    ]
    del schemas["Dangling"]
    report = _errors(doc)
    assert report.splitlines() == [
        "error: #/components/schemas/Odd/not: unsupported schema keyword 'not'",
        "error: #/paths/~1pets/get/parameters/3: cookie parameters are not supported",
    ]


def test_unsupported_version() -> None:
    doc = tiny_doc()
    doc["openapi"] = "2.0"
    with pytest.raises(GenerationError, match=r"#/openapi: unsupported OpenAPI version '2.0'"):
        ir_of(doc)


def test_type_name_clash_is_an_error() -> None:
    config = Config(models={"#/components/schemas/Ball": "toys.Toy", "#/components/schemas/Rope": "toys.Toy"})
    report = _errors(tiny_doc(), config)
    assert "name clash: toys.Toy is already the name of #/components/schemas/" in report


def test_method_clash_is_an_error() -> None:
    config = Config(operations={"getPet": {"method": "pets.fetch"}, "listPets": {"method": "pets.fetch"}})
    assert "method pets.fetch is already served by" in _errors(tiny_doc(), config)


def test_param_named_like_request_options_is_refused() -> None:
    doc = tiny_doc()
    doc["paths"]["/pets"]["get"]["parameters"].append({"name": "timeout", "in": "query", "schema": {"type": "number"}})
    assert "#/paths/~1pets/get: parameter name 'timeout' clashes with the SDK's request options" in _errors(doc)


def test_refused_type_name() -> None:
    config = Config(models={"#/components/schemas/Ball": "toys.BaseModel"})
    assert "refused type name 'BaseModel'" in _errors(tiny_doc(), config)
