"""`SpecDiff`: the service, operation and schema rules run over two versions of one spec."""

from __future__ import annotations

from ..loader import LoadedSpec
from .model import RANK, Change
from .operations import OperationRules
from .service import ServiceRules


class SpecDiff(ServiceRules, OperationRules):
    """Compare two versions of one spec; `changes()` lists every classified change."""

    def changes(self) -> list[Change]:
        if not self._found:
            self._service()
            self._operations()
            self._webhooks()
            self._components()
        return sorted(self._found.values(), key=lambda c: (-RANK[c.level], c.file, c.line or 0, c.pointer, c.rule))


def diff_specs(
    base: LoadedSpec, head: LoadedSpec, base_file: str | None = None, head_file: str | None = None
) -> list[Change]:
    return SpecDiff(base, head, base_file, head_file).changes()
