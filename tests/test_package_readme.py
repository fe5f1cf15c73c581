"""Each generated package has a README rendered from its IR that documents every operation, parameter and
error class, and whose Python examples run: they are executed here against the package's fake server."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

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
                assert namespace["result"] is not None or op.response_model is None
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
