"""Request bodies: a JSON/form/multipart object flattened into keyword arguments, or one payload argument."""

from __future__ import annotations

from typing import Any

from .. import ir
from ..loader import join_pointer
from ..naming import argument_base, argument_name
from ..view import Media, Operation, text
from .context import BuildContext
from .parameters import idempotency_token
from .types import constraints, type_of

FLATTENED_KINDS = ("json", "form", "multipart")


def request_type(ctx: BuildContext, op: Operation, stem: str) -> ir.TypeRef | None:
    """The body's type; an inline object schema becomes the model `<Operation>Request`."""
    media = op.request_body.content.preferred if op.request_body is not None else None
    if media is None:
        return None
    hint = f"{stem}Request" if media.kind in FLATTENED_KINDS else None
    return type_of(ctx, media.schema if media.schema is not None else {}, media.schema_pointer, hint)


def _flattened_model(ctx: BuildContext, body_type: ir.TypeRef, target: Any) -> str | None:
    if body_type.kind != "model" or not isinstance(target, dict) or not target.get("properties"):
        return None
    return None if any(k in target for k in ("oneOf", "anyOf", "allOf")) else body_type.name


def _attribute_names(ctx: BuildContext, model: str, wires: list[str], taken: set[str]) -> dict[str, str]:
    """Keyword names of flattened body properties: the request model's attribute names where those are plain
    argument names and unique, so that `put_thing(a_b=1)` and `Thing(a_b=1)` set the same property even when two
    properties snake_case alike; the rest (builtins such as `type`, or a name a path parameter has) are renamed."""
    attributes = {f.wire_name: f.python_name for f in ctx.models[model].fields} if model in ctx.models else {}
    names: dict[str, str] = {}
    for wire in wires:
        attribute = attributes.get(wire)
        if attribute is not None and argument_base(attribute) == attribute and attribute not in taken:
            names[wire] = attribute
            taken.add(attribute)
    for wire in wires:
        if wire not in names:
            names[wire] = argument_name(wire, taken)
    return names


def request_body(
    ctx: BuildContext, op: Operation, stem: str, taken: set[str]
) -> tuple[ir.RequestBody | None, list[ir.Param], tuple[ir.Example, ...]] | None:
    """The body and its arguments; None when the operation cannot be expressed."""
    body = op.request_body
    if body is None:
        return None, [], ()
    media = body.content.preferred
    if media is None:
        ctx.unsupported(body.pointer, "a request body without content")
        return None
    body_type = request_type(ctx, op, stem)
    assert body_type is not None
    target, target_pointer = ctx.deref(media.schema if media.schema is not None else {}, media.schema_pointer)
    model = _flattened_model(ctx, body_type, target)
    params: list[ir.Param] = []
    if model is not None:
        params = _flattened(ctx, media, model, target, target_pointer, body.required, taken)
    else:
        if media.kind in ("form", "multipart"):
            ctx.unsupported(media.pointer, f"a {media.media_type} body whose schema is not an object with properties")
            return None
        if media.kind == "binary":
            body_type = ir.TypeRef("bytes")
        elif media.kind == "text":
            body_type = ir.TypeRef("str")
        params.append(
            ir.Param(
                python_name=argument_name("body", taken),
                wire_name="",
                location="payload",
                type=body_type,
                required=body.required,
                description=text(body.node, "description") or text(target, "description") or "The request body.",
            )
        )
    return (
        ir.RequestBody(
            kind=media.kind,
            content_type=media.content_type,
            model=model,
            required=body.required,
            deep_object_fields=_deep_object_fields(media),
        ),
        params,
        tuple(ir.Example(e.name, e.summary, e.value, e.constructed) for e in media.examples),
    )


def _flattened(
    ctx: BuildContext,
    media: Media,
    model: str,
    target: dict[str, Any],
    target_pointer: str,
    body_required: bool,
    taken: set[str],
) -> list[ir.Param]:
    required = set(target.get("required") or [])
    sent: list[tuple[str, Any, str, Any]] = []
    for wire, prop in target["properties"].items():
        prop_pointer = join_pointer(join_pointer(target_pointer, "properties"), str(wire))
        resolved, _ = ctx.deref(prop, prop_pointer)
        if isinstance(resolved, dict) and resolved.get("readOnly") is True:
            continue  # set by the server (an id, a creation time): never an argument, never sent
        sent.append((str(wire), prop, prop_pointer, resolved))
    names = _attribute_names(ctx, model, [wire for wire, *_ in sent], taken)
    params = []
    for wire, prop, prop_pointer, resolved in sent:
        prop_type = type_of(ctx, prop, prop_pointer)
        if media.kind == "multipart" and isinstance(resolved, dict) and resolved.get("format") in ("binary", "byte"):
            prop_type = ir.TypeRef("bytes")
        token = idempotency_token(prop, resolved)
        params.append(
            ir.Param(
                python_name=names[wire],
                wire_name=wire,
                location="body",
                type=prop_type,
                required=wire in required and body_required and not token,  # a token is filled when not given
                description=text(prop, "description") or text(resolved, "description"),
                constraints=constraints(resolved),
                deprecated=bool(resolved.get("deprecated", False)) if isinstance(resolved, dict) else False,
                idempotency_token=token,
            )
        )
    return params


def _deep_object_fields(media: Media) -> tuple[str, ...]:
    """Form fields whose `encoding` is style deepObject (Stripe's `metadata[key]=value`)."""
    encoding = media.node.get("encoding") if media.kind == "form" else None
    if not isinstance(encoding, dict):
        return ()
    return tuple(sorted(str(n) for n, e in encoding.items() if isinstance(e, dict) and e.get("style") == "deepObject"))
