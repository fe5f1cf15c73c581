"""AWS credentials from the sources beyond arguments, environment and profiles, through botocore's chain.

`aws_ecs.EcsClient(region=..., endpoint_url=...)` with no credential arguments asks botocore's default chain.
Two sources of that chain are served here by small HTTP servers on 127.0.0.1, as AWS serves them on a
task or an instance:

- the container credentials endpoint (ECS tasks, EKS Pod Identity): `AWS_CONTAINER_CREDENTIALS_FULL_URI`,
  which botocore accepts over plain http only for loopback addresses and a few link-local hosts, with the
  `AWS_CONTAINER_AUTHORIZATION_TOKEN` sent as the Authorization header;
- the EC2 instance metadata service, IMDSv2: `AWS_EC2_METADATA_SERVICE_ENDPOINT` (tests/conftest.py disables
  IMDS for every test with `AWS_EC2_METADATA_DISABLED=true`; the IMDS test lifts that).

Each test checks the signature the fake ECS server received: the key id in the Authorization header, the
X-Amz-Security-Token, and the signature itself recomputed with the secret that was served.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from aws_ecs import AsyncEcsClient, EcsClient
from aws_ecs._runtime.errors import CredentialsError
from aws_ecs.testing import FakeEcsServer
from aws_support import parse_authorization, recompute_signature
from loopback import LoopbackServer, QuietHandler

REGION = "eu-west-3"
TASKS = ["arn:aws:ecs:us-east-1:123456789012:task/default/154bdb1df5b446b280fe900d12c452a1"]
AUTHORIZATION_TOKEN = "Bearer container-authorization-token-0123456789"

# botocore refreshes temporary credentials when fewer than 15 minutes are left (advisory: a failed refresh is
# tolerated) and must refresh them with fewer than 10 minutes left (mandatory: a failed refresh raises).
ADVISORY_WINDOW = timedelta(minutes=15)
MANDATORY_WINDOW = timedelta(minutes=10)


@dataclass(frozen=True)
class Served:
    method: str
    path: str
    headers: dict[str, str]  # lower-case names


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes
    content_type: str = "application/json"


class MetadataServer(LoopbackServer):
    """A loopback HTTP server whose answers come from `answer(method, path, headers)`; records requests."""

    def __init__(self, answer: Callable[[str, str, dict[str, str]], Answer]) -> None:
        self.requests: list[Served] = []
        self._lock = threading.Lock()
        metadata = self

        class Handler(QuietHandler):
            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                headers = {name.lower(): value for name, value in self.headers.items()}
                with metadata._lock:
                    metadata.requests.append(Served(self.command, self.path, headers))
                    answered = answer(self.command, self.path, headers)
                self.reply(answered.status, answered.body, answered.content_type)

            do_GET = do_PUT = _serve

        super().__init__(Handler)


@dataclass(frozen=True)
class TemporaryCredentials:
    access_key_id: str
    secret_access_key: str
    token: str
    expires_in: timedelta

    def document(self) -> bytes:
        """The JSON the container endpoint and IMDS serve (the same shape for both)."""
        expiration = datetime.now(UTC) + self.expires_in
        return json.dumps(
            {
                "Code": "Success",
                "LastUpdated": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "Type": "AWS-HMAC",
                "AccessKeyId": self.access_key_id,
                "SecretAccessKey": self.secret_access_key,
                "Token": self.token,
                "Expiration": expiration.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        ).encode()


def temporary(n: int, expires_in: timedelta) -> TemporaryCredentials:
    return TemporaryCredentials(
        access_key_id=f"ASIATEMPORARYKEY{n:04d}",
        secret_access_key=f"temporary/secret+{n}/0123456789abcdefghijklmnopqrstu",
        token=f"IQoJb3JpZ2luX2VjTEMPORARY/TOKEN+{n}/0123456789==",
        expires_in=expires_in,
    )


@pytest.fixture(scope="module")
def _ecs_server() -> Iterator[FakeEcsServer]:
    with FakeEcsServer() as server:
        yield server


@pytest.fixture
def ecs_server(_ecs_server: FakeEcsServer) -> FakeEcsServer:
    _ecs_server.reset()
    return _ecs_server


def assert_signed_with(server: FakeEcsServer, index: int, credentials: TemporaryCredentials) -> None:
    """Request `index` was signed with these credentials: key id, token, and a signature that verifies."""
    recorded = server.requests[index]
    assert recorded.problems == []
    authorization = parse_authorization(recorded.headers["authorization"])
    assert authorization.access_key == credentials.access_key_id
    assert (authorization.region, authorization.service) == (REGION, "ecs")
    assert recorded.headers["x-amz-security-token"] == credentials.token
    assert "x-amz-security-token" in authorization.signed_headers
    again = recompute_signature(
        method=recorded.method,
        url=server.url + recorded.path,
        query=recorded.query,
        body=recorded.body,
        headers=recorded.headers,
        secret_key=credentials.secret_access_key,
        session_token=credentials.token,
        region=REGION,
        service="ecs",
    )
    assert again.signature == authorization.signature


def serve_in_turn(
    path: str, documents: list[TemporaryCredentials], fetches: list[Served]
) -> Callable[[str, str, dict[str, str]], Answer]:
    """A container credentials endpoint: each GET of `path` serves the next credentials (the last repeats)."""

    def answer(method: str, request_path: str, headers: dict[str, str]) -> Answer:
        if method != "GET" or request_path != path:
            return Answer(404, b'{"message": "not found"}')
        if headers.get("authorization") != AUTHORIZATION_TOKEN:
            return Answer(401, b'{"message": "bad authorization token"}')
        served = documents[min(len(fetches), len(documents) - 1)]
        fetches.append(Served(method, request_path, headers))
        return Answer(200, served.document())

    return answer


# -- the container credentials endpoint -------------------------------------------------------------


def test_container_endpoint_credentials_sign_the_request(
    ecs_server: FakeEcsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = temporary(1, timedelta(hours=1))
    fetches: list[Served] = []
    with MetadataServer(serve_in_turn("/creds", [first], fetches)) as endpoint:
        monkeypatch.setenv("AWS_CONTAINER_CREDENTIALS_FULL_URI", endpoint.url + "/creds")
        monkeypatch.setenv("AWS_CONTAINER_AUTHORIZATION_TOKEN", AUTHORIZATION_TOKEN)
        client = EcsClient(region=REGION, endpoint_url=ecs_server.url)
        assert fetches == []  # nothing is fetched until the first signed request
        with client:
            response = client.describe_tasks(tasks=TASKS)
            client.describe_tasks(tasks=TASKS)
    assert response.tasks and response.tasks[0].task_arn == TASKS[0]
    assert len(ecs_server.requests) == 2
    assert_signed_with(ecs_server, 0, first)
    assert_signed_with(ecs_server, 1, first)
    # One fetch for both calls: credentials an hour from expiry are reused, not fetched per request.
    assert len(fetches) == 1
    assert fetches[0].headers["authorization"] == AUTHORIZATION_TOKEN
    assert fetches[0].headers["accept"] == "application/json"


def test_credentials_close_to_expiry_are_refreshed_before_signing(
    ecs_server: FakeEcsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same client object signs each call with fresh credentials once the held ones near expiry.

    The endpoint serves credentials that expire in 5 minutes (inside botocore's mandatory window), then
    again 5-minute ones under a new key, then one-hour ones. Loading the first set for the first call
    finds it inside the window and refreshes it at once: the first call is signed with the second set.
    That set is inside the window too, so the second call refreshes again and is signed with the third
    set. The third set is an hour from expiry: the third call reuses it without a fetch.
    """
    soon = timedelta(minutes=5)
    assert soon < MANDATORY_WINDOW < ADVISORY_WINDOW < timedelta(hours=1)
    served = [temporary(1, soon), temporary(2, soon), temporary(3, timedelta(hours=1))]
    fetches: list[Served] = []
    with MetadataServer(serve_in_turn("/creds", served, fetches)) as endpoint:
        monkeypatch.setenv("AWS_CONTAINER_CREDENTIALS_FULL_URI", endpoint.url + "/creds")
        monkeypatch.setenv("AWS_CONTAINER_AUTHORIZATION_TOKEN", AUTHORIZATION_TOKEN)
        with EcsClient(region=REGION, endpoint_url=ecs_server.url) as client:
            client.describe_tasks(tasks=TASKS)
            assert len(fetches) == 2
            client.describe_tasks(tasks=TASKS)
            assert len(fetches) == 3
            client.describe_tasks(tasks=TASKS)
            assert len(fetches) == 3
    assert len(ecs_server.requests) == 3
    assert_signed_with(ecs_server, 0, served[1])
    assert_signed_with(ecs_server, 1, served[2])
    assert_signed_with(ecs_server, 2, served[2])


