"""Deadline ListTasks' x-aws-pagination (restJson1, token and page size in the query), as issue 11 accepts it: against
the generated package's fake server and against a loopback server that pages by its own opaque nextToken, ours and
boto3's deadline list_tasks paginator yield the same tasks, sync and async."""

from __future__ import annotations

import asyncio
import json
from typing import Any
from urllib.parse import parse_qs, urlsplit

import boto3
from aws_deadline import AsyncDeadlineClient, DeadlineClient
from aws_deadline.testing import FakeDeadlineServer
from botocore.config import Config
from loopback import LoopbackServer, QuietHandler

IDS = {
    "farm_id": "farm-0123456789abcdef0123456789abcdef",
    "queue_id": "queue-0123456789abcdef0123456789abcdef",
    "job_id": "job-0123456789abcdef0123456789abcdef",
    "step_id": "step-0123456789abcdef0123456789abcdef",
}
KEYS = {"region": "us-east-1", "aws_access_key_id": "AKIDEXAMPLE", "aws_secret_access_key": "secret"}
TASKS = [
    {
        "taskId": f"task-0123456789abcdef0123456789abcdef-{n}",
        "createdAt": "2025-02-11T18:13:24Z",
        "createdBy": "arn:aws:sts::123456789012:assumed-role/Admin/alice",
        "runStatus": "READY",
    }
    for n in range(11)
]
TASK_IDS = [task["taskId"] for task in TASKS]


def boto3_task_ids(endpoint_url: str, page_size: int) -> list[str]:
    client = boto3.client(
        "deadline",
        endpoint_url=endpoint_url,
        region_name="us-east-1",
        aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key="secret",
        config=Config(inject_host_prefix=False),  # a loopback address has no management. host
    )
    pages = client.get_paginator("list_tasks").paginate(
        farmId=IDS["farm_id"],
        queueId=IDS["queue_id"],
        jobId=IDS["job_id"],
        stepId=IDS["step_id"],
        PaginationConfig={"PageSize": page_size},
    )
    return [task["taskId"] for page in pages for task in page["tasks"]]


def our_task_ids(endpoint_url: str, page_size: int) -> list[str]:
    client = DeadlineClient(endpoint_url=endpoint_url, **KEYS)
    return [task.task_id for task in client.paginate_list_tasks(**IDS, max_results=page_size).items()]


def our_task_ids_async(endpoint_url: str, page_size: int) -> list[str]:
    async def collect() -> list[str]:
        async with AsyncDeadlineClient(endpoint_url=endpoint_url, **KEYS) as client:
            return [task.task_id async for task in client.paginate_list_tasks(**IDS, max_results=page_size).items()]

    return asyncio.run(collect())


def test_fake_server_pages_by_query_token_as_boto3_reads_it() -> None:
    with FakeDeadlineServer() as server:
        server.serve_items("ListTasks", TASKS)
        assert boto3_task_ids(server.url, 4) == TASK_IDS
        server.reset()
        assert our_task_ids(server.url, 4) == TASK_IDS
        assert [request.query for request in server.requests] == [
            [("maxResults", "4")],
            [("nextToken", "4"), ("maxResults", "4")],
            [("nextToken", "8"), ("maxResults", "4")],
        ]
        assert all(not request.problems for request in server.requests)
        assert our_task_ids_async(server.url, 4) == TASK_IDS


def test_fake_server_pages_the_documented_example_without_served_items() -> None:
    """With no serve_items the fake pages its default example's tasks (two in the spec's lastPage)."""
    with FakeDeadlineServer() as server:
        expected = boto3_task_ids(server.url, 1)
        assert len(expected) == 2
        assert our_task_ids(server.url, 1) == expected
        assert our_task_ids_async(server.url, 1) == expected


class ListTasksPeer(QuietHandler):
    """Deadline ListTasks over restJson1, paging TASKS by a token of its own (not the fake's offset)."""

    def do_GET(self) -> None:
        query = parse_qs(urlsplit(self.path).query)
        start = int(query.get("nextToken", ["p0"])[0].removeprefix("p"))
        end = start + int(query.get("maxResults", ["100"])[0])
        body: dict[str, Any] = {"tasks": TASKS[start:end]}
        if end < len(TASKS):
            body["nextToken"] = f"p{end}"
        self.reply(200, json.dumps(body).encode())


def test_ours_and_boto3s_deadline_paginator_agree_sync_and_async() -> None:
    with LoopbackServer(ListTasksPeer) as peer:
        expected = boto3_task_ids(peer.url, 3)
        assert expected == TASK_IDS
        assert our_task_ids(peer.url, 3) == expected
        assert our_task_ids_async(peer.url, 3) == expected
