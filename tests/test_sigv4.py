"""SigV4 as sent by our clients, re-verified the way a server does, plus credential and region resolution.

Each request is captured by the package's fake server (a real HTTP server on 127.0.0.1), then its signature
is recomputed with botocore from what arrived: only the headers named in SignedHeaders, the raw path, the
query re-encoded from its decoded parameters, the body and the request's own X-Amz-Date. botocore's clock
is frozen so that dates and credential scopes are exact.
"""

from __future__ import annotations

import logging
import os
import socket
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aws_deadline
import aws_ecs
import httpx
import pytest
from aws_deadline import _operations as deadline_operations
from aws_deadline._runtime.transport import PreparedRequest, RequestOptions
from aws_deadline.testing import ROUTES as DEADLINE_ROUTES
from aws_deadline.testing import FakeDeadlineServer
from aws_ecs import _operations as ecs_operations
from aws_ecs.testing import FakeEcsServer
from aws_support import (
    FROZEN_AMZ_DATE,
    freeze_signing_clock,
    parse_authorization,
    recompute_signature,
)
from contract_support import documented_arguments
from runtime_under_test.params import encode_path_segment

ACCESS_KEY = "AKIDEXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
SESSION_TOKEN = "IQoJb3JpZ2luX2VjEXAMPLE-session-token//value+with/specials="
TASK_ARNS = ["arn:aws:ecs:eu-west-3:123456789012:task/prod/0123456789abcdef0123456789abcdef"]
DEADLINE_IDS = documented_arguments("aws/deadline.yaml", "getTask")


@pytest.fixture(autouse=True)
def _frozen_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    freeze_signing_clock(monkeypatch)


# One server per module (stopping one waits out serve_forever's 0.5 s poll), emptied before each test.
@pytest.fixture(scope="module")
def _ecs_server() -> Iterator[FakeEcsServer]:
    with FakeEcsServer() as server:
        yield server


@pytest.fixture(scope="module")
def _deadline_server() -> Iterator[FakeDeadlineServer]:
    with FakeDeadlineServer() as server:
        yield server


@pytest.fixture
def ecs_server(_ecs_server: FakeEcsServer) -> FakeEcsServer:
    _ecs_server.reset()
    return _ecs_server


@pytest.fixture
def deadline_server(_deadline_server: FakeDeadlineServer) -> FakeDeadlineServer:
    _deadline_server.reset()
    return _deadline_server


def _credentials(token: str | None = SESSION_TOKEN) -> dict[str, Any]:
    return {"aws_access_key_id": ACCESS_KEY, "aws_secret_access_key": SECRET_KEY, "aws_session_token": token}


def _verify(
    recorded: Any,
    base_url: str,
    *,
    region: str,
    service: str,
    secret: str = SECRET_KEY,
    token: str | None = SESSION_TOKEN,
) -> Any:
    """Recompute the recorded request's signature; return the parsed Authorization header."""
    authorization = parse_authorization(recorded.headers["authorization"])
    again = recompute_signature(
        method=recorded.method,
        url=base_url + recorded.path,
        query=recorded.query,
        body=recorded.body,
        headers=recorded.headers,
        secret_key=secret,
        session_token=token,
        region=region,
        service=service,
    )
    assert again.signature == authorization.signature, again.canonical_request
    # The canonical request lists the same signed headers the Authorization header names.
    assert again.canonical_request.split("\n")[-2] == ";".join(authorization.signed_headers)
    return authorization


# -- what the clients send -------------------------------------------------------------------------
def test_ecs_request_signature_verifies(ecs_server: FakeEcsServer) -> None:
    with aws_ecs.EcsClient(endpoint_url=ecs_server.url, region="eu-west-3", **_credentials()) as client:
        client.describe_tasks(tasks=TASK_ARNS, cluster="prod")
    recorded = ecs_server.requests[-1]
    assert recorded.problems == []
    authorization = _verify(recorded, ecs_server.url, region="eu-west-3", service="ecs")

    assert authorization.access_key == ACCESS_KEY
    assert (authorization.date, authorization.region, authorization.service, authorization.terminator) == (
        "20250211",
        "eu-west-3",
        "ecs",
        "aws4_request",
    )
    assert recorded.headers["x-amz-date"] == FROZEN_AMZ_DATE
    assert {"host", "x-amz-date", "x-amz-target", "content-type", "x-amz-security-token"} <= set(
        authorization.signed_headers
    )
    assert "authorization" not in authorization.signed_headers and "user-agent" not in authorization.signed_headers
    assert recorded.headers["x-amz-target"] == "AmazonEC2ContainerServiceV20141113.DescribeTasks"
    assert recorded.headers["x-amz-security-token"] == SESSION_TOKEN
    assert recorded.headers["host"] == ecs_server.url.removeprefix("http://")


