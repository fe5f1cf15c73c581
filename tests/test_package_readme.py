"""Each generated package has a README rendered from its IR that documents every operation, parameter and
error class, and whose Python examples run: they are executed here against the package's fake server."""

from __future__ import annotations

import asyncio
import importlib
import os
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator import ir
from generator.build import build_service
from generator.discovery import find_specs
from generator.loader import load_spec
from generator.pipeline import build_package, display_path

REPO = Path(__file__).resolve().parent.parent
SPECS = find_specs(REPO / "specs")


def _service(spec_path: Path) -> tuple[ir.Service, dict[str, str]]:
    built = build_package(load_spec(spec_path, display_path(spec_path)))
    return built.service, built.files


@pytest.fixture(scope="module", params=SPECS, ids=[p.stem for p in SPECS])
def package(request: pytest.FixtureRequest) -> tuple[ir.Service, str, dict[str, str]]:
    service, files = _service(request.param)
    readme = REPO / "generated" / service.package / "README.md"
    assert readme.is_file(), f"{readme} is missing: run `make generate`"
    return service, readme.read_text(encoding="utf-8"), files


def _sections(text: str) -> dict[str, str]:
    parts = re.split(r"^## ", text, flags=re.MULTILINE)
    return {part.split("\n", 1)[0].strip(): part for part in parts[1:]}


def _python_blocks(text: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)


def test_readme_is_the_rendering_of_the_ir(package: tuple[ir.Service, str, dict[str, str]]) -> None:
    service, committed, files = package
    assert files["README.md"] == committed
    assert service.spec_sha256 in committed  # says which spec it documents


def test_readme_documents_every_operation_parameter_and_error(package: tuple[ir.Service, str, dict[str, str]]) -> None:
    service, text, _ = package
    sections = _sections(text)
    assert {
        "Install",
        "Create a client",
        "Operations",
        "Errors",
        "Raw responses",
        "Async",
        "Testing with the fake service",
    } <= set(sections)
    assert "pip install httpx pydantic" + (" botocore" if service.aws else "") + "\n" in sections["Install"]
    for name in (service.sync_client, service.async_client, f"Fake{service.client_stem}Server"):
        assert f"`{name}`" in text or f"{name}(" in text
    operations = sections["Operations"]
    for op in service.operations:
        heading = f"### `{op.method_name}`"
        assert heading in operations
        block = operations.split(heading, 1)[1].split("\n### ", 1)[0]
        assert f"`{op.http_method} {op.path}`" in block
        for p in op.params:
            row = next(line for line in block.splitlines() if line.startswith(f"| `{p.python_name}` |"))
            assert ("| yes |" if p.required else "| no |") in row
            if p.constraints.pattern:
                assert p.constraints.pattern.replace("|", "\\|") in row
        for error in op.errors:
            assert f"| `{error.class_name}` |" in block
        for waiter in op.waiters:
            assert f"`{waiter.method_name}`" in block
    for error in service.errors:
        row = next(line for line in sections["Errors"].splitlines() if line.startswith(f"| `{error.class_name}` |"))
        assert (f"`{error.code}`" if error.code else f"| {error.status} |") in row
    if service.aws:
        for keyword in ("region", "endpoint_url", "aws_access_key_id", "profile"):
            assert f"| `{keyword}`" in sections["Create a client"]
    for credential in service.credentials:
        row = next(
            line for line in sections["Create a client"].splitlines() if line.startswith(f"| `{credential.argument}` |")
        )
        assert credential.env is None or f"`{credential.env}`" in row


def test_table_rows_keep_their_columns(package: tuple[ir.Service, str, dict[str, str]]) -> None:
    _, text, _ = package
    tables = re.findall(r"((?:^\|.*\|\n)+)", text, flags=re.MULTILINE)
    assert len(tables) >= 3
    for table in tables:  # an unescaped | in a cell (a pattern, a union type) would add a column
        widths = {len(re.split(r"(?<!\\)\|", row)) for row in table.strip().splitlines()}
        assert len(widths) == 1, table


