"""Client hooks (`hooks=`) around every attempt, and client-wide `default_headers=`, sync and async."""

from __future__ import annotations

import importlib
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aws_ecs import ApiConnectionError as EcsConnectionError
from aws_ecs import AsyncEcsClient, EcsClient, ErrorEvent, Hooks, RequestEvent, ResponseEvent
from aws_ecs._runtime import transport as ecs_transport
from aws_ecs.testing import FakeEcsServer
from datadog_agentless_scanning import AgentlessScanningClient
from loopback import LoopbackServer, QuietHandler

CREDENTIALS = {"aws_access_key_id": "AKIDEXAMPLE", "aws_secret_access_key": "hooks/secret/key"}
JSON_11 = "application/x-amz-json-1.1"


class Recorder(QuietHandler):
    """Odd-numbered requests get a retryable 500, even ones a 200; each reply carries a request id `req-N`."""

    seen: list[dict[str, str]]
    lock = threading.Lock()

    def _answer(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with self.lock:
            self.seen.append({name.lower(): value for name, value in self.headers.items()})
            number = len(self.seen)
        body = b'{"__type": "ServerException", "message": "again"}' if number % 2 else b'{"tasks": [], "failures": []}'
        self.send_response(500 if number % 2 else 200)
        self.send_header("Content-Type", JSON_11)
        self.send_header("x-amzn-RequestId", f"req-{number}")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET = _answer


@pytest.fixture
def server() -> Iterator[tuple[str, list[dict[str, str]]]]:
    seen: list[dict[str, str]] = []
    with LoopbackServer(type("Handler", (Recorder,), {"seen": seen})) as running:
        yield running.url, seen


@pytest.fixture(autouse=True)
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    async def no_wait_async(_: float) -> None:
        return None

    monkeypatch.setattr(ecs_transport, "sleep", lambda _: None)
    monkeypatch.setattr(ecs_transport, "async_sleep", no_wait_async)


class Journal:
    """Hooks that write what they saw, in order; `before_attempt` tags each attempt with a header."""

    def __init__(self) -> None:
        self.lines: list[tuple[object, ...]] = []

    def before(self, event: RequestEvent) -> None:
        assert "authorization" not in event.headers  # credentials come after the hook
        event.headers["X-Call-Tag"] = f"{event.operation}/{event.attempt}"
        self.lines.append(("before", event.operation, event.attempt))

    def after(self, event: ResponseEvent) -> None:
        assert event.elapsed >= 0 and event.request is event.response.request
        self.lines.append(("response", event.operation, event.attempt, event.response.status_code, event.request_id))

    def error(self, event: ErrorEvent) -> None:
        self.lines.append(
            ("error", event.operation, event.attempt, type(event.error).__name__, event.request_id, event.will_retry)
        )

    @property
    def hooks(self) -> Hooks:
        return Hooks(before_attempt=self.before, after_response=self.after, on_error=self.error)


EXPECTED = [
    ("before", "DescribeTasks", 1),
    ("response", "DescribeTasks", 1, 500, "req-1"),
    ("error", "DescribeTasks", 1, "ServerException", "req-1", True),
    ("before", "DescribeTasks", 2),
    ("response", "DescribeTasks", 2, 200, "req-2"),
]


def test_hooks_see_every_attempt_and_may_add_a_header(server: tuple[str, list[dict[str, str]]]) -> None:
    url, seen = server
    journal = Journal()
    with EcsClient(region="us-east-1", endpoint_url=url, hooks=journal.hooks, **CREDENTIALS) as client:
        client.describe_tasks(tasks=["a"])
    assert journal.lines == EXPECTED
    assert [headers["x-call-tag"] for headers in seen] == ["DescribeTasks/1", "DescribeTasks/2"]
    assert all(headers["authorization"].startswith("AWS4-HMAC-SHA256 ") for headers in seen)


async def test_async_client_runs_the_same_hooks(server: tuple[str, list[dict[str, str]]]) -> None:
    url, seen = server
    journal = Journal()
    async with AsyncEcsClient(region="us-east-1", endpoint_url=url, hooks=journal.hooks, **CREDENTIALS) as client:
        await client.describe_tasks(tasks=["a"])
    assert journal.lines == EXPECTED
    assert [headers["x-call-tag"] for headers in seen] == ["DescribeTasks/1", "DescribeTasks/2"]


def test_on_error_hears_a_transport_error_that_ends_the_call() -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    errors: list[ErrorEvent] = []
    client = EcsClient(
        region="us-east-1",
        endpoint_url=f"http://127.0.0.1:{port}",
        max_retries=0,
        hooks=Hooks(on_error=errors.append),
        **CREDENTIALS,
    )
    with client, pytest.raises(EcsConnectionError) as caught:
        client.describe_tasks(tasks=["a"])
    assert len(errors) == 1
    assert errors[0].error is caught.value and errors[0].request_id is None and errors[0].will_retry is False


def test_a_hook_that_raises_ends_the_call_with_its_exception(server: tuple[str, list[dict[str, str]]]) -> None:
    url, seen = server

    def refuse(event: RequestEvent) -> None:
        raise RuntimeError(f"no {event.operation} today")

    with EcsClient(region="us-east-1", endpoint_url=url, hooks=Hooks(before_attempt=refuse), **CREDENTIALS) as client:
        with pytest.raises(RuntimeError, match="no DescribeTasks today"):
            client.describe_tasks(tasks=["a"])
    assert seen == []


def test_default_headers_go_with_every_request_and_yield_to_the_operation_and_the_call(
    server: tuple[str, list[dict[str, str]]],
) -> None:
    url, seen = server
    defaults = {"X-Team": "render", "X-Amz-Target": "Wrong.Target", "X-Trace-Note": "default", "User-Agent": "mine/1"}
    with EcsClient(region="us-east-1", endpoint_url=url, default_headers=defaults, **CREDENTIALS) as client:
        client.describe_tasks(tasks=["a"], extra_headers={"X-Trace-Note": "per-call"})
    assert len(seen) == 2
    for headers in seen:
        assert headers["x-team"] == "render"
        assert headers["x-amz-target"] == "AmazonEC2ContainerServiceV20141113.DescribeTasks"  # the operation's
        assert headers["x-trace-note"] == "per-call"
        assert headers["user-agent"] == "mine/1"


def test_default_headers_on_a_non_aws_client() -> None:
    seen: list[dict[str, str]] = []

    class Answers(QuietHandler):
        def do_GET(self) -> None:
            seen.append({name.lower(): value for name, value in self.headers.items()})
            self.reply(404, b'{"errors": ["not found"]}')

    with LoopbackServer(Answers) as running:
        client = AgentlessScanningClient(
            base_url=running.url, api_key="k", app_key="a", default_headers={"X-Team": "security"}
        )
        with client, pytest.raises(Exception, match="404"):
            client.get_aws_on_demand_task(task_id="6d09294c-9ad9-42fd-a759-a0c1599b4828")
    assert seen and seen[0]["x-team"] == "security" and seen[0]["dd-api-key"] == "k"


@pytest.mark.parametrize(
    ("keywords", "message"),
    [
        ({"default_headers": [("X-Team", "render")]}, "default_headers must be a mapping"),
        ({"default_headers": {"X-Retries": 3}}, "names and values must be str"),
        ({"hooks": print}, "hooks must be a Hooks"),
    ],
)
def test_wrong_default_headers_or_hooks_are_a_type_error(keywords: dict[str, object], message: str) -> None:
    with pytest.raises(TypeError, match=message):
        EcsClient(region="us-east-1", endpoint_url="http://127.0.0.1:9", **CREDENTIALS, **keywords)  # type: ignore[arg-type]


def hooks_example(package: str) -> dict[str, Any]:
    """Run the Python block of a generated README's Hooks section; its names."""
    readme = (Path(__file__).resolve().parent.parent / "generated" / package / "README.md").read_text()
    section = readme.split("\n## Hooks\n", 1)[1].split("\n## ", 1)[0]
    example = section.split("```python\n", 1)[1].split("```", 1)[0]
    namespace: dict[str, Any] = {}
    exec(compile(example, f"{package} README hooks", "exec"), namespace)
    namespace["client"].close()
    return namespace


@pytest.mark.parametrize("package", ["aws_deadline", "datadog_agentless_scanning"])
def test_every_package_readme_hooks_example_builds_its_client(package: str) -> None:
    assert isinstance(hooks_example(package)["hooks"], importlib.import_module(package).Hooks)


def test_the_package_readme_hooks_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    """The README's Hooks section (rendered for aws_ecs): its hooks count responses and tag every attempt."""
    namespace = hooks_example("aws_ecs")
    with FakeEcsServer() as fake:
        with EcsClient(region="us-east-1", endpoint_url=fake.url, hooks=namespace["hooks"], **CREDENTIALS) as client:
            client.describe_tasks(tasks=["a"])
        assert fake.requests[-1].headers["x-job-name"] == "nightly-report"
    assert namespace["statuses"] == {("DescribeTasks", 200): 1}
    assert capsys.readouterr().out.startswith("DescribeTasks 1 200 ")
