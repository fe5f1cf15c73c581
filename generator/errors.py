"""Errors the generator reports: each names the file, the line and JSON pointer, and the reason."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    file: str
    pointer: str
    message: str
    line: int | None = None
    rule: str = "spec"
    severity: str = "error"
    hint: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        text = f"{where}: {self.severity}: [{self.rule}] {self.message} (at {self.pointer or '/'})"
        return f"{text}; fix: {self.hint}" if self.hint else text


class SpecError(Exception):
    """One or more problems that stop generation; `generated/` is left untouched."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
