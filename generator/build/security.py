"""Credentials: the security schemes the generated operations use, as constructor arguments."""

from __future__ import annotations

from .. import ir
from ..loader import join_pointer
from ..naming import argument_name
from ..view import Operation, text
from .context import BuildContext


def credentials(
    ctx: BuildContext, aws: ir.AwsTraits | None, operations: list[Operation], taken: set[str]
) -> tuple[ir.Credential, ...]:
    """One credential per scheme that a generated operation uses (operations left out by the selection do
    not count). It is required when every alternative of every generated operation needs it."""
    requirement_sets = [op.security for op in operations if op.security is not None]
    used: list[str] = []
    for requirements in requirement_sets:
        for requirement in requirements:
            used.extend(name for name in requirement if name not in used)
    found: list[ir.Credential] = []
    for name in used:
        scheme, pointer = ctx.deref(
            ctx.view.security_schemes.get(name), join_pointer("/components/securitySchemes", name)
        )
        if not isinstance(scheme, dict) or not scheme:
            ctx.warn(
                pointer,
                f"security scheme {name!r} is used but not defined; clients will not send it",
                "define it under components/securitySchemes",
            )
            continue
        if scheme.get("x-aws-auth") == "sigv4":
            if aws is None:
                ctx.fail(pointer, "x-aws-auth: sigv4 needs the root x-aws traits")
            continue
        kind = scheme.get("type")
        http_scheme = str(scheme.get("scheme", "")).lower()
        if kind == "apiKey" and scheme.get("in") in ("header", "query", "cookie"):
            style, location, wire = "apiKey", scheme["in"], str(scheme.get("name", name))
        elif kind == "http" and http_scheme == "basic":
            style, location, wire = "basic", "header", "Authorization"
        elif kind == "http" and http_scheme == "bearer" or kind in ("oauth2", "openIdConnect"):
            style, location, wire = "bearer", "header", "Authorization"
        else:
            ctx.warn(
                pointer,
                f"security scheme {name!r} ({kind}/{http_scheme or scheme.get('in')}) is not supported;"
                " clients will not send it",
                "pass the credential with extra_headers, or use http_client",
            )
            continue
        required = bool(requirement_sets) and all(
            requirements and all(name in r for r in requirements) for requirements in requirement_sets
        )
        argument = scheme.get("x-codegen-argument") or argument_name(name, taken)
        taken.add(argument)
        found.append(
            ir.Credential(
                argument=argument,
                env=scheme.get("x-codegen-env"),
                location=location,
                wire_name=wire,
                scheme=style,  # type: ignore[arg-type]
                description=text(scheme, "description") or f"{kind} credential {name}",
                required=required,
            )
        )
    return tuple(found)
