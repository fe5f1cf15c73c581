"""`generator audit`: differences planted in copies of the specs are reported with their pointer and rule, and
`--fix` restores what it removed, touching only those places."""

from __future__ import annotations

import difflib
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.audit.findings import accepted_rules
from generator.audit.fix import _Document
from generator.audit.html_text import html_to_text
from generator.cli import main

SPECS = Path(__file__).resolve().parent.parent / "specs"
DEADLINE_TASK = "/2023-10-12/farms/{farmId}/queues/{queueId}/jobs/{jobId}/steps/{stepId}/tasks/{taskId}"


def _copy(tmp_path: Path, relative: str) -> Path:
    target = tmp_path / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SPECS / relative, target)
    return target


def _audit(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, dict[str, Any]]:
    capsys.readouterr()
    code = main(["audit", "--format", "json", *arguments])
    return code, json.loads(capsys.readouterr().out)


def _keys(report: dict[str, Any]) -> set[tuple[str, str, str]]:
    return {(f["pointer"], f["rule"], f["severity"]) for f in report["findings"]}


def _edit(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    document = yaml.safe_load(path.read_text())
    change(document)
    path.write_text(yaml.safe_dump(document, sort_keys=False, width=100))


def _remove_member(d: dict[str, Any]) -> None:
    del d["components"]["schemas"]["Task"]["properties"]["version"]


def _drop_launch_type(d: dict[str, Any]) -> None:
    d["components"]["schemas"]["LaunchType"]["enum"].remove("FARGATE")


def _drop_required(d: dict[str, Any]) -> None:
    d["components"]["schemas"]["ResourceRequirement"]["required"].remove("type")


def _change_pattern(d: dict[str, Any]) -> None:
    d["components"]["schemas"]["GetTaskResponse"]["properties"]["taskId"]["pattern"] = "^task-[0-9a-f]{16}$"


def _wrong_method(d: dict[str, Any]) -> None:
    item = d["paths"][DEADLINE_TASK]
    item["post"] = item.pop("get")


def _rename_attribute(d: dict[str, Any]) -> None:
    properties = d["components"]["schemas"]["AwsOnDemandAttributes"]["properties"]
    properties["resource_arn"] = properties.pop("arn")


ECS_LIST_TASKS = "/#X-Amz-Target=AmazonEC2ContainerServiceV20141113.ListTasks"
ECS_DESCRIBE_TASKS = "/#X-Amz-Target=AmazonEC2ContainerServiceV20141113.DescribeTasks"


def _drop_idempotency(d: dict[str, Any]) -> None:
    del d["components"]["schemas"]["RunTaskRequest"]["properties"]["clientToken"]["x-aws-idempotency-token"]


def _drop_pagination(d: dict[str, Any]) -> None:
    del d["paths"][ECS_LIST_TASKS]["post"]["x-aws-pagination"]


def _change_waiter(d: dict[str, Any]) -> None:
    d["paths"][ECS_DESCRIBE_TASKS]["post"]["x-waiters"]["TasksStopped"]["minDelay"] = 5


def _not_throttling(d: dict[str, Any]) -> None:
    d["components"]["schemas"]["ThrottlingException"]["x-aws-error"]["throttling"] = False


PLANTS = [
    ("aws/ecs.yaml", _remove_member, "/components/schemas/Task/properties/version", "audit-member-missing", "warning"),
    ("aws/ecs.yaml", _drop_launch_type, "/components/schemas/LaunchType/enum", "audit-enum-missing", "warning"),
    (
        "aws/ecs.yaml",
        _drop_required,
        "/components/schemas/ResourceRequirement/properties/type",
        "audit-required",
        "error",
    ),
    (
        "aws/deadline.yaml",
        _change_pattern,
        "/components/schemas/GetTaskResponse/properties/taskId/pattern",
        "audit-constraint",
        "error",
    ),
    (
        "aws/deadline.yaml",
        _wrong_method,
        "/paths/~12023-10-12~1farms~1{farmId}~1queues~1{queueId}~1jobs~1{jobId}~1steps~1{stepId}~1tasks~1{taskId}/post",
        "audit-binding",
        "error",
    ),
    (
        "datadog/agentless_scanning.yaml",
        _rename_attribute,
        "/components/schemas/AwsOnDemandAttributes/properties/resource_arn",
        "audit-member-extra",
        "error",
    ),
    (
        "aws/ecs.yaml",
        _drop_idempotency,
        "/components/schemas/RunTaskRequest/properties/clientToken/x-aws-idempotency-token",
        "audit-idempotency",
        "warning",
    ),
    (
        "aws/ecs.yaml",
        _drop_pagination,
        "/paths/~1#X-Amz-Target=AmazonEC2ContainerServiceV20141113.ListTasks/post/x-aws-pagination",
        "audit-pagination",
        "warning",
    ),
    (
        "aws/ecs.yaml",
        _change_waiter,
        "/paths/~1#X-Amz-Target=AmazonEC2ContainerServiceV20141113.DescribeTasks/post/x-waiters/TasksStopped/minDelay",
        "audit-waiter",
        "error",
    ),
    (
        "aws/deadline.yaml",
        _not_throttling,
        "/components/schemas/ThrottlingException/x-aws-error/throttling",
        "audit-error",
        "error",
    ),
]


@pytest.mark.parametrize(
    ("spec", "plant", "pointer", "rule", "severity"), PLANTS, ids=lambda p: getattr(p, "__name__", None)
)
def test_a_planted_difference_is_reported_with_its_pointer_and_rule(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    spec: str,
    plant: Callable[[dict[str, Any]], None],
    pointer: str,
    rule: str,
    severity: str,
) -> None:
    baseline = _copy(tmp_path / "baseline", spec)
    _edit(baseline, lambda d: None)  # the same serialisation as the planted copy
    planted = _copy(tmp_path / "planted", spec)
    _edit(planted, plant)
    _, before = _audit(capsys, str(baseline))
    fail_on = "error" if severity == "error" else "warning"
    code, after = _audit(capsys, "--fail-on", fail_on, str(planted))
    assert (pointer, rule, severity) in _keys(after) - _keys(before)
    finding = next(f for f in after["findings"] if (f["pointer"], f["rule"]) == (pointer, rule))
    assert finding["line"] and finding["hint"] and finding["file"].endswith(Path(spec).name)
    assert code == 1


def test_the_plants_together_fail_the_audit_by_default(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = []
    for spec in ("aws/ecs.yaml", "aws/deadline.yaml", "datadog/agentless_scanning.yaml"):
        copy = _copy(tmp_path, spec)
        _edit(copy, lambda d, s=spec: [plant(d) for name, plant, *_ in PLANTS if name == s])  # type: ignore[misc]
        paths.append(str(copy))
    code, report = _audit(capsys, *paths)
    assert code == 1
    assert {(p, r, s) for _, _, p, r, s in PLANTS} <= _keys(report)


def test_an_accepted_difference_is_counted_not_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = _copy(tmp_path, "aws/ecs.yaml")
    _edit(copy, _drop_required)
    _, before = _audit(capsys, str(copy))

    def accept(d: dict[str, Any]) -> None:
        d["components"]["schemas"]["ResourceRequirement"]["x-audit-accept"] = {"audit-required": "test: a reason"}

    _edit(copy, accept)
    _, after = _audit(capsys, str(copy))
    pointer = "/components/schemas/ResourceRequirement/properties/type"
    assert (pointer, "audit-required", "error") in _keys(before) - _keys(after)
    assert after["accepted"] >= before["accepted"] + 1
    assert "accepted difference(s)" in after["summary"]


def test_x_audit_accept_needs_a_known_rule_and_a_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = _copy(tmp_path, "aws/deadline.yaml")
    _edit(copy, lambda d: d["components"]["schemas"]["TaskRunStatus"].update({"x-audit-accept": {"no-such": "x"}}))
    code, report = _audit(capsys, str(copy))
    assert code == 1
    assert ("/components/schemas/TaskRunStatus/x-audit-accept", "audit-accept", "error") in _keys(report)


def test_accepted_rules_apply_at_and_below_their_node() -> None:
    document = {"a": {"x-audit-accept": {"audit-type": "why"}, "b": {"c": 1}}, "d": {}}
    assert accepted_rules(document, "/a/b/c") == {"audit-type"}
    assert accepted_rules(document, "/a/b/missing") == {"audit-type"}
    assert accepted_rules(document, "/d") == set()


def _delete_member(path: Path, schema: str, member: str) -> None:
    """Delete a property's lines from the file, leaving every other line as it is."""
    text = path.read_text()
    document = _Document(text)
    properties = document.node(f"/components/schemas/{schema}/properties")
    assert isinstance(properties, yaml.MappingNode)
    key, value = next((k, v) for k, v in properties.value if k.value == member)
    lines = text.splitlines(keepends=True)
    del lines[key.start_mark.line : document.last_line(value) + 1]
    path.write_text("".join(lines))


def test_fix_restores_removed_members_touching_only_those_places(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = _copy(tmp_path, "aws/ecs.yaml")
    main(["audit", "--fix", str(copy)])  # whatever the spec lacks today is written first
    removed = [("Task", "version"), ("Container", "exitCode"), ("Failure", "reason")]
    for schema, member in removed:
        _delete_member(copy, schema, member)
    stripped = copy.read_text()
    _, before = _audit(capsys, str(copy))
    pointers = {f"/components/schemas/{schema}/properties/{member}" for schema, member in removed}
    assert {(p, "audit-member-missing", "warning") for p in pointers} <= _keys(before)

    main(["audit", "--fix", str(copy)])
    fixed = copy.read_text()
    _, after = _audit(capsys, str(copy))
    assert not {f["pointer"] for f in after["findings"]} & pointers
    yaml.safe_load(fixed)
    matcher = difflib.SequenceMatcher(a=stripped.splitlines(), b=fixed.splitlines(), autojunk=False)
    changes = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    assert [op[0] for op in changes] == ["insert"] * 3
    inserted_keys = {fixed.splitlines()[op[3]].strip() for op in changes}
    assert inserted_keys == {"version:", "exitCode:", "reason:"}


def _delete_key(path: Path, pointer: str, key: str) -> None:
    text = path.read_text()
    document = _Document(text)
    mapping = document.node(pointer)
    assert isinstance(mapping, yaml.MappingNode)
    key_node, value = next((k, v) for k, v in mapping.value if k.value == key)
    lines = text.splitlines(keepends=True)
    del lines[key_node.start_mark.line : document.last_line(value) + 1]
    path.write_text("".join(lines))


def test_fix_writes_in_the_files_sequence_style(tmp_path: Path) -> None:
    """deadline.yaml indents sequences under their key, ecs.yaml does not: an addition follows its file."""
    for spec, expected in (
        ("aws/deadline.yaml", "      required:\n        - "),
        ("aws/ecs.yaml", "      required:\n      - tasks\n"),
    ):
        copy = _copy(tmp_path, spec)
        main(["audit", "--fix", str(copy)])
        schema = "GetTaskResponse" if "deadline" in spec else "DescribeTasksRequest"
        _delete_key(copy, f"/components/schemas/{schema}", "required")
        main(["audit", "--fix", str(copy)])
        text = copy.read_text()
        assert expected in text
        assert text.index(expected) < text.index("      properties:", text.index(f"    {schema}:"))


def test_text_and_github_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = _copy(tmp_path, "aws/ecs.yaml")
    _edit(copy, _drop_required)
    capsys.readouterr()
    assert main(["audit", str(copy)]) == 1
    text = capsys.readouterr().out
    assert "error: [audit-required] type is required in the model's ResourceRequirement" in text
    assert text.splitlines()[-1].startswith("audit: 1 spec(s) against botocore ecs/2014-11-13:")
    assert main(["audit", "--format", "github", str(copy)]) == 1
    github = capsys.readouterr().out
    assert any(
        line.startswith("::error file=") and "title=audit audit-required" in line for line in github.splitlines()
    )


def test_html_documentation_becomes_plain_text() -> None:
    html = "<p>The <code>GPU</code> mode.</p> <ul> <li> <p>A: one.</p> </li> <li><p>B: two</p></li></ul><p>End.</p>"
    assert html_to_text(html) == "The GPU mode.\n\n- A: one.\n- B: two\n\nEnd."


def test_github_format_annotates_only_the_changed_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess

    copy = _copy(tmp_path, "aws/ecs.yaml")
    monkeypatch.chdir(tmp_path)
    for command in (
        ["init", "-q"],
        ["add", "aws/ecs.yaml"],
        ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "base"],
    ):
        subprocess.run(["git", *command], check=True, cwd=tmp_path)
    text = copy.read_text()
    launch_type = text.index("    LaunchType:")
    fargate = text.index("- FARGATE\n", launch_type)
    copy.write_text(text[:fargate] + "- FARGATEX\n" + text[fargate + len("- FARGATE\n") :])
    capsys.readouterr()
    main(["audit", "--format", "github", "--changed-from", "HEAD", "aws/ecs.yaml"])
    lines = capsys.readouterr().out.splitlines()
    annotated = [line for line in lines if line.startswith("::")]
    assert len(annotated) == 1 and "FARGATEX" in annotated[0] and "title=audit audit-enum-extra" in annotated[0]
    # the value the model has and the spec now lacks is reported on the enum's (unchanged) line: listed, not annotated
    assert any("audit-enum-missing" in line and not line.startswith("::") for line in lines)


def test_fix_restores_pagination_and_idempotency_traits(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = _copy(tmp_path, "aws/ecs.yaml")
    main(["audit", "--fix", str(copy)])
    _delete_key(copy, "/paths/~1#X-Amz-Target=AmazonEC2ContainerServiceV20141113.ListTasks/post", "x-aws-pagination")
    _delete_key(copy, "/components/schemas/RunTaskRequest/properties/clientToken", "x-aws-idempotency-token")
    _, before = _audit(capsys, str(copy))
    assert {"audit-pagination", "audit-idempotency"} <= {f["rule"] for f in before["findings"]}
    main(["audit", "--fix", str(copy)])
    _, after = _audit(capsys, str(copy))
    assert not {"audit-pagination", "audit-idempotency"} & {f["rule"] for f in after["findings"]}
    document = yaml.safe_load(copy.read_text())
    trait = document["paths"][ECS_LIST_TASKS]["post"]["x-aws-pagination"]
    assert trait == {
        "inputToken": "nextToken",
        "outputToken": "nextToken",
        "items": "taskArns",
        "pageSize": "maxResults",
    }
    token = document["components"]["schemas"]["RunTaskRequest"]["properties"]["clientToken"]
    assert token["x-aws-idempotency-token"] is True
