"""Fault injection: the generated clients against a real loopback server that misbehaves like real services.

Every test drives a generated client (sync or async) at `tests/fault_server.py`, then checks three things:
how many attempts reached the server, which exception (if any) came out, and that no credential appears in
any log record (every logger at DEBUG: ours, httpx, httpcore, botocore) or in the exception's str()/repr().

Retry waits are not slept: each package's `_runtime.transport.sleep`/`async_sleep` is replaced by a
recorder, so the tests assert the delays the policy asked for and stay fast. The few tests that drive the
transport directly use its source, `templates/runtime` (as `runtime_under_test`), not a package's copy.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import aws_deadline.errors as deadline_errors
import aws_ecs.errors as ecs_errors
import datadog_agentless_scanning.errors as dd_errors
import httpx
import pytest
from aws_deadline import DeadlineClient
from aws_deadline._runtime import transport as deadline_transport
from aws_ecs import AsyncEcsClient, EcsClient
from aws_ecs._runtime import transport as ecs_transport
from aws_support import freeze_signing_clock
from contract_support import documented_arguments
from datadog_agentless_scanning import AgentlessScanningClient, AsyncAgentlessScanningClient
from datadog_agentless_scanning._runtime import transport as dd_transport
from fault_server import FaultServer, Received, Reply, Reset
from runtime_under_test import transport as runtime_transport
from runtime_under_test.auth import QueryCredentials
from runtime_under_test.config import CredentialSpec, credentials_auth
from runtime_under_test.protocol import ErrorTable
from runtime_under_test.retry import RetryPolicy

ACCESS_KEY = "AKIAFAULTINJECTION01"
SECRET_KEY = "fault+Secret/Key0123456789abcdefghijklmn"
SESSION_TOKEN = "IQoJb3JpZ2luX2VjEFAULT/SESSION+TOKEN0123456789=="
DD_API_KEY = "ddapi0fault1injection2key3abcdef"
DD_APP_KEY = "ddapp0fault1injection2key3fedcba9876"
QUERY_KEY = "qk0fault1query2credential3abc"
SECRETS = (ACCESS_KEY, SECRET_KEY, SESSION_TOKEN, DD_API_KEY, DD_APP_KEY, QUERY_KEY)
LOGGERS = ("aws_ecs", "aws_deadline", "datadog_agentless_scanning", "httpx", "httpcore", "botocore", "urllib3")

ECS_OK = {
    "tasks": [
        {"taskArn": "arn:aws:ecs:us-east-1:123456789012:task/default/abc", "lastStatus": "RUNNING", "cpu": "256"}
    ],
    "failures": [],
}
DEADLINE_IDS = documented_arguments("aws/deadline.yaml", "getTask")
DEADLINE_OK = {
    "createdAt": "2025-02-11T18:13:24.576Z",
    "createdBy": "arn:aws:sts::123456789012:assumed-role/Admin/alice",
    "runStatus": "RUNNING",
    "taskId": "task-" + "3" * 32 + "-7",
}
DD_TASK = "6d09294c-9ad9-42fd-a759-a0c1599b4828"
DD_OK = {"data": {"id": DD_TASK, "type": "aws_resource", "attributes": {"status": "QUEUED"}}}
NGINX_502 = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
    "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
SLOW = Reply(200, body=ECS_OK, delay=5.0)  # far past any timeout used here; the server stops waiting on close


# -- fixtures and helpers ---------------------------------------------------------------------------------


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as running:
        yield running


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The delays the send loops asked for, in order, instead of sleeping them."""
    requested: list[float] = []

    def record(seconds: float) -> None:
        requested.append(seconds)

    async def record_async(seconds: float) -> None:
        requested.append(seconds)

    for module in (ecs_transport, deadline_transport, dd_transport, runtime_transport):
        monkeypatch.setattr(module, "sleep", record)
        monkeypatch.setattr(module, "async_sleep", record_async)
    return requested


