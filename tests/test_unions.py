"""Unions by our convention (a `oneOf` of single-member objects): Deadline's TaskParameterValue parses each of
its five forms into its own typed variant, and a value with two members is refused."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

import pydantic
import pytest

from generator.build import build_service
from generator.loader import load_spec

SPEC = Path(__file__).resolve().parent.parent / "specs" / "aws" / "deadline.yaml"
FORMS = [
    ({"int": "42"}, "TaskParameterValueInt", "int", "42"),
    ({"float": "0.5"}, "TaskParameterValueFloat", "float", "0.5"),
    ({"string": "main"}, "TaskParameterValueString", "string", "main"),
    ({"path": "/projects/shot010/scene.blend"}, "TaskParameterValuePath", "path", "/projects/shot010/scene.blend"),
    ({"chunkInt": "1-10"}, "TaskParameterValueChunkInt", "chunk_int", "1-10"),
]


@pytest.fixture(scope="module")
def deadline(generated_packages: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    with generated_packages.generate(SPEC, tmp_path_factory.mktemp("unions")) as package:
        yield package


@pytest.mark.parametrize(("wire", "variant", "attribute", "value"), FORMS)
def test_each_form_parses_into_its_own_typed_variant(
    deadline: ModuleType, wire: dict[str, str], variant: str, attribute: str, value: str
) -> None:
    models = deadline.models
    parsed = models.GetTaskResponse.model_validate(
        {
            "taskId": "task-0123456789abcdef0123456789abcdef-7",
            "createdAt": "2025-02-11T18:13:24Z",
            "createdBy": "alice",
            "runStatus": "RUNNING",
            "parameters": {"p": wire},
        },
        by_alias=True,
        by_name=False,
    )
    member = parsed.parameters["p"].root
    assert type(member) is getattr(models, variant)
    assert getattr(member, attribute) == value
    assert parsed.to_wire()["parameters"] == {"p": wire}


def test_two_members_at_once_are_refused(deadline: ModuleType) -> None:
    models = deadline.models
    with pytest.raises(pydantic.ValidationError):
        models.TaskParameterValue.model_validate({"int": "1", "float": "2.0"})
    with pytest.raises(pydantic.ValidationError):
        models.TaskParameterValueInt(int="1", chunk_int="1-3")
    with pytest.raises(pydantic.ValidationError):
        models.TaskParameterValue({"int": "1", "string": "a"})
    built = models.TaskParameterValue(models.TaskParameterValueInt(int="7"))
    assert built.root.int == "7"


def test_the_members_constraints_are_the_models(deadline: ModuleType) -> None:
    with pytest.raises(pydantic.ValidationError):
        deadline.models.TaskParameterValueInt(int="4.2")  # the model's IntString pattern
    with pytest.raises(pydantic.ValidationError):
        deadline.models.TaskParameterValueString(string="x" * 1025)


def test_only_single_member_branches_make_a_union(tmp_path: Path) -> None:
    spec = tmp_path / "u.yaml"
    spec.write_text(
        """openapi: 3.1.0
info: {title: u, version: "1"}
paths: {}
components:
  schemas:
    Single:
      oneOf:
        - {type: object, required: [a], properties: {a: {type: string}}}
        - {type: object, required: [b], properties: {b: {type: integer}}}
    Mixed:
      oneOf:
        - {type: object, required: [a], properties: {a: {type: string}, c: {type: string}}}
        - {type: object, required: [b], properties: {b: {type: integer}}}
"""
    )
    models = {m.class_name: m for m in build_service(load_spec(spec)).models}
    assert models["Single"].variants == ("SingleA", "SingleB")
    assert models["Mixed"].variants == ()


def test_a_member_the_service_adds_later_still_parses(deadline: ModuleType) -> None:
    models = deadline.models
    value = models.TaskParameterValue.model_validate({"bool": "true"})
    assert type(value.root).__name__ == "UnknownUnionMember"
    assert value.root.model_extra == {"bool": "true"}
    assert value.model_dump(mode="json", by_alias=True) == {"bool": "true"}
    with pytest.raises(pydantic.ValidationError):
        models.TaskParameterValue.model_validate({"bool": "true", "int": "1"})
