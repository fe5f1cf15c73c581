"""The generated `wait_until_*` methods end to end: real clients polling each package's fake server.

The waiters' logic is not replaced: `wait`/`wait_async` run as shipped, and every poll is a real HTTP call
on loopback whose response goes through the acceptors. Only time is fake: each package's
`_runtime.waiters.default_sleep`/`default_async_sleep`/`default_clock` are pointed at a fake clock, which
advances by exactly what the waiter asks to sleep. So `max_wait` is tested deterministically and the
tests take milliseconds, and each test checks how many requests the fake server received.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import aws_deadline._runtime.waiters as deadline_waiters
import aws_ecs._runtime.waiters as ecs_waiters
import datadog_agentless_scanning._runtime.waiters as dd_waiters
import pytest
from aws_deadline import DeadlineClient
from aws_deadline import WaiterError as DeadlineWaiterError
from aws_deadline.client import _wait_until_task_finished_config
from aws_deadline.testing import ROUTES as DEADLINE_ROUTES
from aws_deadline.testing import FakeDeadlineServer
from aws_ecs import AsyncEcsClient, EcsClient
from aws_ecs import WaiterError as EcsWaiterError
from aws_ecs.client import _wait_until_tasks_running_config, _wait_until_tasks_stopped_config
from aws_ecs.errors import ClusterNotFoundException
from aws_ecs.testing import ROUTES as ECS_ROUTES
from aws_ecs.testing import FakeEcsServer
from contract_support import documented_arguments
from datadog_agentless_scanning import AgentlessScanningClient, AsyncAgentlessScanningClient
from datadog_agentless_scanning import WaiterError as DatadogWaiterError
from datadog_agentless_scanning.client import _wait_until_task_assigned_config
from datadog_agentless_scanning.errors import NotFoundError
from datadog_agentless_scanning.testing import ROUTES as DD_ROUTES
from datadog_agentless_scanning.testing import FakeAgentlessScanningServer
from fake_clock import FLOAT_SLACK, FakeClock

# the generated clients build a waiter's configuration at its first use
_WAIT_UNTIL_TASK_FINISHED = _wait_until_task_finished_config()
_WAIT_UNTIL_TASKS_RUNNING = _wait_until_tasks_running_config()
_WAIT_UNTIL_TASKS_STOPPED = _wait_until_tasks_stopped_config()
_WAIT_UNTIL_TASK_ASSIGNED = _wait_until_task_assigned_config()
AWS = {"region": "us-east-1", "aws_access_key_id": "AKIDWAITERTESTS00000", "aws_secret_access_key": "waiter-secret"}
DD_KEYS = {"api_key": "waiter-api-key", "app_key": "waiter-app-key"}


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    modules: tuple[ModuleType, ...] = (ecs_waiters, deadline_waiters, dd_waiters)
    for module in modules:
        monkeypatch.setattr(module, "default_sleep", fake.sleep)
        monkeypatch.setattr(module, "default_async_sleep", fake.async_sleep)
        monkeypatch.setattr(module, "default_clock", fake)
    return fake


def assert_delays_within(clock: FakeClock, min_delay: float, max_delay: float) -> None:
    assert all(min_delay <= delay <= max_delay for delay in clock.sleeps), clock.sleeps


# -- ECS ----------------------------------------------------------------------------------------------

ECS_EXAMPLE: dict[str, Any] = ECS_ROUTES[0].examples[ECS_ROUTES[0].default_example or ""][1]
TASK_ARN = ECS_EXAMPLE["tasks"][0]["taskArn"]
OTHER_ARN = TASK_ARN[: -len("154bdb1df5b446b280fe900d12c452a1")] + "0" * 32


def describe(*statuses: str, missing: tuple[str, ...] = ()) -> dict[str, Any]:
    """The documented DescribeTasks example, one task per status (the arns differ), plus failures."""
    body = copy.deepcopy(ECS_EXAMPLE)
    template = body["tasks"][0]
    body["tasks"] = []
    for index, status in enumerate(statuses):
        task = copy.deepcopy(template)
        task["taskArn"] = (TASK_ARN, OTHER_ARN)[index]
        task["lastStatus"] = status
        body["tasks"].append(task)
    body["failures"] = [{"arn": arn, "reason": "MISSING"} for arn in missing]
    return body


@pytest.fixture(scope="module")
def _ecs_server() -> Iterator[FakeEcsServer]:
    with FakeEcsServer() as server:
        yield server


@pytest.fixture
def ecs(_ecs_server: FakeEcsServer) -> Iterator[tuple[FakeEcsServer, EcsClient]]:
    _ecs_server.reset()
    with EcsClient(endpoint_url=_ecs_server.url, **AWS) as client:
        yield _ecs_server, client


def assert_ecs_polls(server: FakeEcsServer, count: int) -> None:
    assert len(server.requests) == count
    for request in server.requests:
        assert request.operation == "DescribeTasks" and request.problems == []
        assert request.json() == {"tasks": [TASK_ARN, OTHER_ARN], "cluster": "default"}


def test_ecs_tasks_running_returns_the_response_that_satisfied_it(
    ecs: tuple[FakeEcsServer, EcsClient], clock: FakeClock
) -> None:
    server, client = ecs
    server.respond("DescribeTasks", body=describe("PENDING", "PENDING"))
    server.respond("DescribeTasks", body=describe("RUNNING", "PENDING"))  # not all running yet
    server.respond("DescribeTasks", body=describe("RUNNING", "RUNNING"))
    server.respond("DescribeTasks", body=describe("STOPPED", "STOPPED"))  # never asked for
    result = client.wait_until_tasks_running(tasks=[TASK_ARN, OTHER_ARN], cluster="default")
    assert [task.last_status for task in result.tasks or []] == ["RUNNING", "RUNNING"]
    assert_ecs_polls(server, 3)
    assert len(clock.sleeps) == 2
    assert_delays_within(clock, _WAIT_UNTIL_TASKS_RUNNING.min_delay, _WAIT_UNTIL_TASKS_RUNNING.max_delay)


def test_ecs_tasks_running_fails_when_a_task_stopped(ecs: tuple[FakeEcsServer, EcsClient], clock: FakeClock) -> None:
    server, client = ecs
    server.respond("DescribeTasks", body=describe("PENDING", "PENDING"))
    server.respond("DescribeTasks", body=describe("RUNNING", "STOPPED"))
    with pytest.raises(EcsWaiterError) as caught:
        client.wait_until_tasks_running(tasks=[TASK_ARN, OTHER_ARN], cluster="default")
    assert caught.value.reason == "failure" and caught.value.attempts == 2
    assert [task.last_status for task in caught.value.last_response.tasks] == ["RUNNING", "STOPPED"]
    assert caught.value.last_error is None
    assert_ecs_polls(server, 2)


def test_ecs_tasks_running_fails_on_a_missing_task(ecs: tuple[FakeEcsServer, EcsClient], clock: FakeClock) -> None:
    server, client = ecs
    server.respond("DescribeTasks", body=describe("RUNNING", missing=(OTHER_ARN,)))
    with pytest.raises(EcsWaiterError) as caught:
        client.wait_until_tasks_running(tasks=[TASK_ARN, OTHER_ARN], cluster="default")
    assert caught.value.reason == "failure" and caught.value.attempts == 1
    failures = caught.value.last_response.failures
    assert [(failure.arn, failure.reason) for failure in failures] == [(OTHER_ARN, "MISSING")]
    assert_ecs_polls(server, 1)
    assert clock.sleeps == []


@pytest.mark.parametrize("max_wait", [None, 45.0])
def test_ecs_tasks_running_times_out_within_max_wait(
    ecs: tuple[FakeEcsServer, EcsClient], clock: FakeClock, max_wait: float | None
) -> None:
    server, client = ecs
    limit = _WAIT_UNTIL_TASKS_RUNNING.max_wait if max_wait is None else max_wait
    bound = int(limit // _WAIT_UNTIL_TASKS_RUNNING.min_delay) + 1  # every wait is at least min_delay
    server.respond("DescribeTasks", body=describe("PENDING", "PENDING"), times=bound + 5)
    started = clock.now
    with pytest.raises(EcsWaiterError) as caught:
        client.wait_until_tasks_running(tasks=[TASK_ARN, OTHER_ARN], cluster="default", max_wait=max_wait)
    error = caught.value
    assert error.reason == "timeout" and error.last_error is None
    assert [task.last_status for task in error.last_response.tasks] == ["PENDING", "PENDING"]
    assert error.attempts == len(server.requests) == len(clock.sleeps) + 1
    assert 2 <= error.attempts <= bound
    assert_ecs_polls(server, error.attempts)
    # Never past max_wait, and the whole window is used: gives up only with less than min_delay left.
    assert clock.now - started <= limit + FLOAT_SLACK
    assert clock.now - started > limit - _WAIT_UNTIL_TASKS_RUNNING.min_delay


def test_ecs_tasks_stopped(ecs: tuple[FakeEcsServer, EcsClient], clock: FakeClock) -> None:
    server, client = ecs
    server.respond("DescribeTasks", body=describe("RUNNING", "RUNNING"))
    server.respond("DescribeTasks", body=describe("STOPPED", "DEACTIVATING"))
    server.respond("DescribeTasks", body=describe("STOPPED", "STOPPED"))
    result = client.wait_until_tasks_stopped(tasks=[TASK_ARN, OTHER_ARN], cluster="default")
    assert [task.last_status for task in result.tasks or []] == ["STOPPED", "STOPPED"]
    assert_ecs_polls(server, 3)
    assert_delays_within(clock, _WAIT_UNTIL_TASKS_STOPPED.min_delay, _WAIT_UNTIL_TASKS_STOPPED.max_delay)


def test_ecs_api_error_while_polling_stops_the_waiter(ecs: tuple[FakeEcsServer, EcsClient], clock: FakeClock) -> None:
    server, client = ecs
    server.respond("DescribeTasks", body=describe("PENDING", "PENDING"))
    server.respond(
        "DescribeTasks",
        status=400,
        body={"__type": "ClusterNotFoundException", "message": "Cluster not found."},
    )
    with pytest.raises(EcsWaiterError) as caught:
        client.wait_until_tasks_running(tasks=[TASK_ARN, OTHER_ARN], cluster="default")
    assert caught.value.reason == "error" and caught.value.attempts == 2
    assert isinstance(caught.value.last_error, ClusterNotFoundException)
    assert caught.value.__cause__ is caught.value.last_error
    assert caught.value.last_error.status_code == 400
    assert_ecs_polls(server, 2)  # a client error is not retried by the transport either


async def test_async_ecs_waiters(_ecs_server: FakeEcsServer, clock: FakeClock) -> None:
    server = _ecs_server
    server.reset()
    async with AsyncEcsClient(endpoint_url=server.url, **AWS) as client:
        server.respond("DescribeTasks", body=describe("PENDING", "PENDING"), times=2)
        server.respond("DescribeTasks", body=describe("RUNNING", "RUNNING"))
        result = await client.wait_until_tasks_running(tasks=[TASK_ARN, OTHER_ARN], cluster="default")
        assert [task.last_status for task in result.tasks or []] == ["RUNNING", "RUNNING"]
        assert_ecs_polls(server, 3)
        assert len(clock.sleeps) == 2

        server.reset()
        server.respond("DescribeTasks", body=describe("PENDING", "STOPPED"))
        with pytest.raises(EcsWaiterError) as failed:
            await client.wait_until_tasks_running(tasks=[TASK_ARN, OTHER_ARN], cluster="default")
        assert failed.value.reason == "failure" and failed.value.attempts == 1

        server.reset()
        server.respond("DescribeTasks", body=describe("PENDING", "PENDING"), times=50)
        started = clock.now
        with pytest.raises(EcsWaiterError) as timed_out:
            await client.wait_until_tasks_stopped(tasks=[TASK_ARN, OTHER_ARN], cluster="default", max_wait=30.0)
        assert timed_out.value.reason == "timeout"
        assert timed_out.value.attempts == len(server.requests) <= 30 // 6 + 1
        assert 30.0 - 6.0 < clock.now - started <= 30.0 + FLOAT_SLACK


# -- Deadline ----------------------------------------------------------------------------------------

DEADLINE_EXAMPLE: dict[str, Any] = DEADLINE_ROUTES[0].examples["runningTask"][1]
DEADLINE_IDS = documented_arguments("aws/deadline.yaml", "getTask")


def get_task(status: str) -> dict[str, Any]:
    return {**DEADLINE_EXAMPLE, "runStatus": status}


@pytest.fixture(scope="module")
def _deadline_server() -> Iterator[FakeDeadlineServer]:
    with FakeDeadlineServer() as server:
        yield server


@pytest.fixture
def deadline(_deadline_server: FakeDeadlineServer) -> Iterator[tuple[FakeDeadlineServer, DeadlineClient]]:
    _deadline_server.reset()
    with DeadlineClient(endpoint_url=_deadline_server.url, **AWS) as client:
        yield _deadline_server, client


def assert_deadline_polls(server: FakeDeadlineServer, count: int) -> None:
    assert len(server.requests) == count
    for request in server.requests:
        assert request.operation == "GetTask" and request.problems == []
        assert request.path_params == {
            "farmId": DEADLINE_IDS["farm_id"],
            "queueId": DEADLINE_IDS["queue_id"],
            "jobId": DEADLINE_IDS["job_id"],
            "stepId": DEADLINE_IDS["step_id"],
            "taskId": DEADLINE_IDS["task_id"],
        }


def test_deadline_task_finished(deadline: tuple[FakeDeadlineServer, DeadlineClient], clock: FakeClock) -> None:
    server, client = deadline
    server.respond("GetTask", body=get_task("RUNNING"))
    server.respond("GetTask", body=get_task("SUCCEEDED"))
    result = client.wait_until_task_finished(**DEADLINE_IDS)
    assert result.run_status == "SUCCEEDED"
    assert_deadline_polls(server, 2)
    assert len(clock.sleeps) == 1
    assert_delays_within(clock, _WAIT_UNTIL_TASK_FINISHED.min_delay, _WAIT_UNTIL_TASK_FINISHED.max_delay)


@pytest.mark.parametrize("status", ["FAILED", "NOT_COMPATIBLE"])
def test_deadline_task_finished_failure(
    deadline: tuple[FakeDeadlineServer, DeadlineClient], clock: FakeClock, status: str
) -> None:
    server, client = deadline
    server.respond("GetTask", body=get_task(status))
    with pytest.raises(DeadlineWaiterError) as caught:
        client.wait_until_task_finished(**DEADLINE_IDS)
    assert caught.value.reason == "failure" and caught.value.attempts == 1
    assert caught.value.last_response.run_status == status
    assert_deadline_polls(server, 1)
    assert clock.sleeps == []


# -- Datadog -----------------------------------------------------------------------------------------

DD_EXAMPLE: dict[str, Any] = DD_ROUTES[0].examples["ok"][1]
DD_TASK = DD_EXAMPLE["data"]["id"]


def on_demand(status: str) -> dict[str, Any]:
    body = copy.deepcopy(DD_EXAMPLE)
    body["data"]["attributes"]["status"] = status
    return body


@pytest.fixture(scope="module")
def _dd_server() -> Iterator[FakeAgentlessScanningServer]:
    with FakeAgentlessScanningServer() as server:
        yield server


@pytest.fixture
def dd_server(_dd_server: FakeAgentlessScanningServer) -> FakeAgentlessScanningServer:
    _dd_server.reset()
    return _dd_server


def assert_dd_polls(server: FakeAgentlessScanningServer, count: int) -> None:
    assert len(server.requests) == count
    for request in server.requests:
        assert request.operation == "getAwsOnDemandTask" and request.problems == []
        assert request.path_params == {"task_id": DD_TASK}
        assert request.headers["dd-api-key"] == DD_KEYS["api_key"]


def test_datadog_task_assigned(dd_server: FakeAgentlessScanningServer, clock: FakeClock) -> None:
    dd_server.respond("getAwsOnDemandTask", body=on_demand("QUEUED"), times=2)
    dd_server.respond("getAwsOnDemandTask", body=on_demand("ASSIGNED"))
    with AgentlessScanningClient(base_url=dd_server.url, **DD_KEYS) as client:
        result = client.wait_until_task_assigned(task_id=DD_TASK)
    assert result.data is not None and result.data.attributes is not None
    assert result.data.attributes.status == "ASSIGNED"
    assert_dd_polls(dd_server, 3)
    assert len(clock.sleeps) == 2
    assert_delays_within(clock, _WAIT_UNTIL_TASK_ASSIGNED.min_delay, _WAIT_UNTIL_TASK_ASSIGNED.max_delay)


def test_datadog_task_aborted(dd_server: FakeAgentlessScanningServer, clock: FakeClock) -> None:
    dd_server.respond("getAwsOnDemandTask", body=on_demand("QUEUED"))
    dd_server.respond("getAwsOnDemandTask", body=on_demand("ABORTED"))
    with (
        AgentlessScanningClient(base_url=dd_server.url, **DD_KEYS) as client,
        pytest.raises(DatadogWaiterError) as caught,
    ):
        client.wait_until_task_assigned(task_id=DD_TASK)
    assert caught.value.reason == "failure" and caught.value.attempts == 2
    assert caught.value.last_response.data.attributes.status == "ABORTED"
    assert_dd_polls(dd_server, 2)


def test_datadog_not_found_while_polling(dd_server: FakeAgentlessScanningServer, clock: FakeClock) -> None:
    dd_server.respond("getAwsOnDemandTask", body=on_demand("QUEUED"))
    dd_server.respond("getAwsOnDemandTask", status=404, body={"errors": ["Not Found"]})
    with (
        AgentlessScanningClient(base_url=dd_server.url, **DD_KEYS) as client,
        pytest.raises(DatadogWaiterError) as caught,
    ):
        client.wait_until_task_assigned(task_id=DD_TASK)
    error = caught.value
    assert error.reason == "error" and error.attempts == 2
    assert isinstance(error.last_error, NotFoundError) and error.last_error.status_code == 404
    assert error.__cause__ is error.last_error
    assert DD_KEYS["api_key"] not in str(error) and DD_KEYS["app_key"] not in str(error)
    assert_dd_polls(dd_server, 2)


async def test_async_datadog_waiter(dd_server: FakeAgentlessScanningServer, clock: FakeClock) -> None:
    async with AsyncAgentlessScanningClient(base_url=dd_server.url, **DD_KEYS) as client:
        dd_server.respond("getAwsOnDemandTask", body=on_demand("QUEUED"), times=2)
        dd_server.respond("getAwsOnDemandTask", body=on_demand("ASSIGNED"))
        result = await client.wait_until_task_assigned(task_id=DD_TASK)
        assert result.data is not None and result.data.attributes is not None
        assert result.data.attributes.status == "ASSIGNED"
        assert_dd_polls(dd_server, 3)

        dd_server.reset()
        dd_server.respond("getAwsOnDemandTask", status=404, body={"errors": ["Not Found"]})
        with pytest.raises(DatadogWaiterError) as caught:
            await client.wait_until_task_assigned(task_id=DD_TASK)
        assert caught.value.reason == "error" and isinstance(caught.value.last_error, NotFoundError)
        assert_dd_polls(dd_server, 1)

        dd_server.reset()
        dd_server.respond("getAwsOnDemandTask", body=on_demand("QUEUED"), times=20)
        started = clock.now
        with pytest.raises(DatadogWaiterError) as timed_out:
            await client.wait_until_task_assigned(task_id=DD_TASK, max_wait=10.0)
        assert timed_out.value.reason == "timeout"
        assert timed_out.value.last_response.data.attributes.status == "QUEUED"
        assert timed_out.value.attempts == len(dd_server.requests) <= 10 // 2 + 1
        assert 10.0 - 2.0 < clock.now - started <= 10.0 + FLOAT_SLACK
