"""What `generate` reports about a broken spec: examples that no longer match their schema, every `$ref` to nothing
(each once, with its line), and messages short enough to read (no dumps of documents or schemas)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import SpecError
from generator.lint import lint_paths
from generator.pipeline import generate

ROOT = """
openapi: 3.1.0
info: {title: Reports, version: "1", x-codegen: {package: reports_pkg}}
servers: [{url: "https://reports.example.com"}]
paths:
"""

WRONG_EXAMPLE = """
  /tasks:
    post:
      operationId: listTasks
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties: {tasks: {type: array, items: {type: string}}}
            examples:
              twoTasks: {value: {tasks: 42}}
      responses:
        "204": {description: done}
"""

MISSING_REFS = """
  /a:
    get:
      operationId: getA
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Missing"}
              example: {x: 1}
  /b:
    get:
      operationId: getB
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Missing"}
  /c:
    post:
      operationId: postC
      requestBody:
        content:
          application/json:
            schema: {$ref: "#/components/schemas/AlsoMissing"}
      responses:
        "204": {description: done}
components:
  schemas:
    Present: {type: object}
"""


def _spec(tmp_path: Path, paths: str) -> Path:
    path = tmp_path / "reports.yaml"
    path.write_text(ROOT.lstrip() + paths.lstrip("\n"), encoding="utf-8")
    return path


def test_generate_refuses_an_example_that_no_longer_matches_its_schema(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as raised:
        generate([_spec(tmp_path, WRONG_EXAMPLE)], tmp_path / "out")
    [problem] = raised.value.problems
    assert problem.rule == "example-valid" and problem.severity == "error" and problem.line is not None
    assert problem.pointer.endswith("/examples/twoTasks/value") and "42 is not of type 'array'" in problem.message
    assert not (tmp_path / "out").exists()


def test_generate_reports_every_missing_ref_once_with_its_line(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as raised:
        generate([_spec(tmp_path, MISSING_REFS)], tmp_path / "out")
    found = [(p.line, p.message) for p in raised.value.problems]
    content = "/paths/~1{}/{}/{}/content/application~1json/schema"
    assert [p.pointer for p in raised.value.problems] == [
        content.format("a", "get", "responses/200"),
        content.format("b", "get", "responses/200"),
        content.format("c", "post", "requestBody"),
    ]
    assert [message for _, message in found] == [
        "$ref '#/components/schemas/Missing' cannot be resolved",
        "$ref '#/components/schemas/Missing' cannot be resolved",
        "$ref '#/components/schemas/AlsoMissing' cannot be resolved",
    ]
    assert all(line is not None for line, _ in found)


def test_lint_messages_about_missing_refs_stay_short(tmp_path: Path) -> None:
    findings = lint_paths([_spec(tmp_path, MISSING_REFS)])
    errors = [f for f in findings if f.severity == "error"]
    assert {f.pointer for f in errors if f.rule == "openapi"} >= {
        "/paths/~1c/post/requestBody/content/application~1json/schema"
    }
    assert all(len(str(f)) < 400 and "{'components'" not in f.message for f in findings), max(
        map(str, findings), key=len
    )
