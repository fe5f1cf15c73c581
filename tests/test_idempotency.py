"""Idempotency tokens (`x-aws-idempotency-token`, `x-idempotency-token`): filled once per call, the same on every
retry of that call, fresh for the next call, and the caller's own token sent as given."""

from __future__ import annotations

import asyncio
import importlib
import json
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar

import pytest
from conftest import GeneratedPackages
from loopback import LoopbackServer, QuietHandler

SPECS = Path(__file__).parent / "specs"
KEYS = {"region": "us-east-1", "aws_access_key_id": "AKIDEXAMPLE", "aws_secret_access_key": "secret"}


@pytest.fixture(scope="module")
def paging(generated_packages: GeneratedPackages, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with generated_packages.generate(SPECS / "aws_paging.yaml", tmp_path_factory.mktemp("idem")) as package:
        yield package


@pytest.fixture(autouse=True)
def no_backoff(paging: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    async def no_async_sleep(delay: float) -> None:
        return None

    transport = importlib.import_module(f"{paging.__name__}._runtime.transport")
    monkeypatch.setattr(transport, "sleep", lambda delay: None)
    monkeypatch.setattr(transport, "async_sleep", no_async_sleep)


class FlakyRunTask(QuietHandler):
    """Answers 500, 500, then 200 to each run of three requests; records every body."""

    bodies: ClassVar[list[dict[str, Any]]] = []
    lock = threading.Lock()

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
        with self.lock:
            self.bodies.append(body)
            count = len(self.bodies)
        if count % 3:
            self.reply(500, b'{"__type": "ServerException", "message": "try again"}', "application/x-amz-json-1.1")
        else:
            self.reply(200, b'{"tasks": [{"taskArn": "arn:aws:ecs:us-east-1:1:task/default/1"}]}')


@pytest.fixture
def flaky() -> Iterator[str]:
    FlakyRunTask.bodies = []
    with LoopbackServer(FlakyRunTask) as server:
        yield server.url


def tokens() -> list[str]:
    return [body.get("clientToken") for body in FlakyRunTask.bodies]


def test_every_retry_of_a_call_carries_the_same_fresh_token(paging: ModuleType, flaky: str) -> None:
    client = paging.PagingClient(endpoint_url=flaky, **KEYS)
    client.run_task(task_definition="web:1")
    first = tokens()
    assert len(first) == 3 and len(set(first)) == 1
    assert uuid.UUID(first[0]).version == 4
    client.run_task(task_definition="web:1")
    second = tokens()[3:]
    assert len(set(second)) == 1 and second[0] != first[0]  # a new call is a new logical request


def test_the_callers_token_is_sent_as_given(paging: ModuleType, flaky: str) -> None:
    client = paging.PagingClient(endpoint_url=flaky, **KEYS)
    client.run_task(task_definition="web:1", client_token="my-own-token")
    assert tokens() == ["my-own-token"] * 3


def test_async_retries_carry_the_same_token(paging: ModuleType, flaky: str) -> None:
    async def call() -> None:
        async with paging.AsyncPagingClient(endpoint_url=flaky, **KEYS) as client:
            await client.run_task(task_definition="web:1")
            await client.run_task(task_definition="web:1")

    asyncio.run(call())
    assert len(set(tokens()[:3])) == 1 and len(set(tokens()[3:])) == 1 and tokens()[0] != tokens()[3]


def test_a_required_token_is_an_optional_argument(paging: ModuleType) -> None:
    import inspect

    parameter = inspect.signature(paging.PagingClient.run_task).parameters["client_token"]
    assert parameter.default is None


def test_ecs_run_task_retries_carry_one_client_token(flaky: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The acceptance case on the real ECS spec: 500, 500, 200 for one run_task, one token; a second call, another."""
    import aws_ecs

    monkeypatch.setattr(importlib.import_module("aws_ecs._runtime.transport"), "sleep", lambda delay: None)
    with aws_ecs.EcsClient(endpoint_url=flaky, **KEYS) as client:
        client.run_task(task_definition="web:1", cluster="default")
        client.run_task(task_definition="web:1", cluster="default")
        client.run_task(task_definition="web:1", cluster="default", client_token="caller-token")
    first, second, own = tokens()[:3], tokens()[3:6], tokens()[6:]
    assert len(set(first)) == 1 and first[0] and len(set(second)) == 1 and first[0] != second[0]
    assert own == ["caller-token"] * 3
