"""Tracing: every attempt of every call, sync and async, with the client's own httpx client or the caller's, gets a
client span and carries the tracer's propagation headers, under ddtrace's httpx integration (which wraps
`httpx.Client.send`) and OpenTelemetry's (which wraps the transports).

ddtrace runs in a child process (tests/tracing_ddtrace_probe.py): it patches at import and starts threads, and
must leave nothing patched behind. OpenTelemetry is instrumented and uninstrumented around each test here.
"""

from __future__ import annotations

import functools
import json
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from aws_ecs import AsyncEcsClient, EcsClient
from aws_ecs._runtime import transport as ecs_transport
from loopback import LoopbackServer, QuietHandler
from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind
from runtime_under_test import client as runtime_client

HERE = Path(__file__).resolve().parent
CREDENTIALS = {"aws_access_key_id": "AKIDEXAMPLE", "aws_secret_access_key": "tracing/secret/key"}
ATTEMPTS_PER_CALL = 2  # the server answers each call's first attempt with a 500
CALLS = 4  # sync and async, own httpx client and the caller's


class FailsOnceThenAnswers(QuietHandler):
    """Odd-numbered requests get a retryable 500, even-numbered ones a 200; every request's headers are kept."""

    seen: list[dict[str, str]]
    lock = threading.Lock()

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with self.lock:
            self.seen.append({name.lower(): value for name, value in self.headers.items()})
            failing = len(self.seen) % 2 == 1
        if failing:
            self.reply(500, b'{"__type": "ServerException", "message": "again"}', "application/x-amz-json-1.1")
        else:
            self.reply(200, b'{"tasks": [], "failures": []}', "application/x-amz-json-1.1")


@pytest.fixture
def server() -> Iterator[tuple[str, list[dict[str, str]]]]:
    seen: list[dict[str, str]] = []
    handler = type("Handler", (FailsOnceThenAnswers,), {"seen": seen})
    with LoopbackServer(handler) as running:
        yield running.url, seen


@pytest.fixture
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    async def no_wait_async(_: float) -> None:
        return None

    monkeypatch.setattr(ecs_transport, "sleep", lambda _: None)
    monkeypatch.setattr(ecs_transport, "async_sleep", no_wait_async)


