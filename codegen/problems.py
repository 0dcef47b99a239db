"""Spec problems as collected values: a severity, a JSON pointer and a message.

Stages append to one `Problems` list instead of raising on the first issue, so a bad spec is
reported whole; `raise_if_errors` stops the run at the end of a stage.
"""

from __future__ import annotations

from typing import List
from dataclasses import field, dataclass


@dataclass(frozen=True)
class Problem:
    severity: str  # "error" | "warning"
    pointer: str  # RFC 6901 pointer into the spec as loaded, '#'-prefixed
    message: str

    def __str__(self) -> str:
        return f"{self.severity}: {self.pointer}: {self.message}"


class GenerationError(Exception):
    def __init__(self, problems: List[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class Problems:
    items: List[Problem] = field(default_factory=lambda: [])

    def error(self, pointer: str, message: str) -> None:
        self.items.append(Problem("error", pointer, message))

    def warning(self, pointer: str, message: str) -> None:
        problem = Problem("warning", pointer, message)
        if problem not in self.items:  # one report per place and cause
            self.items.append(problem)

    @property
    def errors(self) -> List[Problem]:
        return [p for p in self.items if p.severity == "error"]

    def raise_if_errors(self) -> None:
        if self.errors:
            raise GenerationError(sorted(self.errors, key=lambda p: (p.pointer, p.message)))
