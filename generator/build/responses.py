"""Responses: the success result, one exception class per documented error, and the documented examples."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import ir
from ..loader import join_pointer
from ..naming import pascal_case
from ..reserved import error_attributes
from ..view import Operation, Response, text
from .context import BuildContext
from .types import type_of

#: Exception class names for documented HTTP statuses of non-AWS APIs (Stainless-style).
STATUS_ERROR_NAMES = {
    400: "BadRequestError",
    401: "AuthenticationError",
    402: "PaymentRequiredError",
    403: "ForbiddenError",
    404: "NotFoundError",
    405: "MethodNotAllowedError",
    406: "NotAcceptableError",
    408: "RequestTimeoutError",
    409: "ConflictError",
    410: "GoneError",
    412: "PreconditionFailedError",
    413: "PayloadTooLargeError",
    415: "UnsupportedMediaTypeError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
    500: "InternalServerError",
    501: "NotImplementedApiError",
    502: "BadGatewayError",
    503: "ServiceUnavailableError",
    504: "GatewayTimeoutError",
}


def _examples(response: Response) -> tuple[ir.Example, ...]:
    media = response.content.preferred
    return tuple(ir.Example(e.name, e.summary, e.value, e.constructed) for e in media.examples) if media else ()


def success_response(ctx: BuildContext, op: Operation, stem: str) -> tuple[ir.ResponseShape, tuple[ir.Example, ...]]:
    """The first documented 2xx response; the result is None-able when another 2xx status has no body."""
    successes = op.successes
    if not successes:
        return ir.ResponseShape(kind="empty", type=None, model=None, status=200), ()
    first = successes[0]
    status = first.code or 200
    media = first.content.preferred
    if media is None:
        return ir.ResponseShape(kind="empty", type=None, model=None, status=status), ()
    or_empty = any(other.content.preferred is None for other in successes[1:])
    examples = _examples(first)
    if media.kind == "json":
        schema = media.schema if media.schema is not None else {}
        response_type = type_of(ctx, schema, media.schema_pointer, f"{stem}Response")
        model = response_type.name if response_type.kind == "model" else None
        shape = ir.ResponseShape("json", response_type, model, status, media.media_type, or_empty)
        return shape, examples
    kind, python_type = ("text", "str") if media.kind == "text" else ("binary", "bytes")
    return ir.ResponseShape(kind, ir.TypeRef(python_type), None, status, media.media_type, or_empty), examples  # type: ignore[arg-type]


def default_example(ctx: BuildContext, op: Operation, examples: tuple[ir.Example, ...]) -> str | None:
    """The example a fake answers with unless told otherwise: the first whose timestamps are in their
    `x-timestamp-format` (a vendor page may print epoch seconds as ISO text), else the first."""
    media = op.successes[0].content.preferred if op.successes else None
    if media is None or media.kind != "json" or not examples:
        return None
    for example in examples:
        if _wire_form(ctx, media.schema, media.schema_pointer, example.value):
            return example.name
    return examples[0].name


#: deeper than any real schema; guards against an `allOf` that includes itself
_MAX_DEPTH = 64


def _wire_form(ctx: BuildContext, schema: Any, pointer: str, value: Any, depth: int = 0) -> bool:
    """Whether every timestamp in `value` is written as its schema's `x-timestamp-format` says."""
    schema, pointer = ctx.deref(schema, pointer)
    if not isinstance(schema, dict) or value is None or depth > _MAX_DEPTH:
        return True
    wire_format = schema.get("x-timestamp-format")
    if wire_format is not None:
        is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
        return is_number if wire_format == "epoch-seconds" else isinstance(value, str)
    parts = schema.get("allOf")
    for index, part in enumerate(parts if isinstance(parts, list) else []):
        if not _wire_form(ctx, part, join_pointer(join_pointer(pointer, "allOf"), index), value, depth + 1):
            return False
    if isinstance(value, dict):
        properties = schema.get("properties")
        properties = properties if isinstance(properties, dict) else {}
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            if key in properties:
                sub, sub_pointer = properties[key], join_pointer(join_pointer(pointer, "properties"), key)
            elif isinstance(extra, dict):
                sub, sub_pointer = extra, join_pointer(pointer, "additionalProperties")
            else:
                continue
            if not _wire_form(ctx, sub, sub_pointer, item, depth + 1):
                return False
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        items_pointer = join_pointer(pointer, "items")
        return all(_wire_form(ctx, schema["items"], items_pointer, item, depth + 1) for item in value)
    return True


def error_examples(op: Operation) -> tuple[ir.ErrorExample, ...]:
    found: list[ir.ErrorExample] = []
    for response in op.errors:
        media = response.content.preferred
        if media is not None and media.kind == "json" and response.code is not None:
            found.extend(ir.ErrorExample(response.code, example) for example in _examples(response))
    return tuple(found)