@pytest.fixture(autouse=True)
def debug_everywhere(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Capture every logger at DEBUG, and fail any test after which a credential shows in a record."""
    caplog.set_level(logging.DEBUG)
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    yield caplog
    assert_not_in_logs(caplog, SECRETS)


def assert_not_in_logs(caplog: pytest.LogCaptureFixture, secrets: tuple[str, ...] | list[str]) -> None:
    rendered = [caplog.text] + [
        f"{record.getMessage()} {record.args!r} {record.__dict__!r}" for record in caplog.records
    ]
    for secret in secrets:
        for text in rendered:
            assert secret not in text, f"a credential leaked into the logs: {secret[:6]}..."


def ecs(server: FaultServer, **options: Any) -> EcsClient:
    return EcsClient(
        endpoint_url=server.url,
        region="us-east-1",
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
        aws_session_token=SESSION_TOKEN,
        **options,
    )


def async_ecs(server: FaultServer, **options: Any) -> AsyncEcsClient:
    return AsyncEcsClient(
        endpoint_url=server.url,
        region="us-east-1",
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
        aws_session_token=SESSION_TOKEN,
        **options,
    )


def deadline(server: FaultServer, **options: Any) -> DeadlineClient:
    return DeadlineClient(
        endpoint_url=server.url,
        region="us-west-2",
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
        aws_session_token=SESSION_TOKEN,
        **options,
    )


def datadog(server: FaultServer, **options: Any) -> AgentlessScanningClient:
    return AgentlessScanningClient(api_key=DD_API_KEY, app_key=DD_APP_KEY, base_url=server.url, **options)


def async_datadog(server: FaultServer, **options: Any) -> AsyncAgentlessScanningClient:
    return AsyncAgentlessScanningClient(api_key=DD_API_KEY, app_key=DD_APP_KEY, base_url=server.url, **options)


def attempt_lines(caplog: pytest.LogCaptureFixture, logger: str) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.name == logger]


def check_clean(
    caplog: pytest.LogCaptureFixture, server: FaultServer, logger: str, error: BaseException | None = None
) -> None:
    """One debug line per attempt, and no credential — static or per-request — in the logs or the error."""
    lines = attempt_lines(caplog, logger)
    assert len(lines) == server.attempts
    for number, line in enumerate(lines, start=1):
        assert f"(attempt {number}/" in line
    sent: list[str] = list(SECRETS)
    for request in server.requests:
        authorization = request.header("authorization")
        if authorization:  # the signature is a credential for that request: never logged
            sent += [authorization, authorization.rsplit("Signature=", 1)[-1]]
    assert_not_in_logs(caplog, sent)
    if error is not None:
        for secret in sent:
            assert secret not in str(error) and secret not in repr(error)


def ecs_call(client: EcsClient, **options: Any) -> Any:
    return client.describe_tasks(tasks=["abc"], cluster="default", **options)


def throttled(code: str = "ThrottlingException") -> Reply:
    return Reply(400, body={"__type": f"com.amazonaws.ecs#{code}", "message": "Rate exceeded"})


# -- Retry-After and rate limits --------------------------------------------------------------------------


def test_429_with_retry_after_then_200(server: FaultServer, sleeps: list[float], caplog: Any) -> None:
    server.script(
        Reply(429, body={"errors": ["Too many requests"]}, headers=(("Retry-After", "2"),)), Reply(200, body=DD_OK)
    )
    with datadog(server) as client:
        result = client.get_aws_on_demand_task(task_id=DD_TASK)
    assert result.data is not None and result.data.id == DD_TASK
    assert server.attempts == 2
    assert sleeps == [2.0]
    assert [request.header("dd-api-key") for request in server.requests] == [DD_API_KEY, DD_API_KEY]
    check_clean(caplog, server, "datadog_agentless_scanning")


def test_429_with_datadog_rate_limit_reset(server: FaultServer, sleeps: list[float], caplog: Any) -> None:
    limits = (("X-RateLimit-Limit", "12"), ("X-RateLimit-Period", "60"), ("X-RateLimit-Remaining", "0"))
    server.script(
        Reply(429, body={"errors": ["Too many requests"]}, headers=(*limits, ("X-RateLimit-Reset", "3"))),
        Reply(200, body=DD_OK),
    )
    with datadog(server) as client:
        client.get_aws_on_demand_task(task_id=DD_TASK)
    assert server.attempts == 2
    assert sleeps == [3.0]
    check_clean(caplog, server, "datadog_agentless_scanning")


def test_429_forever_caps_the_requested_delay_and_gives_up(
    server: FaultServer, sleeps: list[float], caplog: Any
) -> None:
    server.default = Reply(429, body={"errors": ["Too many requests"]}, headers=(("Retry-After", "86400"),))
    with datadog(server) as client, pytest.raises(dd_errors.RateLimitError) as caught:
        client.get_aws_on_demand_task(task_id=DD_TASK)
    assert server.attempts == 3
    assert sleeps == [60.0, 60.0]  # max_server_delay, not a day
    assert caught.value.status_code == 429 and caught.value.errors == ["Too many requests"]
    check_clean(caplog, server, "datadog_agentless_scanning", caught.value)


# -- 5xx -------------------------------------------------------------------------------------------------


def test_503_twice_then_200(server: FaultServer, sleeps: list[float], caplog: Any) -> None:
    server.script(Reply(503), Reply(503, body={"message": "busy"}), Reply(200, body=ECS_OK))
    with ecs(server) as client:
        result = ecs_call(client)
    assert result.tasks is not None and result.tasks[0].last_status == "RUNNING"
    assert server.attempts == 3
    assert len(sleeps) == 2
    assert 0.0 <= sleeps[0] < 0.5 and 0.0 <= sleeps[1] < 1.0  # full jitter under base * 2**n
    bodies = {request.body for request in server.requests}
    assert len(bodies) == 1 and json.loads(bodies.pop()) == {"tasks": ["abc"], "cluster": "default"}
    check_clean(caplog, server, "aws_ecs")


def test_500_forever_gives_up_after_exactly_three_attempts(
    server: FaultServer, sleeps: list[float], caplog: Any
) -> None:
    server.default = Reply(
        500,
        body={"message": "Internal failure"},
        headers=(("X-Amzn-ErrorType", "InternalServerErrorException:http://internal.amazon.com/"),),
    )
    with deadline(server) as client, pytest.raises(deadline_errors.InternalServerErrorException) as caught:
        client.get_task(**DEADLINE_IDS)
    assert server.attempts == 3
    assert len(sleeps) == 2 and sum(sleeps) < 0.5 + 1.0
    assert caught.value.status_code == 500 and caught.value.code == "InternalServerErrorException"
    assert "Internal failure" in str(caught.value)
    check_clean(caplog, server, "aws_deadline", caught.value)


def test_html_502_from_a_proxy(server: FaultServer, sleeps: list[float], caplog: Any) -> None:
    server.default = Reply(502, body=NGINX_502, headers=(("Content-Type", "text/html"),))
    with datadog(server) as client, pytest.raises(dd_errors.ApiError) as caught:
        client.get_aws_on_demand_task(task_id=DD_TASK)
    assert type(caught.value) is dd_errors.ApiError
    assert server.attempts == 3 and len(sleeps) == 2
    assert caught.value.status_code == 502
    assert caught.value.body == NGINX_502
    assert str(caught.value) == "getAwsOnDemandTask failed with HTTP 502 Bad Gateway: 502 Bad Gateway: nginx"
    check_clean(caplog, server, "datadog_agentless_scanning", caught.value)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 501])
def test_other_client_errors_are_never_retried(
    server: FaultServer, sleeps: list[float], caplog: Any, status: int
) -> None:
    server.default = Reply(status, body={"errors": ["no"]})
    with datadog(server) as client, pytest.raises(dd_errors.ApiError) as caught:
        client.get_aws_on_demand_task(task_id=DD_TASK)
    assert server.attempts == 1 and sleeps == []
    assert caught.value.status_code == status
    check_clean(caplog, server, "datadog_agentless_scanning", caught.value)


# -- AWS error codes --------------------------------------------------------------------------------------


def test_aws_throttling_400_is_retried(server: FaultServer, sleeps: list[float], caplog: Any) -> None:
    server.script(throttled(), throttled("RequestLimitExceeded"), Reply(200, body=ECS_OK))
    with ecs(server) as client:
        ecs_call(client)
    assert server.attempts == 3 and len(sleeps) == 2
    check_clean(caplog, server, "aws_ecs")


def test_aws_throttling_forever_raises_the_documented_class(
    server: FaultServer, sleeps: list[float], caplog: Any
) -> None:
    server.default = Reply(429, body={"message": "Slow down"}, headers=(("X-Amzn-ErrorType", "ThrottlingException"),))
    with deadline(server) as client, pytest.raises(deadline_errors.ThrottlingException) as caught:
        client.get_task(**DEADLINE_IDS)
    assert server.attempts == 3 and len(sleeps) == 2
    check_clean(caplog, server, "aws_deadline", caught.value)


def test_aws_validation_400_is_not_retried(server: FaultServer, sleeps: list[float], caplog: Any) -> None:
    server.script(Reply(400, body={"__type": "com.amazonaws.ecs#ValidationException", "message": "bad tasks"}))
    server.default = Reply(200, body=ECS_OK)
    with ecs(server) as client, pytest.raises(ecs_errors.ApiError) as caught:
        ecs_call(client)
    assert server.attempts == 1 and sleeps == []
    assert type(caught.value) is ecs_errors.ApiError and caught.value.code == "ValidationException"
    check_clean(caplog, server, "aws_ecs", caught.value)


def test_documented_client_exception_is_not_retried(server: FaultServer, sleeps: list[float], caplog: Any) -> None:
    server.default = Reply(400, body={"__type": "com.amazonaws.ecs#ClientException", "message": "not allowed"})
    with ecs(server) as client, pytest.raises(ecs_errors.ClientException) as caught:
        ecs_call(client)
    assert server.attempts == 1 and sleeps == []
    check_clean(caplog, server, "aws_ecs", caught.value)


def test_spec_retryable_server_exception_is_retried(server: FaultServer, sleeps: list[float], caplog: Any) -> None:
    server.default = Reply(500, body={"__type": "com.amazonaws.ecs#ServerException", "message": "oops"})
    with ecs(server) as client, pytest.raises(ecs_errors.ServerException) as caught:
        ecs_call(client)
    assert server.attempts == 3 and len(sleeps) == 2
    check_clean(caplog, server, "aws_ecs", caught.value)


# -- Broken connections and bodies ------------------------------------------------------------------------


def test_connection_reset_mid_body_then_success(server: FaultServer, sleeps: list[float], caplog: Any) -> None:
    server.script(Reply(200, body=ECS_OK, send_bytes=20, reset=True), Reply(200, body=ECS_OK))
    with ecs(server) as client:
        result = ecs_call(client)
    assert result.tasks is not None and len(result.tasks) == 1
    assert server.attempts == 2 and len(sleeps) == 1
    assert "-> ReadError (attempt 1/3" in attempt_lines(caplog, "aws_ecs")[0]
    check_clean(caplog, server, "aws_ecs")


def test_connection_reset_every_time(server: FaultServer, sleeps: list[float], caplog: Any) -> None:
    server.default = Reply(200, body=ECS_OK, send_bytes=20, reset=True)
    with ecs(server) as client, pytest.raises(ecs_errors.ApiConnectionError) as caught:
        ecs_call(client)
    assert not isinstance(caught.value, ecs_errors.ApiTimeoutError)
    assert isinstance(caught.value.__cause__, httpx.ReadError)
    assert server.attempts == 3 and len(sleeps) == 2
    check_clean(caplog, server, "aws_ecs", caught.value)


def test_reset_before_any_answer(server: FaultServer, sleeps: list[float], caplog: Any) -> None:
    server.default = Reset()
    with datadog(server) as client, pytest.raises(dd_errors.ApiConnectionError) as caught:
        client.get_aws_on_demand_task(task_id=DD_TASK)
    assert server.attempts == 3 and len(sleeps) == 2
    check_clean(caplog, server, "datadog_agentless_scanning", caught.value)


def test_truncated_json_with_matching_length_is_a_decode_error(
    server: FaultServer, sleeps: list[float], caplog: Any
) -> None:
    server.script(Reply(200, body=b'{"tasks": [{"taskArn": "arn:aws:ecs:us-'))
    server.default = Reply(200, body=ECS_OK)
    with ecs(server) as client, pytest.raises(ecs_errors.ResponseDecodeError) as caught:
        ecs_call(client)
    assert server.attempts == 1 and sleeps == []  # the server said 200: retrying would repeat the call
    assert caught.value.status_code == 200
    check_clean(caplog, server, "aws_ecs", caught.value)


def test_body_shorter_than_content_length_is_retried(server: FaultServer, sleeps: list[float], caplog: Any) -> None:
    short = Reply(200, body=ECS_OK, send_bytes=15)  # announces the full length, closes early
    server.script(short, short, Reply(200, body=ECS_OK))
    with ecs(server) as client:
        ecs_call(client)
    assert server.attempts == 3 and len(sleeps) == 2
    assert "-> RemoteProtocolError (attempt 1/3" in attempt_lines(caplog, "aws_ecs")[0]
    check_clean(caplog, server, "aws_ecs")


def test_body_always_short_raises_connection_error(server: FaultServer, sleeps: list[float], caplog: Any) -> None:
    server.default = Reply(200, body=DD_OK, send_bytes=15)
    with datadog(server) as client, pytest.raises(dd_errors.ApiConnectionError) as caught:
        client.get_aws_on_demand_task(task_id=DD_TASK)
    assert server.attempts == 3
    assert "RemoteProtocolError" in str(caught.value)
    check_clean(caplog, server, "datadog_agentless_scanning", caught.value)


def test_body_that_does_not_decompress_is_a_decode_error(server: FaultServer, sleeps: list[float], caplog: Any) -> None:
    server.script(Reply(200, body=b"this is not gzip", headers=(("Content-Encoding", "gzip"),)))
    server.default = Reply(200, body=DD_OK)
    with datadog(server) as client, pytest.raises(dd_errors.ResponseDecodeError) as caught:
        client.get_aws_on_demand_task(task_id=DD_TASK)
    assert server.attempts == 1 and sleeps == []
    check_clean(caplog, server, "datadog_agentless_scanning", caught.value)


def test_gzip_body_is_decoded(server: FaultServer, sleeps: list[float], caplog: Any) -> None:
    server.default = Reply(200, body=gzip.compress(json.dumps(DD_OK).encode()), headers=(("Content-Encoding", "gzip"),))
    with datadog(server) as client:
        result = client.get_aws_on_demand_task(task_id=DD_TASK)
    assert result.data is not None and result.data.id == DD_TASK
    check_clean(caplog, server, "datadog_agentless_scanning")


# -- Timeouts --------------------------------------------------------------------------------------------


def test_response_slower_than_the_timeout(server: FaultServer, sleeps: list[float], caplog: Any) -> None:
    server.default = SLOW
    with ecs(server, timeout=0.2) as client, pytest.raises(ecs_errors.ApiTimeoutError) as caught:
        ecs_call(client)
    assert server.attempts == 3 and len(sleeps) == 2
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    check_clean(caplog, server, "aws_ecs", caught.value)


def test_per_call_timeout_overrides_the_client(server: FaultServer, sleeps: list[float], caplog: Any) -> None:
    server.default = SLOW
    with ecs(server) as client, pytest.raises(ecs_errors.ApiTimeoutError) as caught:
        ecs_call(client, timeout=0.2, max_retries=0)
    assert server.attempts == 1 and sleeps == []
    check_clean(caplog, server, "aws_ecs", caught.value)


def test_per_call_timeout_can_be_longer_than_the_client(server: FaultServer, sleeps: list[float], caplog: Any) -> None:
    server.script(Reply(200, body=ECS_OK, delay=0.4))
    with ecs(server, timeout=0.1) as client:
        ecs_call(client, timeout=3.0)
    assert server.attempts == 1 and sleeps == []
    check_clean(caplog, server, "aws_ecs")


def test_default_timeouts_are_finite() -> None:
    timeout = ecs_transport.DEFAULT_TIMEOUT
    for value in (timeout.connect, timeout.read, timeout.write, timeout.pool):
        assert value is not None and 0 < value <= 60


# -- max_retries -----------------------------------------------------------------------------------------


def test_max_retries_zero_on_the_client(server: FaultServer, sleeps: list[float], caplog: Any) -> None:
    server.script(Reply(503))
    server.default = Reply(200, body=DD_OK)
    with datadog(server, max_retries=0) as client, pytest.raises(dd_errors.ApiError) as caught:
        client.get_aws_on_demand_task(task_id=DD_TASK)
    assert server.attempts == 1 and sleeps == []
    assert caught.value.status_code == 503
    check_clean(caplog, server, "datadog_agentless_scanning", caught.value)


def test_per_call_max_retries(server: FaultServer, sleeps: list[float], caplog: Any) -> None:
    server.default = Reply(503)
    with ecs(server, max_retries=0) as client:
        with pytest.raises(ecs_errors.ApiError):
            ecs_call(client, max_retries=4)
        assert server.attempts == 5 and len(sleeps) == 4
        assert "(attempt 5/5" in attempt_lines(caplog, "aws_ecs")[-1]
    with ecs(server) as client, pytest.raises(ecs_errors.ApiError):
        ecs_call(client, max_retries=0)
    assert server.attempts == 6 and len(sleeps) == 4
    assert_not_in_logs(caplog, SECRETS)


def test_negative_per_call_max_retries_is_refused_before_sending(server: FaultServer) -> None:
    with ecs(server) as client, pytest.raises(ValueError, match="max_retries"):
        ecs_call(client, max_retries=-1)
    assert server.attempts == 0


# -- Headers and signing ---------------------------------------------------------------------------------


def test_extra_headers_arrive_on_every_attempt(server: FaultServer, sleeps: list[float], caplog: Any) -> None:
    server.script(Reply(503), Reply(200, body=DD_OK))
    extra = {"X-Request-Tag": "fault-42", "DD-API-KEY": "attempted-override"}
    with datadog(server) as client:
        client.get_aws_on_demand_task(task_id=DD_TASK, extra_headers=extra)
    assert server.attempts == 2
    for request in server.requests:
        assert request.header("x-request-tag") == "fault-42"
        assert request.header("dd-api-key") == DD_API_KEY  # credentials are applied last
        assert request.header("dd-application-key") == DD_APP_KEY
    check_clean(caplog, server, "datadog_agentless_scanning")


def test_extra_amz_headers_are_signed(server: FaultServer, sleeps: list[float], caplog: Any) -> None:
    server.default = Reply(200, body=ECS_OK)
    with ecs(server) as client:
        ecs_call(client, extra_headers={"X-Amz-Meta-Trace": "t-1", "X-Other": "o"})
    (request,) = server.requests
    assert request.header("x-amz-meta-trace") == "t-1" and request.header("x-other") == "o"
    signed = parse_authorization(request)["signed_headers"]
    assert "x-amz-meta-trace" in signed and "x-other" not in signed
    assert sigv4_is_valid(request, server)
    check_clean(caplog, server, "aws_ecs")


def parse_authorization(request: Received) -> dict[str, Any]:
    authorization = request.header("authorization") or ""
    match = re.fullmatch(
        r"AWS4-HMAC-SHA256 Credential=([^/]+)/(\d{8})/([^/]+)/([^/]+)/aws4_request, "
        r"SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})",
        authorization,
    )
    assert match is not None, "malformed SigV4 Authorization header"
    key, _, region, service, signed, signature = match.groups()
    return {
        "key": key,
        "region": region,
        "service": service,
        "signed_headers": signed.split(";"),
        "signature": signature,
    }


def sigv4_is_valid(request: Received, server: FaultServer) -> bool:
    """Recompute the signature server-side from what arrived, as AWS does."""
    from botocore.auth import SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials

    parts = parse_authorization(request)
    headers = {name: request.headers[name] for name in parts["signed_headers"]}
    aws_request = AWSRequest(method=request.method, url=server.url + request.target, data=request.body, headers=headers)
    aws_request.context["timestamp"] = request.header("x-amz-date")
    signer = SigV4Auth(Credentials(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN), parts["service"], parts["region"])
    canonical = signer.canonical_request(aws_request)
    expected: str = signer.signature(signer.string_to_sign(aws_request, canonical), aws_request)
    return expected == parts["signature"]


def test_every_attempt_is_signed_again(
    server: FaultServer, sleeps: list[float], caplog: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A clock that moves one second per signature, as real retries would.
    instants = iter(datetime(2025, 2, 11, 18, 0, 0) + timedelta(seconds=n) for n in range(10))
    freeze_signing_clock(monkeypatch, lambda: next(instants))
    server.script(Reply(503), throttled(), Reply(200, body=ECS_OK))
    with ecs(server) as client:
        ecs_call(client)
    assert server.attempts == 3
    dates = [request.header("x-amz-date") for request in server.requests]
    assert dates == ["20250211T180000Z", "20250211T180001Z", "20250211T180002Z"]
    assert len({request.header("authorization") for request in server.requests}) == 3
    for request in server.requests:
        assert request.header("x-amz-security-token") == SESSION_TOKEN
        assert "x-amz-security-token" in parse_authorization(request)["signed_headers"]
        assert sigv4_is_valid(request, server)
    check_clean(caplog, server, "aws_ecs")


def test_signature_is_recomputed_even_within_the_same_second(
    server: FaultServer, sleeps: list[float], caplog: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aws_ecs._runtime.sigv4 import Signer

    freeze_signing_clock(monkeypatch, lambda: datetime(2025, 2, 11, 18, 0, 0))
    signed: list[str] = []
    original = Signer.sign

    def counting_sign(self: Signer, **request: Any) -> dict[str, str]:
        added = original(self, **request)
        signed.append(added["Authorization"])
        return added

    monkeypatch.setattr(Signer, "sign", counting_sign)
    server.script(Reply(503), Reset(), Reply(200, body=ECS_OK))
    with ecs(server) as client:
        ecs_call(client)
    assert server.attempts == 3
    assert len(signed) == 3  # one signing per attempt, not one per call
    assert [request.header("authorization") for request in server.requests] == signed
    assert all(sigv4_is_valid(request, server) for request in server.requests)
    check_clean(caplog, server, "aws_ecs")


def test_session_token_is_signed_but_not_in_botocore_debug_log(
    server: FaultServer, sleeps: list[float], caplog: Any
) -> None:
    server.default = Reply(200, body=ECS_OK)
    with ecs(server) as client:
        ecs_call(client)
    (request,) = server.requests
    assert request.header("x-amz-security-token") == SESSION_TOKEN
    assert "x-amz-security-token" in parse_authorization(request)["signed_headers"]
    # botocore.auth logs the canonical request at DEBUG (it would hold the token); our signer is not botocore's
    # and logs nothing, and botocore's logger still works for boto3 in the same process.
    assert SESSION_TOKEN not in caplog.text
    assert not [record for record in caplog.records if record.name == "botocore.auth"]
    logging.getLogger("botocore.auth").debug("boto3's own signing still logs")
    assert [record.getMessage() for record in caplog.records if record.name == "botocore.auth"] == [
        "boto3's own signing still logs"
    ]
    check_clean(caplog, server, "aws_ecs")


def test_debug_line_per_attempt_format(server: FaultServer, sleeps: list[float], caplog: Any) -> None:
    server.script(Reply(503), Reply(200, body=ECS_OK))
    with ecs(server) as client:
        ecs_call(client)
    first, second = attempt_lines(caplog, "aws_ecs")
    url = re.escape(server.url + "/")
    assert re.fullmatch(rf"POST {url} -> 503 \(attempt 1/3, \d+\.\d ms; retrying in \d+\.\d{{3}} s\)", first)
    assert re.fullmatch(rf"POST {url} -> 200 \(attempt 2/3, \d+\.\d ms\)", second)
    assert all(record.levelno == logging.DEBUG for record in caplog.records if record.name == "aws_ecs")
    check_clean(caplog, server, "aws_ecs")


def test_connection_refused_is_retried_then_raised(sleeps: list[float], caplog: Any) -> None:
    with FaultServer() as closed:
        url = closed.url  # nothing listens here once the server is closed
    with AgentlessScanningClient(api_key=DD_API_KEY, app_key=DD_APP_KEY, base_url=url) as client:
        with pytest.raises(dd_errors.ApiConnectionError) as caught:
            client.get_aws_on_demand_task(task_id=DD_TASK)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    lines = attempt_lines(caplog, "datadog_agentless_scanning")
    assert len(lines) == 3 and all("-> ConnectError" in line for line in lines)
    assert len(sleeps) == 2
    assert_not_in_logs(caplog, SECRETS)


def test_query_credentials_never_reach_any_log(server: FaultServer, sleeps: list[float], caplog: Any) -> None:
    # No shipped spec puts a key in the query, but the runtime supports it (apiKey `in: query`), and httpx
    # logs every request's full URL at INFO.
    server.script(Reply(503), Reply(200, body={}))
    settings = runtime_transport.TransportSettings(
        base_url=httpx.URL(server.url),
        auth=QueryCredentials({"api_key": QUERY_KEY}),
        timeout=httpx.Timeout(2.0),
        retry=RetryPolicy(),
        errors=ErrorTable(),
        aws=False,
        logger=logging.getLogger("datadog_agentless_scanning"),
    )
    prepared = runtime_transport.PreparedRequest(
        operation="ListThings", method="GET", path="/things", query=[("page", "2")]
    )
    with httpx.Client() as http:
        runtime_transport.send(http, settings, prepared, runtime_transport.RequestOptions())
    assert [request.target for request in server.requests] == [f"/things?page=2&api_key={QUERY_KEY}"] * 2
    httpx_lines = [record.getMessage() for record in caplog.records if record.name == "httpx"]
    assert len(httpx_lines) == 2 and all("/things?page=2&api_key=" in line for line in httpx_lines)
    check_clean(caplog, server, "datadog_agentless_scanning")


# -- Forward compatibility -------------------------------------------------------------------------------


def test_unknown_enum_values_and_fields_parse_and_survive(
    server: FaultServer, sleeps: list[float], caplog: Any
) -> None:
    body = {**DEADLINE_OK, "runStatus": "HIBERNATING", "targetRunStatus": "DREAMING", "quantumState": {"spin": "up"}}
    server.default = Reply(200, body=body)
    with deadline(server) as client:
        task = client.get_task(**DEADLINE_IDS)
    assert task.run_status == "HIBERNATING"
    assert task.target_run_status == "DREAMING"
    assert task.model_extra == {"quantumState": {"spin": "up"}}
    wire = task.to_wire()
    assert wire["quantumState"] == {"spin": "up"}
    assert wire["runStatus"] == "HIBERNATING"
    assert server.attempts == 1
    check_clean(caplog, server, "aws_deadline")


def test_unknown_fields_in_nested_objects(server: FaultServer, sleeps: list[float], caplog: Any) -> None:
    task = {**ECS_OK["tasks"][0], "launchType": "ORBITAL", "gpuSlices": [1, 2]}  # type: ignore[dict-item]
    server.default = Reply(200, body={"tasks": [task], "failures": [], "nextGen": True})
    with ecs(server) as client:
        result = ecs_call(client)
    assert result.model_extra == {"nextGen": True}
    assert result.tasks is not None
    assert result.tasks[0].launch_type == "ORBITAL"
    assert result.tasks[0].model_extra == {"gpuSlices": [1, 2]}
    assert result.to_wire()["tasks"][0]["gpuSlices"] == [1, 2]
    check_clean(caplog, server, "aws_ecs")


# -- Async clients ---------------------------------------------------------------------------------------


async def test_async_ecs_503_twice_then_200(server: FaultServer, sleeps: list[float], caplog: Any) -> None:
    server.script(Reply(503), Reply(503), Reply(200, body=ECS_OK))
    async with async_ecs(server) as client:
        result = await client.describe_tasks(tasks=["abc"])
    assert result.tasks is not None and result.tasks[0].last_status == "RUNNING"
    assert server.attempts == 3
    assert len(sleeps) == 2 and 0.0 <= sleeps[0] < 0.5 and 0.0 <= sleeps[1] < 1.0
    assert all(sigv4_is_valid(request, server) for request in server.requests)
    check_clean(caplog, server, "aws_ecs")


async def test_async_ecs_timeout(server: FaultServer, sleeps: list[float], caplog: Any) -> None:
    server.default = SLOW
    async with async_ecs(server, timeout=0.2) as client:
        with pytest.raises(ecs_errors.ApiTimeoutError) as caught:
            await client.describe_tasks(tasks=["abc"])
    assert server.attempts == 3 and len(sleeps) == 2
    check_clean(caplog, server, "aws_ecs", caught.value)


async def test_async_datadog_503_twice_then_200(server: FaultServer, sleeps: list[float], caplog: Any) -> None:
    server.script(Reply(503), Reply(503, body=NGINX_502), Reply(200, body=DD_OK))
    async with async_datadog(server) as client:
        result = await client.get_aws_on_demand_task(task_id=DD_TASK, extra_headers={"X-Request-Tag": "a"})
    assert result.data is not None and result.data.id == DD_TASK
    assert server.attempts == 3 and len(sleeps) == 2
    assert [request.header("x-request-tag") for request in server.requests] == ["a", "a", "a"]
    check_clean(caplog, server, "datadog_agentless_scanning")


async def test_async_datadog_per_call_timeout_and_retries(
    server: FaultServer, sleeps: list[float], caplog: Any
) -> None:
    server.default = Reply(200, body=DD_OK, delay=5.0)
    async with async_datadog(server, max_retries=0) as client:
        with pytest.raises(dd_errors.ApiTimeoutError) as caught:
            await client.get_aws_on_demand_task(task_id=DD_TASK, timeout=0.2, max_retries=1)
    assert server.attempts == 2 and len(sleeps) == 1
    check_clean(caplog, server, "datadog_agentless_scanning", caught.value)


def test_an_api_key_cookie_joins_the_cookie_parameters_on_every_attempt(
    server: FaultServer, sleeps: list[float]
) -> None:
    server.script(Reply(503), Reply(200, body={}))
    settings = runtime_transport.TransportSettings(
        base_url=httpx.URL(server.url),
        auth=credentials_auth([CredentialSpec("session", "session", location="cookie")], {"session": QUERY_KEY}),
        timeout=httpx.Timeout(2.0),
        retry=RetryPolicy(),
        errors=ErrorTable(),
        aws=False,
        logger=logging.getLogger("datadog_agentless_scanning"),
    )
    prepared = runtime_transport.PreparedRequest(
        operation="GetCart", method="GET", path="/cart", headers={"Cookie": "locale=de-DE"}
    )
    with httpx.Client() as http:
        runtime_transport.send(http, settings, prepared, runtime_transport.RequestOptions())
    assert [request.headers["cookie"] for request in server.requests] == [f"locale=de-DE; session={QUERY_KEY}"] * 2
