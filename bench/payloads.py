"""The benchmark's response bodies, built from the specs' own examples.

- ECS: the `sampleResponseWire` example of DescribeTasks (epoch-number timestamps), with every property
  that the spec's `Task` schema defines filled in, recursively (nested objects, and one element in every
  list the example leaves empty), so decoding exercises every documented field. The 100-task body
  repeats that task with distinct ARNs.
- Deadline: the GetTask `runningTask` example; Datadog: the documented 200 of getAwsOnDemandTask.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"

#: A fixed instant for synthesized epoch-seconds timestamps (2025-02-03T21:02:20.5Z).
_EPOCH = 1738616540.5


def load_spec(relative: str) -> dict[str, Any]:
    with (SPECS / relative).open() as file:
        spec: dict[str, Any] = yaml.safe_load(file)
    return spec


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        merged = dict(spec["components"]["schemas"][name])
        merged.update({k: v for k, v in schema.items() if k != "$ref"})
        schema = merged
    return schema


def _types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type", "object" if "properties" in schema else "string")
    return kind if isinstance(kind, list) else [kind]


def synthesize(spec: dict[str, Any], schema: dict[str, Any], name: str) -> Any:
    """A wire value for `schema` with every property present."""
    schema = _resolve(spec, schema)
    if "oneOf" in schema or "anyOf" in schema:  # a union: its first variant
        return synthesize(spec, (schema.get("oneOf") or schema["anyOf"])[0], name)
    if "enum" in schema:
        return schema["enum"][0]
    if schema.get("x-timestamp-format") == "epoch-seconds":
        return _EPOCH
    kinds = _types(schema)
    if "object" in kinds:
        return {prop: synthesize(spec, sub, prop) for prop, sub in schema.get("properties", {}).items()}
    if "array" in kinds:
        return [synthesize(spec, schema["items"], name)]
    if "integer" in kinds:
        return 7
    if "number" in kinds:
        return 1.5
    if "boolean" in kinds:
        return True
    return f"{name}-example"


def fill(spec: dict[str, Any], schema: dict[str, Any], value: Any, name: str) -> Any:
    """`value` (an example) with every property its schema defines and the example lacks added."""
    schema = _resolve(spec, schema)
    kinds = _types(schema)
    if "object" in kinds and isinstance(value, dict) and "properties" in schema:
        result = dict(value)
        for prop, sub in schema["properties"].items():
            result[prop] = fill(spec, sub, value[prop], prop) if prop in value else synthesize(spec, sub, prop)
        return result
    if "array" in kinds and isinstance(value, list):
        if not value:
            return [synthesize(spec, schema["items"], name)]
        return [fill(spec, schema["items"], item, name) for item in value]
    return value


def _response_example(spec: dict[str, Any], path: str, method: str, name: str) -> Any:
    content = spec["paths"][path][method]["responses"]["200"]["content"]
    (media,) = content.values()
    return media["examples"][name]["value"]


@dataclass(frozen=True)
class Payloads:
    ecs_target: str
    ecs_task_arn: str
    ecs_one: bytes
    ecs_hundred: bytes
    deadline_ids: dict[str, str]
    deadline_path: str
    deadline: bytes
    datadog_task_id: str
    datadog_path: str
    datadog: bytes


def full_ecs_task() -> dict[str, Any]:
    """The `sampleResponseWire` task with every property of the `Task` schema filled in."""
    spec = load_spec("aws/ecs.yaml")
    path = "/#X-Amz-Target=AmazonEC2ContainerServiceV20141113.DescribeTasks"
    example = _response_example(spec, path, "post", "sampleResponseWire")
    task: dict[str, Any] = fill(spec, {"$ref": "#/components/schemas/Task"}, example["tasks"][0], "task")
    return task


def build() -> Payloads:
    ecs = load_spec("aws/ecs.yaml")
    target_prefix = ecs["x-aws"]["targetPrefix"]
    task = full_ecs_task()
    arn_prefix = task["taskArn"].rsplit("/", 1)[0]
    tasks = []
    for index in range(100):
        one = copy.deepcopy(task)
        one["taskArn"] = f"{arn_prefix}/{index:032x}"
        tasks.append(one)
    failure = synthesize(ecs, {"$ref": "#/components/schemas/Failure"}, "failure")

    deadline_spec = load_spec("aws/deadline.yaml")
    # The GetTask path (the spec may hold other operations too).
    ((deadline_path_template, deadline_item),) = [
        (path, item)
        for path, item in deadline_spec["paths"].items()
        if item.get("get", {}).get("operationId") == "getTask"
    ]
    ids = {
        param["name"]: next(iter(param["examples"].values()))["value"] for param in deadline_item["get"]["parameters"]
    }
    deadline_path = deadline_path_template.format(**ids)
    deadline_body = _response_example(deadline_spec, deadline_path_template, "get", "runningTask")

    datadog_spec = load_spec("datadog/agentless_scanning.yaml")
    datadog_template = "/api/v2/agentless_scanning/ondemand/aws/{task_id}"
    datadog_body = _response_example(datadog_spec, datadog_template, "get", "ok")
    datadog_task_id = datadog_body["data"]["id"]

    def dump(value: Any) -> bytes:
        return json.dumps(value, separators=(",", ":")).encode()

    return Payloads(
        ecs_target=f"{target_prefix}.DescribeTasks",
        ecs_task_arn=task["taskArn"],
        ecs_one=dump({"tasks": [task], "failures": []}),
        ecs_hundred=dump({"tasks": tasks, "failures": [failure]}),
        deadline_ids=ids,
        deadline_path=deadline_path,
        deadline=dump(deadline_body),
        datadog_task_id=datadog_task_id,
        datadog_path=datadog_template.format(task_id=datadog_task_id),
        datadog=dump(datadog_body),
    )