def test_signature_check_detects_tampering(ecs_server: FakeEcsServer) -> None:
    """The re-verification is not vacuous: another secret, body or date gives another signature."""
    with aws_ecs.EcsClient(endpoint_url=ecs_server.url, region="eu-west-3", **_credentials()) as client:
        client.describe_tasks(tasks=TASK_ARNS)
    recorded = ecs_server.requests[-1]
    signature = parse_authorization(recorded.headers["authorization"]).signature
    base = {
        "method": recorded.method,
        "url": ecs_server.url + recorded.path,
        "body": recorded.body,
        "headers": recorded.headers,
        "secret_key": SECRET_KEY,
        "session_token": SESSION_TOKEN,
        "region": "eu-west-3",
        "service": "ecs",
    }
    assert recompute_signature(**base).signature == signature
    tampered: list[dict[str, Any]] = [
        {"secret_key": SECRET_KEY + "x"},
        {"body": recorded.body + b" "},
        {"headers": {**recorded.headers, "x-amz-date": "20250211T181325Z"}},
        {"region": "eu-west-1"},
        {"service": "ecs2"},
        {"url": ecs_server.url + "/other"},
    ]
    for change in tampered:
        assert recompute_signature(**{**base, **change}).signature != signature, change


def test_deadline_request_signature_verifies(deadline_server: FakeDeadlineServer) -> None:
    with aws_deadline.DeadlineClient(endpoint_url=deadline_server.url, region="us-west-2", **_credentials()) as client:
        task = client.get_task(**DEADLINE_IDS)
    assert task.task_id == DEADLINE_IDS["task_id"]
    recorded = deadline_server.requests[-1]
    assert recorded.problems == [] and recorded.method == "GET" and recorded.body == b""
    authorization = _verify(recorded, deadline_server.url, region="us-west-2", service="deadline")
    assert (authorization.date, authorization.region, authorization.service) == ("20250211", "us-west-2", "deadline")
    assert {"host", "x-amz-date", "x-amz-security-token"} <= set(authorization.signed_headers)
    assert recorded.headers["x-amz-security-token"] == SESSION_TOKEN


async def test_async_deadline_request_signature_verifies(deadline_server: FakeDeadlineServer) -> None:
    async with aws_deadline.AsyncDeadlineClient(
        endpoint_url=deadline_server.url, region="us-west-2", **_credentials(token=None)
    ) as client:
        await client.get_task(**DEADLINE_IDS)
    recorded = deadline_server.requests[-1]
    authorization = _verify(recorded, deadline_server.url, region="us-west-2", service="deadline", token=None)
    assert "x-amz-security-token" not in recorded.headers
    assert "x-amz-security-token" not in authorization.signed_headers


def test_every_attempt_carries_a_valid_signature(ecs_server: FakeEcsServer) -> None:
    ecs_server.respond(
        "DescribeTasks",
        status=500,
        body={"__type": "ServerException", "message": "try again"},
        headers={"Retry-After": "0"},
    )
    with aws_ecs.EcsClient(endpoint_url=ecs_server.url, region="eu-west-3", **_credentials()) as client:
        client.describe_tasks(tasks=TASK_ARNS)
    assert len(ecs_server.requests) == 2  # the 500, then the retry that got the example
    for recorded in ecs_server.requests:
        _verify(recorded, ecs_server.url, region="eu-west-3", service="ecs")
        assert recorded.headers["authorization"].count("Signature=") == 1


