"""Unions (specs/README.md: a `oneOf` of single-member objects, exactly one member set on the wire).

Each branch becomes its own model class named after the union and its member (`TaskParameterValueInt`), so
that a value parses into the typed variant of the member it carries; the union's model lists them as its
`variants`, and the models step makes each variant refuse any other key (a second member).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import ir
from ..loader import join_pointer
from ..naming import pascal_case
from .context import BuildContext


def _branches(ctx: BuildContext, schema: Any, pointer: str) -> list[tuple[str, dict[str, Any], str]] | None:
    """(member, branch schema, branch pointer) when every branch is an inline object of one required member."""
    parts = schema.get("oneOf") if isinstance(schema, dict) else None
    if not isinstance(parts, list) or len(parts) < 2 or "properties" in schema:
        return None
    found = []
    for index, part in enumerate(parts):
        properties = part.get("properties") if isinstance(part, dict) else None
        if "$ref" in part or not isinstance(properties, dict) or len(properties) != 1:
            return None
        (member,) = properties
        if part.get("required") != [member]:
            return None
        found.append((str(member), part, join_pointer(join_pointer(pointer, "oneOf"), index)))
    return found


def hoist_union_variants(ctx: BuildContext) -> dict[str, tuple[str, ...]]:
    """Name a model class for every branch of every union component: union class → its variants' classes."""
    unions: dict[str, tuple[str, ...]] = {}
    for schema_name, class_name in ctx.class_names.items():
        pointer = join_pointer("/components/schemas", schema_name)
        schema, at = ctx.deref(ctx.view.schemas[schema_name], pointer)
        branches = _branches(ctx, schema, at)
        if branches is not None:
            unions[class_name] = tuple(
                ctx.hoist(f"{class_name}{pascal_case(member)}", branch, branch_pointer)
                for member, branch, branch_pointer in branches
            )
    return unions


def with_variants(models: tuple[ir.Model, ...], unions: dict[str, tuple[str, ...]]) -> tuple[ir.Model, ...]:
    return tuple(dataclasses.replace(m, variants=unions[m.class_name]) if m.class_name in unions else m for m in models)
