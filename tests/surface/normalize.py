"""Spell an annotation of the generated package the way openai-surface.json does.

The table keeps the source shape of an annotation (`Optional[float] | Omit`) and rewrites every name:
types of `openai.types` as `<module after openai.types>.<Name>`, runtime and typing names bare, private
aliases spelled out (`Headers` -> `Mapping[str, Union[str, Omit]]`), other packages dotted (`httpx.URL`).
Evaluating annotations would lose the shape (`X | Omit` and `Union[X, Omit]` become one object), so this module
works on the annotation source text (read with `ast`, so deferred or not) and resolves each name
through the module's own imports, read from its source with `ast`, to the module that defines it.
"""

from __future__ import annotations

import ast
import sys
import builtins
import importlib.util
from typing import Dict, List, Tuple, Optional
from pathlib import Path
from functools import cache
from dataclasses import field, dataclass

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from codegen.tools.annotations import Ann, parse  # noqa: E402

BARE_MODULES = {"builtins", "typing", "typing_extensions", "collections.abc", "types"}
# runtime names the table writes bare although they are other packages' objects
BARE_NAMES = {("httpx", "Timeout"): "Timeout", ("httpx._config", "Timeout"): "Timeout"}
# private assignments kept by name rather than spelled out
KEEP_PRIVATE = {"Timeout", "NoneType"}
WRAPPERS_TO_DROP = {"Required", "NotRequired", "ReadOnly"}


@dataclass
class ModuleInfo:
    name: str
    is_package: bool
    imports: Dict[str, Tuple[str, Optional[str]]] = field(default_factory=lambda: {})  # local -> (module, attr)
    defined: Dict[str, Optional[ast.expr]] = field(default_factory=lambda: {})  # name -> assigned value (if any)


def _top_level(body: List[ast.stmt]) -> List[ast.stmt]:
    """Top-level statements, looking inside `if TYPE_CHECKING:` / `try:` blocks."""
    out: List[ast.stmt] = []
    for stmt in body:
        if isinstance(stmt, ast.If):
            out.extend(_top_level(stmt.body) + _top_level(stmt.orelse))
        elif isinstance(stmt, ast.Try):
            out.extend(_top_level(stmt.body))
            for handler in stmt.handlers:
                out.extend(_top_level(handler.body))
        else:
            out.append(stmt)
    return out


@cache
def module_info(name: str) -> Optional[ModuleInfo]:
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin or not spec.origin.endswith(".py"):
        return None
    is_package = spec.submodule_search_locations is not None
    info = ModuleInfo(name, is_package)
    tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
    package = name if is_package else name.rpartition(".")[0]
    for stmt in _top_level(tree.body):
        if isinstance(stmt, ast.ImportFrom):
            base = stmt.module or ""
            if stmt.level:
                parts = package.split(".")
                parent = ".".join(parts[: len(parts) - stmt.level + 1])
                base = f"{parent}.{base}" if base else parent
            for alias in stmt.names:
                info.imports[alias.asname or alias.name] = (base, alias.name)
        elif isinstance(stmt, ast.Import):
            for alias in stmt.names:
                if alias.asname:
                    info.imports[alias.asname] = (alias.name, None)
                else:
                    top = alias.name.split(".")[0]
                    info.imports[top] = (top, None)
        elif isinstance(stmt, ast.ClassDef):
            info.defined[stmt.name] = None
        elif isinstance(stmt, ast.Assign):
            for target in stmt.targets:
                if isinstance(target, ast.Name):
                    info.defined[target.id] = stmt.value
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            info.defined[stmt.target.id] = stmt.value
        elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            info.defined[stmt.name] = None
    return info


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def resolve(module: str, dotted: str, depth: int = 0) -> Tuple[Optional[str], str]:
    """(defining module, name) of `dotted` as seen from `module`; (None, dotted) when it cannot tell.

    A class that names a public home in its `__module__` (a hand-written class the generated resource module
    re-exports, e.g. `RealtimeConnectionManager`) is spelled from there, as the table spells classes."""
    found, name = _resolve(module, dotted, depth)
    return _public_home(found, name)