# -- regional endpoints and the management. host prefix --------------------------------------------
def test_deadline_uses_management_host_prefix_on_the_regional_endpoint() -> None:
    captured: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        captured.append(request)
        return httpx.Response(200, json=DEADLINE_ROUTES[0].examples["runningTask"][1])

    transport_client = httpx.Client(transport=httpx.MockTransport(answer))
    with aws_deadline.DeadlineClient(region="us-west-2", http_client=transport_client, **_credentials()) as client:
        url = client._settings.url_for(deadline_operations.get_task(**DEADLINE_IDS))
        client.get_task(**DEADLINE_IDS)
    transport_client.close()

    assert url.scheme == "https" and url.host == "management.deadline.us-west-2.amazonaws.com"
    (request,) = captured
    assert request.url.host == "management.deadline.us-west-2.amazonaws.com"
    assert request.headers["host"] == "management.deadline.us-west-2.amazonaws.com"
    authorization = parse_authorization(request.headers["authorization"])
    again = recompute_signature(
        method=request.method,
        url=str(request.url.copy_with(query=None)),
        body=request.content,
        headers=request.headers,
        secret_key=SECRET_KEY,
        session_token=SESSION_TOKEN,
        region="us-west-2",
        service="deadline",
    )
    assert again.signature == authorization.signature
    assert "host:management.deadline.us-west-2.amazonaws.com" in again.canonical_request.split("\n")


def test_no_host_prefix_with_an_endpoint_override(deadline_server: FakeDeadlineServer) -> None:
    with aws_deadline.DeadlineClient(endpoint_url=deadline_server.url, region="us-west-2", **_credentials()) as client:
        assert client._settings.url_for(deadline_operations.get_task(**DEADLINE_IDS)).host == "127.0.0.1"
    with aws_ecs.EcsClient(region="ap-southeast-2", **_credentials()) as ecs:
        assert str(ecs._settings.url_for(ecs_operations.describe_tasks(tasks=TASK_ARNS))) == (
            "https://ecs.ap-southeast-2.amazonaws.com/"
        )


# -- reserved characters in paths and queries ------------------------------------------------------
RESERVED = "a/b c%2F?#&=+é~"


def test_reserved_characters_in_a_path_segment_are_double_encoded_in_the_canonical_request(
    deadline_server: FakeDeadlineServer,
) -> None:
    """Deadline's id patterns forbid such characters, so the runtime is driven directly: the path
    segment goes out percent-encoded once, and the canonical request encodes it again (SigV4 for
    every service but S3), which is what a verifier recomputes from the raw path."""
    segment = encode_path_segment("GetTask", "farm_id", RESERVED)
    dots = encode_path_segment("GetTask", "queue_id", "..")
    assert segment == "a%2Fb%20c%252F%3F%23%26%3D%2B%C3%A9~"
    prepared = PreparedRequest(
        operation="GetTask",
        method="GET",
        path=f"/2023-10-12/farms/{segment}/queues/{dots}/x",
        host_prefix="management.",
    )
    with aws_deadline.DeadlineClient(endpoint_url=deadline_server.url, region="us-west-2", **_credentials()) as client:
        with pytest.raises(
            aws_deadline.ApiError
        ) as caught:  # the fake has no such route: 404, after it recorded the request
            client._send(prepared, RequestOptions(max_retries=0))
    assert caught.value.status_code == 404

    recorded = deadline_server.requests[-1]
    assert (
        recorded.path == f"/2023-10-12/farms/{segment}/queues/%2E%2E/x"
    )  # sent as built: nothing decoded or collapsed
    authorization = _verify(recorded, deadline_server.url, region="us-west-2", service="deadline")
    again = recompute_signature(
        method="GET",
        url=deadline_server.url + recorded.path,
        body=b"",
        headers=recorded.headers,
        secret_key=SECRET_KEY,
        session_token=SESSION_TOKEN,
        region="us-west-2",
        service="deadline",
    )
    canonical_path = again.canonical_request.split("\n")[1]
    assert (
        canonical_path
        == "/2023-10-12/farms/a%252Fb%2520c%25252F%253F%2523%2526%253D%252B%25C3%25A9~/queues/%252E%252E/x"
    )
    assert again.signature == authorization.signature


