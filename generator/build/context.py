"""What every build step shares: the spec's view, the options, the problems found, and the names taken."""

from __future__ import annotations

from typing import Any

from .. import ir
from ..errors import Problem
from ..naming import pascal_case, schema_class_names
from ..options import Options
from ..view import SpecView


class BuildContext:
    def __init__(self, view: SpecView, options: Options) -> None:
        self.view = view
        self.spec = view.spec
        self.options = options
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        #: component schema name → model class name (names that are not identifiers are renamed)
        self.class_names = schema_class_names(list(view.schemas))
        #: inline body/response schemas given a class name so that they become models: name → (schema, pointer)
        self.hoisted_at: dict[str, tuple[Any, str]] = {}
        self._hoisted_by_pointer: dict[str, str] = {}
        self._taken_classes = set(self.class_names.values())
        #: class name → model, once every model class is known (see `service.build_service`)
        self.models: dict[str, ir.Model] = {}

    # -- reporting --------------------------------------------------------------------------------
    def fail(self, pointer: str, message: str, hint: str = "") -> None:
        self._add(self.problems, self.spec.problem(pointer, message, rule="generate", hint=hint))

    def warn(self, pointer: str, message: str, hint: str = "") -> None:
        self._add(self.warnings, self.spec.problem(pointer, message, rule="generate", severity="warning", hint=hint))

    @staticmethod
    def _add(found: list[Problem], problem: Problem) -> None:
        """Each problem once, however many steps look at the same place (hoisting, then building)."""
        if problem not in found:
            found.append(problem)

    def unsupported(self, pointer: str, message: str) -> None:
        """Something the generator cannot express: an error, or with --allow-partial a reported skip."""
        if self.options.allow_partial:
            self.warn(pointer, f"skipped: {message}", "remove --allow-partial to make this an error")
        else:
            self.fail(
                pointer,
                f"unsupported: {message}",
                "rewrite that part, or generate with --allow-partial to skip the operation",
            )

    def all_problems(self) -> list[Problem]:
        """The build's problems and every `$ref` the view could not follow, each once."""
        return [*self.view.ref_problems.values(), *self.problems]

    # -- references and names ---------------------------------------------------------------------
    def deref(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follow `$ref`s (the view's rule); an unreachable target reads as an empty schema."""
        resolved = self.view.resolve(node, pointer)
        return (resolved.node, resolved.pointer) if resolved.problem is None else ({}, resolved.pointer)

    def new_class_name(self, hint: str) -> str:
        base = schema_class_names([pascal_case(hint)])[pascal_case(hint)]
        candidate, counter = base, 2
        while candidate in self._taken_classes:
            candidate, counter = f"{base}{counter}", counter + 1
        self._taken_classes.add(candidate)
        return candidate

    def hoist(self, hint: str, schema: Any, pointer: str) -> str:
        """The class name of an inline schema that becomes a model: one name per place in the document, so that
        asking twice (the hoisting pass, then the operation) gives the same class."""
        if pointer not in self._hoisted_by_pointer:
            name = self.new_class_name(hint)
            self.hoisted_at[name] = (schema, pointer)
            self._hoisted_by_pointer[pointer] = name
        return self._hoisted_by_pointer[pointer]