def _public_home(module: Optional[str], name: str) -> Tuple[Optional[str], str]:
    if module is None or not module.startswith("openai") or not name or "." in name:
        return module, name
    try:
        obj = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return module, name
    home = getattr(obj, "__module__", None)
    if not isinstance(obj, type) or not isinstance(home, str) or home == module or not home.startswith("openai"):
        return module, name
    try:
        # only a home that really exports this very class counts
        same = getattr(importlib.import_module(home), name, None) is obj
    except ImportError:
        same = False
    return (home, name) if same else (module, name)


def _resolve(module: str, dotted: str, depth: int = 0) -> Tuple[Optional[str], str]:
    if depth > 30:
        return None, dotted
    head, _, rest = dotted.partition(".")
    info = module_info(module)
    if info is None:
        return module, dotted
    if head in info.defined:
        return module, dotted
    if head in info.imports:
        src, attr = info.imports[head]
        if attr is None:  # `import x` / `import x as y`
            return _in_module(src, rest, depth)
        if _is_module(f"{src}.{attr}") and src:
            return _in_module(f"{src}.{attr}", rest, depth)
        return (
            resolve(src, f"{attr}.{rest}" if rest else attr, depth + 1)
            if src.startswith("openai")
            else (
                src,
                f"{attr}.{rest}" if rest else attr,
            )
        )
    if hasattr(builtins, head) or head in ("None",):
        return "builtins", dotted
    if info.is_package and _is_module(f"{module}.{head}"):
        return _in_module(f"{module}.{head}", rest, depth)
    return None, dotted


def _in_module(module: str, rest: str, depth: int) -> Tuple[Optional[str], str]:
    if not rest:
        return module, ""
    head, _, tail = rest.partition(".")
    if _is_module(f"{module}.{head}"):
        return _in_module(f"{module}.{head}", tail, depth)
    if module.startswith("openai"):
        return resolve(module, rest, depth + 1)
    return module, rest


def spell(module: Optional[str], name: str) -> str:
    """How the table writes the object `name` of `module`."""
    if module is None or module in BARE_MODULES:
        return name
    if (module, name) in BARE_NAMES:
        return BARE_NAMES[(module, name)]
    if module.startswith("openai.types."):
        return f"{module[len('openai.types.') :]}.{name}"
    if module == "openai" or module.startswith("openai."):
        # the public path: the package up to its first private module (`lib.streaming.chat._completions` ->
        # `lib.streaming.chat`); runtime classes of `openai._x` are bare
        public: List[str] = []
        for part in module.split(".")[1:]:
            if part.startswith("_"):
                break
            public.append(part)
        return f"{'.'.join(public)}.{name}" if public else name
    return f"{module}.{name}"


def _private_alias(module: Optional[str], name: str) -> Optional[ast.expr]:
    """The assigned value of a private alias (`Headers = Mapping[...]` in openai._types), to be spelled out."""
    if module is None or not module.startswith("openai") or name in KEEP_PRIVATE or "." in name:
        return None
    parts = module.split(".")[1:]
    if not any(p.startswith("_") for p in parts):
        return None
    info = module_info(module)
    if info is None:
        return None
    value = info.defined.get(name)
    if value is None or isinstance(value, ast.Call):  # classes, functions, TypeVar(...)
        return None
    return value


def _is_typevar(module: Optional[str], name: str) -> bool:
    info = module_info(module) if module else None
    value = info.defined.get(name) if info else None
    return isinstance(value, ast.Call) and ast.unparse(value.func).endswith("TypeVar")


def normalize(text: str, module: str, *, evaluated: bool = False) -> str:
    """Normalise one annotation string written in `module`.

    `evaluated=True` spells it as typing prints the evaluated object, which is how the table writes model fields
    and alias values: nested `Union`s flattened, `Optional[Union[A, B]]` -> `Union[A, B, None]`."""
    node = _rewrite(parse(text), module)
    return str(_as_evaluated(node) if evaluated else node)


def _as_evaluated(node: Ann) -> Ann:
    args = tuple(_as_evaluated(a) for a in node.args)
    if node.name not in ("Union", "Optional"):
        return Ann(node.name, args)
    members: List[Ann] = []
    for a in args if node.name == "Union" else args + (Ann("None"),):
        for m in a.args if a.name == "Union" else (a.args[0], Ann("None")) if a.name == "Optional" else (a,):
            if m not in members:
                members.append(m)
    if len(members) == 1:
        return members[0]
    if len(members) == 2 and Ann("None") in members:
        other = members[0] if members[1] == Ann("None") else members[1]
        return Ann("Optional", (other,))
    return Ann("Union", tuple(members))


