# Code generated from specs/aws/deadline.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: e6cfeb1d7ad06f75316ea76f4f0c7f4de236db7aeb1c2f3de5f6b5f61723b0f0
"""Request builders and result decoders, one pair per operation, shared by every client class.

Builders check arguments against the spec and return a `PreparedRequest`; nothing is sent from here.
"""

from __future__ import annotations

import re

from . import models
from ._runtime.encoding import path_segment, query_pairs
from ._runtime.params import check_number, check_string, expand_path
from ._runtime.transport import PreparedRequest

_GET_TASK_FARM_ID = re.compile("^farm-[0-9a-f]{32}$")
_GET_TASK_QUEUE_ID = re.compile("^queue-[0-9a-f]{32}$")
_GET_TASK_JOB_ID = re.compile("^job-[0-9a-f]{32}$")
_GET_TASK_STEP_ID = re.compile("^step-[0-9a-f]{32}$")
_GET_TASK_TASK_ID = re.compile("^task-[0-9a-f]{32}-(0|([1-9][0-9]{0,9}))$")
_LIST_TASKS_FARM_ID = re.compile("^farm-[0-9a-f]{32}$")
_LIST_TASKS_QUEUE_ID = re.compile("^queue-[0-9a-f]{32}$")
_LIST_TASKS_JOB_ID = re.compile("^job-[0-9a-f]{32}$")
_LIST_TASKS_STEP_ID = re.compile("^step-[0-9a-f]{32}$")


def get_task(
    *,
    farm_id: str,
    queue_id: str,
    job_id: str,
    step_id: str,
    task_id: str,
) -> PreparedRequest:
    """Build the GetTask request."""
    check_string(
        "GetTask",
        "farm_id",
        farm_id,
        pattern=_GET_TASK_FARM_ID,
        min_length=None,
        max_length=None,
    )
    check_string(
        "GetTask",
        "queue_id",
        queue_id,
        pattern=_GET_TASK_QUEUE_ID,
        min_length=None,
        max_length=None,
    )
    check_string(
        "GetTask",
        "job_id",
        job_id,
        pattern=_GET_TASK_JOB_ID,
        min_length=None,
        max_length=None,
    )
    check_string(
        "GetTask",
        "step_id",
        step_id,
        pattern=_GET_TASK_STEP_ID,
        min_length=None,
        max_length=None,
    )
    check_string(
        "GetTask",
        "task_id",
        task_id,
        pattern=_GET_TASK_TASK_ID,
        min_length=None,
        max_length=None,
    )
    _path = expand_path(
        "/2023-10-12/farms/{farmId}/queues/{queueId}/jobs/{jobId}/steps/{stepId}/tasks/{taskId}",
        {
            "farmId": path_segment("GetTask", "farm_id", "farmId", farm_id, "simple", False),
            "queueId": path_segment("GetTask", "queue_id", "queueId", queue_id, "simple", False),
            "jobId": path_segment("GetTask", "job_id", "jobId", job_id, "simple", False),
            "stepId": path_segment("GetTask", "step_id", "stepId", step_id, "simple", False),
            "taskId": path_segment("GetTask", "task_id", "taskId", task_id, "simple", False),
        },
    )
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _content: bytes | None = None
    _form: list[tuple[str, str]] | None = None
    _files: list[tuple[str, tuple[str, bytes, str]]] | None = None
    return PreparedRequest(
        operation="GetTask",
        method="GET",
        path=_path,
        query=_query,
        headers=_headers,
        content=_content,
        form=_form,
        files=_files,
        host_prefix="management.",
        base_url=None,
    )


def get_task_result(content: bytes) -> models.GetTaskResponse:
    """Decode the GetTask response body."""
    return models.GetTaskResponse.model_validate_json(content, by_alias=True, by_name=False)


def list_tasks(
    *,
    farm_id: str,
    queue_id: str,
    job_id: str,
    step_id: str,
    next_token: str | None = None,
    max_results: int | None = None,
) -> PreparedRequest:
    """Build the ListTasks request."""
    check_string(
        "ListTasks",
        "farm_id",
        farm_id,
        pattern=_LIST_TASKS_FARM_ID,
        min_length=None,
        max_length=None,
    )
    check_string(
        "ListTasks",
        "queue_id",
        queue_id,
        pattern=_LIST_TASKS_QUEUE_ID,
        min_length=None,
        max_length=None,
    )
    check_string(
        "ListTasks",
        "job_id",
        job_id,
        pattern=_LIST_TASKS_JOB_ID,
        min_length=None,
        max_length=None,
    )
    check_string(
        "ListTasks",
        "step_id",
        step_id,
        pattern=_LIST_TASKS_STEP_ID,
        min_length=None,
        max_length=None,
    )
    if next_token is not None:
        check_string(
            "ListTasks",
            "next_token",
            next_token,
            pattern=None,
            min_length=None,
            max_length=4096,
        )
    if max_results is not None:
        check_number(
            "ListTasks",
            "max_results",
            max_results,
            minimum=1,
            maximum=100,
            exclusive_minimum=None,
            exclusive_maximum=None,
            multiple_of=None,
        )
    _path = expand_path(
        "/2023-10-12/farms/{farmId}/queues/{queueId}/jobs/{jobId}/steps/{stepId}/tasks",
        {
            "farmId": path_segment("ListTasks", "farm_id", "farmId", farm_id, "simple", False),
            "queueId": path_segment("ListTasks", "queue_id", "queueId", queue_id, "simple", False),
            "jobId": path_segment("ListTasks", "job_id", "jobId", job_id, "simple", False),
            "stepId": path_segment("ListTasks", "step_id", "stepId", step_id, "simple", False),
        },
    )
    _query: list[tuple[str, str]] = []
    _query.extend(query_pairs("nextToken", next_token, "form", True))
    _query.extend(query_pairs("maxResults", max_results, "form", True))
    _headers: dict[str, str] = {}
    _content: bytes | None = None
    _form: list[tuple[str, str]] | None = None
    _files: list[tuple[str, tuple[str, bytes, str]]] | None = None
    return PreparedRequest(
        operation="ListTasks",
        method="GET",
        path=_path,
        query=_query,
        headers=_headers,
        content=_content,
        form=_form,
        files=_files,
        host_prefix="management.",
        base_url=None,
    )


def list_tasks_result(content: bytes) -> models.ListTasksResponse:
    """Decode the ListTasks response body."""
    return models.ListTasksResponse.model_validate_json(content, by_alias=True, by_name=False)
