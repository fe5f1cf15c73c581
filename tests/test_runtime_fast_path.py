"""The runtime's speed-ups keep the behaviour they replace (bench/RESULTS.md says why each exists).

- `decode()` pauses the cyclic garbage collector while models are built, and always restores it.
- A client that owns its `httpx.Client` sends straight to the transport: responses still carry their
  request and elapsed time, errors their request, httpx still logs its request line, no transport or TLS
  context is built before the first request (the CA bundle before the first https one), and with a proxy in
  the environment it is plain httpx.
- Cookies are not kept between calls (as in boto3 and Datadog's client).
"""

from __future__ import annotations

import gc
import logging
import socket
import ssl
from collections.abc import Iterator

import httpx
import pytest
from aws_ecs import models as ecs_models
from datadog_agentless_scanning import AgentlessScanningClient, AsyncAgentlessScanningClient
from datadog_agentless_scanning._runtime import client as dd_runtime_client
from datadog_agentless_scanning._runtime.errors import ApiConnectionError
from datadog_agentless_scanning.testing import FakeAgentlessScanningServer
from runtime_under_test import client as runtime_client
from runtime_under_test.errors import ResponseDecodeError

TASK_ID = "6d09294c-9ad9-42fd-a759-a0c1599b4828"
GOOD = b'{"tasks": [{"taskArn": "arn:aws:ecs:us-east-1:123456789012:task/default/abc"}], "failures": []}'
BAD = b'{"tasks": "not a list"}'


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


@pytest.fixture
def server() -> Iterator[FakeAgentlessScanningServer]:
    with FakeAgentlessScanningServer() as fake:
        yield fake


def _client(server: FakeAgentlessScanningServer, **options: object) -> AgentlessScanningClient:
    return AgentlessScanningClient(api_key="k", app_key="a", base_url=server.url, **options)  # type: ignore[arg-type]


def test_decode_runs_with_the_collector_paused_and_turns_it_back_on(collector_on: None) -> None:
    seen: list[bool] = []

    def decoder(body: bytes) -> ecs_models.DescribeTasksResponse:
        seen.append(gc.isenabled())
        return ecs_models.DescribeTasksResponse.model_validate_json(body)

    result = runtime_client.decode(decoder, httpx.Response(200, content=GOOD), "DescribeTasks")
    assert result.tasks is not None and result.tasks[0].task_arn.endswith("/abc")  # type: ignore[union-attr]
    assert seen == [False]
    assert gc.isenabled()


def test_decode_restores_the_collector_when_the_body_is_rejected(collector_on: None) -> None:
    validate = ecs_models.DescribeTasksResponse.model_validate_json
    with pytest.raises(ResponseDecodeError, match="does not match the spec"):
        runtime_client.decode(validate, httpx.Response(200, content=BAD), "DescribeTasks")
    assert gc.isenabled()
    with pytest.raises(ResponseDecodeError):
        runtime_client.decode(validate, httpx.Response(200, content=b"{not json"), "DescribeTasks")
    assert gc.isenabled()


def test_decode_leaves_a_collector_that_the_program_turned_off_off(collector_on: None) -> None:
    gc.disable()
    runtime_client.decode(ecs_models.DescribeTasksResponse.model_validate_json, httpx.Response(200, content=GOOD), "X")
    assert not gc.isenabled()
    with pytest.raises(ResponseDecodeError):
        runtime_client.decode(
            ecs_models.DescribeTasksResponse.model_validate_json, httpx.Response(200, content=BAD), "X"
        )
    assert not gc.isenabled()


def test_owned_client_builds_its_transport_at_the_first_request(server: FakeAgentlessScanningServer) -> None:
    client = _client(server)
    owned = client._http
    assert isinstance(owned, dd_runtime_client._OwnedClient)
    assert owned._lazy._transports == {}  # constructing a client loads no CA bundle
    client.get_aws_on_demand_task(task_id=TASK_ID)
    assert list(owned._lazy._transports) == ["http"]
    assert isinstance(owned._lazy._transports["http"], httpx.HTTPTransport)
    other = _client(server)
    other.get_aws_on_demand_task(task_id=TASK_ID)
    assert dd_runtime_client._shared_ssl_context() is dd_runtime_client._shared_ssl_context()
    client.close()
    other.close()
    with pytest.raises(RuntimeError, match="closed"):
        client.get_aws_on_demand_task(task_id=TASK_ID)


class _RecordingTransport(httpx.BaseTransport):
    """Stands in for `httpx.HTTPTransport`: records the TLS context it was given and answers 200."""

    created: list[object] = []

    def __init__(self, *, verify: object) -> None:
        self.created.append(verify)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, request=request)