def error_classes(ctx: BuildContext, op: Operation, aws: ir.AwsTraits | None, stem: str) -> tuple[ir.ErrorClass, ...]:
    """AWS: one class per error code (`x-aws-error`) of each 4xx/5xx response; others: one per status.
    Ranges (`4XX`) and `default` are plain `ApiError`."""
    found: list[ir.ErrorClass] = []
    for response in op.errors:
        media = response.content.preferred
        schema = media.schema if media is not None and media.kind == "json" else None
        schema_pointer = media.schema_pointer if media is not None else response.pointer
        if aws is None:
            code = response.code
            assert code is not None
            class_name = STATUS_ERROR_NAMES.get(code, f"Http{code}Error")
            found.append(
                _error_class(
                    ctx, class_name, response.node, schema, schema_pointer, response.status, {}, f"{stem}{code}Error"
                )
            )
            continue
        body: dict[str, Any] = schema if isinstance(schema, dict) else {}
        key = "anyOf" if "anyOf" in body else "oneOf" if "oneOf" in body else None
        variants = (
            [(v, join_pointer(join_pointer(schema_pointer, key), i)) for i, v in enumerate(body[key])]
            if key and isinstance(body.get(key), list)
            else [(schema, schema_pointer)]
            if schema
            else []
        )
        if not variants:
            ctx.fail(
                response.pointer, "an AWS error response must name its error code", "give it a schema with x-aws-error"
            )
        for variant, variant_pointer in variants:
            target, target_pointer = ctx.deref(variant, variant_pointer)
            trait = target.get("x-aws-error") if isinstance(target, dict) else None
            if not isinstance(trait, dict) or not isinstance(trait.get("code"), str):
                ctx.fail(target_pointer, "AWS error schema without x-aws-error.code", "add x-aws-error: {code: ...}")
                continue
            code_name = trait["code"]
            found.append(
                _error_class(
                    ctx, code_name, target, variant, variant_pointer, response.status, trait, f"{stem}{code_name}"
                )
            )
    return tuple(found)


def _error_class(
    ctx: BuildContext,
    class_name: str,
    described: Any,
    schema: Any,
    schema_pointer: str,
    status: str,
    trait: dict[str, Any],
    hoist_as: str,
) -> ir.ErrorClass:
    body_model = None
    fields: list[ir.ErrorField] = []
    if isinstance(schema, dict):
        body_type = type_of(ctx, schema, schema_pointer, hoist_as)
        body_model = body_type.name if body_type.kind == "model" else None
        if body_model is not None:
            fields = _error_fields(ctx, body_model)
    return ir.ErrorClass(
        class_name=class_name if class_name.isidentifier() else pascal_case(class_name),
        description=text(described, "description") or class_name,
        code=trait.get("code"),
        status=int(status) if status.isdigit() else None,
        retryable=bool(trait.get("retryable", False)),
        throttling=bool(trait.get("throttling", False)),
        body_model=body_model,
        fields=tuple(fields),
    )


def _error_fields(ctx: BuildContext, body_model: str) -> list[ir.ErrorField]:
    """Accessors for the body model's own fields, under the model's attribute names, except names an exception
    already has (`message`, `code`, `args`, ...)."""
    model = ctx.models.get(body_model)
    if model is None:
        return []
    reserved = error_attributes()
    return [ir.ErrorField(f.python_name, f.wire_name, f.type) for f in model.fields if f.python_name not in reserved]


def merged_error(known: ir.ErrorClass | None, error: ir.ErrorClass) -> ir.ErrorClass:
    """One exported class per status (or AWS code) across operations. When operations document it with
    different bodies, `.data` tries each body model, and only the fields they all share get accessors."""
    if known is None or not error.body_model or error.body_model in known.body_models:
        return known or error
    if not known.body_model:
        return dataclasses.replace(known, body_model=error.body_model, fields=error.fields)
    shared = tuple(f for f in known.fields if f in error.fields)
    return dataclasses.replace(known, other_body_models=(*known.other_body_models, error.body_model), fields=shared)


def strictest_first(ctx: BuildContext, error: ir.ErrorClass) -> ir.ErrorClass:
    """`.data` tries the body model with the most required fields first: an open model accepts any body."""
    if not error.other_body_models:
        return error

    def required(name: str) -> int:
        model = ctx.models.get(name)
        return -sum(f.required for f in model.fields) if model is not None else 0

    ordered = sorted(error.body_models, key=required)
    return dataclasses.replace(error, body_model=ordered[0], other_body_models=tuple(ordered[1:]))
