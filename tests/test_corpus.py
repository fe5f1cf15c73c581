"""Generality on real-world specs: the @readme/oas-examples corpus (../shared/corpus) and our own edge cases.

For each spec: a client is generated (or the generator says clearly why not), every operation of the
spec has a method (nothing dropped silently), the package imports, `mypy --strict` passes over all of them,
and calls against the package's own fake server return typed results.
"""

from __future__ import annotations

import importlib
import json
import math
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import GeneratedPackages

from generator import ir
from generator.errors import SpecError
from generator.loader import load_spec
from generator.naming import snake_case
from generator.options import Options
from generator.pipeline import REPO, render_tree
from generator.view import HTTP_METHODS

CORPUS = REPO.parent / "shared" / "corpus" / "oas-examples"
EDGE_CASES = REPO / "tests" / "specs"
SPECS = sorted(CORPUS.glob("3.*/yaml/*.yaml")) + sorted(EDGE_CASES.glob("*.yaml"))

pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason="the corpus (../shared/corpus) is not next to the repository"
)


@dataclass
class Outcome:
    spec: Path
    package: str
    service: ir.Service | None
    error: str | None


def package_name(spec: Path) -> str:
    prefix = "edge" if spec.parent == EDGE_CASES else "oas" + spec.parent.parent.name.replace(".", "")
    return f"{prefix}_{snake_case(spec.stem)}"


def _generate(job: tuple[Path, Path]) -> Outcome:
    spec, root = job
    package = package_name(spec)
    destination = root / f"build_{package}"
    destination.mkdir()
    try:
        (service,) = render_tree([spec], destination, Options(package=package))
    except SpecError as exc:
        return Outcome(spec, package, None, str(exc))
    (destination / package).rename(root / "packages" / package)
    return Outcome(spec, package, service, None)


@pytest.fixture(scope="module")
def corpus(
    tmp_path_factory: pytest.TempPathFactory, generated_packages: GeneratedPackages
) -> Iterator[tuple[Path, list[Outcome]]]:
    root = tmp_path_factory.mktemp("corpus")
    (root / "packages").mkdir()
    with ProcessPoolExecutor(max_workers=2) as pool:
        outcomes = list(pool.map(_generate, [(spec, root) for spec in SPECS]))
    with generated_packages.importable(root / "packages", [outcome.package for outcome in outcomes]):
        yield root / "packages", outcomes


def test_at_least_95_percent_of_specs_generate(corpus: tuple[Path, list[Outcome]]) -> None:
    _, outcomes = corpus
    failed = [o for o in outcomes if o.service is None]
    for outcome in failed:  # a refusal must say which file and why
        assert outcome.error and str(outcome.spec) in outcome.error, outcome.error
    assert len(outcomes) - len(failed) >= math.ceil(0.95 * len(outcomes)), [(o.spec.name, o.error) for o in failed]


def test_no_operation_is_dropped(corpus: tuple[Path, list[Outcome]]) -> None:
    _, outcomes = corpus
    for outcome in outcomes:
        if outcome.service is None:
            continue
        spec = load_spec(outcome.spec)
        items = [spec.resolve(i["$ref"]) if "$ref" in i else i for i in (spec.document.get("paths") or {}).values()]
        in_spec = sum(1 for item in items for method in HTTP_METHODS if isinstance(item.get(method), dict))
        assert len(outcome.service.operations) == in_spec, outcome.spec.name


def test_every_package_imports(corpus: tuple[Path, list[Outcome]]) -> None:
    _, outcomes = corpus
    for outcome in outcomes:
        if outcome.service is None:
            continue
        package = importlib.import_module(outcome.package)
        client = getattr(package, outcome.service.sync_client)
        for operation in outcome.service.operations:
            assert callable(getattr(client, operation.method_name)), (outcome.package, operation.method_name)


def test_every_package_passes_mypy_strict(corpus: tuple[Path, list[Outcome]]) -> None:
    packages, _ = corpus
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "."],
        cwd=packages,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-5000:]


def _argument(param: ir.Param) -> Any:
    if param.example is not None:
        return param.example
    if param.constraints.any or param.type.kind not in ("str", "int", "float", "bool"):
        return None  # an invented value would have to meet the constraints the client now checks
    return {"str": "abc", "int": 1, "float": 1.5, "bool": True}[param.type.kind]


def _callable_operations(service: ir.Service) -> list[tuple[ir.Operation, dict[str, Any]]]:
    found = []
    for operation in service.operations:
        if operation.server_url:
            continue
        arguments = {}
        for param in operation.params:
            if not param.required:
                continue
            value = _argument(param) if param.location != "body" and param.location != "payload" else None
            if value is None:
                break
            arguments[param.python_name] = value
        else:
            found.append((operation, arguments))
    return found


def test_calls_return_typed_results_from_the_fake_server(corpus: tuple[Path, list[Outcome]]) -> None:
    _, outcomes = corpus
    called = 0
    packages_called: set[str] = set()
    for outcome in outcomes:
        service = outcome.service
        if service is None or service.aws is not None:
            continue
        operations = _callable_operations(service)
        if not operations:
            continue
        package = importlib.import_module(outcome.package)
        testing = importlib.import_module(f"{outcome.package}.testing")
        with getattr(testing, f"Fake{service.client_stem}Server")() as server:
            credentials = {c.argument: "secret-value" for c in service.credentials}
            client = getattr(package, service.sync_client)(base_url=server.url, max_retries=0, **credentials)
            operations_module = importlib.import_module(f"{outcome.package}._operations")
            for operation, arguments in operations:
                decode = getattr(operations_module, f"{operation.method_name}_result")
                # the documented example, else the smallest body the schema accepts; some corpus examples
                # contradict their own schema (lint findings), those are not served
                if operation.response.kind == "json":
                    candidates = [json.dumps(e.value).encode() for e in operation.response_examples] + [b"{}", b"[]"]
                else:
                    candidates = [b"", b"plain text", b"\x00\x01binary"]
                for raw in candidates:
                    try:
                        expected = decode(raw)
                    except ValueError:
                        continue
                    break
                else:
                    continue
                server.respond(operation.name, status=operation.response.status, raw=raw)
                result = getattr(client, operation.method_name)(**arguments)
                assert server.requests[-1].problems == [], (outcome.package, operation.method_name)
                assert result == expected, (outcome.package, operation.method_name)
                if operation.response.model:
                    assert type(result).__name__ == operation.response.model, (outcome.package, operation.method_name)
                called += 1
                packages_called.add(outcome.package)
            client.close()
    # every spec whose examples agree with their schemas and need no invented argument was called
    print(f"{called} calls in {len(packages_called)} packages")
    assert len(packages_called) >= 35, sorted(packages_called)
