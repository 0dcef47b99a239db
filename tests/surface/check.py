"""Compare the generated `openai` package with the reference surface table (../shared/reference/openai-surface.json).

Run: scripts/check-surface  (or .venv/bin/python -m tests.surface.check [--table PATH] [--out-dir /tmp/surface])

Per category it counts NAMES (does the method / type / field / export exist) apart from ANNOTATIONS (does its
annotation, kind, default, wire name, required-ness match), prints a table of percentages, and writes every
missing name and every differing annotation to files under --out-dir, so a failing run says exactly what is off.
"""

from __future__ import annotations

import os
import sys
import json
import inspect
import argparse
import importlib
import dataclasses
from typing import Any, Dict, List, Tuple, Callable, Optional
from pathlib import Path

from typing_extensions import get_overloads

from .normalize import canonical, normalize, function_sources, class_field_sources

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_TABLE = ROOT.parent / "shared" / "reference" / "openai-surface.json"
CATEGORIES = ("clients", "methods", "async_methods", "types", "exports", "top_level_exports", "runtime")


@dataclasses.dataclass
class Tally:
    """Matches per category: names and annotations counted apart, with the misses kept for the report."""

    names_ok: int = 0
    names_total: int = 0
    ann_ok: int = 0
    ann_total: int = 0
    equiv_ok: int = 0
    # aspect (e.g. "params", "return", "wire names") -> [matches, total], for the breakdown under each category
    aspects: Dict[str, List[int]] = dataclasses.field(default_factory=lambda: {})
    missing: List[str] = dataclasses.field(default_factory=lambda: [])
    diffs: List[str] = dataclasses.field(default_factory=lambda: [])

    def name(self, ok: bool, what: str, aspect: str = "names") -> bool:
        self.names_total += 1
        self.names_ok += ok
        self._count(aspect, ok)
        if not ok:
            self.missing.append(what)
        return ok

    def ann(self, got: object, want: object, what: str, aspect: str = "annotations") -> None:
        self.ann_total += 1
        self._count(aspect, got == want)
        if got == want:
            self.ann_ok += 1
            self.equiv_ok += 1
            return
        if isinstance(got, str) and isinstance(want, str) and canonical(got) == canonical(want):
            self.equiv_ok += 1  # the same type spelled another way (`Optional[X]` vs `X | None`)
            self.diffs.append(f"{what}: got {got!r}, want {want!r} (same type, other spelling)")
            return
        self.diffs.append(f"{what}: got {got!r}, want {want!r}")

    def _count(self, aspect: str, ok: bool) -> None:
        counts = self.aspects.setdefault(aspect, [0, 0])
        counts[0] += ok
        counts[1] += 1

    @staticmethod
    def pct(ok: int, total: int) -> str:
        return f"{100.0 * ok / total:6.2f}% ({ok}/{total})" if total else "     -"


def _safe_norm(annotation: Any, module: str, *, evaluated: bool = False) -> str:
    if annotation is inspect.Parameter.empty:
        return "<none>"
    if not isinstance(annotation, str):
        annotation = getattr(annotation, "__forward_arg__", None) or getattr(annotation, "__name__", repr(annotation))
    try:
        return normalize(annotation, module, evaluated=evaluated)
    except Exception as exc:  # an unparsable annotation is a difference to report, not a crash
        return f"<unparsable {annotation!r}: {exc}>"


def _default(value: Any) -> Optional[str]:
    if value is inspect.Parameter.empty:
        return None
    name = type(value).__name__
    if name == "Omit":
        return "Omit()"
    if name == "NotGiven":
        return "NOT_GIVEN"
    return repr(value)


# -- signatures ---------------------------------------------------------------------------------------------
def _params(func: Callable[..., Any]) -> List[Dict[str, Any]]:
    module = getattr(func, "__module__", "openai")
    sources = function_sources(inspect.unwrap(func)) or {}
    out = []
    for p in inspect.signature(func).parameters.values():
        if p.name in ("self", "cls"):
            continue
        out.append(
            {
                "name": p.name,
                "kind": p.kind.name,
                "annotation": _safe_norm(sources.get(p.name, p.annotation), module),
                "default": _default(p.default),
            }
        )
    return out


def _returns(func: Callable[..., Any]) -> str:
    sources = function_sources(inspect.unwrap(func)) or {}
    text = sources.get("return", inspect.signature(func).return_annotation)
    return _safe_norm(text, getattr(func, "__module__", "openai"))


