"""Validation findings that do not stop us from generating correct code, and the document we generate from.

Real specs carry patterns written for another regex engine (AWS's are Java's: `\\p{L}`, `[\\p{all}]*`) and enums
that list a value twice. openapi-spec-validator refuses both. Without `--strict`, each becomes a warning at its
location, and the validator, the builder and the models read a copy of the document without them: a pattern that
Python's `re` (the client's argument checks, the fake server) or pydantic's engine (the models) cannot compile is
not checked client-side, and an enum keeps each value once.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .errors import Problem
from .loader import LoadedSpec, escape_pointer_token
from .schema_keywords import SCHEMA_MAPS

#: Keys whose values are data (examples, defaults), not schemas: a `pattern` or `enum` key inside is not a keyword.
_DATA_KEYS = frozenset({"example", "examples", "default", "const", "enum", "value"})
#: Keys whose values map names to schemas or other objects (the names are not keywords).
_NAME_MAPS = SCHEMA_MAPS | {"schemas", "responses", "parameters", "headers", "requestBodies", "paths", "content"}


@lru_cache(maxsize=1024)
def pattern_problem(pattern: str) -> str | None:
    """Why a pattern cannot be checked client-side, or None when Python's `re` and pydantic's engine both
    compile it."""
    try:
        re.compile(pattern)
    except re.error as exc:
        return f"Python's re cannot compile it ({exc})"
    from pydantic_core import SchemaError, SchemaValidator, core_schema

    try:
        SchemaValidator(core_schema.str_schema(pattern=pattern))
    except SchemaError as exc:
        reason = str(exc).strip().splitlines()[-1].strip() or "regex parse error"
        return f"pydantic's regex engine cannot compile it ({reason})"
    return None


def _schema_nodes(node: Any, pointer: str = "", names: bool = False) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every mapping of the document that may be a schema, with its pointer. Values under `_DATA_KEYS` are data
    and skipped, unless the keys are names (a property or component called `value` or `example`)."""
    if isinstance(node, dict):
        if not names:
            yield pointer, node
        for key, value in node.items():
            if names or key not in _DATA_KEYS:
                child = f"{pointer}/{escape_pointer_token(str(key))}"
                yield from _schema_nodes(value, child, not names and key in _NAME_MAPS)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _schema_nodes(item, f"{pointer}/{index}")


def _unique(values: list[Any]) -> list[Any]:
    seen: set[str] = set()
    kept = []
    for value in values:
        key = json.dumps(value, sort_keys=True, default=str)
        if key not in seen:
            seen.add(key)
            kept.append(value)
    return kept


@dataclass(frozen=True)
class Tolerated:
    """What a document carries that we generate despite: uncompilable patterns and repeated enum values."""

    patterns: dict[str, tuple[str, str]]  # pointer of the schema → (pattern, reason)
    enums: dict[str, list[Any]]  # pointer of the schema → its enum, each value once

    def warnings(self, spec: LoadedSpec) -> list[Problem]:
        found = [
            spec.problem(
                f"{pointer}/pattern",
                f"pattern {pattern!r} is not checked client-side: {reason}",
                rule="openapi",
                severity="warning",
                hint="write it for ECMA-262/Python (\\p{L} has no equivalent in re), or generate with --strict"
                " to refuse it",
            )
            for pointer, (pattern, reason) in self.patterns.items()
        ]
        found.extend(
            spec.problem(
                f"{pointer}/enum",
                "enum lists the same value more than once; each value is kept once",
                rule="openapi",
                severity="warning",
                hint="remove the repeated values (generate with --strict to refuse them)",
            )
            for pointer in self.enums
        )
        return found

    def document(self, document: dict[str, Any]) -> dict[str, Any]:
        """A copy of the document without the uncompilable patterns and with each enum value once."""
        if not self.patterns and not self.enums:
            return document
        fixed = copy.deepcopy(document)
        for pointer, node in _schema_nodes(fixed):
            if pointer in self.patterns:
                del node["pattern"]
            if pointer in self.enums:
                node["enum"] = self.enums[pointer]
        return fixed


def tolerated(document: dict[str, Any]) -> Tolerated:
    patterns: dict[str, tuple[str, str]] = {}
    enums: dict[str, list[Any]] = {}
    for pointer, node in _schema_nodes(document):
        pattern = node.get("pattern")
        if isinstance(pattern, str):
            reason = pattern_problem(pattern)
            if reason is not None:
                patterns[pointer] = (pattern, reason)
        values = node.get("enum")
        if isinstance(values, list) and len(_unique(values)) != len(values):
            enums[pointer] = _unique(values)
    return Tolerated(patterns, enums)


def tolerant_spec(spec: LoadedSpec) -> LoadedSpec:
    """The spec the builder and the models read without `--strict` (the same file, line map and hash)."""
    found = tolerated(spec.document)
    document = found.document(spec.document)
    return spec if document is spec.document else dataclasses.replace(spec, document=document)
