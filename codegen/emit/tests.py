"""tests/api_resources: endpoint tests per method, run against the Prism mock.

For each method, sync and async: minimal params, all params, raw response, streaming response and
empty path params. Responses are checked recursively against the declared return type
(tests/api_resources/_assert.py). Example values come from the spec (its `example`s, enum values,
formats); what Prism cannot serve (SSE streams) is emitted as a skipped test with the reason.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Tuple, Optional

from ..ir import IR, Schema
from .common import HEADER, py_str
from ..naming import TOKEN, CONFIG_SCHEMA, TypeKey
from ..methods import Named, Method, Resource, MethodParam
from .resources import walk

SSE_SKIP = "Prism answers text/event-stream requests with 500"
BINARY_SKIP = "Prism's binary example responses break HTTP framing (Transfer-Encoding)"


class _Examples:
    """Example values (Python source) for parameters, derived from the schema graph."""

    def __init__(self, ir: IR) -> None:
        self.ir = ir

    def raw(self, pointer: str) -> Dict[str, Any]:
        try:
            node = self.ir.spec.resolve(pointer)
        except (KeyError, IndexError, ValueError):
            return {}
        return node if isinstance(node, dict) else {}  # type: ignore[return-value]

    def value(self, s: Schema, full: bool, depth: int = 0, seen: Tuple[str, ...] = ()) -> str:
        t = self.ir.target(s)
        if t.pointer in seen or depth > 6:
            full = False
        if t.pointer in seen[:-1]:
            return "{}"
        seen = seen + (t.pointer,)
        if t.kind == "enum":
            return repr(t.values[0])
        if t.kind == "primitive":
            return self.primitive(t)
        if t.kind == "array":
            assert t.items is not None
            return "[" + self.value(t.items, full, depth + 1, seen) + "]"
        if t.kind == "map":
            assert t.items is not None
            inner = self.ir.target(t.items)
            return (
                "{"
                + py_str("foo")
                + ": "
                + (repr("bar") if inner.kind == "any" else self.value(inner, full, depth + 1, seen))
                + "}"
            )
        if t.kind == "object":
            items: List[str] = []
            # "Exactly one of" groups: the first group's properties are sent, the others never.
            first = set(t.exclusive[0]) if t.exclusive else set()
            others = {n for g in t.exclusive[1:] for n in g} - first
            for p in t.properties:
                pt = self.ir.target(p.schema)
                if pt.read_only or p.schema.read_only or p.name in others:
                    continue
                if p.required or full or p.name in first:
                    items.append(f"{py_str(p.name)}: {self.value(p.schema, full, depth + 1, seen)}")
            return "{" + ", ".join(items) + "}"
        if t.kind == "union":
            # Only required properties inside a union member: optional ones can make the value fit
            # several `oneOf` members, which a validating mock rejects. A file member goes before an object: in a
            # multipart body an object member becomes bracketed form fields (`video[id]`), which a mock reads flat.
            members = [v for v in t.variants if self.ir.target(v).kind != "null"]
            files = [v for v in members if self.ir.target(v).kind == "primitive" and self.ir.target(v).type == "binary"]
            if members and self.ir.target(members[0]).kind == "object":
                members = files + members
            if members:
                return self.value(members[0], False, depth + 1, seen)
        if t.kind == "null":
            return "None"
        return "{}"

    def primitive(self, t: Schema) -> str:
        raw = self.raw(t.pointer)
        example = raw.get("example")
        if t.type == "binary":
            return 'b"raw file contents"'
        if t.type == "string":
            if isinstance(example, str) and "\n" not in example and len(example) < 80:
                return py_str(example)
            fmt = t.format or ""
            if fmt in ("uri", "url"):
                return py_str("https://example.com")
            if fmt == "date-time":
                return py_str("2019-12-27T18:11:19.117Z")
            if fmt == "email":
                return py_str("user@example.com")
            return py_str("string")
        if t.type == "integer":
            if isinstance(example, int) and not isinstance(example, bool):
                return repr(example)
            low = raw.get("minimum")
            return repr(int(low)) if isinstance(low, (int, float)) and not isinstance(low, bool) else "0"
        if t.type == "number":
            if isinstance(example, (int, float)) and not isinstance(example, bool):
                return repr(float(example))
            low = raw.get("minimum")
            return repr(float(low)) if isinstance(low, (int, float)) and not isinstance(low, bool) else "0.0"
        if t.type == "boolean":
            return "True"
        return "{}"


def _test_path(res: Resource) -> str:
    return "tests/api_resources/" + "/".join(res.path[:-1] + (f"test_{res.path[-1]}.py",))


_SKIPS: Dict[str, str] = {}


def emit_tests(named: Named, ir: Optional[IR] = None, skips: Optional[Dict[str, str]] = None) -> Dict[str, str]:
    _SKIPS.clear()
    _SKIPS.update(skips or {})
    ir = ir or (named.methods[0].op and _ir_of(named))
    files: Dict[str, str] = {}
    if ir is None:
        return files
    ex = _Examples(ir)
    dirs = {"tests/api_resources"}
    for res in walk(named.root):
        if res.options.alias_of or not res.methods:
            continue
        path = _test_path(res)
        files[path] = _test_module(res, ex)
        parts = path.split("/")[:-1]
        for i in range(2, len(parts) + 1):
            dirs.add("/".join(parts[:i]))
    for d in sorted(dirs):
        files[f"{d}/__init__.py"] = HEADER + "\n"
    files["tests/api_resources/conftest.py"] = CONFTEST
    return files


def _ir_of(named: Named) -> Optional[IR]:
    return None


CONFTEST = (
    HEADER
    + '''
"""Clients pointed at the Prism mock (`scripts/mock`; TEST_API_BASE_URL overrides the address)."""

from __future__ import annotations

import os
from typing import Iterator, AsyncIterator

import pytest

from openai import OpenAI, AsyncOpenAI

base_url = os.environ.get("TEST_API_BASE_URL", "http://127.0.0.1:4010")
api_key = "My API Key"
admin_api_key = "My Admin API Key"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
def client() -> Iterator[OpenAI]:
    with OpenAI(base_url=base_url, api_key=api_key, admin_api_key=admin_api_key, max_retries=0) as client:
        yield client


@pytest.fixture
async def async_client() -> AsyncIterator[AsyncOpenAI]:
    async with AsyncOpenAI(base_url=base_url, api_key=api_key, admin_api_key=admin_api_key, max_retries=0) as client:
        yield client
'''
)


class _Imports:
    def __init__(self) -> None:
        self.froms: Dict[str, "set[str]"] = {}

    def add(self, module: str, name: str) -> str:
        self.froms.setdefault(module, set()).add(name)
        return name

    def ann(self, text: str) -> str:
        def sub(m: "Any") -> str:
            key = TypeKey.parse(m.group(1))
            return self.add("openai.types." + key.module, key.name)

        return TOKEN.sub(sub, text)


def _return_type(m: Method, imp: _Imports, is_async: bool) -> Optional[str]:
    if m.page and m.item:
        page = ("Async" + m.page[4:]) if is_async else m.page
        imp.add("openai.pagination", page)
        return f"{page}[{imp.ann(m.item)}]"
    if m.cast_to == "binary":
        imp.add("openai._legacy_response", "HttpxBinaryResponseContent")
        return None
    if m.cast_to == "none":
        return "None"
    if m.cast_to == "str":
        return "str"
    return imp.ann(m.returns)


def _call_args(m: Method, ex: _Examples, full: bool, empty: Optional[str] = None) -> str:
    args: List[str] = []
    groups: List[List[str]] = []
    if m.op.body is not None:
        groups = ex.ir.target(m.op.body.schema).exclusive
    first = set(groups[0]) if groups else set()
    others = {n for g in groups[1:] for n in g} - first
    # With config overloads, "all params" means all params of the first overload.
    absent = {k for k, v in m.overloads[0].params.items() if v is None} if m.overloads else set()
    for p in m.params:
        if p.positional:
            args.append(py_str("") if empty == p.name else _value(p, ex, full))
    for p in m.params:
        if p.positional:
            continue
        if p.location == "path":
            args.append(f"{p.name}={py_str('') if empty == p.name else _value(p, ex, full)}")
        elif (p.wire in others and p.location == "body") or (p.schema is None and not p.required) or p.name in absent:
            continue  # the other side of an "exactly one of", or a config-added param without a schema
        elif p.required or full or (p.wire in first and p.location == "body"):
            args.append(f"{p.name}={_value(p, ex, full)}")
    return ", ".join(args)


def _value(p: MethodParam, ex: _Examples, full: bool) -> str:
    if p.location == "path":
        return py_str(p.name)
    if p.schema is None:
        return py_str("string")
    literal = re.match(r"Literal\[('[^']*'|\"[^\"]*\")", p.annotation)
    if literal:
        # The config retyped the param to literals (operations.yaml `params`): the spec's example may not fit.
        return literal.group(1)
    token = TOKEN.fullmatch(p.annotation)
    table = ex.ir.schemas.get(CONFIG_SCHEMA + token.group(1)) if token else None
    if table is not None:
        # A class written from types.yaml `schemas` (beta.realtime's frozen shapes): its own shape, not the spec's.
        return ex.value(table, full)
    return ex.value(p.schema, full)


def _skip_reason(m: Method) -> Optional[str]:
    name = ".".join(m.resource + (m.name,))
    if name in _SKIPS:
        return _SKIPS[name]
    if m.cast_to == "binary":
        return BINARY_SKIP
    success = m.op.success
    if success is not None and success.content_type == "text/event-stream" and m.stream is None:
        return SSE_SKIP
    return None


def _test_module(res: Resource, ex: _Examples) -> str:
    imp = _Imports()
    client_attr = ".".join(res.path)
    body: List[str] = []
    for is_async in (False, True):
        a = "Async" if is_async else ""
        fixture = "async_client" if is_async else "client"
        cls_type = imp.add("openai", f"{a}OpenAI")
        body.append(f"class Test{a}{res.class_name}:\n")
        methods = sorted(res.methods, key=lambda m: m.name)
        for m in methods:
            body.append(_method_tests(m, ex, imp, is_async, fixture, cls_type, client_attr))
        body.append("\n\n")
    text = "".join(body)
    lines = [HEADER, "", "from __future__ import annotations", "", "from typing import Any, cast", ""]
    if "pytest." in text:
        lines += ["import pytest", ""]
    for mod in sorted(imp.froms):
        lines.append(f"from {mod} import {', '.join(sorted(imp.froms[mod]))}")
    if "assert_matches_type(" in text:
        lines.append("from tests.api_resources._assert import assert_matches_type")
    lines += ["", ""]
    return "\n".join(lines) + "".join(body).rstrip() + "\n"


def _method_tests(
    m: Method, ex: _Examples, imp: _Imports, is_async: bool, fixture: str, cls_type: str, attr: str
) -> str:
    aw = "await " if is_async else ""
    d = "async def" if is_async else "def"
    call = f"{fixture}.{attr}"
    rt = _return_type(m, imp, is_async)
    out: List[str] = []
    skip = _skip_reason(m)
    mark = f"    @pytest.mark.skip(reason={py_str(skip)})\n" if skip else ""

    def check(var: str) -> str:
        if rt is None:
            return f"        assert isinstance({var}, HttpxBinaryResponseContent)\n"
        return f"        assert_matches_type({rt}, {var}, path=['response'])\n"

    variants = [("", False)]
    if any(not p.required and not p.positional and p.location != "path" for p in m.params):
        variants.append(("_with_all_params", True))
    for suffix, full in variants:
        out.append(
            f"{mark}    {d} test_method_{m.name}{suffix}(self, {fixture}: {cls_type}) -> None:\n"
            f"        result = {aw}{call}.{m.name}({_call_args(m, ex, full)})\n" + check("result") + "\n"
        )
    out.append(
        f"{mark}    {d} test_raw_response_{m.name}(self, {fixture}: {cls_type}) -> None:\n"
        f"        response = {aw}{call}.with_raw_response.{m.name}({_call_args(m, ex, False)})\n\n"
        f"        assert response.is_closed is True\n"
        f'        assert response.http_request.headers.get("X-Stainless-Lang") == "python"\n'
        f"        result = response.parse()\n" + check("result") + "\n"
    )
    ctx = "async with" if is_async else "with"
    if m.cast_to == "binary":
        read = f"{aw}response.read()"
        inner = f"        data = {read}\n        assert isinstance(data, bytes)\n"
    else:
        inner = f"            result = {aw}response.parse()\n" + "    " + check("result")
        inner = inner.replace("        assert_", "            assert_") if False else inner
    out.append(
        f"{mark}    {d} test_streaming_response_{m.name}(self, {fixture}: {cls_type}) -> None:\n"
        f"        {ctx} {call}.with_streaming_response.{m.name}({_call_args(m, ex, False)}) as response:\n"
        f"            assert not response.is_closed\n"
        f'            assert response.http_request.headers.get("X-Stainless-Lang") == "python"\n\n'
        + (
            inner.replace("        data", "            data").replace(
                "        assert isinstance(data", "            assert isinstance(data"
            )
            if m.cast_to == "binary"
            else inner
        )
        + "\n        assert cast(Any, response.is_closed) is True\n\n"
    )
    if m.stream is not None:
        out.append(
            f"    @pytest.mark.skip(reason={py_str(SSE_SKIP)})\n"
            f"    {d} test_method_{m.name}_streaming(self, {fixture}: {cls_type}) -> None:\n"
            f"        stream = {aw}{call}.{m.name}({_call_args(m, ex, False)}{', ' if _call_args(m, ex, False) else ''}{m.stream.param}=True)\n"
            f"        {'await ' if is_async else ''}stream.close()\n\n"
        )
    path_params = [p for p in m.params if p.location == "path"]
    if path_params:
        lines = [f"    {d} test_path_params_{m.name}(self, {fixture}: {cls_type}) -> None:\n"]
        for p in path_params:
            lines.append(
                f"        with pytest.raises(ValueError, match=r\"Expected a non-empty value for `{p.name}` but received ''\"):\n"
                f"            {aw}{call}.with_raw_response.{m.name}({_call_args(m, ex, False, empty=p.name)})\n\n"
            )
        out.append("".join(lines))
    return "".join(out)
