"""x-aws-pagination over restJson1 query parameters (Deadline ListTasks' shape): the fake server pages by nextToken
in the query, and against a loopback server that pages the same way ours and boto3's deadline paginator yield the
same tasks, sync and async."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from urllib.parse import parse_qs, urlsplit

import boto3
import pytest
from botocore.config import Config
from conftest import GeneratedPackages
from loopback import LoopbackServer, QuietHandler

SPEC = Path(__file__).parent / "specs" / "deadline_paging.yaml"
IDS = {
    "farm_id": "farm-0123456789abcdef0123456789abcdef",
    "queue_id": "queue-0123456789abcdef0123456789abcdef",
    "job_id": "job-0123456789abcdef0123456789abcdef",
    "step_id": "step-0123456789abcdef0123456789abcdef",
}
KEYS = {"region": "us-east-1", "aws_access_key_id": "AKIDEXAMPLE", "aws_secret_access_key": "secret"}
TASKS = [{"taskId": f"task-0123456789abcdef0123456789abcdef-{n}", "runStatus": "READY"} for n in range(11)]


@pytest.fixture(scope="module")
def deadline(generated_packages: GeneratedPackages, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with generated_packages.generate(SPEC, tmp_path_factory.mktemp("deadline")) as package:
        yield package


def test_fake_server_pages_by_query_token(deadline: ModuleType) -> None:
    from deadline_paging.testing import FakeDeadlinePagingServer

    with FakeDeadlinePagingServer() as server:
        server.serve_items("ListTasks", TASKS)
        client = deadline.DeadlinePagingClient(endpoint_url=server.url, **KEYS)
        ids = [task.task_id for task in client.paginate_list_tasks(**IDS, max_results=4).items()]
        assert ids == [task["taskId"] for task in TASKS]
        assert [request.query for request in server.requests] == [
            [("maxResults", "4")],
            [("nextToken", "4"), ("maxResults", "4")],
            [("nextToken", "8"), ("maxResults", "4")],
        ]
        assert all(not request.problems for request in server.requests)


class ListTasksPeer(QuietHandler):
    """Deadline ListTasks over restJson1, paging TASKS by an opaque nextToken in the query."""

    def do_GET(self) -> None:
        query = parse_qs(urlsplit(self.path).query)
        start = int(query.get("nextToken", ["p0"])[0].removeprefix("p"))
        end = start + int(query.get("maxResults", ["100"])[0])
        body: dict[str, object] = {"tasks": TASKS[start:end]}
        if end < len(TASKS):
            body["nextToken"] = f"p{end}"
        self.reply(200, json.dumps(body).encode())


def test_ours_and_boto3s_deadline_paginator_agree_sync_and_async(deadline: ModuleType) -> None:
    with LoopbackServer(ListTasksPeer) as peer:
        theirs = boto3.client(
            "deadline",
            endpoint_url=peer.url,
            region_name="us-east-1",
            aws_access_key_id="AKIDEXAMPLE",
            aws_secret_access_key="secret",
            config=Config(inject_host_prefix=False),  # a loopback address has no management. host
        )
        pages = theirs.get_paginator("list_tasks").paginate(
            farmId=IDS["farm_id"],
            queueId=IDS["queue_id"],
            jobId=IDS["job_id"],
            stepId=IDS["step_id"],
            PaginationConfig={"PageSize": 3},
        )
        expected = [task["taskId"] for page in pages for task in page["tasks"]]
        assert expected == [task["taskId"] for task in TASKS]
        client = deadline.DeadlinePagingClient(endpoint_url=peer.url, **KEYS)
        assert [task.task_id for task in client.paginate_list_tasks(**IDS, max_results=3).items()] == expected

        async def collect() -> list[str]:
            async with deadline.AsyncDeadlinePagingClient(endpoint_url=peer.url, **KEYS) as async_client:
                paginator = async_client.paginate_list_tasks(**IDS, max_results=3)
                return [task.task_id async for task in paginator.items()]

        assert asyncio.run(collect()) == expected