def test_ddtrace_traces_and_propagates_every_attempt_of_every_client() -> None:
    completed = subprocess.run(
        [sys.executable, str(HERE / "tracing_ddtrace_probe.py")], capture_output=True, text=True, timeout=120
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    result = json.loads(completed.stdout)
    trace_id: int = result["trace_id"]
    assert len(result["attempts"]) == CALLS * ATTEMPTS_PER_CALL
    client_spans = [span for span in result["spans"] if span["kind"] == "client"]
    assert len(client_spans) == CALLS * ATTEMPTS_PER_CALL
    assert all(span["name"] == "http.request" and span["trace_id"] == trace_id for span in client_spans)
    parents = set()
    for headers in result["attempts"]:
        assert int(headers["x-datadog-trace-id"]) == trace_id & (2**64 - 1)
        assert headers["traceparent"].split("-")[1] == f"{trace_id:032x}"
        assert headers["authorization"].startswith("AWS4-HMAC-SHA256 ")  # still signed
        parents.add(headers["x-datadog-parent-id"])
    assert len(parents) == CALLS * ATTEMPTS_PER_CALL  # one span per attempt, each the parent of its request


@pytest.fixture
def otel() -> Iterator[tuple[TracerProvider, InMemorySpanExporter]]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    instrumentor = HTTPXClientInstrumentor()
    instrumentor.instrument(tracer_provider=provider)
    try:
        yield provider, exporter
    finally:
        instrumentor.uninstrument()


def check_otel(exporter: InMemorySpanExporter, seen: list[dict[str, str]], outer_trace_id: int) -> None:
    """Two calls (own httpx client, caller's) of two attempts each: four client spans, four traced requests."""
    spans = [span for span in exporter.get_finished_spans() if span.kind == SpanKind.CLIENT]
    assert len(spans) == len(seen) == 2 * ATTEMPTS_PER_CALL
    statuses = [dict(span.attributes or {}) for span in spans]
    codes = sorted(int(a.get("http.response.status_code", a.get("http.status_code", 0))) for a in statuses)
    assert codes == [200, 200, 500, 500]
    span_ids = {f"{span.context.span_id:016x}" for span in spans if span.context}
    for headers in seen:
        _, trace_hex, parent_hex, _ = headers["traceparent"].split("-")
        assert int(trace_hex, 16) == outer_trace_id
        assert parent_hex in span_ids  # the attempt's own client span
        assert headers["authorization"].startswith("AWS4-HMAC-SHA256 ")


def test_opentelemetry_traces_every_attempt_of_sync_clients(
    otel: tuple[TracerProvider, InMemorySpanExporter], server: tuple[str, list[dict[str, str]]], no_backoff: None
) -> None:
    provider, exporter = otel
    url, seen = server
    with provider.get_tracer("test").start_as_current_span("outer") as outer:
        with EcsClient(region="us-east-1", endpoint_url=url, **CREDENTIALS) as client:
            client.describe_tasks(tasks=["a"])
        with (
            httpx.Client() as http,
            EcsClient(region="us-east-1", endpoint_url=url, http_client=http, **CREDENTIALS) as c,
        ):
            c.describe_tasks(tasks=["a"])
    check_otel(exporter, seen, outer.get_span_context().trace_id)


async def test_opentelemetry_traces_every_attempt_of_async_clients(
    otel: tuple[TracerProvider, InMemorySpanExporter], server: tuple[str, list[dict[str, str]]], no_backoff: None
) -> None:
    provider, exporter = otel
    url, seen = server
    with provider.get_tracer("test").start_as_current_span("outer") as outer:
        async with AsyncEcsClient(region="us-east-1", endpoint_url=url, **CREDENTIALS) as client:
            await client.describe_tasks(tasks=["a"])
        async with httpx.AsyncClient() as http:
            async with AsyncEcsClient(region="us-east-1", endpoint_url=url, http_client=http, **CREDENTIALS) as c:
                await c.describe_tasks(tasks=["a"])
    check_otel(exporter, seen, outer.get_span_context().trace_id)


# -- the owned client's choice of path, without a tracer --------------------------------------------------------


class Answers(QuietHandler):
    def do_GET(self) -> None:
        self.reply(200, b"{}")


def counting(original: Callable[..., Any], calls: list[str]) -> Callable[..., Any]:
    """A wrapper like a tracer's: `functools.wraps` keeps the original in `__wrapped__`."""

    @functools.wraps(original)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls.append("wrapped")
        return original(*args, **kwargs)

    return wrapper


def test_owned_client_goes_through_a_wrapped_httpx_send_and_back_to_direct_once_unwrapped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []
    with LoopbackServer(Answers) as server, runtime_client._OwnedClient() as http:
        http.get(server.url)
        assert calls == [] and not runtime_client._send_instrumented()
        monkeypatch.setattr(httpx.Client, "send", counting(vars(httpx.Client)["send"], calls))
        assert runtime_client._send_instrumented()
        assert http.get(server.url).status_code == 200
        assert calls == ["wrapped"]
        monkeypatch.undo()
        http.get(server.url)
        assert calls == ["wrapped"] and not runtime_client._send_instrumented()


def test_owned_client_keeps_no_cookies_on_the_httpx_send_path_either(monkeypatch: pytest.MonkeyPatch) -> None:
    cookies: list[str | None] = []

    class SetsCookie(QuietHandler):
        def do_GET(self) -> None:
            cookies.append(self.headers.get("Cookie"))
            self.send_response(200)
            self.send_header("Set-Cookie", "session=abc; Path=/")
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

    calls: list[str] = []
    monkeypatch.setattr(httpx.Client, "send", counting(vars(httpx.Client)["send"], calls))
    with LoopbackServer(SetsCookie) as server, runtime_client._OwnedClient() as http:
        http.get(server.url)
        http.get(server.url)
    assert calls == ["wrapped", "wrapped"] and cookies == [None, None]


async def test_async_owned_client_goes_through_a_wrapped_httpx_send(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    original = vars(httpx.AsyncClient)["send"]

    @functools.wraps(original)
    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls.append("wrapped")
        return await original(*args, **kwargs)

    with LoopbackServer(Answers) as server:
        async with runtime_client._OwnedAsyncClient() as http:
            await http.get(server.url)
            assert calls == []
            monkeypatch.setattr(httpx.AsyncClient, "send", wrapper)
            assert (await http.get(server.url)).status_code == 200
            assert calls == ["wrapped"]


def test_tracing_benchmark_runs_every_mode() -> None:
    """bench/tracing.py --quick: each mode's interpreter runs both rows; timings are not asserted."""
    completed = subprocess.run(
        [sys.executable, str(HERE.parent / "bench" / "tracing.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    rows = [line for line in completed.stdout.splitlines() if line.startswith("| ours-")]
    assert [row.split(" | ")[0] for row in rows] == ["| ours-ecs-1", "| ours-datadog"]
    assert all(row.count(" µs") == 4 for row in rows)
    assert "is wrapped: " in completed.stdout