def _compare_params(tally: Tally, got: List[Dict[str, Any]], want: List[Dict[str, Any]], where: str) -> None:
    by_name = {p["name"]: p for p in got}
    for p in want:
        mine = by_name.get(p["name"])
        if not tally.name(mine is not None, f"{where}({p['name']})", "param names"):
            continue
        assert mine is not None
        tally.ann(
            (mine["kind"], mine["default"]),
            (p["kind"], p.get("default")),
            f"{where}({p['name']}) kind/default",
            "param kinds/defaults",
        )
        tally.ann(mine["annotation"], p["annotation"], f"{where}({p['name']}) annotation", "param annotations")
    extra = [p["name"] for p in got if p["name"] not in {w["name"] for w in want}]
    if extra:
        tally.diffs.append(f"{where}: extra params {extra}")
    order_got = [p["name"] for p in got if p["name"] in {w["name"] for w in want}]
    tally.ann(order_got, [p["name"] for p in want if p["name"] in by_name], f"{where} parameter order", "param order")


def _overloads(func: Callable[..., Any]) -> List[Dict[str, Any]]:
    """Each overload as the table writes it: the parameters differing from the main signature, and returns."""
    main = {p["name"]: p for p in _params(func)}
    out = []
    for ov in get_overloads(getattr(func, "__func__", func)):
        params = _params(ov)
        names = {p["name"] for p in params}
        diff = [p for p in params if main.get(p["name"]) != p]
        diff += [{"absent": True, "name": n} for n in main if n not in names]
        out.append({"params": sorted(diff, key=lambda p: p["name"]), "returns": _returns(ov)})
    return out


def _sorted_overloads(ovs: List[Dict[str, Any]]) -> List[str]:
    return sorted(
        json.dumps({"params": sorted(o["params"], key=lambda p: p["name"]), "returns": o["returns"]}, sort_keys=True)
        for o in ovs
    )


# -- categories ----------------------------------------------------------------------------------------------
def _client(cls_name: str) -> Any:
    import openai

    cls = getattr(openai, cls_name)
    kwargs: Dict[str, Any] = {"api_key": "sk-surface-check", "base_url": "http://127.0.0.1:4010"}
    return cls(**kwargs)


def _get(obj: Any, name: str) -> Any:
    """getattr that treats any failure (a lazy module that does not exist yet) as absence."""
    try:
        return getattr(obj, name)
    except Exception:
        return None


def _walk(root: Any, path: str) -> Any:
    obj = root
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def check_methods(table: Dict[str, Any], tally: Tally, *, is_async: bool) -> None:
    try:
        client = _client("AsyncOpenAI" if is_async else "OpenAI")
    except Exception as exc:
        for path in table:
            tally.name(False, f"{path} (client: {exc})")
        return
    sync_table = table
    for path, want in sorted(sync_table.items()):
        try:
            method = _walk(client, path)
        except Exception:
            tally.name(False, path, "paths")
            continue
        if not tally.name(callable(method), path, "paths"):
            continue
        func = getattr(method, "__func__", method)
        if is_async:
            call = _async_call_kind(func)
            tally.ann(call, want.get("call"), f"{path} call", "call kind")
            if want.get("returns") is not None:
                tally.ann(_returns(func), want["returns"], f"{path} returns", "returns")
            if "params" in want:
                _compare_params(tally, _params(func), want["params"], path)
            continue
        _compare_params(tally, _params(func), want["params"], path)
        tally.ann(_returns(func), want["return_annotation"], f"{path} return", "returns")
        tally.ann(
            _sorted_overloads(_overloads(func)),
            _sorted_overloads(want.get("overloads") or []),
            f"{path} overloads",
            "overloads",
        )


def _async_call_kind(func: Callable[..., Any]) -> str:
    if inspect.iscoroutinefunction(func) or inspect.iscoroutinefunction(inspect.unwrap(func)):
        return "coroutine"
    returns = inspect.signature(func).return_annotation
    text = returns if isinstance(returns, str) else repr(returns)
    if "AsyncPaginator" in text:
        return "paginator"
    if "AsyncContextManager" in text or "Manager" in text.split("[")[0]:
        return "async_context_manager"
    return "sync"


def check_clients(table: Dict[str, Any], tally: Tally) -> None:
    import openai

    for name, want in sorted(table.items()):
        cls = _get(openai, name)
        if not tally.name(cls is not None, name):
            continue
        _compare_params(tally, _params(cls.__init__), want, f"{name}.__init__")


