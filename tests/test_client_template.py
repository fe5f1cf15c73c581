"""The client template renders the constructor's spec-decided keywords from `Service.constructor_arguments`.

The IR decides their names, order and descriptions (AWS SDK keywords, or credentials, server variables and
`base_url`); the template only adds the transport keywords every client has and the fallbacks it documents.
"""

from __future__ import annotations

import dataclasses

from conftest import SPECS

from generator import ir
from generator.pipeline import build_ir, load_bundled
from generator.render import environment, render


def _constructor(service: ir.Service) -> str:
    source = render(environment(), "package/client.py.jinja", service, "# header")
    start = source.index("    def __init__(")
    return source[start : source.index('        """\n', source.index("Args:", start))]


def test_constructor_signature_and_docs_follow_the_ir() -> None:
    service = build_ir(load_bundled(SPECS / "aws" / "ecs.yaml"))
    assert [a.name for a in service.constructor_arguments][:2] == ["region", "endpoint_url"]
    renamed = tuple(
        dataclasses.replace(a, description="The named profile to read.") if a.name == "profile" else a
        for a in service.constructor_arguments
        if a.name != "endpoint_url"
    )
    constructor = _constructor(dataclasses.replace(service, constructor_arguments=renamed))
    assert "profile: The named profile to read.\n" in constructor
    assert "endpoint_url" not in constructor
    names = [line.strip().split(":")[0] for line in constructor.splitlines()[3:] if line.endswith(",")]
    assert names == [a.name for a in renamed] + ["http_client", "timeout", "max_retries", "default_headers", "hooks"]


def test_credential_and_server_variable_docs_add_their_fallbacks() -> None:
    service = build_ir(load_bundled(SPECS / "datadog" / "agentless_scanning.yaml"))
    arguments = (
        ir.ConstructorArgument("token", "credential", "The token.", env=("ACME_TOKEN",), required=True),
        ir.ConstructorArgument("secret", "credential", "The secret."),
        ir.ConstructorArgument("region", "server_variable", "Where.", env=("ACME_REGION",), default="eu"),
        ir.ConstructorArgument("tier", "server_variable", "Which tier.", default="free"),
        ir.ConstructorArgument("base_url", "base_url", "Send requests here."),
    )
    docs = _constructor(dataclasses.replace(service, constructor_arguments=arguments)).split("Args:\n")[1]
    assert docs.splitlines()[:5] == [
        "            token: The token. Default: ``ACME_TOKEN``.",
        "            secret: The secret. Optional.",
        "            region: Where. Default: ``ACME_REGION``, else ``eu``.",
        "            tier: Which tier. Default: ``free``.",
        "            base_url: Send requests here.",
    ]