def test_the_ca_bundle_is_loaded_at_the_first_https_request_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Plain http (a local fake, an emulator) never loads the CA bundle (~25 ms of a cold start); its transport's
    context trusts no certificate, so it cannot carry an unverified TLS connection; https gets the shared
    default context, built once per process."""
    monkeypatch.setattr(httpx, "HTTPTransport", _RecordingTransport)
    monkeypatch.setattr(_RecordingTransport, "created", [])
    runtime_client._shared_ssl_context.cache_clear()
    lazy = runtime_client._LazyTransport()
    for _ in range(2):
        lazy.handle_request(httpx.Request("GET", "http://127.0.0.1:1/x"))
    assert runtime_client._shared_ssl_context.cache_info().currsize == 0
    (http_context,) = _RecordingTransport.created
    assert isinstance(http_context, ssl.SSLContext)
    assert http_context.verify_mode == ssl.CERT_REQUIRED and http_context.check_hostname
    assert http_context.cert_store_stats()["x509_ca"] == 0
    for _ in range(2):
        lazy.handle_request(httpx.Request("GET", "https://example.invalid/x"))
    assert _RecordingTransport.created == [http_context, runtime_client._shared_ssl_context()]
    assert runtime_client._shared_ssl_context().cert_store_stats()["x509_ca"] > 0


async def test_the_async_transport_loads_the_ca_bundle_for_https_only(monkeypatch: pytest.MonkeyPatch) -> None:
    created: list[object] = []

    class Recording(httpx.AsyncBaseTransport):
        def __init__(self, *, verify: object) -> None:
            created.append(verify)

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, request=request)

    monkeypatch.setattr(httpx, "AsyncHTTPTransport", Recording)
    lazy = runtime_client._LazyAsyncTransport()
    await lazy.handle_async_request(httpx.Request("GET", "http://127.0.0.1:1/x"))
    await lazy.handle_async_request(httpx.Request("GET", "https://example.invalid/x"))
    await lazy.handle_async_request(httpx.Request("GET", "https://example.invalid/y"))
    assert created == [runtime_client._no_tls_context(), runtime_client._shared_ssl_context()]


def test_owned_client_responses_carry_request_and_elapsed_time(server: FakeAgentlessScanningServer) -> None:
    with _client(server) as client:
        raw = client.with_raw_response.get_aws_on_demand_task(task_id=TASK_ID)
    assert raw.status_code == 200 and str(raw.parsed.data.id) == TASK_ID  # type: ignore[union-attr]
    assert raw.elapsed_seconds > 0
    assert server.requests[-1].path.endswith(TASK_ID)


def test_owned_client_keeps_httpx_request_log_line(
    server: FakeAgentlessScanningServer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="httpx"), _client(server) as client:
        client.get_aws_on_demand_task(task_id=TASK_ID)
    lines = [record.getMessage() for record in caplog.records if record.name == "httpx"]
    assert any(line.startswith("HTTP Request: GET ") and '"HTTP/1.1 200 OK"' in line for line in lines), lines


def test_owned_client_does_not_keep_cookies(server: FakeAgentlessScanningServer) -> None:
    server.respond("getAwsOnDemandTask", example="ok", headers={"Set-Cookie": "session=abc; Path=/"})
    with _client(server) as client:
        client.get_aws_on_demand_task(task_id=TASK_ID)
        client.get_aws_on_demand_task(task_id=TASK_ID)
    assert "cookie" not in server.requests[-1].headers


def test_connection_errors_carry_their_request() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = AgentlessScanningClient(api_key="k", app_key="a", base_url=f"http://127.0.0.1:{port}", max_retries=0)
    with pytest.raises(ApiConnectionError) as caught:
        client.get_aws_on_demand_task(task_id=TASK_ID)
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.ConnectError)
    assert cause.request.url.path.endswith(TASK_ID)


def test_with_a_proxy_in_the_environment_it_is_plain_httpx(
    server: FakeAgentlessScanningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    with _client(server) as client:
        assert client._http._direct is False  # type: ignore[attr-defined]
        raw = client.with_raw_response.get_aws_on_demand_task(task_id=TASK_ID)
    assert raw.status_code == 200 and raw.elapsed_seconds > 0


async def test_async_owned_client_sends_directly_too(server: FakeAgentlessScanningServer) -> None:
    async with AsyncAgentlessScanningClient(api_key="k", app_key="a", base_url=server.url) as client:
        owned = client._http
        assert isinstance(owned, dd_runtime_client._OwnedAsyncClient)
        assert owned._lazy._transports == {}
        raw = await client.with_raw_response.get_aws_on_demand_task(task_id=TASK_ID)
        assert isinstance(owned._lazy._transports["http"], httpx.AsyncHTTPTransport)
    assert raw.status_code == 200 and raw.elapsed_seconds > 0
    assert str(raw.parsed.data.id) == TASK_ID  # type: ignore[union-attr]
