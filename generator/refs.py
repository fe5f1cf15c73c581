"""`$ref`s across files, inside the specs tree only: bundled into one document before anything else runs.

A reference to another file (`common.yaml#/components/schemas/Error`, `schemas/pet.yaml`) is loaded with
the same safe loader and imported: schemas become `components/schemas` entries of the referencing document
(named after the target), other objects (responses, parameters, path items) are copied in place. Nothing is
ever fetched: `http(s)://`, `file://`, absolute paths and paths that leave the specs tree are refused with the
file, pointer and reason, before the validator (which would follow them) sees the document.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from .errors import Problem, SpecError
from .loader import LoadedSpec, join_pointer, unescape_pointer_token
from .schema_keywords import SCHEMA_MAPS

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_SCHEMA_CONTEXT = {
    "schema",
    "items",
    "additionalProperties",
    "not",
    "properties",
    "allOf",
    "oneOf",
    "anyOf",
    "schemas",
    "prefixItems",
    "$defs",
}
MAX_FILES = 200

# Where a `$ref` is a reference and where it is data. Example, default, enum and const values are data (an
# API about JSON Schema shows `{"$ref": ...}` payloads), as is an Example Object's `value`; so are extension
# values. Keys of name maps (`properties`, `responses`, ...) are names, so a property called `example` is
# still a schema.
_DATA_KEYS = frozenset({"example", "default", "enum", "const"})
_NAME_MAPS = SCHEMA_MAPS | frozenset(
    {
        "schemas",
        "responses",
        "parameters",
        "requestBodies",
        "headers",
        "securitySchemes",
        "links",
        "callbacks",
        "pathItems",
        "paths",
        "webhooks",
        "content",
        "encoding",
        "variables",
        "mapping",
    }
)
#: how a value is read: an OpenAPI or Schema object, a map of names, a map of Example Objects, one of those
Role = str
OBJECT, NAMES, EXAMPLES, EXAMPLE = "object", "names", "examples", "example"


def child_role(role: Role, key: str, value: Any) -> Role | None:
    """How to read `value` under `key` of a node read as `role`; None when it is data (no `$ref` inside counts)."""
    if role == NAMES:
        return OBJECT
    if role == EXAMPLES:
        return EXAMPLE
    if key.startswith("x-") or key in _DATA_KEYS or (role == EXAMPLE and key == "value"):
        return None
    if key == "examples":
        return EXAMPLES if isinstance(value, dict) else None  # a Schema object's `examples` is a list of values
    if key in _NAME_MAPS and isinstance(value, dict):
        return NAMES
    return OBJECT


class Bundler:
    def __init__(self, spec: LoadedSpec, tree_root: Path) -> None:
        from .loader import load_spec

        self._load = load_spec
        self.spec = spec
        self.root = tree_root.resolve()
        self.documents: dict[Path, dict[str, Any]] = {spec.path.resolve(): spec.document}
        self.imported: dict[tuple[Path, str], str] = {}  # (file, fragment) → schema name in the main document
        self.schemas: dict[str, Any] = {}  # schemas imported from other files
        self.taken = set((spec.document.get("components") or {}).get("schemas") or {})
        self.problems: list[Problem] = []

    def _has_external(self) -> bool:
        """Whether any `$ref` (data included, see `check_data`) names another file."""

        def walk(node: Any) -> bool:
            if isinstance(node, dict):
                ref = node.get("$ref")
                if isinstance(ref, str) and not ref.startswith("#"):
                    return True
                return any(walk(v) for v in node.values())
            if isinstance(node, list):
                return any(walk(v) for v in node)
            return False

        return walk(self.spec.document)

    def check_data(self, node: Any, base: Path, pointer: str) -> None:
        """Refuse unsafe `$ref`s inside data as well. They are not followed here, but openapi-spec-validator
        follows one inside a default value, and would fetch a URL."""
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and not ref.startswith("#"):
                self.target_file(base, ref, pointer)
            for key, value in node.items():
                self.check_data(value, base, join_pointer(pointer, key))
        elif isinstance(node, list):
            for index, item in enumerate(node):
                self.check_data(item, base, join_pointer(pointer, index))

    def refuse(self, pointer: str, message: str) -> None:
        self.problems.append(
            self.spec.problem(
                pointer, message, rule="ref", hint="keep $refs inside the document or to files inside the specs tree"
            )
        )

    def target_file(self, base: Path, ref: str, pointer: str) -> Path | None:
        file_part = ref.split("#", 1)[0]
        if _SCHEME.match(ref):
            self.refuse(pointer, f"$ref {ref!r} is a URL: remote references are refused and nothing is fetched")
            return None
        if file_part.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:[\\/]", file_part):
            self.refuse(
                pointer, f"$ref {ref!r} is an absolute path: only relative paths inside the specs tree are followed"
            )
            return None
        target = (base.parent / file_part).resolve()
        if not target.is_relative_to(self.root):
            self.refuse(pointer, f"$ref {ref!r} leaves the specs tree ({self.root}): refused, nothing was read")
            return None
        return target

    def document(self, path: Path, pointer: str) -> dict[str, Any] | None:
        if path not in self.documents:
            if len(self.documents) >= MAX_FILES:
                self.refuse(pointer, f"more than {MAX_FILES} files referenced")
                return None
            if not path.is_file():
                self.refuse(
                    pointer, f"$ref target {path.relative_to(self.root).as_posix()} does not exist (under {self.root})"
                )
                return None
            try:
                self.documents[path] = self._load(path, path.as_posix()).document
            except SpecError as exc:
                self.problems.extend(exc.problems)
                return None
        return self.documents[path]

    @staticmethod
    def resolve(document: Any, fragment: str) -> Any:
        node = document
        for raw in fragment.lstrip("/").split("/") if fragment.strip("/") else []:
            token = unescape_pointer_token(raw)
            node = node[int(token)] if isinstance(node, list) else node[token]
        return node

    def import_schema(self, path: Path, fragment: str, pointer: str) -> str | None:
        key = (path, fragment)
        if key in self.imported:
            return self.imported[key]
        document = self.document(path, pointer)
        if document is None:
            return None
        try:
            target = self.resolve(document, fragment)
        except (KeyError, IndexError, ValueError, TypeError):
            self.refuse(pointer, f"{path.name}#{fragment} points at nothing")
            return None
        base = fragment.rstrip("/").rsplit("/", 1)[-1] if fragment.strip("/") else path.stem
        name, counter = base, 2
        while name in self.schemas or name in self.taken:
            name, counter = f"{base}{counter}", counter + 1
        self.imported[key] = name
        self.schemas[name] = {}  # reserve first: cycles between files end here
        self.schemas[name] = self.rewrite(copy.deepcopy(target), path, pointer, in_schema=True)
        return name

    def rewrite(self, node: Any, base: Path, pointer: str, in_schema: bool, role: Role = OBJECT) -> Any:
        """Rewrite the `$ref`s of `node`, which lives in file `base` and is read as `role`."""
        if isinstance(node, list):
            return [self.rewrite(item, base, join_pointer(pointer, i), in_schema, role) for i, item in enumerate(node)]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and role != NAMES:
            is_main = base == self.spec.path.resolve()
            if ref.startswith("#") and is_main:
                return node
            path = base if ref.startswith("#") else self.target_file(base, ref, pointer)
            if path is None:
                return node
            fragment = ref.split("#", 1)[1] if "#" in ref else ""
            if in_schema or "/schemas/" in fragment:
                name = self.import_schema(path, fragment, pointer)
                return {**node, "$ref": f"#/components/schemas/{name}"} if name else node
            document = self.document(path, pointer)
            if document is None:
                return node
            try:
                target = self.resolve(document, fragment)
            except (KeyError, IndexError, ValueError, TypeError):
                self.refuse(pointer, f"$ref {ref!r} points at nothing")
                return node
            return self.rewrite(copy.deepcopy(target), path, pointer, in_schema, role)
        result: dict[str, Any] = {}
        for key, value in node.items():
            child = child_role(role, key, value)
            nested_schema = in_schema or (role != NAMES and key in _SCHEMA_CONTEXT)
            if child is None:
                self.check_data(value, base, join_pointer(pointer, key))
                result[key] = value
            else:
                result[key] = self.rewrite(value, base, join_pointer(pointer, key), nested_schema, child)
        return result


def bundle(spec: LoadedSpec, tree_root: Path) -> LoadedSpec:
    """Resolve cross-file references in place; raise `SpecError` for any refused or broken one."""
    bundler = Bundler(spec, tree_root)
    if not bundler._has_external():
        return spec
    rewritten = bundler.rewrite(spec.document, spec.path.resolve(), "", in_schema=False)
    if bundler.problems:
        raise SpecError(bundler.problems)
    rewritten.setdefault("components", {})["schemas"] = {
        **(rewritten.get("components", {}).get("schemas") or {}),
        **bundler.schemas,
    }
    spec.document = rewritten
    return spec
