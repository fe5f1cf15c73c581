# Code generated from specs/aws/deadline.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: e6cfeb1d7ad06f75316ea76f4f0c7f4de236db7aeb1c2f3de5f6b5f61723b0f0
"""A local fake of AWS Deadline Cloud for your tests: serves the spec's examples, checks requests.

from aws_deadline.testing import FakeDeadlineServer

with FakeDeadlineServer() as server:
    client = DeadlineClient(endpoint_url=server.url, region="us-east-1",
                            aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="secret")
    ...                             # calls get the documented example back
    server.respond('GetTask', status=500, body={...})  # queue a failure
    server.requests[-1]             # what the client sent, with any spec violations
"""

from __future__ import annotations

from typing import Any

from ._runtime.fake_paging import FakePaging
from ._runtime.fake_server import FakeServer, RecordedRequest, Route

__all__ = ["FakeDeadlineServer", "RecordedRequest", "ROUTES"]

ROUTES = (
    Route(
        operation="GetTask",
        method="GET",
        path="/2023-10-12/farms/{farmId}/queues/{queueId}/jobs/{jobId}/steps/{stepId}/tasks/{taskId}",
        content_type="application/json",
        target=None,
        param_patterns={
            "farmId": "^farm-[0-9a-f]{32}$",
            "queueId": "^queue-[0-9a-f]{32}$",
            "jobId": "^job-[0-9a-f]{32}$",
            "stepId": "^step-[0-9a-f]{32}$",
            "taskId": "^task-[0-9a-f]{32}-(0|([1-9][0-9]{0,9}))$",
        },
        request_model=None,
        body_required=False,
        examples={
            "runningTask": (
                200,
                {
                    "createdAt": "2025-02-11T18:13:24.576Z",
                    "createdBy": "arn:aws:sts::123456789012:assumed-role/Admin/alice",
                    "failureRetryCount": 1,
                    "latestSessionActionId": "sessionaction-0123456789abcdef0123456789abcdef-12",
                    "parameters": {
                        "frame": {"int": "42"},
                        "scale": {"float": "0.5"},
                        "camera": {"string": "main"},
                        "scene": {"path": "/projects/shot010/scene.blend"},
                    },
                    "runStatus": "RUNNING",
                    "startedAt": "2025-02-11T18:25:04.550Z",
                    "targetRunStatus": "READY",
                    "taskId": "task-0123456789abcdef0123456789abcdef-7",
                    "updatedAt": "2025-02-11T18:25:04.550Z",
                    "updatedBy": "arn:aws:sts::123456789012:assumed-role/Worker/fleet-1",
                },
            ),
            "finishedTask": (
                200,
                {
                    "createdAt": "2025-02-11T18:13:24Z",
                    "createdBy": "arn:aws:sts::123456789012:assumed-role/Admin/alice",
                    "endedAt": "2025-02-11T19:02:00Z",
                    "runStatus": "SUCCEEDED",
                    "taskId": "task-fedcba9876543210fedcba9876543210-0",
                },
            ),
        },
        default_example="runningTask",
        status=200,
        bodiless=False,
    ),
    Route(
        operation="ListTasks",
        method="GET",
        path="/2023-10-12/farms/{farmId}/queues/{queueId}/jobs/{jobId}/steps/{stepId}/tasks",
        content_type="application/json",
        target=None,
        param_patterns={
            "farmId": "^farm-[0-9a-f]{32}$",
            "queueId": "^queue-[0-9a-f]{32}$",
            "jobId": "^job-[0-9a-f]{32}$",
            "stepId": "^step-[0-9a-f]{32}$",
        },
        request_model=None,
        body_required=False,
        examples={
            "lastPage": (
                200,
                {
                    "tasks": [
                        {
                            "taskId": "task-0123456789abcdef0123456789abcdef-0",
                            "createdAt": "2025-02-11T18:13:24Z",
                            "createdBy": "arn:aws:sts::123456789012:assumed-role/Admin/alice",
                            "runStatus": "SUCCEEDED",
                            "startedAt": "2025-02-11T18:14:02Z",
                            "endedAt": "2025-02-11T18:40:51Z",
                            "parameters": {"frame": {"int": "1"}},
                        },
                        {
                            "taskId": "task-0123456789abcdef0123456789abcdef-1",
                            "createdAt": "2025-02-11T18:13:24Z",
                            "createdBy": "arn:aws:sts::123456789012:assumed-role/Admin/alice",
                            "runStatus": "RUNNING",
                            "targetRunStatus": "READY",
                            "failureRetryCount": 1,
                            "latestSessionActionId": "sessionaction-0123456789abcdef0123456789abcdef-12",
                            "startedAt": "2025-02-11T18:25:04.550Z",
                            "updatedAt": "2025-02-11T18:25:04.550Z",
                            "updatedBy": "arn:aws:sts::123456789012:assumed-role/Worker/fleet-1",
                            "parameters": {"frame": {"int": "2"}},
                        },
                    ]
                },
            ),
            "firstPage": (
                200,
                {
                    "tasks": [
                        {
                            "taskId": "task-0123456789abcdef0123456789abcdef-0",
                            "createdAt": "2025-02-11T18:13:24Z",
                            "createdBy": "arn:aws:sts::123456789012:assumed-role/Admin/alice",
                            "runStatus": "READY",
                        }
                    ],
                    "nextToken": "AAMA-EFRSnFnwTJbQ0MbBXHxVQ2iAAAAAAAAAAEAAAAAAAAAAA",
                },
            ),
        },
        default_example="lastPage",
        status=200,
        bodiless=False,
        paging=FakePaging(
            input_token="nextToken",
            output_token=("nextToken",),
            items=("tasks",),
            page_size="maxResults",
            default_page_size=None,
        ),
    ),
)


class FakeDeadlineServer(FakeServer):
    """AWS Deadline Cloud on 127.0.0.1, answering every operation with its first documented example."""

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, **options: Any) -> None:
        super().__init__(
            ROUTES,
            aws_protocol="restJson1",
            credential_headers=("Authorization", "X-Amz-Date"),
            host=host,
            port=port,
            **options,
        )
