# Code generated from specs/aws/deadline.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: 8acd119717cb243b0a2422d4b09c09f63a32272064d3f94045f9ef2b0a1b8cf9
"""Request builders: arguments → `PreparedRequest`, checked against the spec. Shared by every client class."""

from __future__ import annotations

import re

from ._runtime.params import check_string, encode_path_segment, expand_path, wire_text
from ._runtime.transport import PreparedRequest

_GET_TASK_FARM_ID = re.compile("^farm-[0-9a-f]{32}$")
_GET_TASK_QUEUE_ID = re.compile("^queue-[0-9a-f]{32}$")
_GET_TASK_JOB_ID = re.compile("^job-[0-9a-f]{32}$")
_GET_TASK_STEP_ID = re.compile("^step-[0-9a-f]{32}$")
_GET_TASK_TASK_ID = re.compile("^task-[0-9a-f]{32}-(0|([1-9][0-9]{0,9}))$")


def get_task(
    *,
    farm_id: str,
    queue_id: str,
    job_id: str,
    step_id: str,
    task_id: str,
) -> PreparedRequest:
    """Build the GetTask request."""
    farm_id = check_string(
        "GetTask",
        "farm_id",
        farm_id,
        pattern=_GET_TASK_FARM_ID,
        min_length=None,
        max_length=None,
    )
    queue_id = check_string(
        "GetTask",
        "queue_id",
        queue_id,
        pattern=_GET_TASK_QUEUE_ID,
        min_length=None,
        max_length=None,
    )
    job_id = check_string(
        "GetTask",
        "job_id",
        job_id,
        pattern=_GET_TASK_JOB_ID,
        min_length=None,
        max_length=None,
    )
    step_id = check_string(
        "GetTask",
        "step_id",
        step_id,
        pattern=_GET_TASK_STEP_ID,
        min_length=None,
        max_length=None,
    )
    task_id = check_string(
        "GetTask",
        "task_id",
        task_id,
        pattern=_GET_TASK_TASK_ID,
        min_length=None,
        max_length=None,
    )
    path = expand_path(
        "/2023-10-12/farms/{farmId}/queues/{queueId}/jobs/{jobId}/steps/{stepId}/tasks/{taskId}",
        {
            "farmId": encode_path_segment("GetTask", "farm_id", wire_text(farm_id)),
            "queueId": encode_path_segment("GetTask", "queue_id", wire_text(queue_id)),
            "jobId": encode_path_segment("GetTask", "job_id", wire_text(job_id)),
            "stepId": encode_path_segment("GetTask", "step_id", wire_text(step_id)),
            "taskId": encode_path_segment("GetTask", "task_id", wire_text(task_id)),
        },
    )
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    content = None
    return PreparedRequest(
        operation="GetTask",
        method="GET",
        path=path,
        query=query,
        headers=headers,
        content=content,
        host_prefix="management.",
    )
