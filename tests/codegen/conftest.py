"""Helpers for the generator's tests: run the pipeline on tiny specs, in memory or into a temp dir."""

from __future__ import annotations

from typing import Any, Dict, Optional
from pathlib import Path

import yaml
import pytest

from codegen.ir import IR, build_ir
from codegen.load import load_doc
from codegen.config import Config, load_config
from codegen.methods import Named, name_everything
from codegen.pipeline import build_files

SPECS = Path(__file__).parent / "specs"
TINY = SPECS / "tiny.yaml"
TINY_CONFIG = SPECS / "tiny_config"


def tiny_doc() -> Dict[str, Any]:
    return yaml.safe_load(TINY.read_text())


def ir_of(doc: Dict[str, Any]) -> IR:
    return build_ir(load_doc(doc))


def named_of(doc: Dict[str, Any], config: Optional[Config] = None) -> Named:
    return name_everything(ir_of(doc), config or Config())


@pytest.fixture(scope="session")
def tiny_files() -> Dict[str, str]:
    from codegen.fmt import format_sources

    built = build_files(load_config(TINY_CONFIG), str(TINY))
    return format_sources(built["files"])
