"""The `pagination` lint rule and the builder agree: a trait naming a member that is not there is reported with
the trait's place, and the build refuses it with a clear message."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.errors import SpecError
from generator.lint import lint_paths
from generator.pipeline import generate

SPEC = Path(__file__).parent / "specs" / "aws_paging.yaml"
POINTER = "/paths/~1#X-Amz-Target=AmazonEC2ContainerServiceV20141113.ListTasks/post/x-aws-pagination"


def with_trait(tmp_path: Path, trait: object) -> Path:
    document = yaml.safe_load(SPEC.read_text())
    operation = document["paths"]["/#X-Amz-Target=AmazonEC2ContainerServiceV20141113.ListTasks"]["post"]
    operation["x-aws-pagination"] = trait
    path = tmp_path / "paging.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return path


def pagination_findings(path: Path) -> list[str]:
    return [f.message for f in lint_paths([path]) if f.rule == "pagination" and f.pointer == POINTER]


def test_the_test_spec_lints_clean() -> None:
    assert lint_paths([SPEC]) == []


@pytest.mark.parametrize(
    ("trait", "message"),
    [
        (
            {"inputToken": "pageToken", "outputToken": "nextToken", "items": "taskArns"},
            "the token 'pageToken' is not a parameter or request body member of the operation",
        ),
        (
            {"inputToken": "nextToken", "outputToken": "next.token", "items": "taskArns"},
            "the output token path 'next.token' is not in the success response",
        ),
        (
            {"inputToken": "nextToken", "outputToken": "nextToken", "items": "nextToken"},
            "the items path 'nextToken' is not an array",
        ),
        (
            {"inputToken": "nextToken", "outputToken": "nextToken", "items": "taskArns", "pageSize": "limit"},
            "the page size 'limit' is not a parameter or request body member of the operation",
        ),
        ({"inputToken": "nextToken"}, "x-aws-pagination needs outputToken, items (strings)"),
    ],
)
def test_a_trait_path_that_is_not_there_is_reported(tmp_path: Path, trait: object, message: str) -> None:
    path = with_trait(tmp_path, trait)
    assert pagination_findings(path) == [message]
    with pytest.raises(SpecError):
        generate([path], tmp_path / "out")


def test_x_pagination_styles_lint_against_parameters_and_nested_paths(tmp_path: Path) -> None:
    document = yaml.safe_load(SPEC.read_text())
    operation = document["paths"]["/#X-Amz-Target=AmazonEC2ContainerServiceV20141113.ListTasks"]["post"]
    del operation["x-aws-pagination"]
    operation["x-pagination"] = {"cursorParam": "nextToken", "cursorPath": "meta.after", "resultsPath": "taskArns"}
    path = tmp_path / "cursor.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    (finding,) = [f for f in lint_paths([path]) if f.rule == "pagination"]
    assert finding.message == "the output token path 'meta.after' is not in the success response"