async def test_async_client_uses_and_refreshes_container_credentials(
    ecs_server: FakeEcsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    served = [temporary(1, timedelta(minutes=5)), temporary(2, timedelta(hours=1))]
    fetches: list[Served] = []
    with MetadataServer(serve_in_turn("/creds", served, fetches)) as endpoint:
        monkeypatch.setenv("AWS_CONTAINER_CREDENTIALS_FULL_URI", endpoint.url + "/creds")
        monkeypatch.setenv("AWS_CONTAINER_AUTHORIZATION_TOKEN", AUTHORIZATION_TOKEN)
        async with AsyncEcsClient(region=REGION, endpoint_url=ecs_server.url) as client:
            await client.describe_tasks(tasks=TASKS)
            await client.describe_tasks(tasks=TASKS)
    assert len(fetches) == 2
    assert_signed_with(ecs_server, 0, served[1])
    assert_signed_with(ecs_server, 1, served[1])


async def test_async_client_keeps_the_event_loop_serving_while_credentials_load_and_refresh(
    ecs_server: FakeEcsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The container endpoint takes 0.4 s per answer. The first call loads credentials that are inside the
    refresh window (one fetch to load, one to refresh), the second call must refresh them again, the third finds
    them an hour from expiry. While each fetch is in flight a task ticking every 10 ms keeps ticking: botocore's
    chain runs in a worker thread, not on the event loop."""
    slow = 0.4
    served = [temporary(1, timedelta(minutes=5)), temporary(2, timedelta(minutes=5)), temporary(3, timedelta(hours=1))]
    fetches: list[Served] = []
    answer = serve_in_turn("/creds", served, fetches)

    def slow_answer(method: str, path: str, headers: dict[str, str]) -> Answer:
        time.sleep(slow)
        return answer(method, path, headers)

    ticks = 0

    async def tick() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    async def ticks_during(call: Callable[[], Awaitable[object]]) -> tuple[int, float]:
        nonlocal ticks
        ticks, started = 0, time.monotonic()
        await call()
        return ticks, time.monotonic() - started

    with MetadataServer(slow_answer) as endpoint:
        monkeypatch.setenv("AWS_CONTAINER_CREDENTIALS_FULL_URI", endpoint.url + "/creds")
        monkeypatch.setenv("AWS_CONTAINER_AUTHORIZATION_TOKEN", AUTHORIZATION_TOKEN)
        ticker = asyncio.create_task(tick())
        try:
            async with AsyncEcsClient(region=REGION, endpoint_url=ecs_server.url) as client:
                loading = await ticks_during(lambda: client.describe_tasks(tasks=TASKS))
                assert len(fetches) == 2
                refreshing = await ticks_during(lambda: client.describe_tasks(tasks=TASKS))
                assert len(fetches) == 3
                await client.describe_tasks(tasks=TASKS)
                assert len(fetches) == 3
        finally:
            ticker.cancel()
    for count, elapsed in (loading, refreshing):
        assert elapsed >= slow
        # 10 ms ticks over at least 0.4 s: 40 if the loop were idle; a blocked loop manages one or two
        assert count >= 10, f"the event loop ticked {count} times in {elapsed:.2f} s"
    assert_signed_with(ecs_server, 0, served[1])
    assert_signed_with(ecs_server, 1, served[2])
    assert_signed_with(ecs_server, 2, served[2])


def test_container_endpoint_on_a_non_loopback_http_host_is_refused(
    ecs_server: FakeEcsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # botocore refuses plain http to anything but loopback and the container hosts before connecting
    # (192.0.2.1 is TEST-NET-1, never routed), and the client says which source failed.
    monkeypatch.setenv("AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://192.0.2.1/creds")
    monkeypatch.setenv("AWS_CONTAINER_AUTHORIZATION_TOKEN", AUTHORIZATION_TOKEN)
    with EcsClient(region=REGION, endpoint_url=ecs_server.url) as client, pytest.raises(CredentialsError) as caught:
        client.describe_tasks(tasks=TASKS)
    assert "Unsupported host '192.0.2.1'" in str(caught.value)
    assert AUTHORIZATION_TOKEN not in str(caught.value) and AUTHORIZATION_TOKEN not in repr(caught.value)
    assert ecs_server.requests == []


def test_container_endpoint_rejecting_the_authorization_token_is_a_credentials_error(
    ecs_server: FakeEcsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    fetches: list[Served] = []
    with MetadataServer(serve_in_turn("/creds", [temporary(1, timedelta(hours=1))], fetches)) as endpoint:
        monkeypatch.setenv("AWS_CONTAINER_CREDENTIALS_FULL_URI", endpoint.url + "/creds")
        monkeypatch.setenv("AWS_CONTAINER_AUTHORIZATION_TOKEN", "Bearer wrong-token")
        # botocore retries the endpoint three times with a one-second sleep between: make the sleeps instant.
        monkeypatch.setattr("botocore.utils.ContainerMetadataFetcher.SLEEP_TIME", 0)
        with EcsClient(region=REGION, endpoint_url=ecs_server.url) as client, pytest.raises(CredentialsError) as caught:
            client.describe_tasks(tasks=TASKS)
        assert [request.path for request in endpoint.requests] == ["/creds"] * 3
    assert fetches == []
    assert "401" in str(caught.value) and "wrong-token" not in str(caught.value)
    assert ecs_server.requests == []


# -- IMDSv2 -----------------------------------------------------------------------------------------

IMDS_TOKEN = "AQAEAImdsV2SessionToken0123456789abcdefghij=="
ROLE = "ecs-describer-role"
CREDENTIALS_PATH = "/latest/meta-data/iam/security-credentials/"


def fake_imds(credentials: TemporaryCredentials) -> Callable[[str, str, dict[str, str]], Answer]:
    """IMDSv2 as EC2 serves it: a session token from PUT, then GETs that must carry it."""

    def answer(method: str, path: str, headers: dict[str, str]) -> Answer:
        if method == "PUT" and path == "/latest/api/token":
            ttl = headers.get("x-aws-ec2-metadata-token-ttl-seconds", "")
            if not ttl.isdigit() or not 1 <= int(ttl) <= 21600:
                return Answer(400, b"", "text/plain")
            return Answer(200, IMDS_TOKEN.encode(), "text/plain")
        if method != "GET":
            return Answer(405, b"", "text/plain")
        if headers.get("x-aws-ec2-metadata-token") != IMDS_TOKEN:
            return Answer(401, b"", "text/plain")  # IMDSv2 required: no IMDSv1 answers
        if path == CREDENTIALS_PATH:
            return Answer(200, ROLE.encode(), "text/plain")
        if path == CREDENTIALS_PATH + ROLE:
            return Answer(200, credentials.document(), "text/plain")
        return Answer(404, b"", "text/plain")

    return answer


def test_imds_v2_credentials_sign_the_request(ecs_server: FakeEcsServer, monkeypatch: pytest.MonkeyPatch) -> None:
    credentials = temporary(7, timedelta(hours=6))
    with MetadataServer(fake_imds(credentials)) as imds:
        monkeypatch.delenv("AWS_EC2_METADATA_DISABLED")
        monkeypatch.setenv("AWS_EC2_METADATA_SERVICE_ENDPOINT", imds.url + "/")
        monkeypatch.setenv("AWS_METADATA_SERVICE_TIMEOUT", "2")
        monkeypatch.setenv("AWS_METADATA_SERVICE_NUM_ATTEMPTS", "1")
        with EcsClient(region=REGION, endpoint_url=ecs_server.url) as client:
            client.describe_tasks(tasks=TASKS)
            client.describe_tasks(tasks=TASKS)
        requests = [(request.method, request.path) for request in imds.requests]
        token_put = imds.requests[0]
    # IMDSv2: a session token first (PUT with a TTL), then the role and its credentials with that token.
    assert requests == [
        ("PUT", "/latest/api/token"),
        ("GET", CREDENTIALS_PATH),
        ("GET", CREDENTIALS_PATH + ROLE),
    ]
    assert int(token_put.headers["x-aws-ec2-metadata-token-ttl-seconds"]) > 0
    assert all(request.headers.get("x-aws-ec2-metadata-token") == IMDS_TOKEN for request in imds.requests[1:])
    assert len(ecs_server.requests) == 2
    assert_signed_with(ecs_server, 0, credentials)
    assert_signed_with(ecs_server, 1, credentials)


def test_imds_stays_off_while_disabled(ecs_server: FakeEcsServer, monkeypatch: pytest.MonkeyPatch) -> None:
    # The conftest's AWS_EC2_METADATA_DISABLED=true is what keeps every other test off a real IMDS.
    with MetadataServer(fake_imds(temporary(8, timedelta(hours=6)))) as imds:
        monkeypatch.setenv("AWS_EC2_METADATA_SERVICE_ENDPOINT", imds.url + "/")
        with (
            EcsClient(region=REGION, endpoint_url=ecs_server.url) as client,
            pytest.raises(CredentialsError, match="no AWS credentials found"),
        ):
            client.describe_tasks(tasks=TASKS)
        assert imds.requests == []
    assert ecs_server.requests == []