def _kind(obj: Any) -> str:
    import pydantic
    from typing_extensions import is_typeddict

    if inspect.isclass(obj):
        if is_typeddict(obj):
            return "typeddict"
        if issubclass(obj, pydantic.BaseModel):
            return "model"
        if dataclasses.is_dataclass(obj):
            return "dataclass"
        return "class"
    return "alias"


def _declaring_classes(cls: type) -> List[type]:
    """`cls` and its bases, nearest first. TypedDict subclasses do not list their TypedDict bases in `__mro__`,
    so follow `__orig_bases__` too."""
    out: List[type] = []
    todo: List[Any] = [cls]
    while todo:
        klass = todo.pop(0)
        if not inspect.isclass(klass) or klass in out or klass in (object, dict):
            continue
        out.append(klass)
        todo.extend(getattr(klass, "__orig_bases__", ()) or klass.__bases__)
        todo.extend(klass.__bases__)
    return out


def _field_sources(cls: type) -> Dict[str, Tuple[str, type]]:
    """Field -> (annotation as written, class that declares it), nearest declaration first. Read from the source,
    so it works whether or not the module defers its annotations."""
    out: Dict[str, Tuple[str, type]] = {}
    for klass in _declaring_classes(cls):
        sources = class_field_sources(klass.__module__, klass.__name__)
        if sources is None:
            sources = {
                k: v if isinstance(v, str) else getattr(v, "__forward_arg__", "")
                for k, v in vars(klass).get("__annotations__", {}).items()
            }
        for name, text in sources.items():
            if text:
                out.setdefault(name, (text, klass))
    return out


def _class_annotations(cls: type) -> Dict[str, Tuple[str, str]]:
    """Field -> (annotation as written, module it was written in)."""
    return {name: (text, klass.__module__) for name, (text, klass) in _field_sources(cls).items()}


def _required_keys(cls: type) -> List[str]:
    """Required keys of a TypedDict read from its source: `Required[...]`/`NotRequired[...]`, else the totality of
    the class that declares the key (`__required_keys__` cannot see `Required` inside a deferred annotation)."""
    required = []
    for name, (text, klass) in _field_sources(cls).items():
        if text.startswith("Required[") or (not text.startswith("NotRequired[") and getattr(klass, "__total__", True)):
            required.append(name)
    return sorted(required)


def _alias_source(module: str, name: str) -> Optional[str]:
    import ast

    from .normalize import module_info

    info = module_info(module)
    value = info.defined.get(name) if info else None
    return ast.unparse(value) if value is not None else None


def _split_annotated(text: str) -> Tuple[str, Dict[str, str]]:
    """`Annotated[X, PropertyInfo(alias='w', discriminator='type')]` -> ("X", {alias: w, discriminator: type})."""
    import ast

    try:
        node = ast.parse(text, mode="eval").body
    except SyntaxError:
        return text, {}
    meta: Dict[str, str] = {}
    while isinstance(node, ast.Subscript) and ast.unparse(node.value) in ("Required", "NotRequired", "ReadOnly"):
        node = node.slice
    if isinstance(node, ast.Subscript) and ast.unparse(node.value) == "Annotated" and isinstance(node.slice, ast.Tuple):
        inner, *extras = node.slice.elts
        for extra in extras:
            if isinstance(extra, ast.Call):
                for kw in extra.keywords:
                    if kw.arg and isinstance(kw.value, ast.Constant):
                        meta[kw.arg] = str(kw.value.value)
        node = inner
    return ast.unparse(node), meta


