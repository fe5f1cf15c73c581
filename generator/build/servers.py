"""The service's endpoint: AWS traits, the server URL and its variables, and the constructor keywords."""

from __future__ import annotations

from typing import Any

from .. import ir
from ..naming import snake_case
from ..view import text
from .context import BuildContext

#: The constructor keywords of every AWS client, named as boto3 names them.
AWS_CONSTRUCTOR_ARGUMENTS = (
    ir.ConstructorArgument(
        "region",
        "region",
        "AWS region id; else ``AWS_REGION``, ``AWS_DEFAULT_REGION`` or the profile's region.",
        env=("AWS_REGION", "AWS_DEFAULT_REGION"),
    ),
    ir.ConstructorArgument(
        "endpoint_url",
        "endpoint_url",
        "Send requests here instead of the regional endpoint (also ``AWS_ENDPOINT_URL``).",
        env=("AWS_ENDPOINT_URL",),
    ),
    ir.ConstructorArgument(
        "aws_access_key_id",
        "aws_credential",
        "Access key id; else the standard credential chain (environment, profiles, ...).",
        env=("AWS_ACCESS_KEY_ID",),
        secret=True,
    ),
    ir.ConstructorArgument(
        "aws_secret_access_key",
        "aws_credential",
        "Secret access key, given with ``aws_access_key_id``.",
        env=("AWS_SECRET_ACCESS_KEY",),
        secret=True,
    ),
    ir.ConstructorArgument(
        "aws_session_token",
        "aws_credential",
        "Session token for temporary credentials.",
        env=("AWS_SESSION_TOKEN",),
        secret=True,
    ),
    ir.ConstructorArgument(
        "profile", "profile", "Profile of the shared credentials and config files.", env=("AWS_PROFILE",)
    ),
)
BASE_URL = ir.ConstructorArgument(
    "base_url", "base_url", "Send requests here instead of the URL the server variables give."
)
AWS_PROTOCOLS = ("awsJson1_0", "awsJson1_1", "restJson1")


def aws_traits(ctx: BuildContext) -> ir.AwsTraits | None:
    traits = ctx.view.document.get("x-aws")
    if traits is None:
        return None
    if not isinstance(traits, dict):
        ctx.fail("/x-aws", "x-aws must be a mapping")
        return None
    protocol = traits.get("protocol")
    if protocol not in AWS_PROTOCOLS:
        ctx.fail("/x-aws/protocol", f"unsupported AWS protocol {protocol!r}", "use awsJson1_0, awsJson1_1 or restJson1")
        return None
    for key in ("signingName", "endpointPrefix"):
        if not isinstance(traits.get(key), str):
            ctx.fail(f"/x-aws/{key}", f"x-aws.{key} is required")
    if protocol.startswith("awsJson") and not isinstance(traits.get("targetPrefix"), str):
        ctx.fail("/x-aws/targetPrefix", "awsJson protocols need x-aws.targetPrefix")
    return ir.AwsTraits(
        protocol=protocol,
        signing_name=str(traits.get("signingName", "")),
        endpoint_prefix=str(traits.get("endpointPrefix", "")),
        service_id=str(traits.get("serviceId") or traits.get("endpointPrefix", "")),
        target_prefix=traits.get("targetPrefix"),
        api_version=traits.get("apiVersion"),
    )


def server_variables(server: dict[str, Any]) -> tuple[ir.ServerVariable, ...]:
    """A server variable becomes a constructor keyword unless its enum pins one value (or the spec names the
    keyword with x-codegen-argument)."""
    variables = []
    for name, variable in (server.get("variables") or {}).items():
        if not isinstance(variable, dict):
            continue
        enum = tuple(str(v) for v in variable.get("enum", ()))
        argument = variable.get("x-codegen-argument")
        if argument is None and len(enum) != 1:
            argument = snake_case(name)
        variables.append(
            ir.ServerVariable(
                name=str(name),
                argument=argument,
                env=variable.get("x-codegen-env"),
                default=str(variable.get("default", "")),
                enum=enum,
                unsupported=tuple(
                    (str(k), " ".join(str(v).split())) for k, v in (variable.get("x-unsupported-values") or {}).items()
                ),
                aliases=tuple((str(k), str(v)) for k, v in (variable.get("x-codegen-aliases") or {}).items()),
                description=text(variable, "description"),
            )
        )
    return tuple(variables)


def server(ctx: BuildContext, taken: set[str]) -> ir.Server:
    """The first server; a variable keyword that another constructor keyword has is prefixed `server_`."""
    servers = ctx.view.document.get("servers") or [{"url": "/"}]
    first = servers[0] if isinstance(servers[0], dict) else {"url": "/"}
    renamed = []
    for variable in server_variables(first):
        if variable.argument in taken:
            variable = ir.ServerVariable(**{**vars(variable), "argument": f"server_{variable.argument}"})
        taken.add(variable.argument or "")
        renamed.append(variable)
    return ir.Server(
        url_template=str(first.get("url", "/")), description=text(first, "description"), variables=tuple(renamed)
    )


def fill_server_url(server: dict[str, Any]) -> str:
    url = str(server.get("url", "/"))
    for name, variable in (server.get("variables") or {}).items():
        url = url.replace("{" + str(name) + "}", str((variable or {}).get("default", "")))
    return url


def constructor_arguments(
    aws: ir.AwsTraits | None, credentials: tuple[ir.Credential, ...], server: ir.Server
) -> tuple[ir.ConstructorArgument, ...]:
    """The constructor's spec-decided keywords, in signature order: AWS clients take the region, endpoint and
    credential-chain keywords of AWS's SDKs; other clients their credentials, server variables and `base_url`."""
    if aws is not None:
        return AWS_CONSTRUCTOR_ARGUMENTS
    found = [
        ir.ConstructorArgument(
            name=c.argument,
            role="credential",
            description=(c.description or c.wire_name)
            + (' As ``"username:password"``.' if c.scheme == "basic" else ""),
            env=(c.env,) if c.env else (),
            required=c.required,
            secret=True,
        )
        for c in credentials
    ]
    found += [
        ir.ConstructorArgument(
            name=v.argument,
            role="server_variable",
            description=v.description,
            env=(v.env,) if v.env else (),
            default=v.default,
        )
        for v in server.variables
        if v.argument
    ]
    return (*found, BASE_URL)
