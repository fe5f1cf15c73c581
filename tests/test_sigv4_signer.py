"""The runtime's SigV4 signer against botocore's `SigV4Auth`, byte for byte, on a table of requests.

Both sign the same request at the same frozen instant; every header either adds (`Authorization`,
`X-Amz-Date`, `X-Amz-Security-Token`) must be identical. The table covers what differs between SigV4
implementations: paths that need double encoding, dot and empty segments, query strings, session tokens,
host prefixes and ports, non-ASCII, whitespace in header values, headers that are never signed, an empty
and a JSON body, a precomputed payload hash, and the headers of an earlier attempt.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from runtime_under_test import sigv4

FROZEN = dt.datetime(2025, 2, 11, 18, 13, 24)
KEY, SECRET, TOKEN = "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "IQoJb3JpZ2luX2Vj//token+/="
JSON = {"Content-Type": "application/x-amz-json-1.1"}
ECS_TARGET = {"X-Amz-Target": "AmazonEC2ContainerServiceV20141113.DescribeTasks"}

#: (id, method, url, headers besides Host, body, token, service, region)
CASES: list[tuple[str, str, str, dict[str, str], bytes, str | None, str, str]] = [
    ("json-body-with-token", "POST", "https://ecs.us-east-1.amazonaws.com/", {**JSON, **ECS_TARGET},
     b'{"tasks":["arn:aws:ecs:us-east-1:123456789012:task/default/1a2b"]}', TOKEN, "ecs", "us-east-1"),
    ("json-body-no-token", "POST", "https://ecs.eu-west-3.amazonaws.com/", {**JSON, **ECS_TARGET},
     b'{"cluster":"prod"}', None, "ecs", "eu-west-3"),
    ("empty-body-get", "GET", "https://management.deadline.us-west-2.amazonaws.com/2023-10-12/farms/farm-1/queues/q",
     {}, b"", TOKEN, "deadline", "us-west-2"),
    ("no-path", "GET", "https://ecs.us-east-1.amazonaws.com", {}, b"", None, "ecs", "us-east-1"),
    ("trailing-slash", "GET", "https://deadline.us-west-2.amazonaws.com/2023-10-12/farms/", {}, b"", None,
     "deadline", "us-west-2"),
    ("double-encoding", "GET",
     "https://management.deadline.us-west-2.amazonaws.com/2023-10-12/farms/a%2Fb%20c%252F%3F%23%26%3D%2B%C3%A9~/x",
     {}, b"", TOKEN, "deadline", "us-west-2"),
    ("dot-and-empty-segments", "GET", "http://127.0.0.1:8080/a/./b/../c//d/%2E%2E/e/", {}, b"", None,
     "deadline", "us-west-2"),
    ("query-rfc3986", "GET",
     "https://deadline.us-west-2.amazonaws.com/2023-10-12/x?z%20key=a%2Fb%20c&a=x%20y&a=x%2By&tilde=~-._%2A%27",
     {}, b"", TOKEN, "deadline", "us-west-2"),
    ("query-empty-values", "GET", "https://deadline.us-west-2.amazonaws.com/x?b=&a&c=1", {}, b"", None,
     "deadline", "us-west-2"),
    ("host-with-port", "POST", "http://localhost:4566/", {**JSON, **ECS_TARGET}, b"{}", TOKEN, "ecs", "us-east-1"),
    ("non-ascii-header-and-body", "POST", "https://ecs.us-east-1.amazonaws.com/",
     {**JSON, "X-Amz-Meta-Name": "café ☕"}, '{"name":"café ☕"}'.encode(), TOKEN, "ecs", "us-east-1"),
    ("whitespace-in-values", "POST", "https://ecs.us-east-1.amazonaws.com/",
     {"Content-Type": "  application/x-amz-json-1.1 ", "X-Amz-Target": "a   b\tc"}, b"{}", None, "ecs", "us-east-1"),
    ("never-signed-headers", "POST", "https://ecs.us-east-1.amazonaws.com/",
     {**JSON, "User-Agent": "ua/1", "X-Amzn-Trace-Id": "Root=1", "Expect": "100-continue", "traceparent": "00-x"},
     b"{}", TOKEN, "ecs", "us-east-1"),
    ("precomputed-payload-hash", "PUT", "https://deadline.us-west-2.amazonaws.com/x",
     {"X-Amz-Content-SHA256": "UNSIGNED-PAYLOAD"}, b"data", None, "deadline", "us-west-2"),
    ("earlier-attempt-headers", "POST", "https://ecs.us-east-1.amazonaws.com/",
     {**JSON, "Authorization": "old", "X-Amz-Date": "20200101T000000Z", "X-Amz-Security-Token": "old-token"},
     b"{}", TOKEN, "ecs", "us-east-1"),
    ("unsigned-token-header-kept-without-credentials-token", "POST", "https://ecs.us-east-1.amazonaws.com/",
     {**JSON, "X-Amz-Security-Token": "given"}, b"{}", None, "ecs", "us-east-1"),
    ("china-region", "POST", "https://ecs.cn-north-1.amazonaws.com.cn/", {**JSON, **ECS_TARGET}, b"{}", TOKEN,
     "ecs", "cn-north-1"),
]  # fmt: skip


def _host(url: str) -> str:
    return url.split("://", 1)[1].split("/", 1)[0].split("?", 1)[0]


def _botocore_headers(method: str, url: str, headers: dict[str, str], body: bytes, token: str | None,
                      service: str, region: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:  # fmt: skip
    import botocore.auth

    monkeypatch.setattr(botocore.auth, "get_current_datetime", lambda remove_tzinfo=True: FROZEN)
    request = AWSRequest(method=method, url=url, data=body, headers=headers)
    SigV4Auth(Credentials(KEY, SECRET, token), service, region).add_auth(request)
    return dict(request.headers.items())


@pytest.mark.parametrize(
    ("method", "url", "headers", "body", "token", "service", "region"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_signature_equals_botocores(
    monkeypatch: pytest.MonkeyPatch,
    method: str,
    url: str,
    headers: dict[str, str],
    body: bytes,
    token: str | None,
    service: str,
    region: str,
) -> None:
    headers = {"Host": _host(url), **headers}
    expected = _botocore_headers(method, url, headers, body, token, service, region, monkeypatch)
    monkeypatch.setattr(sigv4, "now", lambda: FROZEN.replace(tzinfo=dt.UTC))
    added = sigv4.Signer(service, region).sign(
        method=method, url=url, headers=headers, body=body, credentials=sigv4.StaticCredentials(KEY, SECRET, token)
    )
    ours = {**{k: v for k, v in headers.items() if k.lower() not in {n.lower() for n in added}}, **added}
    assert ours == expected


def test_signing_key_is_reused_within_a_day_and_renewed_after(monkeypatch: pytest.MonkeyPatch) -> None:
    """The derived key is cached per secret and date; a new day or another secret gives another key."""
    signer = sigv4.Signer("ecs", "us-east-1")
    first = signer._signing_key(SECRET, "20250211")
    assert signer._signing_key(SECRET, "20250211") is first
    assert signer._signing_key(SECRET, "20250212") != first
    assert signer._signing_key(SECRET + "x", "20250212") != signer._signing_key(SECRET, "20250212")


def test_host_header_is_required() -> None:
    with pytest.raises(ValueError, match="Host"):
        sigv4.Signer("ecs", "us-east-1").sign(
            method="GET", url="https://x/", headers={}, body=b"", credentials=sigv4.StaticCredentials(KEY, SECRET)
        )


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"AWS_ACCESS_KEY_ID": "k", "AWS_SECRET_ACCESS_KEY": "s"}, ("k", "s", None)),
        ({"AWS_ACCESS_KEY_ID": "k", "AWS_SECRET_ACCESS_KEY": "s", "AWS_SESSION_TOKEN": "t"}, ("k", "s", "t")),
        # botocore reads the legacy name first
        ({"AWS_ACCESS_KEY_ID": "k", "AWS_SECRET_ACCESS_KEY": "s", "AWS_SECURITY_TOKEN": "old", "AWS_SESSION_TOKEN": "t"},
         ("k", "s", "old")),
        ({"AWS_ACCESS_KEY_ID": "k", "AWS_SECRET_ACCESS_KEY": "s", "AWS_SESSION_TOKEN": ""}, ("k", "s", None)),
        # left to botocore: nothing, a partial pair (its error), refreshable credentials
        ({}, None),
        ({"AWS_ACCESS_KEY_ID": "k"}, None),
        ({"AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": "s"}, None),
        ({"AWS_ACCESS_KEY_ID": "k", "AWS_SECRET_ACCESS_KEY": "s", "AWS_CREDENTIAL_EXPIRATION": "2030-01-01T00:00:00Z"},
         None),
    ],
)  # fmt: skip
def test_environment_credentials_read_as_botocore_does(
    environ: dict[str, str], expected: tuple[str, str, str | None] | None
) -> None:
    found = sigv4.environment_credentials(environ)
    assert (tuple(found) if found is not None else None) == expected
    if expected is not None:
        from botocore.credentials import EnvProvider

        botocore_credentials: Any = EnvProvider(environ=environ).load()
        assert tuple(botocore_credentials.get_frozen_credentials()[:3]) == expected


def test_static_credentials_repr_hides_secrets() -> None:
    text = repr(sigv4.StaticCredentials(KEY, SECRET, TOKEN))
    assert KEY in text and SECRET not in text and TOKEN not in text
