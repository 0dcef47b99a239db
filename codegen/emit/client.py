"""src/openai/_client_resources.py: the client's top-level resources, each imported on first access."""

from __future__ import annotations

from typing import List

from .common import HEADER
from ..methods import Resource
from .resources import resource_module


def emit_client(root: Resource) -> str:
    tops = [root.children[n] for n in sorted(root.children)]
    lines = [
        HEADER,
        "",
        '"""Top-level resources of the clients.',
        "",
        "Each property imports its resource module when first used, so `import openai` and creating a",
        "client stay cheap; the TYPE_CHECKING imports give type checkers the precise classes.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING, Any, cast",
        "",
        "from ._compat import cached_property",
        "",
        "if TYPE_CHECKING:",
    ]
    for res in tops:
        mod = resource_module(res)
        n = res.class_name
        names = [n, f"Async{n}", f"{n}WithRawResponse", f"Async{n}WithRawResponse", f"{n}WithStreamingResponse"]
        names.append(f"Async{n}WithStreamingResponse")
        lines.append(f"    from .{mod} import {', '.join(names)}")
    lines += ["", '__all__ = ["OpenAIResources", "AsyncOpenAIResources"]', "", ""]
    for is_async in (False, True):
        a = "Async" if is_async else ""
        lines.append(f"class {a}OpenAIResources:")
        lines.append(f'    """Mixin of the {a}OpenAI client: one lazily created resource per API area."""')
        lines.append("")
        for res in tops:
            lines += _prop(res, a, "", "cast(Any, self)")
        for kind in ("WithRawResponse", "WithStreamingResponse"):
            attr = "with_raw_response" if kind == "WithRawResponse" else "with_streaming_response"
            lines += [
                "    @cached_property",
                f"    def {attr}(self) -> {a}OpenAI{kind}:",
                f"        return {a}OpenAI{kind}(self)",
                "",
            ]
        lines.append("")
    for is_async in (False, True):
        a = "Async" if is_async else ""
        for kind in ("WithRawResponse", "WithStreamingResponse"):
            lines.append(f"class {a}OpenAI{kind}:")
            lines.append(f"    def __init__(self, client: {a}OpenAIResources) -> None:")
            lines.append("        self._client = client")
            lines.append("")
            for res in tops:
                lines += _prop(res, a, kind, f"self._client.{res.path[-1]}")
            lines.append("")
    return "\n".join(lines) + "\n"


def _prop(res: Resource, a: str, kind: str, arg: str) -> List[str]:
    cls = f"{a}{res.class_name}{kind}"
    return [
        "    @cached_property",
        f"    def {res.path[-1]}(self) -> {cls}:",
        f"        from .{resource_module(res)} import {cls}",
        "",
        f"        return {cls}({arg})",
        "",
    ]
