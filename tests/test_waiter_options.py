"""What a waiter's caller can set and read: `delay=` (seconds between attempts, as boto3's WaiterConfig(Delay=...)),
a `max_wait` shorter than one delay refused up front, the acceptor that ended a wait in its message, and the
host and port in a connection failure. Runs the ECS package's generated client against its fake, on a fake clock."""

from __future__ import annotations

import asyncio
import copy
import socket
from collections.abc import Iterator
from typing import Any

import aws_ecs._runtime.waiters as ecs_waiters
import httpx
import pytest
from aws_ecs import ApiConnectionError, AsyncEcsClient, EcsClient, WaiterError
from aws_ecs.testing import ROUTES, FakeEcsServer
from fake_clock import FakeClock
from runtime_under_test import transport, waiters

AWS = {"region": "us-east-1", "aws_access_key_id": "AKIDWAITEROPTIONS000", "aws_secret_access_key": "secret"}
EXAMPLE: dict[str, Any] = ROUTES[0].examples[ROUTES[0].default_example or ""][1]
TASK_ARN = EXAMPLE["tasks"][0]["taskArn"]


def describe(status: str) -> dict[str, Any]:
    body = copy.deepcopy(EXAMPLE)
    body["tasks"] = body["tasks"][:1]
    body["tasks"][0]["lastStatus"] = status
    return body


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(ecs_waiters, "default_sleep", fake.sleep)
    monkeypatch.setattr(ecs_waiters, "default_async_sleep", fake.async_sleep)
    monkeypatch.setattr(ecs_waiters, "default_clock", fake)
    return fake


@pytest.fixture
def ecs() -> Iterator[tuple[FakeEcsServer, EcsClient]]:
    with FakeEcsServer() as server, EcsClient(endpoint_url=server.url, **AWS) as client:
        yield server, client


def test_delay_sets_the_seconds_between_attempts(ecs: tuple[FakeEcsServer, EcsClient], clock: FakeClock) -> None:
    server, client = ecs
    server.respond("DescribeTasks", body=describe("PENDING"), times=3)
    server.respond("DescribeTasks", body=describe("RUNNING"))
    result = client.wait_until_tasks_running(tasks=[TASK_ARN], delay=0.5)
    assert result.tasks is not None and result.tasks[0].last_status == "RUNNING"
    assert clock.sleeps == [0.5, 0.5, 0.5]  # the spec's 6 s minimum is only the default


def test_without_delay_the_specs_delays_apply(ecs: tuple[FakeEcsServer, EcsClient], clock: FakeClock) -> None:
    server, client = ecs
    server.respond("DescribeTasks", body=describe("PENDING"))
    server.respond("DescribeTasks", body=describe("RUNNING"))
    client.wait_until_tasks_running(tasks=[TASK_ARN])
    assert len(clock.sleeps) == 1 and 6.0 <= clock.sleeps[0] <= 120.0


def test_the_async_waiter_takes_delay_too(clock: FakeClock) -> None:
    async def scenario(server: FakeEcsServer) -> list[float]:
        async with AsyncEcsClient(endpoint_url=server.url, **AWS) as client:
            await client.wait_until_tasks_running(tasks=[TASK_ARN], delay=2.0)
        return clock.sleeps

    with FakeEcsServer() as server:
        server.respond("DescribeTasks", body=describe("PENDING"))
        server.respond("DescribeTasks", body=describe("RUNNING"))
        assert asyncio.run(scenario(server)) == [2.0]


def test_max_wait_below_the_minimum_delay_is_refused(ecs: tuple[FakeEcsServer, EcsClient], clock: FakeClock) -> None:
    server, client = ecs
    with pytest.raises(ValueError, match=r"max_wait=1\.0 s is shorter than the 6\.0 s between attempts"):
        client.wait_until_tasks_running(tasks=[TASK_ARN], max_wait=1.0)
    assert server.requests == []  # refused before polling
    server.respond("DescribeTasks", body=describe("RUNNING"))
    client.wait_until_tasks_running(tasks=[TASK_ARN], max_wait=1.0, delay=0.25)  # a smaller delay fits


def test_a_failure_names_the_acceptor_that_matched(ecs: tuple[FakeEcsServer, EcsClient], clock: FakeClock) -> None:
    server, client = ecs
    server.respond("DescribeTasks", body=describe("STOPPED"))
    with pytest.raises(WaiterError) as caught:
        client.wait_until_tasks_running(tasks=[TASK_ARN])
    assert "any tasks[].lastStatus == STOPPED matched" in str(caught.value), str(caught.value)


def test_acceptors_read_as_messages_name_them() -> None:
    acceptor = waiters.Acceptor("failure", "pathAny", "tasks[].lastStatus", "STOPPED")
    assert str(acceptor) == "any tasks[].lastStatus == STOPPED"
    assert str(waiters.Acceptor("success", "path", "length(tasks)", True)) == "length(tasks) == true"
    assert str(waiters.Acceptor("success", "error", None, "NotFound")) == "error NotFound"


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_connection_failure_names_the_host_and_port_tried() -> None:
    port = _closed_port()
    with EcsClient(endpoint_url=f"http://127.0.0.1:{port}", max_retries=0, **AWS) as client:
        with pytest.raises(ApiConnectionError) as caught:
            client.describe_tasks(tasks=[TASK_ARN])
    assert f"could not connect to 127.0.0.1:{port}" in str(caught.value), str(caught.value)


def test_the_default_port_is_named_when_the_url_has_none() -> None:
    request = httpx.Request("POST", "https://ecs.us-east-1.amazonaws.com/")
    error, retryable = transport._request_error("DescribeTasks", httpx.ConnectError("refused", request=request))
    assert "could not connect to ecs.us-east-1.amazonaws.com:443" in str(error) and retryable
