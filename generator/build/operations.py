"""One operation of the view → one `ir.Operation` (a client method)."""

from __future__ import annotations

from .. import ir
from ..naming import pascal_case, snake_case
from ..reserved import client_attributes
from ..view import Operation, text
from .bodies import request_body, request_type
from .context import BuildContext
from .pagination import pagination
from .parameters import parameters
from .responses import default_example, error_classes, error_examples, success_response
from .servers import fill_server_url
from .waiters import waiters


def derived_operation_id(method: str, path: str) -> str:
    """`get /pets/{petId}/toys` → `getPetsByPetIdToys`, for operations without an operationId."""
    words = [method]
    for segment in path.split("#", 1)[0].strip("/").split("/"):
        if segment.startswith("{") and segment.endswith("}"):
            words.extend(["by", segment[1:-1]])
        elif segment:
            words.append(segment)
    head, *rest = snake_case("_".join(words)).split("_")
    return head + "".join(word.capitalize() for word in rest)


def operation_id(op: Operation) -> str:
    return op.operation_id or derived_operation_id(op.method, op.path)


def method_name(identifier: str) -> str:
    """The client method: snake_case, clear of the client's own attributes (`close`, `base_url`, ...)."""
    name = snake_case(identifier)
    return name + "_" if name in client_attributes() else name


def hoist_schemas(ctx: BuildContext, op: Operation, aws: ir.AwsTraits | None) -> None:
    """Name the operation's inline body, response and error schemas (they become models), so that every
    model class is known before any field or argument is named."""
    stem = pascal_case(operation_id(op))
    request_type(ctx, op, stem)
    success_response(ctx, op, stem)
    error_classes(ctx, op, aws, stem)


def operation(ctx: BuildContext, op: Operation, aws: ir.AwsTraits | None) -> ir.Operation | None:
    if op.operation_id is None:
        ctx.warn(
            op.pointer,
            f"operation has no operationId; its method is named {method_name(operation_id(op))!r}",
            "add a unique lowerCamelCase operationId",
        )
    identifier = operation_id(op)
    stem = pascal_case(identifier)
    taken: set[str] = set()
    params = parameters(ctx, op, taken)
    if params is None:
        return None
    body = request_body(ctx, op, stem, taken)
    if body is None:
        return None
    request, body_params, request_examples = body
    params.extend(body_params)
    response, response_examples = success_response(ctx, op, stem)
    aws_operation = op.node.get("x-aws-operation")
    aws_target = None
    if aws is not None and aws.protocol.startswith("awsJson"):
        if not isinstance(aws_operation, str):
            ctx.fail(op.pointer, "awsJson operations need x-aws-operation (the X-Amz-Target operation name)")
            return None
        aws_target = f"{aws.target_prefix}.{aws_operation}"
    servers = op.servers
    name = method_name(identifier)
    return ir.Operation(
        operation_id=identifier,
        method_name=name,
        name=aws_operation if isinstance(aws_operation, str) else identifier,
        http_method=op.method.upper(),
        path=op.path.split("#", 1)[0] or "/",
        summary=text(op.node, "summary"),
        description=text(op.node, "description", "summary"),
        params=tuple(sorted(params, key=lambda p: not p.required)),
        request=request,
        response=response,
        errors=error_classes(ctx, op, aws, stem),
        deprecated=bool(op.node.get("deprecated", False)),
        aws_target=aws_target,
        host_prefix=str(op.node.get("x-aws-host-prefix", "")),
        server_url=fill_server_url(servers[0]) if servers and isinstance(servers[0], dict) else None,
        anonymous=op.anonymous,
        waiters=waiters(ctx, op),
        pagination=pagination(ctx, op, name, params, response),
        request_examples=request_examples,
        response_examples=response_examples,
        error_examples=error_examples(op),
        default_example=default_example(ctx, op, response_examples),
    )
