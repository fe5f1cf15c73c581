"""Pagination (`x-aws-pagination`, `x-pagination`): the operation's paging trait as Python names.

The view reads the trait (`view.PaginationTrait`); here its wire names become the method's argument names and
the response model's attribute paths, so that the runtime paginator only follows names the IR decided.
"""

from __future__ import annotations

from typing import Any

from .. import ir
from ..view import Operation, PaginationTrait
from .context import BuildContext

SCALAR_KINDS = {"int": "int", "float": "float"}


def pagination(
    ctx: BuildContext, op: Operation, method_name: str, params: list[ir.Param], response: ir.ResponseShape
) -> ir.Pagination | None:
    trait = op.pagination
    if trait is None:
        return None
    if trait.problem is not None:
        ctx.fail(trait.pointer, f"{trait.extension} {trait.problem}", "see specs/README.md, Extensions")
        return None
    by_wire = {p.wire_name: p for p in params if p.location != "payload"}
    token_ok, input_token = _argument(ctx, trait, by_wire, trait.input_token, "the token")
    size_ok, page_size = _argument(ctx, trait, by_wire, trait.page_size, "the page size")
    output_token = _attribute_path(ctx, trait, response, trait.output_token) if trait.output_token else ((), None)
    items_path = _attribute_path(ctx, trait, response, trait.items or "")
    if not token_ok or not size_ok or output_token is None or items_path is None:
        return None
    items, items_type = items_path
    if items_type is None or items_type.kind != "list" or items_type.item is None:
        ctx.fail(trait.pointer, f"{trait.extension}: the items path {trait.items!r} is not a list in the response")
        return None
    return ir.Pagination(
        style=trait.style,  # type: ignore[arg-type]
        method_name="paginate_" + method_name,
        item_type=items_type.item,
        input_token=input_token.python_name if input_token else None,
        output_token=output_token[0],
        items=items,
        page_size=page_size.python_name if page_size else None,
        default_page_size=_default_page_size(ctx, op, trait.page_size),
        page_start=trait.page_start,
        link_arguments=tuple(
            (p.wire_name, p.python_name, SCALAR_KINDS.get(p.type.kind, "str"))
            for p in params
            if p.location == "query" and trait.style == "link"
        ),
        wire_input_token=trait.input_token,
        wire_output_token=_dotted(trait.output_token),
        wire_items=_dotted(trait.items),
        wire_page_size=trait.page_size,
    )


def _dotted(path: str | None) -> tuple[str, ...]:
    return tuple(path.split(".")) if path else ()


def _argument(
    ctx: BuildContext, trait: PaginationTrait, by_wire: dict[str, ir.Param], name: str | None, role: str
) -> tuple[bool, ir.Param | None]:
    """(found, the argument a request member name stands for); (True, None) when the trait names none."""
    if name is None:
        return True, None
    if name not in by_wire:
        ctx.fail(
            trait.pointer,
            f"{trait.extension}: {role} {name!r} is not a parameter or request body member of the operation",
            "name a member of the request",
        )
        return False, None
    return True, by_wire[name]


def _fields(ctx: BuildContext, class_name: str) -> dict[str, ir.ModelField]:
    """A model's fields by wire name, its allOf bases' included."""
    model = ctx.models.get(class_name)
    if model is None:
        return {}
    found: dict[str, ir.ModelField] = {}
    for base in model.bases:
        found.update(_fields(ctx, base))
    found.update({f.wire_name: f for f in model.fields})
    return found


def _attribute_path(
    ctx: BuildContext, trait: PaginationTrait, response: ir.ResponseShape, path: str
) -> tuple[tuple[str, ...], ir.TypeRef | None] | None:
    """A dotted response member path as attribute names, with the type it ends at; None when it is not there."""
    current = response.type
    names: list[str] = []
    for wire in path.split(".") if path else ():
        fields = _fields(ctx, current.name) if current is not None and current.kind == "model" and current.name else {}
        field = fields.get(wire)
        if field is None:
            ctx.fail(
                trait.pointer,
                f"{trait.extension}: the response has no member {path!r} (at {wire!r})",
                "name a member of the success response, dotted for nested ones",
            )
            return None
        names.append(field.python_name)
        current = field.type
    return tuple(names), current


def _default_page_size(ctx: BuildContext, op: Operation, name: str | None) -> int | None:
    """The documented default of the page size member, which tells a short (last) page from a full one."""
    if name is None:
        return None
    schema: Any = None
    for param in op.parameters:
        if param.name == name:
            schema = ctx.deref(param.schema or {}, param.schema_pointer)[0]
    media = op.request_body.content.preferred if op.request_body is not None and schema is None else None
    if media is not None:
        member = ctx.view.member(media.schema or {}, media.schema_pointer, name)
        schema = member.mapping if member is not None else None
    default = schema.get("default") if isinstance(schema, dict) else None
    return default if isinstance(default, int) and not isinstance(default, bool) else None
