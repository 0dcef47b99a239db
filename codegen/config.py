"""The generator's config: codegen/<api>/config.yaml (hand-written), operations.yaml and types.yaml.

Plain data only; naming.py interprets it. Missing optional files are empty maps, so the
generator also runs on a bare spec (tests/codegen) with rule-based names.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional
from pathlib import Path
from dataclasses import field, dataclass

import yaml


@dataclass
class ResourceOptions:
    headers: Dict[str, str] = field(default_factory=lambda: {})
    hooks: List[str] = field(default_factory=lambda: [])
    alias_of: Optional[str] = None  # `beta.chat.completions` -> `chat.completions`
    description: Optional[str] = None
    missing: Optional[str] = None  # marker of left-out optional params here and below: Omit (default) | NotGiven


@dataclass
class Config:
    package: str = "openai"
    spec: Optional[str] = None  # "module:function:arg,arg" or a path
    resources: Dict[str, ResourceOptions] = field(default_factory=lambda: {})
    pagination: Dict[str, Dict[str, Any]] = field(default_factory=lambda: {})
    operations: Dict[str, Dict[str, Any]] = field(default_factory=lambda: {})
    models: Dict[str, str] = field(default_factory=lambda: {})  # pointer -> type key (response side)
    params: Dict[str, str] = field(default_factory=lambda: {})  # pointer -> type key (request side)
    # Use-site copies: the pointer of a $ref (or wrapper) whose target the SDK declares again under
    # another name at that place (same shape, second class), e.g. per-operation response types.
    models_copies: Dict[str, str] = field(default_factory=lambda: {})
    params_copies: Dict[str, str] = field(default_factory=lambda: {})
    # Inline schemas written out again with the shape of a named type: pointer -> that type's key.
    models_reuse: Dict[str, str] = field(default_factory=lambda: {})
    params_reuse: Dict[str, str] = field(default_factory=lambda: {})
    # Classes the spec has no schema for: type key -> JSON schema (its `$ref`s point into the spec).
    schemas: Dict[str, Dict[str, Any]] = field(default_factory=lambda: {})
    # Properties a spec-derived class has in the SDK but its spec schema lacks: type key -> {wire name: JSON schema}
    # (`$ref`s into the spec or to `types.yaml#/schemas/<key>`); appended after the spec's, always optional.
    extra_properties: Dict[str, Dict[str, Any]] = field(default_factory=lambda: {})
    client_class: str = "OpenAI"
    # Generated endpoint tests to skip (method path -> reason), for what the mock cannot serve.
    test_skips: Dict[str, str] = field(default_factory=lambda: {})
    # types.yaml: aliases without a schema (type key -> annotation), field renames (type key -> {wire: name}),
    # re-exports (package or module relative to openai -> {name: defining module relative to openai}).
    aliases: Dict[str, str] = field(default_factory=lambda: {})
    field_names: Dict[str, Dict[str, str]] = field(default_factory=lambda: {})
    exports: Dict[str, Dict[str, str]] = field(default_factory=lambda: {})
    # config.yaml: hand-written modules under openai.types (module -> names its package re-exports),
    # modules that only re-export hand-written names (module -> {name: absolute defining module}),
    # computed properties on models (type key -> {property: "module:function"}).
    hand_written_types: Dict[str, List[str]] = field(default_factory=lambda: {})
    reexport_modules: Dict[str, Dict[str, str]] = field(default_factory=lambda: {})
    model_properties: Dict[str, Dict[str, Dict[str, str]]] = field(default_factory=lambda: {})


def _read(path: Path) -> Dict[str, Any]:
    if not path.exists():
        return {}
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return data or {}


def load_config(directory: "str | Path") -> Config:
    d = Path(directory)
    main = _read(d / "config.yaml")
    types = _read(d / "types.yaml")
    resources: Dict[str, ResourceOptions] = {}
    for path, opts in (main.get("resources") or {}).items():
        opts = opts or {}
        resources[path] = ResourceOptions(
            headers=dict(opts.get("headers") or {}),
            hooks=list(opts.get("hooks") or []),
            alias_of=opts.get("alias_of"),
            description=opts.get("description"),
            missing=opts.get("missing"),
        )
    return Config(
        package=main.get("package", "openai"),
        spec=main.get("spec"),
        resources=resources,
        pagination=dict(main.get("pagination") or {}),
        operations=dict(_read(d / "operations.yaml")),
        models=dict(types.get("models") or {}),
        params=dict(types.get("params") or {}),
        models_copies=dict(types.get("models_copies") or {}),
        params_copies=dict(types.get("params_copies") or {}),
        models_reuse=dict(types.get("models_reuse") or {}),
        params_reuse=dict(types.get("params_reuse") or {}),
        schemas=dict(types.get("schemas") or {}),
        extra_properties={k: dict(v or {}) for k, v in (types.get("extra_properties") or {}).items()},
        client_class=main.get("client_class", "OpenAI"),
        test_skips=dict((main.get("tests") or {}).get("skip") or {}),
        aliases=dict(types.get("aliases") or {}),
        field_names={k: dict(v or {}) for k, v in (types.get("field_names") or {}).items()},
        exports={k: dict(v or {}) for k, v in (types.get("exports") or {}).items()},
        hand_written_types={k: list(v or []) for k, v in (main.get("hand_written_types") or {}).items()},
        reexport_modules={k: dict(v or {}) for k, v in (main.get("reexport_modules") or {}).items()},
        model_properties={k: dict(v or {}) for k, v in (main.get("model_properties") or {}).items()},
    )
