"""The model classes (`ir.Model`): every component schema and hoisted inline schema, with each field's Python
name decided here, before datamodel-code-generator runs.

Names follow datamodel-code-generator's own field-name policy (its `PydanticFieldNameResolver`, snake_case), then
`model_fields.unambiguous_names` renames any field whose attribute would also be another field's wire name, hide
an inherited field or hide an `ApiModel` method. The models step hands every name to datamodel-code-generator as a
scoped alias and checks its output against them.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from datamodel_code_generator.format import PythonVersion
from datamodel_code_generator.model.field_name import PydanticFieldNameResolver

from .. import ir
from ..loader import join_pointer
from ..model_fields import ClassFields, unambiguous_names
from ..view import text
from .context import BuildContext
from .types import component_class, type_of


@cache
def _resolver() -> PydanticFieldNameResolver:
    return PydanticFieldNameResolver(snake_case_field=True, target_python_version=PythonVersion.PY_311)


def _one_way(prop: Any) -> tuple[bool, bool]:
    return (
        isinstance(prop, dict) and prop.get("readOnly") is True,
        isinstance(prop, dict) and prop.get("writeOnly") is True,
    )


def _nullable(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    return schema.get("nullable") is True or (isinstance(kind, list) and "null" in kind)


def _kind(schema: Any) -> ir.ModelKind:
    if not isinstance(schema, dict):
        return "other"
    if "enum" in schema and schema.get("type", "string") in ("string", "integer") and not schema.get("properties"):
        return "enum"
    if "properties" in schema or "allOf" in schema or schema.get("type") == "object":
        return "object"
    if "oneOf" in schema or "anyOf" in schema:
        return "union"
    return "other"


def _parts(
    ctx: BuildContext, schema: dict[str, Any], pointer: str
) -> tuple[list[str], list[tuple[dict[str, Any], str]]]:
    """An object schema's base classes (allOf references to components) and the parts whose properties are its
    own fields (itself and its inline allOf members)."""
    bases: list[str] = []
    parts = [(schema, pointer)]
    for index, member in enumerate(schema.get("allOf") or []):
        member_pointer = join_pointer(join_pointer(pointer, "allOf"), index)
        if isinstance(member, dict) and "$ref" in member:
            base = component_class(ctx, member["$ref"])
            if base is not None:
                bases.append(base)
                continue
        if isinstance(member, dict):
            parts.append((member, member_pointer))
    return bases, parts


def _model(ctx: BuildContext, class_name: str, schema_name: str | None, schema: Any, pointer: str) -> ir.Model:
    kind = _kind(schema)
    if kind == "enum":
        return ir.Model(class_name, schema_name, kind, enum_values=tuple(v for v in schema["enum"] if v is not None))
    if kind != "object":
        return ir.Model(class_name, schema_name, kind)
    bases, parts = _parts(ctx, schema, pointer)
    fields: list[ir.ModelField] = []
    used: set[str] = set()
    for part, part_pointer in parts:
        properties = part.get("properties")
        required = set(part.get("required") or []) | set(schema.get("required") or [])
        for wire, prop in (properties if isinstance(properties, dict) else {}).items():
            if any(f.wire_name == str(wire) for f in fields):
                continue
            prop_pointer = join_pointer(join_pointer(part_pointer, "properties"), str(wire))
            resolved, _ = ctx.deref(prop, prop_pointer)
            read_only, write_only = _one_way(resolved)
            name = _resolver().get_valid_name(str(wire), excludes=used)
            used.add(name)
            fields.append(
                ir.ModelField(
                    python_name=name,
                    wire_name=str(wire),
                    type=type_of(ctx, prop, prop_pointer),
                    required=str(wire) in required and not (read_only or write_only),
                    nullable=_nullable(resolved),
                    read_only=read_only,
                    write_only=write_only,
                    description=text(prop, "description") or text(resolved, "description"),
                )
            )
    return ir.Model(class_name, schema_name, kind, tuple(bases), tuple(fields))


def model_classes(ctx: BuildContext) -> tuple[ir.Model, ...]:
    """Every model class the spec gives a name to, its fields named unambiguously."""
    models = [
        _model(
            ctx,
            class_name,
            schema_name,
            *ctx.deref(ctx.view.schemas[schema_name], f"/components/schemas/{schema_name}"),
        )
        for schema_name, class_name in ctx.class_names.items()
    ]
    models += [_model(ctx, name, None, schema, pointer) for name, (schema, pointer) in ctx.hoisted_at.items()]
    table = {m.class_name: ClassFields(m.bases, {f.wire_name: f.python_name for f in m.fields}) for m in models}
    pins = unambiguous_names(table)
    if not pins:
        return tuple(models)
    return tuple(
        ir.Model(
            m.class_name,
            m.schema_name,
            m.kind,
            m.bases,
            tuple(
                ir.ModelField(**{**vars(f), "python_name": pins.get(f"{m.class_name}.{f.wire_name}", f.python_name)})
                for f in m.fields
            ),
            m.enum_values,
        )
        for m in models
    )
