"""The diff's generated section compares `paginate_` methods from the IR of both sides: a paginator that goes away,
or whose token, output token or items path changes, is breaking; a new one is INFO."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.build.service import build_service
from generator.diff.client_api import compare_services
from generator.loader import load_spec

SPEC = Path(__file__).parent / "specs" / "aws_paging.yaml"
LIST_TASKS = "/#X-Amz-Target=AmazonEC2ContainerServiceV20141113.ListTasks"


def service(tmp_path: Path, change: Callable[[dict[str, Any]], object] | None = None, name: str = "base") -> Any:
    document = yaml.safe_load(SPEC.read_text())
    if change is not None:
        change(document)
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return build_service(load_spec(path, f"{name}.yaml"))


def _trait(document: dict[str, Any]) -> dict[str, Any]:
    return document["paths"][LIST_TASKS]["post"]["x-aws-pagination"]  # type: ignore[no-any-return]


def _items_renamed(document: dict[str, Any]) -> None:
    schema = document["components"]["schemas"]["ListTasksResponse"]["properties"]
    schema["arns"] = schema.pop("taskArns")
    _trait(document)["items"] = "arns"


@pytest.mark.parametrize(
    ("change", "level", "message"),
    [
        (lambda d: d["paths"][LIST_TASKS]["post"].pop("x-aws-pagination"), "ERR", "paginate_list_tasks() is gone"),
        (_items_renamed, "ERR", "items path 'taskArns' → 'arns'"),
        (lambda d: _trait(d).update(inputToken="cluster"), "ERR", "token argument 'next_token' → 'cluster'"),
    ],
)
def test_paginator_changes(
    tmp_path: Path, change: Callable[[dict[str, Any]], object], level: str, message: str
) -> None:
    changes = compare_services(service(tmp_path), service(tmp_path, change, "head"))
    found = [c for c in changes if "paginat" in c.message or "paginat" in c.rule]
    assert any(c.level == level and message in c.message for c in found), [(c.level, c.message) for c in changes]


def test_a_new_paginator_is_info_and_no_change_is_none(tmp_path: Path) -> None:
    base = service(tmp_path, lambda d: d["paths"][LIST_TASKS]["post"].pop("x-aws-pagination"))
    changes = compare_services(base, service(tmp_path, name="head"))
    assert [(c.level, c.rule) for c in changes] == [("INFO", "api-added")]
    assert compare_services(service(tmp_path), service(tmp_path, name="same")) == []