def check_types(table: Dict[str, Any], tally: Tally) -> None:
    for module_name, names in sorted(table.items()):
        try:
            module = importlib.import_module(module_name)
        except Exception:
            for name in names:
                tally.name(False, f"{module_name[len('openai.types.') :]}.{name}", "module+name")
            continue
        for name, want in sorted(names.items()):
            key = f"{module_name[len('openai.types.') :]}.{name}"
            obj = _get(module, name)
            if not tally.name(obj is not None, key, "module+name"):
                continue
            kind = _kind(obj)
            if kind != "alias" and (obj.__module__ != module_name or obj.__name__ != name):
                # `X: TypeAlias = OtherClass`: at runtime the class itself, in the source an alias.
                kind = "alias"
            tally.ann(kind, want["kind"], f"{key} kind", "kind")
            if want["kind"] == "alias":
                src = _alias_source(module_name, name)
                value, meta = _split_annotated(src) if src else ("<none>", {})
                tally.ann(
                    _safe_norm(value, module_name, evaluated=True) if src else value,
                    want["value"],
                    f"{key} value",
                    "alias values",
                )
                if "discriminator" in want:
                    tally.ann(
                        meta.get("discriminator"), want["discriminator"], f"{key} discriminator", "discriminators"
                    )
                continue
            if kind not in ("model", "typeddict", "dataclass"):
                continue
            anns = _class_annotations(obj)
            model_fields = getattr(obj, "model_fields", {}) if kind == "model" else {}
            for fname, fwant in sorted(want.get("fields", {}).items()):
                if not tally.name(fname in anns, f"{key}.{fname}", "field names"):
                    continue
                text, where = anns[fname]
                text, meta = _split_annotated(text)
                tally.ann(
                    _safe_norm(text, where, evaluated=True), fwant["annotation"], f"{key}.{fname}", "field annotations"
                )
                wire = meta.get("alias")
                if kind == "model" and fname in model_fields:
                    wire = model_fields[fname].alias
                    has_default = not model_fields[fname].is_required()
                    tally.ann(has_default, "default" in fwant, f"{key}.{fname} optional", "field defaults")
                tally.ann(wire if wire != fname else None, fwant.get("wire"), f"{key}.{fname} wire", "wire names")
            if kind == "typeddict":
                tally.ann(
                    _required_keys(obj),
                    sorted(want.get("required", [])),
                    f"{key} required keys",
                    "required keys",
                )


def check_exports(table: Dict[str, Any], tally: Tally) -> None:
    from .normalize import resolve

    for package, names in sorted(table.items()):
        try:
            module = importlib.import_module(package)
        except Exception:
            for name in names:
                tally.name(False, f"{package}.{name}")
            continue
        for name, defining in sorted(names.items()):
            obj = _get(module, name)
            if not tally.name(obj is not None, f"{package}.{name}"):
                continue
            got = getattr(obj, "__module__", None) if inspect.isclass(obj) or inspect.ismodule(obj) else None
            if inspect.ismodule(obj):
                got = obj.__name__
            if got is None or not inspect.isclass(obj) or obj.__name__ != name:
                # an alias of a class is defined where the alias is written, not where the class is
                got = resolve(package, name)[0] if not inspect.ismodule(obj) else got
            tally.ann(got, defining, f"{package}.{name} defined in")


def check_top_level(table: Dict[str, Any], tally: Tally) -> None:
    import openai

    for name, want in sorted(table.items()):
        obj = _get(openai, name)
        if not tally.name(obj is not None or name in dir(openai), f"openai.{name}"):
            continue
        if "module" in want:
            got = getattr(obj, "__module__", None) if not inspect.ismodule(obj) else obj.__name__
            if inspect.isclass(obj) or inspect.isfunction(obj):
                tally.ann(got, want["module"], f"openai.{name} module")


def check_runtime(table: Dict[str, Any], tally: Tally) -> None:
    for path, want in sorted(table.items()):
        if path == "instances":
            import openai

            for name, facts in sorted(want.items()):
                obj = _get(openai, name)
                if tally.name(obj is not None, f"openai.{name}"):
                    tally.ann((repr(obj), bool(obj)), (facts["repr"], facts["bool"]), f"openai.{name} repr/bool")
            continue
        module_name, _, name = path.rpartition(".")
        try:
            obj = getattr(importlib.import_module(module_name), name)
        except Exception:
            tally.name(False, path)
            continue
        if not tally.name(True, path):
            continue
        if "init" in want and inspect.isclass(obj):
            _compare_params(tally, _params(obj.__init__), want["init"], f"{path}.__init__")
        for member, facts in sorted(want.get("members", {}).items()):
            value = inspect.getattr_static(obj, member, None)
            if not tally.name(value is not None or member in dir(obj), f"{path}.{member}"):
                continue
            if facts.get("kind") == "attribute" and "value" in facts:
                tally.ann(repr(getattr(obj, member, None)), facts["value"], f"{path}.{member} value")
            elif facts.get("kind") == "method" and "returns" in facts:
                func = getattr(value, "__func__", value)
                if callable(func):
                    tally.ann(_returns(func), facts["returns"], f"{path}.{member} returns")
                    tally.ann(
                        inspect.iscoroutinefunction(func) or inspect.isasyncgenfunction(func),
                        bool(facts.get("async")),
                        f"{path}.{member} async",
                    )
        for attr in sorted(want.get("attributes", {})):
            ann = _class_annotations(obj) if inspect.isclass(obj) else {}
            tally.name(attr in ann or hasattr(obj, attr), f"{path}.{attr}")


