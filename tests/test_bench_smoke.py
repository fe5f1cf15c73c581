"""The benchmark runs end to end in --quick mode and reports every row, ratio and goal.

Timings are never asserted (a shared 2-core machine makes them noise); what is checked is that every row
really ran against the local server (the script checks each row's first result and fails otherwise), that
the payload covers every documented field, and that the report is complete and well-formed.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
import urllib.request
from pathlib import Path

from pydantic import BaseModel

REPO = Path(__file__).resolve().parent.parent

HTTP_ROWS = {
    "floor-ecs-1",
    "boto3-ecs-1",
    "ours-ecs-1",
    "floor-ecs-100",
    "boto3-ecs-100",
    "ours-ecs-100",
    "floor-deadline",
    "boto3-deadline",
    "ours-deadline",
    "floor-datadog",
    "urllib3-datadog",
    "official-datadog",
    "official-datadog-lax",
    "ours-datadog",
}


def _unset_fields(model: BaseModel, where: str) -> list[str]:
    problems = [f"{where}.{name}" for name in sorted(set(type(model).model_fields) - model.model_fields_set)]
    problems += [f"{where} extra {name}" for name in sorted(model.model_extra or {})]
    for name in model.model_fields_set:
        value = model.__dict__[name]  # not getattr: deprecated fields warn on access
        items = value if isinstance(value, list) else [value]
        for index, item in enumerate(items):
            if isinstance(item, BaseModel):
                problems += _unset_fields(item, f"{where}.{name}[{index}]")
    return problems


def test_ecs_payload_sets_every_documented_field() -> None:
    from aws_ecs import models

    from bench import payloads

    built = payloads.build()
    response = models.DescribeTasksResponse.model_validate_json(built.ecs_hundred)
    assert response.tasks is not None and len(response.tasks) == 100
    assert len({task.task_arn for task in response.tasks}) == 100
    assert _unset_fields(response.tasks[0], "tasks[0]") == []
    # epoch-number timestamps, as awsJson sends them
    assert isinstance(json.loads(built.ecs_one)["tasks"][0]["createdAt"], float)


def test_bench_server_answers_by_path_and_target_on_one_connection() -> None:
    from bench.server import BenchServer, Canned

    routes = {"/a#T.Op": Canned(b'{"a":1}'), "/b": Canned(b'{"b":2}')}
    with BenchServer(routes) as server:
        request = urllib.request.Request(server.url + "/a/", data=b"{}", headers={"X-Amz-Target": "T.Op"})
        with urllib.request.urlopen(request, timeout=5) as reply:
            assert json.loads(reply.read()) == {"a": 1}
        with urllib.request.urlopen(server.url + "/b", timeout=5) as reply:
            assert json.loads(reply.read()) == {"b": 2}
        try:
            urllib.request.urlopen(server.url + "/nowhere", timeout=5)
        except urllib.error.HTTPError as error:
            assert error.code == 404
        else:
            raise AssertionError("an unknown path must get a 404")


def test_quick_benchmark_reports_every_row_ratio_and_goal() -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "bench" / "run.py"), "--quick", "--json"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(done.stdout)
    assert {row["name"] for row in results["http"]} == HTTP_ROWS
    assert {row["name"] for row in results["decode"]} == {
        "decode-json",
        "decode-ours",
        "decode-ours-runtime",
        "decode-botocore",
        "decode-json-gc-paused",
        "decode-botocore-gc-paused",
    }
    assert {row["name"] for row in results["imports"]} >= {
        "import-boto3-client",
        "import-aws_ecs-client",
        "first-call-aws_ecs",
        "first-call-datadog_agentless_scanning",
    }
    for row in results["http"] + results["decode"] + results["imports"]:
        assert row["samples_seconds"] and all(s > 0 for s in row["samples_seconds"]), row["name"]
    for name, value in results["ratios"].items():
        assert math.isfinite(value) and value > 0, name
    assert len(results["goals"]) >= 8
    for goal in results["goals"]:
        assert isinstance(goal["met"], bool) and goal["ratio"] in results["ratios"]
    assert "## Goals" in done.stderr  # the human-readable tables went to stderr

    from bench.compare import compare

    table = compare(results, results)  # a run against itself: every row, ratio and goal, unchanged
    assert "| ours-ecs-100 |" in table and "| ecs-100 boto3/ours |" in table
    assert all(f"| {goal['goal']} |" in table for goal in results["goals"])
    assert " 1.00 |" in table


def test_generation_benchmark_reports_every_row() -> None:
    """`bench/generation.py --quick` (no openapi-python-client: --quick does not install it) times our three
    specs, two corpus specs, the synthetic scaling rows, the no-op run and the import floor."""
    result = subprocess.run(
        [sys.executable, "bench/generation.py", "--quick", "--json"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(result.stdout)
    specs = {row["spec"]: row for row in report["specs"]}
    assert {"deadline.yaml", "ecs.yaml", "agentless_scanning.yaml"} <= specs.keys()
    corpus_specs = len(list((REPO.parent / "shared" / "corpus" / "oas-examples").glob("3.*/yaml/*.yaml")))
    assert len(specs) == 3 + min(2, corpus_specs)
    for row in specs.values():
        assert isinstance(row["ours"], float) and row["ours"] > 0, row
        assert row["opc_error"] == "not installed"
    assert [entry["operations"] for entry in report["scaling"]] == [10, 100]
    assert all(isinstance(entry["ours"], float) for entry in report["scaling"])
    assert 0 < report["noop_seconds"] and 0 < report["dmcg_import_floor"]
    assert report["summary"] == {
        "compared": 0,
        "faster": 0,
        "floor_at_least_opc": 0,
        "goal_met": 0,
        "goal_missed": [],
    }
    folder = report["folder"]
    assert folder["specs"] == 3 and 0 < folder["one_run_seconds"] and 0 < folder["sum_of_single_runs_seconds"]
