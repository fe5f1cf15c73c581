"""The fake server's default answer is what the real service sends when nothing is queued: the operation's first
documented success response, with its status (a bodiless 204 answers 204), and an example in its wire form."""

from __future__ import annotations

import textwrap
from pathlib import Path

import httpx
from conftest import GeneratedPackages

from generator.build import build_service
from generator.pipeline import load_bundled

SPEC = """
openapi: 3.1.0
info: {title: Notes, version: "1", x-codegen: {package: fake_defaults_notes, client: Notes}}
servers: [{url: "https://notes.example.com"}]
paths:
  /notes/{noteId}:
    parameters: [{name: noteId, in: path, required: true, schema: {type: string}}]
    delete:
      operationId: deleteNote
      responses:
        "204": {description: deleted}
    put:
      operationId: putNote
      responses:
        "201":
          description: created
          content:
            application/json:
              schema: {type: object, properties: {id: {type: string}}}
              example: {id: n-1}
"""


def _write(folder: Path, text: str) -> Path:
    path = folder / "spec.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_a_bodiless_204_delete_answers_204_without_a_body(
    tmp_path: Path, generated_packages: GeneratedPackages
) -> None:
    spec = _write(tmp_path, SPEC)
    with generated_packages.generate(spec, tmp_path / "out") as package:
        testing = __import__(f"{package.__name__}.testing", fromlist=["FakeNotesServer"])
        with testing.FakeNotesServer() as server:
            deleted = httpx.delete(f"{server.url}/notes/n-1")
            created = httpx.put(f"{server.url}/notes/n-1")
            with package.NotesClient(base_url=server.url) as client:
                assert client.delete_note(note_id="n-1") is None
    assert (deleted.status_code, deleted.content) == (204, b"")
    assert (created.status_code, created.json()) == (201, {"id": "n-1"})


TIMESTAMPS = """
openapi: 3.1.0
info: {title: Clock, version: "1"}
servers: [{url: "https://clock.example.com"}]
paths:
  /now:
    get:
      operationId: getNow
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Now"}
              examples:
                printed: {value: {events: [{at: "2025-02-03T16:01:58Z"}]}}
                wire: {value: {events: [{at: 1738598518.0}]}}
components:
  schemas:
    Now:
      type: object
      properties:
        events:
          type: array
          items:
            type: object
            properties:
              at: {type: [number, string], format: date-time, x-timestamp-format: epoch-seconds}
"""


def test_the_default_example_is_the_first_in_wire_form(tmp_path: Path) -> None:
    service = build_service(load_bundled(_write(tmp_path, TIMESTAMPS)))
    (operation,) = service.operations
    assert [e.name for e in operation.response_examples] == ["printed", "wire"]
    assert operation.default_example == "wire"


def test_without_a_wire_form_example_the_first_is_the_default(tmp_path: Path) -> None:
    service = build_service(load_bundled(_write(tmp_path, TIMESTAMPS.replace("at: 1738598518.0", "at: later"))))
    assert service.operations[0].default_example == "printed"


def test_the_ecs_fake_answers_describe_tasks_with_epoch_timestamps() -> None:
    from aws_ecs.testing import ROUTES

    (route,) = [r for r in ROUTES if r.operation == "DescribeTasks"]
    assert route.default_example == "sampleResponseWire"
    status, body = route.examples[route.default_example]
    assert status == 200 and isinstance(body["tasks"][0]["createdAt"], float)


def test_the_package_readme_lists_each_operations_examples() -> None:
    from conftest import GENERATED

    readme = (GENERATED / "aws_ecs" / "README.md").read_text(encoding="utf-8")
    assert "| `DescribeTasks` | `sampleResponse` (200), `sampleResponseWire` (200, default) |" in readme