def run(table_path: Path, out_dir: Path) -> Dict[str, Tally]:
    surface = json.loads(table_path.read_text())
    tallies = {c: Tally() for c in CATEGORIES}
    check_clients(surface["clients"], tallies["clients"])
    check_methods(surface["methods"], tallies["methods"], is_async=False)
    check_methods(surface["async_methods"], tallies["async_methods"], is_async=True)
    check_types(surface["types"], tallies["types"])
    check_exports(surface["exports"], tallies["exports"])
    check_top_level(surface["top_level_exports"], tallies["top_level_exports"])
    check_runtime(surface["runtime"], tallies["runtime"])
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "missing-names.txt").write_text(
        "".join(f"{c}\t{m}\n" for c, t in tallies.items() for m in t.missing), encoding="utf-8"
    )
    _write_missing_types_by_cause(tallies["types"], out_dir / "missing-types-by-cause.txt")
    (out_dir / "annotation-diffs.txt").write_text(
        "".join(f"{c}\t{d}\n" for c, t in tallies.items() for d in t.diffs), encoding="utf-8"
    )
    return tallies


def _write_missing_types_by_cause(tally: Tally, path: Path) -> None:
    """Group the missing types by what codegen/openai/types.yaml says of them, so a miss points at its owner:
    mapped (the generator did not emit it), a copy / alias (a types.yaml section the generator must honour),
    or unmatched (the config has no schema for it; its reason is in types.yaml's comments)."""
    import yaml

    config = ROOT / "codegen" / "openai" / "types.yaml"
    if not config.exists():
        return
    data = yaml.safe_load(config.read_text(encoding="utf-8")) or {}
    where: Dict[str, str] = {}
    for section in ("models", "params", "models_copies", "params_copies", "models_reuse", "params_reuse"):
        for key in (data.get(section) or {}).values():
            where.setdefault(key, section)
    for key in data.get("aliases") or {}:
        where.setdefault(key, "aliases")
    lines = []
    for miss in tally.missing:
        name = miss.rsplit(".", 1)[-1]
        if name[:1].isupper():
            lines.append(f"{where.get(miss, 'unmatched')}\t{miss}")
    path.write_text("".join(f"{line}\n" for line in sorted(lines)), encoding="utf-8")


def report(tallies: Dict[str, Tally], out_dir: Path) -> str:
    lines = [f"{'category':<18} {'names':<26} {'annotations (exact)':<26} {'annotations (same type)':<26}"]
    for cat, t in tallies.items():
        lines.append(
            f"{cat:<18} {Tally.pct(t.names_ok, t.names_total):<26} {Tally.pct(t.ann_ok, t.ann_total):<26} "
            f"{Tally.pct(t.equiv_ok, t.ann_total):<26}"
        )
        if cat in ("methods", "types"):
            for aspect, (ok, total) in t.aspects.items():
                lines.append(f"  {aspect:<24} {Tally.pct(ok, total)}")
    n_ok = sum(t.names_ok for t in tallies.values())
    n_all = sum(t.names_total for t in tallies.values())
    a_ok = sum(t.ann_ok for t in tallies.values())
    e_ok = sum(t.equiv_ok for t in tallies.values())
    a_all = sum(t.ann_total for t in tallies.values())
    lines.append(
        f"{'TOTAL':<18} {Tally.pct(n_ok, n_all):<26} {Tally.pct(a_ok, a_all):<26} {Tally.pct(e_ok, a_all):<26}"
    )
    lines.append(f"missing names: {out_dir / 'missing-names.txt'}; differences: {out_dir / 'annotation-diffs.txt'}")
    lines.append(f"missing types by cause (per types.yaml): {out_dir / 'missing-types-by-cause.txt'}")
    return "\n".join(lines)


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--table", type=Path, default=Path(os.environ.get("OPENAI_SURFACE_TABLE", DEFAULT_TABLE)))
    ap.add_argument("--out-dir", type=Path, default=Path("/tmp/openai-surface-check"))
    args = ap.parse_args(argv)
    if not args.table.exists():
        print(f"no surface table at {args.table}; nothing to compare", file=sys.stderr)
        return 0
    tallies = run(args.table, args.out_dir)
    summary = report(tallies, args.out_dir)
    (args.out_dir / "summary.txt").write_text(summary + "\n", encoding="utf-8")
    print(summary)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
