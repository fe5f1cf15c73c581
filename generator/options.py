"""How to generate: one options object, from the command line down to the builder."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Selection:
    """Which operations to generate: by tag or operationId (empty include lists mean everything)."""

    include_tags: frozenset[str] = frozenset()
    exclude_tags: frozenset[str] = frozenset()
    include_operations: frozenset[str] = frozenset()
    exclude_operations: frozenset[str] = frozenset()

    def accepts(self, operation_id: str | None, tags: tuple[str, ...] | list[str]) -> bool:
        if operation_id in self.exclude_operations or self.exclude_tags.intersection(tags):
            return False
        if not self.include_tags and not self.include_operations:
            return True
        return operation_id in self.include_operations or bool(self.include_tags.intersection(tags))


@dataclass(frozen=True)
class Options:
    package: str | None = None  # overrides the spec's x-codegen package (one spec at a time)
    allow_partial: bool = False  # skip, and report, operations the generator cannot express
    selection: Selection = field(default_factory=Selection)
    #: validate in a forked helper process while building, and share the compile check with it (the CLI)
    helper_process: bool = False
    #: refuse what we could generate despite (a pattern Python cannot compile, a repeated enum value)
    strict: bool = False

    def fingerprint(self) -> dict[str, object]:
        """What changes the output, as plain sorted data (the content-hash cache keys on it)."""
        return {
            "package": self.package,
            "allow_partial": self.allow_partial,
            "strict": self.strict,
            **{name: sorted(getattr(self.selection, name)) for name in vars(self.selection)},
        }
