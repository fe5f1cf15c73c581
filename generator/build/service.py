"""The whole service: operations in spec order, then models, errors, credentials, server and constructor."""

from __future__ import annotations

from .. import ir
from ..errors import SpecError
from ..loader import LoadedSpec
from ..naming import is_package_name, pascal_case, snake_case
from ..options import Options
from ..reserved import CONSTRUCTOR_KEYWORDS
from ..view import Operation, SpecView, text
from .context import BuildContext
from .model_classes import model_classes
from .operations import hoist_schemas, operation
from .responses import merged_error, strictest_first
from .security import credentials
from .servers import aws_traits, constructor_arguments, server
from .unions import hoist_union_variants, with_variants


def package_names(view: SpecView, options: Options | None = None) -> tuple[str, str]:
    """The package a spec generates and its clients' stem: the option, else `info.x-codegen`, else the file name."""
    codegen = (view.document.get("info") or {}).get("x-codegen") or {}
    stem = view.spec.path.stem
    package = (options.package if options else None) or codegen.get("package") or snake_case(stem)
    return str(package), str(codegen.get("client") or pascal_case(stem))


def build_service(spec: SpecView | LoadedSpec, options: Options | None = None) -> ir.Service:
    """The complete IR of one spec: every Python name decided. Raises SpecError with every problem found."""
    view = spec if isinstance(spec, SpecView) else SpecView(spec)
    ctx = BuildContext(view, options or Options())
    info = view.document.get("info") or {}
    package, client_stem = package_names(view, ctx.options)
    if not is_package_name(package):
        ctx.fail("/info/x-codegen/package", f"package name {package!r} is not a Python identifier")
    aws = aws_traits(ctx)
    selected = [op for op in view.operations if ctx.options.selection.accepts(op.operation_id, op.tags)]
    for op in selected:  # first every model class, then names that depend on them (fields, arguments)
        hoist_schemas(ctx, op, aws)
    unions = hoist_union_variants(ctx)
    models = with_variants(model_classes(ctx), unions)
    ctx.models = {m.class_name: m for m in models}
    operations: list[ir.Operation] = []
    generated: list[Operation] = []  # the view's operations that became methods
    seen_methods: dict[str, str] = {}
    for op in selected:
        built = operation(ctx, op, aws)
        if built is None:
            continue
        if built.method_name in seen_methods:
            ctx.fail(
                op.pointer,
                f"operation {built.operation_id!r} gives the method name {built.method_name!r},"
                f" already used at {seen_methods[built.method_name]}",
                "make the operationIds distinct",
            )
            continue
        seen_methods[built.method_name] = op.pointer
        operations.append(built)
        generated.append(op)
    errors: dict[str, ir.ErrorClass] = {}
    for built_operation in operations:
        for error in built_operation.errors:
            errors[error.class_name] = merged_error(errors.get(error.class_name), error)
    taken = {"base_url", *CONSTRUCTOR_KEYWORDS}
    service_credentials = credentials(ctx, aws, generated, set(taken))
    service_server = server(ctx, set(taken))
    problems = ctx.all_problems()
    if problems:
        raise SpecError(problems)
    return ir.Service(
        spec_path=view.spec.display_path,
        spec_sha256=view.spec.sha256,
        package=package,
        client_stem=client_stem,
        title=text(info, "title"),
        description=text(info, "description"),
        version=str(info.get("version", "")),
        server=service_server,
        credentials=service_credentials,
        aws=aws,
        operations=tuple(operations),
        errors=tuple(
            strictest_first(ctx, e) for e in sorted(errors.values(), key=lambda e: (e.status or 0, e.class_name))
        ),
        constructor_arguments=constructor_arguments(aws, service_credentials, service_server),
        models=models,
        hoisted_schemas=tuple((name, schema) for name, (schema, _) in ctx.hoisted_at.items()),
        warnings=tuple(ctx.warnings),
    )
