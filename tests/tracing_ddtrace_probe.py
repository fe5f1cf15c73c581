"""Run by tests/test_tracing.py in a child process: the generated ECS clients under `ddtrace.patch(httpx=True)`.

ddtrace is imported and patched before the client package, as `ddtrace-run` or `import ddtrace.auto` would, and
never reaches an agent: its telemetry, remote configuration and startup logs are off and a trace filter keeps
every finished span in a list and drops the trace. Each call of each kind of client (sync and async, its own
httpx client or the caller's) meets a 500 and then a 200, so each call is two attempts. Prints one JSON document:
the outer span's trace id, the client spans' (name, kind, trace id), and the tracing headers each attempt carried.
"""

from __future__ import annotations

import os

os.environ.update(
    DD_INSTRUMENTATION_TELEMETRY_ENABLED="false",
    DD_REMOTE_CONFIGURATION_ENABLED="false",
    DD_TRACE_STARTUP_LOGS="false",
    DD_DATA_STREAMS_ENABLED="false",
    DD_TRACE_AGENT_URL="http://127.0.0.1:9",  # never used: the filter below drops every trace
    AWS_EC2_METADATA_DISABLED="true",
    AWS_CONFIG_FILE=os.devnull,
    AWS_SHARED_CREDENTIALS_FILE=os.devnull,
)

import asyncio  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import ddtrace  # noqa: E402
import httpx  # noqa: E402
from ddtrace.trace import TraceFilter, tracer  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "generated")]

spans: list[Any] = []


class KeepSpans(TraceFilter):
    def process_trace(self, trace: list[Any]) -> None:
        spans.extend(trace)
        return None  # dropped: nothing is written


tracer.configure(trace_processors=[KeepSpans()])
ddtrace.patch(httpx=True)

from aws_ecs import AsyncEcsClient, EcsClient  # noqa: E402
from aws_ecs._runtime import transport  # noqa: E402
from loopback import LoopbackServer, QuietHandler  # noqa: E402

TRACING_HEADERS = ("x-datadog-trace-id", "x-datadog-parent-id", "traceparent", "authorization")
attempts: list[dict[str, str]] = []
lock = threading.Lock()


class FailsOnceThenAnswers(QuietHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with lock:
            attempts.append({name: self.headers.get(name, "") for name in TRACING_HEADERS})
            failing = len(attempts) % 2 == 1
        if failing:
            self.reply(500, b'{"__type": "ServerException", "message": "try again"}', "application/x-amz-json-1.1")
        else:
            self.reply(200, b'{"tasks": [], "failures": []}', "application/x-amz-json-1.1")


def no_wait(_: float) -> None:
    return None


async def no_wait_async(_: float) -> None:
    return None


transport.sleep = no_wait
transport.async_sleep = no_wait_async
CREDENTIALS = {"aws_access_key_id": "AKIDEXAMPLE", "aws_secret_access_key": "probe/secret/key"}


async def async_calls(url: str) -> None:
    async with AsyncEcsClient(region="us-east-1", endpoint_url=url, **CREDENTIALS) as client:
        await client.describe_tasks(tasks=["a"])
    async with httpx.AsyncClient() as http:
        async with AsyncEcsClient(region="us-east-1", endpoint_url=url, http_client=http, **CREDENTIALS) as client:
            await client.describe_tasks(tasks=["a"])


def main() -> None:
    with LoopbackServer(FailsOnceThenAnswers) as server, tracer.trace("probe.outer") as outer:
        with EcsClient(region="us-east-1", endpoint_url=server.url, **CREDENTIALS) as client:
            client.describe_tasks(tasks=["a"])
        with httpx.Client() as http:
            with EcsClient(region="us-east-1", endpoint_url=server.url, http_client=http, **CREDENTIALS) as client:
                client.describe_tasks(tasks=["a"])
        asyncio.run(async_calls(server.url))
        trace_id = outer.trace_id
    tracer.flush()
    client_spans = [
        {"name": span.name, "kind": span.get_tag("span.kind"), "trace_id": span.trace_id}
        for span in spans
        if span.name != "probe.outer"
    ]
    print(json.dumps({"trace_id": trace_id, "spans": client_spans, "attempts": attempts}))


if __name__ == "__main__":
    main()