def _client_for(service: ir.Service, server: Any) -> Any:
    module = importlib.import_module(service.package)
    client_class = getattr(module, service.sync_client)
    if service.aws:
        return client_class(
            endpoint_url=server.url, region="us-east-1", aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="secret"
        )
    return client_class(base_url=server.url, **{c.argument: "test" for c in service.credentials})


def test_example_calls_run_against_the_fake(package: tuple[ir.Service, str, dict[str, str]]) -> None:
    service, text, _ = package
    testing = importlib.import_module(f"{service.package}.testing")
    operations = _sections(text)["Operations"]
    with getattr(testing, f"Fake{service.client_stem}Server")() as server:
        with _client_for(service, server) as client:
            for op in service.operations:
                block = operations.split(f"### `{op.method_name}`", 1)[1].split("\n### ", 1)[0]
                example = _python_blocks(block)[0]
                if op.example_missing:
                    for name in op.example_missing:
                        assert f"{name}=...,  # the spec has no example value" in example
                    continue
                namespace: dict[str, Any] = {"client": client}
                exec(compile(example, f"README {op.method_name}", "exec"), namespace)
                assert namespace.get(f"{op.method_name}_result") is not None or op.response.type is None
                assert server.requests[-1].problems == [], server.requests[-1].problems


def test_testing_section_runs(
    package: tuple[ir.Service, str, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    service, text, _ = package
    if not service.operations or service.operations[0].example_missing:
        assert "the spec has no example value" in text or not service.operations
        return
    snippet = _python_blocks(_sections(text)["Testing with the fake service"])[0]
    exec(compile(snippet, "README testing", "exec"), {})
    if service.operations[0].errors:
        status = capsys.readouterr().out.split()
        assert status and status[0].isdigit() and int(status[0]) >= 400  # the queued error was raised and caught


def test_every_spec_has_a_readme() -> None:
    packages = {build_service(load_spec(p, display_path(p))).package for p in SPECS}
    assert packages == {p.parent.name for p in (REPO / "generated").glob("*/README.md")}


def _prose_before_table(section: str) -> str:
    return section.split("| Keyword |", 1)[0]


def _without_endpoint_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No AWS_* or DD_* variable, and AWS config files that do not exist: only the arguments count."""
    for name in list(os.environ):
        if name.startswith(("AWS_", "DD_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-credentials"))


def _required_keywords(service: ir.Service) -> list[str]:
    """The keywords without which construction fails: the AWS region (the credential chain is consulted on the
    first call), or the constructor arguments the IR marks required."""
    if service.aws:
        return ["region"]
    return [a.name for a in service.constructor_arguments if a.required]


def test_readme_names_the_required_keywords_and_construction_enforces_them(
    package: tuple[ir.Service, str, dict[str, str]], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    service, text, _ = package
    prose = _prose_before_table(_sections(text)["Create a client"])
    required = _required_keywords(service)
    assert required, "each of the three specs has a required keyword"
    assert "Every keyword is optional" not in prose
    client_class = getattr(importlib.import_module(service.package), service.sync_client)
    _without_endpoint_environment(monkeypatch, tmp_path)
    for name in required:
        statement = next(p for p in prose.split("\n\n") if "raises `ValueError`" in p)
        assert f"`{name}`" in statement
        others = {other: "x" for other in required if other != name}
        with pytest.raises(ValueError, match=name):
            client_class(**others)


def _endpoint_keyword(service: ir.Service) -> str:
    return next(a.name for a in service.constructor_arguments if a.role in ("endpoint_url", "base_url"))


def test_repr_names_the_endpoint_keyword_the_constructor_takes(package: tuple[ir.Service, str, dict[str, str]]) -> None:
    service, text, _ = package
    keyword = _endpoint_keyword(service)
    assert keyword == ("endpoint_url" if service.aws else "base_url")
    assert f"| `{keyword}` |" in _sections(text)["Create a client"]
    module = importlib.import_module(service.package)
    arguments: dict[str, str] = {keyword: "http://127.0.0.1:9", **{c.argument: "test" for c in service.credentials}}
    if service.aws:
        arguments.update(region="us-east-1", aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="secret")
    sync_client = getattr(module, service.sync_client)(**arguments)
    async_client = getattr(module, service.async_client)(**arguments)
    assert repr(sync_client) == f"{service.sync_client}({keyword}='http://127.0.0.1:9')"
    assert repr(async_client) == f"{service.async_client}({keyword}='http://127.0.0.1:9')"
    sync_client.close()
    asyncio.run(async_client.close())


def test_readme_default_endpoint_is_where_requests_go(package: tuple[ir.Service, str, dict[str, str]]) -> None:
    """The endpoint row's last URL is the one requests go to, host prefix included (Deadline's `management.`)."""
    service, text, _ = package
    if not service.aws:
        pytest.skip(
            "the default endpoint of a non-AWS client is its server URL, tested in test_datadog_official_parity"
        )
    row = next(line for line in text.splitlines() if line.startswith("| `endpoint_url` |"))
    documented = re.findall(r"`(https://[^`]+)`", row)[-1].replace("{region}", "eu-west-1")
    seen: list[httpx.URL] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(500, json={})

    module = importlib.import_module(service.package)
    http = httpx.Client(transport=httpx.MockTransport(answer))
    client = getattr(module, service.sync_client)(
        region="eu-west-1", aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="secret", http_client=http
    )
    op = next(op for op in service.operations if not op.example_missing)
    example = _python_blocks(_sections(text)["Operations"].split(f"### `{op.method_name}`", 1)[1])[0]
    with pytest.raises(module.ApiError):
        exec(compile(example, f"README {op.method_name}", "exec"), {"client": client})
    assert seen and f"{seen[0].scheme}://{seen[0].host}" == documented
    assert any(op.host_prefix for op in service.operations) == ("host prefix" in row or "prepends" in row)


def test_an_operation_description_does_not_repeat_its_summary(
    package: tuple[ir.Service, str, dict[str, str]],
) -> None:
    service, text, _ = package
    operations = _sections(text)["Operations"]
    for op in service.operations:
        block = operations.split(f"### `{op.method_name}`", 1)[1].split(f"`{op.http_method} {op.path}`", 1)[0]
        if op.summary:
            assert block.count(op.summary.strip().replace("<", "&lt;")) == 1, block


def test_renamed_error_body_fields_are_explained(package: tuple[ir.Service, str, dict[str, str]]) -> None:
    service, text, _ = package
    errors = _sections(text)["Errors"]
    renamed = {(f.python_name, f.wire_name) for e in service.errors for f in e.fields if f.python_name != f.wire_name}
    for python_name, wire_name in renamed:
        assert f"`{python_name}` (`{wire_name}` in the body)" in errors
        assert f"`{python_name}` for `{wire_name}`" in errors
    if ("field__type", "__type") in renamed:
        assert " ".join(errors.split()).count("`__type` is the error code") == 1


def test_repository_readme_says_enum_arguments_are_not_checked() -> None:
    """README.md lists what is checked before sending; enum values are not (they are open): an ECS `include`
    value the spec does not list is sent as given."""
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    assert "enum values are not checked" in readme
    sent: list[bytes] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        return httpx.Response(200, json={"tasks": [], "failures": []})

    from aws_ecs import EcsClient

    with EcsClient(
        region="us-east-1",
        aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key="secret",
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    ) as client:
        client.describe_tasks(tasks=["arn:aws:ecs:us-east-1:123456789012:task/default/1a2b"], include=["NOT_LISTED"])
    assert b'"include":["NOT_LISTED"]' in sent[0].replace(b" ", b"")
