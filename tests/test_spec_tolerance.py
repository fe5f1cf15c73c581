"""The last corpus failures, generically: what the validator refuses but does not stop correct code is a warning
at its location (an enum listing a value twice; a pattern written for Java's regex engine, which is then not
checked client-side), `--strict` keeps refusing both; and an error body with a date-time field type-checks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import GeneratedPackages

from generator.errors import SpecError
from generator.options import Options
from generator.pipeline import build_package, generate, load_bundled
from generator.tolerated import pattern_problem

SPEC = r"""openapi: 3.1.0
info: {title: Tolerance, version: "1", x-codegen: {package: tolerance_pkg, client: Tolerance}}
servers: [{url: "https://tolerance.example.com"}]
paths:
  /items/{itemId}:
    get:
      operationId: getItem
      parameters:
        - {name: itemId, in: path, required: true, schema: {type: string, pattern: '^[\p{L}\p{N}]+$'}}
        - {name: verbose, in: query, schema: {type: string, enum: ["true", "true"]}}
        - {name: note, in: query, schema: {type: string, pattern: '[\p{all}]*'}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Item"}
              example: {name: "Zoë", odd: "?"}
        "404":
          description: missing
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Problem"}
components:
  schemas:
    Item:
      type: object
      properties:
        name: {type: string, pattern: '^[\p{L}\p{Z}]*$'}
        odd: {type: string, pattern: '[\p{all}]*'}
        kind: {type: string, enum: [a, b, a]}
    Problem:
      type: object
      properties:
        message: {type: string}
        at: {type: string, format: date-time}
"""
PARAMETERS = "/paths/~1items~1{itemId}/get/parameters"


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    path = tmp_path / "tolerance.yaml"
    path.write_text(SPEC, encoding="utf-8")
    return path


def test_repeated_enum_values_and_uncompilable_patterns_are_warnings_at_their_place(spec: Path) -> None:
    warnings = build_package(load_bundled(spec)).service.warnings
    located = {(w.pointer, w.line) for w in warnings if w.severity == "warning"}  # type: ignore[attr-defined]
    assert located == {
        (f"{PARAMETERS}/0/schema/pattern", 9),
        (f"{PARAMETERS}/1/schema/enum", 10),
        (f"{PARAMETERS}/2/schema/pattern", 11),
        ("/components/schemas/Item/properties/name/pattern", 29),
        ("/components/schemas/Item/properties/odd/pattern", 30),
        ("/components/schemas/Item/properties/kind/enum", 31),
    }
    odd = next(w for w in warnings if w.pointer.endswith("odd/pattern"))  # type: ignore[attr-defined]
    assert "'[\\\\p{all}]*' is not checked client-side: Python's re cannot compile it" in str(odd)


def test_strict_refuses_them_as_today(spec: Path) -> None:
    with pytest.raises(SpecError) as raised:
        build_package(load_bundled(spec), Options(strict=True))
    assert any("is not a 'regex'" in p.message for p in raised.value.problems)
    # OpenAPI 3.0's schema (JSON Schema draft 4) requires unique enum values; 3.1's does not, but we warn alike
    without_patterns = spec.read_text(encoding="utf-8").replace("pattern:", "x-was-pattern:")
    spec.write_text(without_patterns.replace("openapi: 3.1.0", "openapi: 3.0.3"), encoding="utf-8")
    assert [w.pointer for w in build_package(load_bundled(spec)).service.warnings if "enum" in w.pointer] == [  # type: ignore[attr-defined]
        f"{PARAMETERS}/1/schema/enum",
        "/components/schemas/Item/properties/kind/enum",
    ]
    with pytest.raises(SpecError) as raised:
        build_package(load_bundled(spec), Options(strict=True))
    assert any("non-unique" in p.message for p in raised.value.problems), raised.value.problems


def test_the_package_imports_and_does_not_check_those_patterns(
    spec: Path, tmp_path: Path, generated_packages: GeneratedPackages
) -> None:
    with generated_packages.generate(spec, tmp_path / "out") as package:
        from tolerance_pkg.testing import FakeToleranceServer

        item = package.models.Item.model_validate({"name": "!!", "odd": "x", "kind": "a"})
        assert item.name == "!!"  # the Java pattern is not enforced by the model
        assert [member.value for member in package.models.Kind] == ["a", "b"]
        with FakeToleranceServer() as server, package.ToleranceClient(base_url=server.url) as client:
            client.get_item(item_id="not letters!", note="anything", verbose="true")
            assert server.requests[-1].problems == []


def test_an_error_body_with_a_date_time_field_passes_mypy_strict(spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    generate([spec], out)
    errors = (out / "tolerance_pkg" / "errors.py").read_text(encoding="utf-8")
    assert "def at(self) -> datetime | None:" in errors
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "tolerance_pkg"],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]


@pytest.mark.parametrize(
    ("pattern", "engine"),
    [("[\\p{all}]*", "Python's re"), ("\\p{L}+", "Python's re"), ("(?=a)a", "pydantic's regex engine")],
)
def test_a_pattern_either_engine_cannot_compile_is_named(pattern: str, engine: str) -> None:
    problem = pattern_problem(pattern)
    assert problem is not None and problem.startswith(f"{engine} cannot compile it"), problem
    assert pattern_problem("^[a-z0-9-]+$") is None
