"""The vocabulary of a spec review: the levels, their ranking, and one classified change."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Level = Literal["ERR", "WARN", "INFO"]
RANK: dict[str, int] = {"INFO": 0, "WARN": 1, "ERR": 2}


@dataclass(frozen=True)
class Change:
    level: Level
    rule: str
    file: str
    pointer: str  # JSON pointer in the spec, or the dotted Python name for generated-code changes
    line: int | None
    message: str
    section: Literal["spec", "generated"] = "spec"

    def as_json(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "rule": self.rule,
            "file": self.file,
            "pointer": self.pointer,
            "line": self.line,
            "message": self.message,
        }
