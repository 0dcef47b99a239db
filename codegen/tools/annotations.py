"""Parse the surface table's annotation strings (`Optional[List[chat.chat_completion.Choice]] | Omit`) into trees.

Shared by the derivation tools and the surface check: both need to walk an annotation without evaluating it.
A node is `Ann(name, args)`; `A | B` becomes `Ann("|", [A, B])` (kept apart from `Union[A, B]`, as the table keeps both shapes); `Literal['a', 'b']` keeps its values as
`Ann("'a'")` leaves; a call such as `PropertyInfo(discriminator='type')` is one opaque leaf.
"""

from __future__ import annotations

import re
from typing import List, Tuple, Iterator, NamedTuple

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<str>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
      | (?P<name>-?[A-Za-z_0-9][\w.]*)
      | (?P<punct>[\[\],|()=])
    )""",
    re.VERBOSE,
)


class Ann(NamedTuple):
    name: str
    args: Tuple["Ann", ...] = ()

    def __str__(self) -> str:
        if self.name == "[]":
            return f"[{', '.join(map(str, self.args))}]"
        if self.name == "|":
            return " | ".join(map(str, self.args))
        if not self.args:
            return self.name
        return f"{self.name}[{', '.join(map(str, self.args))}]"


def _tokens(text: str) -> List[str]:
    out: List[str] = []
    pos = 0
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        m = _TOKEN.match(text, pos)
        if not m:
            raise ValueError(f"cannot tokenize annotation {text!r} at {pos}")
        out.append(m.group(m.lastgroup or "name"))
        pos = m.end()
    return out


class _Parser:
    def __init__(self, text: str) -> None:
        self.toks = _tokens(text)
        self.i = 0

    def peek(self) -> str:
        return self.toks[self.i] if self.i < len(self.toks) else ""

    def take(self) -> str:
        tok = self.peek()
        self.i += 1
        return tok

    def union(self) -> Ann:
        parts = [self.term()]
        while self.peek() == "|":
            self.take()
            parts.append(self.term())
        return parts[0] if len(parts) == 1 else Ann("|", tuple(parts))

    def term(self) -> Ann:
        tok = self.take()
        if tok in ("", ",", "]", "|", ")"):
            raise ValueError(f"unexpected {tok or 'end'!r} in annotation")
        if tok == "[":  # a bare list, e.g. Callable's parameter list
            args = self.arglist("]")
            return Ann("[]", tuple(args))
        if self.peek() == "(":  # a call (PropertyInfo(...)): keep it opaque
            self.take()
            depth = 1
            while depth:
                t = self.take()
                if t == "":
                    raise ValueError("unbalanced parentheses")
                depth += t == "("
                depth -= t == ")"
            return Ann(tok + "(...)")
        if self.peek() == "[":
            self.take()
            return Ann(tok, tuple(self.arglist("]")))
        return Ann(tok)

    def arglist(self, close: str) -> List[Ann]:
        args: List[Ann] = []
        while self.peek() != close:
            if not self.peek():
                raise ValueError(f"missing {close!r} in annotation")
            args.append(self.union())
            if self.peek() == ",":
                self.take()
        self.take()
        return args


def parse(text: str) -> Ann:
    p = _Parser(text)
    node = p.union()
    if p.peek():
        raise ValueError(f"trailing tokens in annotation {text!r}")
    return node


def walk(node: Ann) -> Iterator[Ann]:
    yield node
    for a in node.args:
        yield from walk(a)


def type_keys(text: str) -> List[str]:
    """Dotted names that look like openai.types keys (`chat.chat_completion.Choice`)."""
    return [n.name for n in walk(parse(text)) if "." in n.name and n.name[:1].isalpha() and n.name[-1:].isalnum()]