def _rewrite(node: Ann, module: str, in_literal: bool = False) -> Ann:
    name = node.name
    if name[:1] in "'\"":
        value = ast.literal_eval(name)
        if in_literal or not isinstance(value, str):
            return Ann(repr(value))
        # outside Literal[...] a string is a forward reference: an annotation of its own
        return _rewrite(parse(value), module)
    args = tuple(_rewrite(a, module, in_literal=name == "Literal") for a in node.args)
    if name in ("|", "[]") or name.endswith("(...)") or not (name[:1].isalpha() or name[:1] == "_"):
        return Ann(name, args)
    if name == "Annotated" and args:
        return args[0]
    if name in WRAPPERS_TO_DROP and args:
        return args[0]
    if name in ("None", "True", "False"):
        return Ann(name, args)
    where, resolved = resolve(module, name)
    if _is_typevar(where, resolved):
        return Ann(resolved.rsplit(".", 1)[-1], args)
    alias = _private_alias(where, resolved)
    if alias is not None and where is not None:
        if not args:
            # an alias is a runtime object: the table spells it as typing prints it (nested Unions flattened)
            return _as_evaluated(_rewrite(parse(ast.unparse(alias)), where))
        if isinstance(alias, (ast.Name, ast.Attribute)):
            # a generic private alias of a plain name (`SequenceNotStr = Sequence` at runtime): swap the name
            return Ann(_rewrite(parse(ast.unparse(alias)), where).name, args)
    return Ann(spell(where, resolved), args)


def canonical(text: str) -> str:
    """One spelling per type, for telling spelling differences from real ones: `Optional[X]`, `X | None` and
    `Union[None, X]` all become `Union[None, X]` (members flattened and sorted); Literal values sorted."""
    try:
        return str(_canon(parse(text)))
    except ValueError:
        return text


def _canon(node: Ann) -> Ann:
    args = [_canon(a) for a in node.args]
    if node.name == "Optional" and len(args) == 1:
        args, name = args + [Ann("None")], "Union"
    else:
        name = node.name
    if name in ("Union", "|"):
        flat: List[Ann] = []
        for a in args:
            flat.extend(a.args if a.name == "Union" else [a])
        unique = sorted(set(flat), key=str)
        return unique[0] if len(unique) == 1 else Ann("Union", tuple(unique))
    if name == "Literal":
        return Ann(name, tuple(sorted(args, key=str)))
    return Ann(name, tuple(args))


# -- annotation source text, whether or not the module defers annotations ------------------------------------------
@cache
def _module_tree(path: str) -> ast.Module:
    return ast.parse(Path(path).read_text(encoding="utf-8"))


@cache
def class_field_sources(module: str, name: str) -> Optional[Dict[str, str]]:
    """Field -> annotation as written in the class body (`x: Optional[str] = None` -> "Optional[str]")."""
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin or not spec.origin.endswith(".py"):
        return None
    for stmt in _top_level(_module_tree(spec.origin).body):
        if isinstance(stmt, ast.ClassDef) and stmt.name == name:
            return {
                s.target.id: ast.unparse(s.annotation)
                for s in stmt.body
                if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
            }
    return None


def function_sources(func: object) -> Optional[Dict[str, str]]:
    """Parameter -> annotation as written in the `def` of `func` (key "return" for the return annotation)."""
    import inspect

    code = getattr(func, "__code__", None)
    try:
        path = inspect.getsourcefile(func)  # type: ignore[arg-type]
    except TypeError:
        return None
    if code is None or path is None or not path.endswith(".py"):
        return None
    for node in ast.walk(_module_tree(path)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == code.co_name:
            lines = {node.lineno} | {d.lineno for d in node.decorator_list}
            if code.co_firstlineno in lines:
                args = node.args.posonlyargs + node.args.args + node.args.kwonlyargs
                args += [a for a in (node.args.vararg, node.args.kwarg) if a is not None]
                out = {a.arg: ast.unparse(a.annotation) for a in args if a.annotation is not None}
                if node.returns is not None:
                    out["return"] = ast.unparse(node.returns)
                return out
    return None
