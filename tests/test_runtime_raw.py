"""`client.with_raw_response`: the client's own methods wrapped (`ParamSpec`) to return a `RawResponse`.

- Through a generated client, sync and async: the parsed result with the status, headers, request id and
  elapsed time of the response it came from; the wrapper keeps the method's name and documentation.
- The runtime wrappers: each call gets its own response (also between concurrent asyncio tasks), the marker
  is gone after the call (also when it raises), and a method that made no call is a clear error.
- For mypy, a raw method has exactly the parameters of the method it wraps and returns `RawResponse[...]`
  (a coroutine of one for the async client), so a misspelt keyword is a type error.
"""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from conftest import GENERATED
from datadog_agentless_scanning import (
    AgentlessScanningClient,
    AsyncAgentlessScanningClient,
    RawResponse,
    ResponseDecodeError,
)
from datadog_agentless_scanning.testing import FakeAgentlessScanningServer
from runtime_under_test import raw as runtime_raw

TASK_ID = "6d09294c-9ad9-42fd-a759-a0c1599b4828"


@pytest.fixture
def server() -> Iterator[FakeAgentlessScanningServer]:
    with FakeAgentlessScanningServer() as fake:
        yield fake


def _response(status: int, request_id: str) -> httpx.Response:
    response = httpx.Response(status, headers={"x-request-id": request_id})
    response.elapsed = __import__("datetime").timedelta(seconds=0.25)
    return response


def test_sync_raw_call_returns_the_parsed_result_with_its_http_details(server: FakeAgentlessScanningServer) -> None:
    server.respond(
        "getAwsOnDemandTask", example="ok", status=203, headers={"x-amzn-RequestId": "req-1", "x-extra": "yes"}
    )
    with AgentlessScanningClient(api_key="k", app_key="a", base_url=server.url) as client:
        raw = client.with_raw_response.get_aws_on_demand_task(task_id=TASK_ID)
        plain = client.get_aws_on_demand_task(task_id=TASK_ID)
        assert client.with_raw_response is client.with_raw_response  # built once, on first use
    assert isinstance(raw, RawResponse)
    assert (raw.status_code, raw.request_id, raw.headers["x-extra"]) == (203, "req-1", "yes")
    assert raw.elapsed_seconds > 0
    assert raw.parsed == plain


async def test_async_raw_call_returns_the_parsed_result_with_its_http_details(
    server: FakeAgentlessScanningServer,
) -> None:
    server.respond("getAwsOnDemandTask", example="ok", headers={"x-amzn-RequestId": "req-2"})
    async with AsyncAgentlessScanningClient(api_key="k", app_key="a", base_url=server.url) as client:
        raw = await asyncio.create_task(client.with_raw_response.get_aws_on_demand_task(task_id=TASK_ID))
        plain = await client.get_aws_on_demand_task(task_id=TASK_ID)
    assert (raw.status_code, raw.request_id) == (200, "req-2")
    assert raw.parsed == plain


def test_raw_methods_keep_the_name_and_documentation_of_the_method(server: FakeAgentlessScanningServer) -> None:
    client = AgentlessScanningClient(api_key="k", app_key="a", base_url=server.url)
    method = client.with_raw_response.get_aws_on_demand_task
    assert method.__name__ == "get_aws_on_demand_task"
    assert method.__doc__ == AgentlessScanningClient.get_aws_on_demand_task.__doc__


def test_a_body_that_breaks_the_spec_raises_through_the_raw_method_too(server: FakeAgentlessScanningServer) -> None:
    server.respond("getAwsOnDemandTask", raw=b'{"data": "not an object"}')
    with AgentlessScanningClient(api_key="k", app_key="a", base_url=server.url) as client:
        with pytest.raises(ResponseDecodeError):
            client.with_raw_response.get_aws_on_demand_task(task_id=TASK_ID)


def test_each_wrapped_call_gets_the_response_of_its_own_call() -> None:
    def call(status: int) -> str:
        runtime_raw.keep_response(_response(status, f"id-{status}"))
        return f"parsed-{status}"

    wrapped = runtime_raw.to_raw_response_wrapper(call)
    first, second = wrapped(201), wrapped(202)
    assert (first.parsed, first.status_code, first.request_id, first.elapsed_seconds) == (
        "parsed-201",
        201,
        "id-201",
        0.25,
    )
    assert (second.parsed, second.status_code, second.request_id) == ("parsed-202", 202, "id-202")


def test_a_response_outside_a_wrapped_call_is_not_kept() -> None:
    runtime_raw.keep_response(_response(500, "stray"))  # a plain call: nobody asked for its details
    assert runtime_raw._marker.get() is None


def test_the_marker_is_removed_when_the_wrapped_call_raises() -> None:
    def failing() -> None:
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        runtime_raw.to_raw_response_wrapper(failing)()
    assert runtime_raw._marker.get() is None


def test_a_wrapped_method_that_made_no_call_is_a_clear_error() -> None:
    def no_call() -> int:
        return 1

    with pytest.raises(RuntimeError, match="no_call.*without making an HTTP call"):
        runtime_raw.to_raw_response_wrapper(no_call)()


async def test_concurrent_async_calls_each_get_their_own_response() -> None:
    async def call(status: int) -> int:
        await asyncio.sleep(0.01 if status == 201 else 0)  # the first call answers last
        runtime_raw.keep_response(_response(status, f"id-{status}"))
        await asyncio.sleep(0)
        return status

    wrapped = runtime_raw.async_to_raw_response_wrapper(call)
    results = await asyncio.gather(wrapped(201), wrapped(202), wrapped(203))
    assert [(r.parsed, r.status_code, r.request_id) for r in results] == [
        (201, 201, "id-201"),
        (202, 202, "id-202"),
        (203, 203, "id-203"),
    ]
    assert runtime_raw._marker.get() is None


TYPED_USE = """
import asyncio

from aws_ecs import AsyncEcsClient, EcsClient

client = EcsClient(region="us-east-1")
reveal_type(client.describe_tasks)
reveal_type(client.with_raw_response.describe_tasks)
client.with_raw_response.describe_tasks(task=["t"])  # line 9: misspelt keyword


async def main() -> None:
    aclient = AsyncEcsClient(region="us-east-1")
    reveal_type(aclient.describe_tasks)
    reveal_type(aclient.with_raw_response.describe_tasks)
    task = asyncio.create_task(aclient.with_raw_response.describe_tasks(tasks=["t"]))
    raw = await task
    reveal_type(raw.parsed)
"""


def test_mypy_sees_the_method_signatures_on_with_raw_response(tmp_path: Path) -> None:
    (tmp_path / "use.py").write_text(textwrap.dedent(TYPED_USE))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), "use.py"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "MYPYPATH": str(GENERATED)},
        check=False,
    )
    revealed = re.findall(r'Revealed type is "(.*)"', result.stdout)
    assert len(revealed) == 5, result.stdout
    method, raw_method, async_method, async_raw_method, parsed = revealed
    signature, returns = method.rsplit(" -> ", 1)
    assert signature.startswith("def (*, tasks: typing.Sequence[str]")
    assert raw_method == f"{signature} -> aws_ecs._runtime.raw.RawResponse[{returns}]"
    async_signature, async_returns = async_method.rsplit(" -> ", 1)
    assert async_returns == f"typing.Coroutine[Any, Any, {returns}]"
    assert async_raw_method == (
        f"{async_signature} -> typing.Coroutine[Any, Any, aws_ecs._runtime.raw.RawResponse[{returns}]]"
    )
    assert parsed == returns
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1 and errors[0].startswith("use.py:9:") and '"task"' in errors[0], result.stdout
