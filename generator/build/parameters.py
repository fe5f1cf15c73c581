"""Path, query, header and cookie parameters as keyword arguments."""

from __future__ import annotations

from .. import ir
from ..naming import argument_name
from ..view import Operation, text
from .context import BuildContext
from .types import constraints, type_of

DEFAULT_STYLES = {"query": "form", "cookie": "form", "path": "simple", "header": "simple"}
#: OpenAPI says header parameters of these names are ignored: the client sets them
IGNORED_HEADERS = ("accept", "content-type", "authorization")


#: A request member (parameter or body property) the client fills with a UUID4 when the caller gives none.
IDEMPOTENCY_TRAITS = ("x-aws-idempotency-token", "x-idempotency-token")


def idempotency_token(*nodes: object) -> bool:
    """Smithy `@idempotencyToken`, on the member as written or on the schema it refers to."""
    return any(isinstance(node, dict) and node.get(trait) is True for node in nodes for trait in IDEMPOTENCY_TRAITS)


def parameters(ctx: BuildContext, op: Operation, taken: set[str]) -> list[ir.Param] | None:
    """The operation's parameters (path-item ones merged in), or None when one cannot be sent."""
    for unknown in op.unknown_parameters:
        ctx.unsupported(unknown.pointer, f"parameter location {unknown.location!r}")
        return None
    params: list[ir.Param] = []
    for param in op.parameters:
        if param.location == "header" and param.name.lower() in IGNORED_HEADERS:
            continue
        schema = param.schema
        if schema is None and isinstance(param.node.get("content"), dict):
            schema = {"type": "string"}  # content-encoded parameters travel as their JSON text
        resolved, _ = ctx.deref(schema or {}, param.schema_pointer)
        style = str(param.node.get("style", DEFAULT_STYLES[param.location]))
        token = idempotency_token(param.node, resolved)
        params.append(
            ir.Param(
                python_name=argument_name(param.name, taken),
                wire_name=param.name,
                location=param.location,  # type: ignore[arg-type]
                type=type_of(ctx, schema or {}, param.schema_pointer),
                required=param.required and not token,  # a token is filled when not given
                description=text(param.node, "description") or text(resolved, "description"),
                constraints=constraints(resolved),
                deprecated=bool(param.node.get("deprecated", False)),
                example=param.example,
                style=style,
                explode=bool(param.node.get("explode", style == "form")),
                idempotency_token=token,
            )
        )
    return params