def test_reserved_characters_in_query_values_are_signed_as_sigv4_encodes_them(
    deadline_server: FakeDeadlineServer,
) -> None:
    """A verifier decodes the query and re-encodes each name and value with RFC 3986 escapes
    (space is %20, never '+'), then sorts: what was signed must match that."""
    prepared = PreparedRequest(
        operation="GetTask",
        method="GET",
        path="/2023-10-12/anything",
        query=[("z key", RESERVED), ("a", "x y"), ("a", "x+y"), ("tilde", "~-._*'()!")],
    )
    with aws_deadline.DeadlineClient(endpoint_url=deadline_server.url, region="us-west-2", **_credentials()) as client:
        with pytest.raises(aws_deadline.ApiError):
            client._send(prepared, RequestOptions(max_retries=0))
    recorded = deadline_server.requests[-1]
    assert sorted(recorded.query) == sorted(prepared.query)  # the server decodes exactly what was meant
    again = recompute_signature(
        method="GET",
        url=deadline_server.url + recorded.path,
        query=recorded.query,
        body=b"",
        headers=recorded.headers,
        secret_key=SECRET_KEY,
        session_token=SESSION_TOKEN,
        region="us-west-2",
        service="deadline",
    )
    assert again.canonical_request.split("\n")[2] == (
        "a=x%20y&a=x%2By&tilde=~-._%2A%27%28%29%21&z%20key=a%2Fb%20c%252F%3F%23%26%3D%2B%C3%A9~"
    )
    assert again.signature == parse_authorization(recorded.headers["authorization"]).signature


# -- secrets stay secret -----------------------------------------------------------------------------
def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_session_token_and_secret_never_leak(ecs_server: FakeEcsServer, caplog: pytest.LogCaptureFixture) -> None:
    secrets = (SECRET_KEY, SESSION_TOKEN)
    caplog.set_level(logging.DEBUG)
    ecs_server.respond("DescribeTasks", status=400, body={"__type": "ClientException", "message": "not allowed"})
    with aws_ecs.EcsClient(endpoint_url=ecs_server.url, region="eu-west-3", **_credentials()) as client:
        rendered = [repr(client), repr(client._settings.auth), repr(client._settings), str(vars(client._settings.auth))]
        with pytest.raises(aws_ecs.ClientException) as client_error:
            client.describe_tasks(tasks=TASK_ARNS)
    assert ecs_server.requests[-1].headers["x-amz-security-token"] == SESSION_TOKEN  # it was sent...
    with (
        aws_ecs.EcsClient(
            endpoint_url=f"http://127.0.0.1:{_closed_port()}", region="eu-west-3", max_retries=0, **_credentials()
        ) as client,
        pytest.raises(aws_ecs.ApiConnectionError) as connection_error,
    ):
        client.describe_tasks(tasks=TASK_ARNS)

    for error in (client_error.value, connection_error.value):
        rendered += [str(error), repr(error), "".join(traceback.format_exception(error)), repr(error.headers)]
    rendered.append(caplog.text)
    assert "aws_ecs" in caplog.text and "-> 400 (attempt 1/3" in caplog.text  # the debug log did record the attempts
    for text in rendered:  # ...but appears nowhere else
        for secret in secrets:
            assert secret not in text
    assert "AwsCredentials(source=arguments)" in repr(client._settings.auth)


# -- the credential chain ------------------------------------------------------------------------
def _credentials_file() -> Path:
    return Path(os.environ["AWS_SHARED_CREDENTIALS_FILE"])


def _config_file() -> Path:
    return Path(os.environ["AWS_CONFIG_FILE"])


