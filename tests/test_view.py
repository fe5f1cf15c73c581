"""The typed view of a spec (generator/view.py): one `$ref` rule, merged parameters, media choice and security in
force, and the builder, the linter and the diff agreeing because they all read it."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.build import build_service
from generator.diff.spec import diff_specs
from generator.errors import SpecError
from generator.lint import lint_spec
from generator.loader import load_spec
from generator.view import SpecView, media_kind


def document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Pets", "version": "1", "x-codegen": {"package": "pets", "client": "Pets"}},
        "servers": [{"url": "https://pets.example"}],
        "security": [{"key": []}],
        "paths": {
            "/pets/{petId}": {
                "parameters": [
                    {"name": "petId", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "verbose", "in": "query", "description": "path-item level", "schema": {"type": "string"}},
                ],
                "get": {
                    "operationId": "getPet",
                    "parameters": [
                        {
                            "name": "verbose",
                            "in": "query",
                            "description": "operation level",
                            "schema": {"type": "boolean"},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {
                                "text/plain": {"schema": {"type": "string"}},
                                "application/json": {"schema": {"$ref": "#/components/schemas/Pet"}},
                            },
                        },
                        "404": {"$ref": "#/components/responses/NotFound"},
                    },
                },
                "delete": {"operationId": "deletePet", "security": [], "responses": {"204": {"description": "gone"}}},
            }
        },
        "components": {
            "schemas": {"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}},
            "responses": {"NotFound": {"description": "no such pet"}},
            "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}},
        },
    }


def write(tmp_path: Path, name: str, doc: dict[str, Any]) -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return path


def view_of(tmp_path: Path, doc: dict[str, Any]) -> SpecView:
    return SpecView(load_spec(write(tmp_path, "pets.yaml", doc)))


def test_operations_merge_path_item_parameters_and_the_operation_wins(tmp_path: Path) -> None:
    get, delete = view_of(tmp_path, document()).operations
    assert (get.key, delete.key) == ("getPet", "deletePet")
    assert [(p.name, p.location) for p in get.parameters] == [("petId", "path"), ("verbose", "query")]
    assert get.parameters[1].node["description"] == "operation level"
    assert [p.name for p in delete.parameters] == ["petId", "verbose"]  # path-item ones apply to every method


def test_media_choice_and_responses_behind_refs(tmp_path: Path) -> None:
    get = view_of(tmp_path, document()).operations[0]
    ok, not_found = get.responses
    assert ok.content.preferred is not None and ok.content.preferred.media_type == "application/json"
    assert not_found.node["description"] == "no such pet" and not_found.pointer == "/components/responses/NotFound"
    assert [r.status for r in get.errors] == ["404"]
    assert (media_kind("application/vnd.api+json"), media_kind("multipart/mixed")) == ("json", "multipart")


def test_security_in_force(tmp_path: Path) -> None:
    get, delete = view_of(tmp_path, document()).operations
    assert get.scheme_names == {"key"} and not get.anonymous
    assert delete.security == () and delete.anonymous


def _cyclic() -> dict[str, Any]:
    doc = document()
    doc["components"]["schemas"]["Loop"] = {"$ref": "#/components/schemas/Again"}
    doc["components"]["schemas"]["Again"] = {"$ref": "#/components/schemas/Loop"}
    get = doc["paths"]["/pets/{petId}"]["get"]
    get["responses"]["200"]["content"]["application/json"]["schema"] = {"$ref": "#/components/schemas/Loop"}
    return doc


def test_a_ref_cycle_is_one_problem_where_it_is_written(tmp_path: Path) -> None:
    view = view_of(tmp_path, _cyclic())
    pointer = "/paths/~1pets~1{petId}/get/responses/200/content/application~1json/schema"
    first = view.resolve(view.document["paths"]["/pets/{petId}"]["get"]["responses"]["200"], "/x")
    assert first.problem is None
    schema = first.node["content"]["application/json"]["schema"]
    again = view.resolve(schema, pointer)
    assert (
        again.problem is not None and "cycle" in again.problem and again.node == {"$ref": "#/components/schemas/Loop"}
    )
    view.resolve(schema, pointer)  # asked twice: still one problem
    problems = [p for p in view.ref_problems.values() if "cycle" in p.message]
    assert len(problems) == 1 and problems[0].line is not None


def test_builder_linter_and_diff_read_a_cycle_the_same_way(tmp_path: Path) -> None:
    spec = load_spec(write(tmp_path, "pets.yaml", _cyclic()))
    with pytest.raises(SpecError) as failure:
        build_service(spec)
    built = {(p.pointer, p.message) for p in failure.value.problems if "cycle" in p.message}
    linted = {(p.pointer, p.message) for p in lint_spec(spec) if "cycle" in p.message}
    assert built and built == linted
    head = copy.deepcopy(_cyclic())
    head["paths"]["/pets/{petId}"]["get"]["summary"] = "changed"
    changes = diff_specs(spec, load_spec(write(tmp_path, "head.yaml", head)))  # no endless loop, no traceback
    assert all(change.level != "ERR" for change in changes)
