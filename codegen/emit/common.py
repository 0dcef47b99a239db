"""Helpers shared by the emitters: the header, escaping, docstrings, relative imports, tokens."""

from __future__ import annotations

import re
from typing import Dict, List, Iterable, Optional

from ..naming import TOKEN, TypeKey

HEADER = "# File generated from our OpenAPI spec by codegen/. Do not edit by hand."

TYPING_NAMES = ("Any", "Dict", "List", "Union", "Mapping", "Optional", "Iterable", "Sequence", "cast", "overload")
EXT_NAMES = ("Literal", "Required", "Annotated", "TypeAlias", "TypedDict")


def py_str(value: str) -> str:
    """The one escaping function: every string literal the generator writes goes through repr()."""
    return repr(value)


def docstring(text: Optional[str], indent: str = "    ") -> str:
    """A triple-quoted docstring; quotes and backslashes in spec text cannot break out of it."""
    if not text or not text.strip():
        return ""
    body = text.strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    body = "\n".join(line.rstrip() for line in body.splitlines())
    if body.endswith('"'):
        body += " "
    lines = body.splitlines()
    if len(lines) == 1:
        return f'{indent}"""{body}"""\n'
    joined = ("\n" + indent).join(lines).replace("\n" + indent + "\n", "\n\n")
    joined = re.sub(r"\n[ \t]+\n", "\n\n", joined)
    return f'{indent}"""{joined}\n{indent}"""\n'


def relative(from_module: str, to_module: str) -> str:
    """`from_module`, `to_module`: dotted module paths under the package (`types.chat.chat_completion`)."""
    src = from_module.split(".")[:-1]  # the package holding from_module
    dst = to_module.split(".")
    common = 0
    while common < len(src) and common < len(dst) - 1 and src[common] == dst[common]:
        common += 1
    dots = "." * (len(src) - common + 1)
    return dots + ".".join(dst[common:])


def tokens(text: str) -> List[TypeKey]:
    return [TypeKey.parse(m) for m in TOKEN.findall(text)]


def resolve_tokens(text: str, names: Dict[TypeKey, str]) -> str:
    return TOKEN.sub(lambda m: names[TypeKey.parse(m.group(1))], text)


def typing_imports(texts: Iterable[str], extra: Iterable[str] = ()) -> List[str]:
    # Only code counts: docstrings and comments mention "List" or "Required" in prose.
    blob = re.sub(r'"""(?:[^"\\]|\\.|"(?!""))*"""', "", "\n".join(texts))
    blob = re.sub(r"#[^\n]*", "", blob)
    blob = re.sub(r"'(?:[^'\\\n]|\\.)*'", "''", blob)
    used_typing = [n for n in TYPING_NAMES if re.search(rf"\b{n}\b", blob)]
    used_ext = [n for n in EXT_NAMES if re.search(rf"\b{n}\b", blob)]
    used_ext += [n for n in extra if n not in used_ext]
    lines: List[str] = []
    if used_typing:
        lines.append(f"from typing import {', '.join(sorted(used_typing))}")
    if used_ext:
        lines.append(f"from typing_extensions import {', '.join(sorted(used_ext))}")
    return lines