def test_environment_credentials_are_used(ecs_server: FakeEcsServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDFROMENVIRONMENT")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "secret-from-environment")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "token-from-environment")
    with aws_ecs.EcsClient(endpoint_url=ecs_server.url, region="eu-west-3") as client:
        client.describe_tasks(tasks=TASK_ARNS)
    recorded = ecs_server.requests[-1]
    authorization = _verify(
        recorded,
        ecs_server.url,
        region="eu-west-3",
        service="ecs",
        secret="secret-from-environment",
        token="token-from-environment",
    )
    assert authorization.access_key == "AKIDFROMENVIRONMENT"
    assert recorded.headers["x-amz-security-token"] == "token-from-environment"


def test_named_profile_credentials_are_used(ecs_server: FakeEcsServer, monkeypatch: pytest.MonkeyPatch) -> None:
    _credentials_file().write_text(
        "[default]\naws_access_key_id = AKIDDEFAULTPROFILE\naws_secret_access_key = default-secret\n\n"
        "[x]\naws_access_key_id = AKIDPROFILEX\naws_secret_access_key = profile-x-secret\n"
    )
    # An explicitly chosen profile wins over the environment (botocore's rule, kept by the client).
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDFROMENVIRONMENT")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "secret-from-environment")
    with aws_ecs.EcsClient(endpoint_url=ecs_server.url, region="eu-west-3", profile="x") as client:
        client.describe_tasks(tasks=TASK_ARNS)
        assert "profile='x'" in repr(client._settings.auth)
    authorization = _verify(
        ecs_server.requests[-1],
        ecs_server.url,
        region="eu-west-3",
        service="ecs",
        secret="profile-x-secret",
        token=None,
    )
    assert authorization.access_key == "AKIDPROFILEX"

    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    with aws_ecs.EcsClient(endpoint_url=ecs_server.url, region="eu-west-3") as client:
        client.describe_tasks(tasks=TASK_ARNS)
    authorization = _verify(
        ecs_server.requests[-1], ecs_server.url, region="eu-west-3", service="ecs", secret="default-secret", token=None
    )
    assert authorization.access_key == "AKIDDEFAULTPROFILE"


def test_no_credentials_anywhere_fails_on_first_call_with_guidance(ecs_server: FakeEcsServer) -> None:
    client = aws_ecs.EcsClient(endpoint_url=ecs_server.url, region="eu-west-3")  # constructing needs no credentials
    with client, pytest.raises(aws_ecs.CredentialsError) as caught:
        client.describe_tasks(tasks=TASK_ARNS)
    message = str(caught.value)
    assert isinstance(caught.value, aws_ecs.ApiError)
    assert "no AWS credentials found" in message
    assert "aws_access_key_id" in message and "AWS_ACCESS_KEY_ID" in message and "profile" in message
    assert ecs_server.requests == []  # nothing unsigned was sent


def test_unknown_profile_is_a_credentials_error(ecs_server: FakeEcsServer) -> None:
    with aws_ecs.EcsClient(endpoint_url=ecs_server.url, region="eu-west-3", profile="nope") as client:
        with pytest.raises(aws_ecs.CredentialsError, match="nope"):
            client.describe_tasks(tasks=TASK_ARNS)
    assert ecs_server.requests == []


# -- region resolution ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("argument", "aws_region", "aws_default_region", "config", "profile", "expected"),
    [
        ("ap-south-1", "eu-west-1", "eu-west-2", "[default]\nregion = eu-west-3\n", None, "ap-south-1"),
        (None, "eu-west-1", "eu-west-2", "[default]\nregion = eu-west-3\n", None, "eu-west-1"),
        (None, None, "eu-west-2", "[default]\nregion = eu-west-3\n", None, "eu-west-2"),
        (None, None, None, "[default]\nregion = eu-west-3\n", None, "eu-west-3"),
        (None, None, None, "[default]\nregion = eu-west-3\n[profile x]\nregion = ca-central-1\n", "x", "ca-central-1"),
    ],
    ids=["argument", "AWS_REGION", "AWS_DEFAULT_REGION", "default-profile", "named-profile"],
)
def test_region_precedence(
    monkeypatch: pytest.MonkeyPatch,
    argument: str | None,
    aws_region: str | None,
    aws_default_region: str | None,
    config: str,
    profile: str | None,
    expected: str,
) -> None:
    for name, value in (("AWS_REGION", aws_region), ("AWS_DEFAULT_REGION", aws_default_region)):
        if value is not None:
            monkeypatch.setenv(name, value)
    _config_file().write_text(config)
    with aws_ecs.EcsClient(region=argument, profile=profile, **_credentials()) as client:
        assert client.region == expected
        assert client.base_url == f"https://ecs.{expected}.amazonaws.com"
        assert client._settings.auth.region == expected  # type: ignore[attr-defined]


def test_no_region_anywhere_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="no AWS region"):
        aws_ecs.EcsClient(**_credentials())


@pytest.mark.parametrize("where", ["argument", "AWS_REGION", "config"])
def test_invalid_region_is_a_value_error(monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    evil = "us-east-1.evil.com/"
    if where == "AWS_REGION":
        monkeypatch.setenv("AWS_REGION", evil)
    elif where == "config":
        _config_file().write_text(f"[default]\nregion = {evil}\n")
    with pytest.raises(ValueError, match="invalid AWS region"):
        aws_ecs.EcsClient(region=evil if where == "argument" else None, **_credentials())
