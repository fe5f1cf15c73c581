"""What every comparison rule shares: the two sides, and recording a classified change (a deprecated
removal drops to WARN, a change under x-stability: draft|beta to INFO; one change per rule and location, kept
at its highest level)."""

from __future__ import annotations

from ..loader import LoadedSpec
from .model import RANK, Change, Level
from .side import Ctx, Side


class Rules:
    """Two versions of one spec and the changes found between them so far."""

    def __init__(
        self, base: LoadedSpec, head: LoadedSpec, base_file: str | None = None, head_file: str | None = None
    ) -> None:
        self.b = Side(base, base_file or base.display_path)
        self.h = Side(head, head_file or head.display_path)
        self._found: dict[tuple[str, str | None, str | None, str], Change] = {}
        self._visited: set[tuple[str, str, str, bool]] = set()

    def add(
        self,
        level: Level,
        rule: str,
        message: str,
        ctx: Ctx,
        base: str | None,
        head: str | None,
        *,
        deprecated: bool = False,
    ) -> None:
        """Record a change at `head` (a pointer in HEAD, when the change is visible there) or else at `base`."""
        if deprecated and level == "ERR":
            level, message = "WARN", message + " (it was deprecated)"
        if ctx.unstable and level != "INFO":
            level, message = "INFO", message + f" (not breaking: {ctx.unstable})"
        if head is not None:
            file, pointer, line = self.h.file, head, self.h.spec.line_of(head)
        else:
            file, pointer, line = self.b.file, base or "", self.b.spec.line_of(base or "")
        text = f"{ctx.where}: {message}" if ctx.where else message
        key = (rule, base, head, ctx.direction)
        known = self._found.get(key)
        if known is None or RANK[level] > RANK[known.level]:
            self._found[key] = Change(level, rule, file, pointer, line, text)
