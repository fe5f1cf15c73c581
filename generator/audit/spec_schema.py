"""A spec schema read as the comparison needs it: its kind, members, required names, enum and constraints.

References are followed by the SpecView's one rule; the schema itself stays the spec's own dict, as the view
hands it out. Unions follow our convention (specs/README.md): a `oneOf` of single-member objects, each member
required in its branch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..loader import join_pointer
from ..view import Resolved, SpecView
from .shapes import Kind

#: the JSON Schema keywords the audit compares with the model's constraints
CONSTRAINT_KEYWORDS = (
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "minItems",
    "maxItems",
    "minProperties",
    "maxProperties",
)


@dataclass(frozen=True)
class SpecMember:
    name: str
    node: Any  # as written (may be a $ref)
    pointer: str
    #: the mapping that owns the member: `properties` of an object, or the branch of a union
    owner_pointer: str


@dataclass
class SpecSchema:
    node: dict[str, Any]
    pointer: str
    kind: Kind
    members: dict[str, SpecMember] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    item: tuple[Any, str] | None = None
    value: tuple[Any, str] | None = None
    enum: tuple[str, ...] | None = None
    timestamp_format: str | None = None

    @property
    def constraints(self) -> dict[str, Any]:
        return {k: self.node[k] for k in CONSTRAINT_KEYWORDS if k in self.node}


def _types(node: dict[str, Any]) -> set[str]:
    raw = node.get("type")
    types = {raw} if isinstance(raw, str) else {str(t) for t in raw} if isinstance(raw, list) else set()
    return types - {"null"}


def _without_null(view: SpecView, resolved: Resolved) -> Resolved:
    """`anyOf`/`oneOf` of one schema and `type: null` (nullable, 3.1 style) reads as that schema."""
    node = resolved.mapping
    for keyword in ("anyOf", "oneOf"):
        parts = node.get(keyword)
        if isinstance(parts, list) and len(parts) == 2:
            others = [
                (index, part)
                for index, part in enumerate(parts)
                if not (isinstance(part, dict) and part.get("type") == "null")
            ]
            if len(others) == 1:
                index, part = others[0]
                return view.resolve(part, join_pointer(join_pointer(resolved.pointer, keyword), index))
    return resolved


def union_branches(view: SpecView, resolved: Resolved) -> list[tuple[str, Any, str, str]] | None:
    """(member, member node, member pointer, branch pointer) of a union by our convention, else None."""
    parts = resolved.mapping.get("oneOf")
    if not isinstance(parts, list) or not parts:
        return None
    found = []
    for index, part in enumerate(parts):
        branch = view.resolve(part, join_pointer(join_pointer(resolved.pointer, "oneOf"), index))
        properties = branch.mapping.get("properties")
        if not isinstance(properties, dict) or len(properties) != 1:
            return None
        ((name, member),) = properties.items()
        properties_pointer = join_pointer(branch.pointer, "properties")
        found.append((str(name), member, join_pointer(properties_pointer, str(name)), properties_pointer))
    return found


def read_schema(view: SpecView, node: Any, pointer: str) -> SpecSchema | None:
    """The schema at `pointer` as the audit compares it; None when its reference leads nowhere."""
    resolved = view.resolve(node, pointer)
    if resolved.problem is not None:
        return None
    resolved = _without_null(view, resolved)
    schema = resolved.mapping
    read = SpecSchema(node=schema, pointer=resolved.pointer, kind="any")
    enum = schema.get("enum")
    if isinstance(enum, list):
        read.enum = tuple(str(v) for v in enum)
    types = _types(schema)
    branches = union_branches(view, resolved)
    if branches is not None:
        read.kind = "union"
        for name, member, member_pointer, owner in branches:
            read.members[name] = SpecMember(name, member, member_pointer, owner)
        return read
    if "x-timestamp-format" in schema or schema.get("format") == "date-time":
        read.kind = "timestamp"
        read.timestamp_format = str(schema.get("x-timestamp-format", "date-time"))
        return read
    if "object" in types or "properties" in schema:
        properties = schema.get("properties")
        extra = schema.get("additionalProperties")
        if not isinstance(properties, dict) and isinstance(extra, dict):
            read.kind = "map"
            read.value = (extra, join_pointer(resolved.pointer, "additionalProperties"))
            return read
        read.kind = "structure"
        properties_pointer = join_pointer(resolved.pointer, "properties")
        for name, member in (properties if isinstance(properties, dict) else {}).items():
            read.members[str(name)] = SpecMember(
                str(name), member, join_pointer(properties_pointer, str(name)), properties_pointer
            )
        required = schema.get("required")
        read.required = frozenset(str(r) for r in required) if isinstance(required, list) else frozenset()
        return read
    if "array" in types:
        read.kind = "list"
        read.item = (schema.get("items"), join_pointer(resolved.pointer, "items"))
    elif "string" in types:
        read.kind = "blob" if schema.get("format") in ("byte", "binary") else "string"
    elif "integer" in types:
        read.kind = "integer"
    elif "number" in types:
        read.kind = "float"
    elif "boolean" in types:
        read.kind = "boolean"
    return read
