"""Lint: a spec with planted problems; every one is reported, at the right place, with rule and hint."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.discovery import find_specs
from generator.lint import lint_paths
from generator.pipeline import REPO

BROKEN = """\
openapi: 3.1.0
info:
  title: Broken
  version: "1"
x-aws:
  protocol: restJson1
  signingName: broken
  endpointPrefix: broken
  x-aws-typo: 1
servers:
  - url: https://{region}.broken.example/{stage}
    variables:
      region:
        default: eu
security:
  - sigv4: []
paths:
  /things/{thingId}/{other}:
    get:
      parameters:
        - name: thingId
          in: path
          required: false
          schema: {type: string}
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Thing"
              examples:
                bad:
                  value: {count: "three", tags: [1]}
        "404":
          description: missing
          content:
            application/json:
              schema:
                type: object
  /others:
    get:
      operationId: listThings
      x-lint-ignore: [success-response]
      responses:
        "204":
          description: nothing
    post:
      operationId: listThings
      security:
        - nowhere: []
      x-vendor-thing: true
      x-aws-operaton: ListThings
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Thing"
components:
  securitySchemes:
    sigv4:
      type: apiKey
      in: header
      name: Authorization
      x-aws-auth: sigv4
  schemas:
    Thing:
      type: object
      properties:
        count: {type: integer}
        tags: {type: array, items: {type: string}}
"""


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    lines = text.splitlines()
    hits = [i + 1 for i, line in enumerate(lines) if needle in line]
    return hits[occurrence - 1]


def test_every_planted_problem_is_reported_where_it_is(tmp_path: Path) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_text(BROKEN)
    findings = lint_paths([spec])
    got = {(f.rule, f.severity, f.line) for f in findings}
    expected = {
        ("operation-id", "error", line_of(BROKEN, "    get:", 1)),  # no operationId
        ("operation-id", "error", line_of(BROKEN, "operationId: listThings", 2)),  # duplicate
        ("path-params", "error", line_of(BROKEN, "    get:", 1)),  # {other} undeclared, thingId not required
        ("example-valid", "error", line_of(BROKEN, "value: {count")),  # two violations, both reported
        ("success-response", "error", line_of(BROKEN, "application/json:", 3)),  # POST 200 without example
        ("aws-error-code", "error", line_of(BROKEN, '"404":')),
        ("server-variable-enum", "error", line_of(BROKEN, "- url:")),  # {stage} undefined
        ("server-variable-enum", "error", line_of(BROKEN, "region:")),  # no enum
        ("security-defined", "error", line_of(BROKEN, "    post:")),
        ("extension-known", "error", line_of(BROKEN, "x-aws-typo")),
        ("extension-known", "warning", line_of(BROKEN, "x-vendor-thing")),
        ("extension-known", "error", line_of(BROKEN, "x-aws-operaton")),
        ("description", "warning", line_of(BROKEN, "    Thing:")),
    }
    missing = expected - got
    assert not missing, (missing, sorted(got, key=str))
    example_findings = [f for f in findings if f.rule == "example-valid"]
    assert len(example_findings) == 2, "all violations of one example, not only the first"
    assert {"/count" in f.message or "/tags/0" in f.message for f in example_findings} == {True}
    for finding in findings:
        assert finding.hint and finding.pointer is not None and finding.file == str(spec)
    # x-lint-ignore silenced the 204-without-content success-response finding of GET /others
    assert not any(f.rule == "success-response" and "/others/get" in f.pointer for f in findings)


def test_cli_lint_exit_codes_and_output(tmp_path: Path) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_text(BROKEN)
    result = subprocess.run(
        [sys.executable, "-m", "generator", "lint", str(spec)], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert result.returncode == 1
    assert f"{spec}:" in result.stdout and "[example-valid]" in result.stdout and "fix:" in result.stdout
    clean = subprocess.run(
        [sys.executable, "-m", "generator", "lint"], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert clean.returncode == 0, clean.stdout


def test_the_projects_specs_lint_clean() -> None:
    findings = lint_paths(find_specs(REPO / "specs"))
    assert [str(f) for f in findings if f.severity == "error"] == []


OPENAPI_30_EXAMPLES = """\
openapi: 3.0.3
info: {title: Dialect, version: "1"}
paths:
  /things:
    get:
      operationId: getThing
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
              examples:
                valid: {value: {closedAt: null, score: 5, tag: null}}
                broken: {value: {closedAt: 7, score: 0}}
components:
  schemas:
    Thing:
      type: object
      properties:
        closedAt: {type: string, nullable: true}
        score: {type: integer, minimum: 0, exclusiveMinimum: true}
        tag: {type: string, enum: [a, b], nullable: true}
"""


def test_examples_of_an_openapi_30_spec_are_read_in_its_dialect(tmp_path: Path) -> None:
    """`nullable: true` admits null and `exclusiveMinimum: true` excludes the minimum (a 2020-12 validator reads
    neither: null was refused, and generate then refused valid 3.0 specs)."""
    spec = tmp_path / "dialect.yaml"
    spec.write_text(OPENAPI_30_EXAMPLES, encoding="utf-8")
    found = [f for f in lint_paths([spec]) if f.rule == "example-valid"]
    assert {f.pointer.rsplit("/", 2)[-2] for f in found} == {"broken"}
    assert {f.message.split(":")[0] for f in found} == {"example value at /closedAt", "example value at /score"}
