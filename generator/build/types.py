"""Schemas → Python types (`ir.TypeRef`) and checkable constraints (`ir.Constraints`)."""

from __future__ import annotations

from typing import Any

from .. import ir
from ..loader import join_pointer
from ..view import schema_ref_name
from .context import BuildContext


def is_model_schema(schema: Any) -> bool:
    """Schemas datamodel-code-generator turns into a class that we return as is."""
    if not isinstance(schema, dict):
        return False
    if any(key in schema for key in ("properties", "allOf", "oneOf", "anyOf")):
        return True
    return schema.get("type") == "object" and not isinstance(schema.get("additionalProperties"), dict)


def is_enum_schema(schema: Any) -> bool:
    return isinstance(schema, dict) and "enum" in schema and schema.get("type", "string") == "string"


def component_class(ctx: BuildContext, ref: str) -> str | None:
    name = schema_ref_name(ref)
    return None if name is None else ctx.class_names.get(name)


def type_of(ctx: BuildContext, schema: Any, pointer: str, hoist_as: str | None = None) -> ir.TypeRef:
    """The Python type of a schema. With `hoist_as`, inline objects and enums become named models."""
    if not isinstance(schema, dict):
        return ir.TypeRef("any")
    if "$ref" in schema:
        class_name = component_class(ctx, schema["$ref"])
        target, target_pointer = ctx.deref(schema, pointer)
        if class_name is not None and isinstance(target, dict):
            if is_enum_schema(target):
                return ir.TypeRef("enum", name=class_name)
            if is_model_schema(target):
                return ir.TypeRef("model", name=class_name)
        return type_of(ctx, target, target_pointer, hoist_as)
    if "x-timestamp-format" in schema or schema.get("format") == "date-time":
        return ir.TypeRef("datetime")
    if hoist_as is not None and (is_model_schema(schema) or is_enum_schema(schema)):
        return ir.TypeRef("enum" if is_enum_schema(schema) else "model", name=ctx.hoist(hoist_as, schema, pointer))
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    if kind == "string":
        binary = schema.get("format") in ("binary", "byte") and hoist_as is None
        return ir.TypeRef("bytes") if binary else ir.TypeRef("str")
    if kind == "integer":
        return ir.TypeRef("int")
    if kind == "number":
        return ir.TypeRef("float")
    if kind == "boolean":
        return ir.TypeRef("bool")
    if kind == "array" or "items" in schema and kind is None:
        item_hint = f"{hoist_as}Item" if hoist_as else None
        return ir.TypeRef("list", item=type_of(ctx, schema.get("items", {}), join_pointer(pointer, "items"), item_hint))
    if isinstance(schema.get("additionalProperties"), dict) and not schema.get("properties"):
        value_hint = f"{hoist_as}Value" if hoist_as else None
        value_pointer = join_pointer(pointer, "additionalProperties")
        return ir.TypeRef("map", item=type_of(ctx, schema["additionalProperties"], value_pointer, value_hint))
    return ir.TypeRef("any")


def constraints(schema: Any) -> ir.Constraints:
    if not isinstance(schema, dict):
        return ir.Constraints()

    def number(key: str) -> float | None:
        value = schema.get(key)
        return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None

    minimum, maximum = number("minimum"), number("maximum")
    exclusive_minimum, exclusive_maximum = number("exclusiveMinimum"), number("exclusiveMaximum")
    if schema.get("exclusiveMinimum") is True:  # OpenAPI 3.0: a flag on `minimum`
        minimum, exclusive_minimum = None, minimum
    if schema.get("exclusiveMaximum") is True:
        maximum, exclusive_maximum = None, maximum
    multiple_of = number("multipleOf")
    return ir.Constraints(
        pattern=schema.get("pattern") if isinstance(schema.get("pattern"), str) else None,
        min_length=schema.get("minLength"),
        max_length=schema.get("maxLength"),
        minimum=minimum,
        maximum=maximum,
        min_items=schema.get("minItems"),
        max_items=schema.get("maxItems"),
        exclusive_minimum=exclusive_minimum,
        exclusive_maximum=exclusive_maximum,
        multiple_of=multiple_of if multiple_of else None,
        unique_items=schema.get("uniqueItems") is True,
    )
