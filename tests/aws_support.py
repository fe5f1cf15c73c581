"""Helpers for the AWS peer tests: an in-process moto server, SigV4 re-verification, wire comparison.

moto keeps its state (backends, the auth switch, state-machine transitions) in module globals of this
process, so every helper that changes global moto behaviour restores it on exit.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import boto3
import httpx
import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials

REGION = "us-east-1"
DUMMY_KEY = "AKIDMOTOTESTING00000"
DUMMY_SECRET = "moto-testing-secret"

#: The instant botocore's signer is frozen at in the SigV4 tests.
FROZEN_NOW = dt.datetime(2025, 2, 11, 18, 13, 24)
FROZEN_AMZ_DATE = "20250211T181324Z"


# -- moto ------------------------------------------------------------------------------------------
class MotoServer:
    """moto's `ThreadedMotoServer` on 127.0.0.1 (ephemeral port), with the moto-api switches the tests use."""

    def __init__(self) -> None:
        from moto.server import ThreadedMotoServer

        self._server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        self.url = ""
        self._werkzeug_level = logging.NOTSET

    def __enter__(self) -> MotoServer:
        werkzeug = logging.getLogger("werkzeug")  # one access-log line per request otherwise
        self._werkzeug_level = werkzeug.level
        werkzeug.setLevel(logging.ERROR)
        self._server.start()
        host, port = self._server.get_host_and_port()
        self.url = f"http://{host}:{port}"
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.moto_api("reset")  # moto's backends are process-wide: leave them empty for whoever comes next
        self._server.stop()
        logging.getLogger("werkzeug").setLevel(self._werkzeug_level)

    def moto_api(self, path: str, *, content: bytes | None = None, json_body: Any = None) -> Any:
        response = httpx.post(f"{self.url}/moto-api/{path}", content=content, json=json_body, timeout=10)
        assert response.status_code < 300, response.text
        return response.json() if response.content else None

    def boto3(self, service: str, *, key: str = DUMMY_KEY, secret: str = DUMMY_SECRET) -> Any:
        return boto3.client(
            service,
            endpoint_url=self.url,
            region_name=REGION,
            aws_access_key_id=key,
            aws_secret_access_key=secret,
            config=Config(retries={"max_attempts": 1, "mode": "standard"}),
        )

    @contextmanager
    def frozen_task_states(self) -> Iterator[None]:
        """moto moves an ECS task one lifecycle state on every DescribeTasks (transition 'manual', times=1).

        Comparing two describe calls needs both to see the same state: hold the state still, then restore
        moto's registered default.
        """
        self.moto_api(
            "state-manager/set-transition",
            json_body={"model_name": "ecs::task", "transition": {"progression": "manual", "times": 10**9}},
        )
        try:
            yield
        finally:
            self.moto_api("state-manager/unset-transition", json_body={"model_name": "ecs::task"})

    @contextmanager
    def iam_auth(self) -> Iterator[None]:
        """Make moto verify every request's SigV4 signature and IAM permissions, then switch it back."""
        previous = self.moto_api("reset-auth", content=b"0")["PREVIOUS_INITIAL_NO_AUTH_ACTION_COUNT"]
        try:
            yield
        finally:
            self.moto_api("reset-auth", content=str(previous).encode())


@contextmanager
def clean_aws_environment(tmp_dir: str) -> Iterator[None]:
    """conftest's isolation, for module-scoped fixtures (which run before function-scoped autouse ones)."""
    with pytest.MonkeyPatch.context() as patch:
        for name in list(os.environ):
            if name.startswith("AWS_"):
                patch.delenv(name)
        patch.setenv("AWS_CONFIG_FILE", f"{tmp_dir}/aws-config")
        patch.setenv("AWS_SHARED_CREDENTIALS_FILE", f"{tmp_dir}/aws-credentials")
        patch.setenv("AWS_EC2_METADATA_DISABLED", "true")
        yield


# -- comparing our wire output with boto3's parsed output ----------------------------------------
def _instant_us(value: dt.datetime) -> int:
    """A datetime as integer microseconds since the epoch (exact, no float rounding)."""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
    return (aware - dt.datetime(1970, 1, 1, tzinfo=dt.UTC)) // dt.timedelta(microseconds=1)


def _epoch_us(value: int | float) -> int:
    return round(value * 1_000_000)


def assert_same_wire(ours: Any, theirs: Any, path: str = "$") -> None:
    """Compare our `to_wire()` output with boto3's parsed response, key by key and item by item.

    boto3 turns epoch-second timestamps into datetimes, we keep them as numbers on the wire: both are
    reduced to the same instant (integer microseconds) before comparing. Everything else must be equal
    in type and value.
    """
    if isinstance(theirs, dt.datetime):
        assert isinstance(ours, (int, float)) and not isinstance(ours, bool), f"{path}: {ours!r} is not epoch seconds"
        assert _epoch_us(ours) == _instant_us(theirs), f"{path}: {ours!r} != {theirs.isoformat()}"
    elif isinstance(theirs, dict):
        assert isinstance(ours, dict), f"{path}: {type(ours).__name__} instead of an object"
        assert sorted(ours) == sorted(theirs), f"{path}: keys {sorted(ours)} != {sorted(theirs)}"
        for key in theirs:
            assert_same_wire(ours[key], theirs[key], f"{path}.{key}")
    elif isinstance(theirs, list):
        assert isinstance(ours, list), f"{path}: {type(ours).__name__} instead of a list"
        assert len(ours) == len(theirs), f"{path}: {len(ours)} items != {len(theirs)}"
        for index, (mine, other) in enumerate(zip(ours, theirs, strict=True)):
            assert_same_wire(mine, other, f"{path}[{index}]")
    else:
        assert type(ours) is type(theirs) and ours == theirs, f"{path}: {ours!r} != {theirs!r}"


def without_metadata(response: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in response.items() if key != "ResponseMetadata"}


# -- SigV4 -----------------------------------------------------------------------------------------
_AUTHORIZATION = re.compile(
    r"^AWS4-HMAC-SHA256 Credential=(?P<credential>[^,\s]+), ?SignedHeaders=(?P<signed>[^,\s]+), ?Signature=(?P<signature>[0-9a-f]{64})$"
)


@dataclass(frozen=True)
class Authorization:
    access_key: str
    date: str
    region: str
    service: str
    terminator: str
    signed_headers: tuple[str, ...]
    signature: str


def parse_authorization(value: str) -> Authorization:
    match = _AUTHORIZATION.match(value)
    assert match is not None, f"not a SigV4 Authorization header: {value!r}"
    access_key, date, region, service, terminator = match["credential"].split("/")
    return Authorization(
        access_key, date, region, service, terminator, tuple(match["signed"].split(";")), match["signature"]
    )


@dataclass(frozen=True)
class Recomputed:
    signature: str
    canonical_request: str


def recompute_signature(
    *,
    method: str,
    url: str,
    query: Sequence[tuple[str, str]] = (),
    body: bytes,
    headers: Mapping[str, str],
    secret_key: str,
    session_token: str | None,
    region: str,
    service: str,
) -> Recomputed:
    """What a verifier computes from a received request: exactly the headers named in SignedHeaders,
    the raw path as received, the query re-encoded from its decoded parameters (SigV4's rule), the body,
    and the request's own X-Amz-Date."""
    lowered = {name.lower(): value for name, value in headers.items()}
    authorization = parse_authorization(lowered["authorization"])
    signed = {name: lowered[name] for name in authorization.signed_headers}
    request = AWSRequest(method=method, url=url, data=body, headers=signed, params=list(query) or None)
    request.context["timestamp"] = lowered["x-amz-date"]
    signer = SigV4Auth(Credentials(authorization.access_key, secret_key, session_token), service, region)
    canonical = signer.canonical_request(request)
    signature = signer.signature(signer.string_to_sign(request, canonical), request)
    return Recomputed(signature=signature, canonical_request=canonical)


def freeze_botocore_clock(monkeypatch: pytest.MonkeyPatch, now: dt.datetime = FROZEN_NOW) -> None:
    """botocore's SigV4Auth.add_auth reads the time from `botocore.auth.get_current_datetime` (naive UTC)."""
    import botocore.auth

    def fixed(remove_tzinfo: bool = True) -> dt.datetime:
        return now if remove_tzinfo else now.replace(tzinfo=dt.UTC)

    monkeypatch.setattr(botocore.auth, "get_current_datetime", fixed)


def freeze_signing_clock(
    monkeypatch: pytest.MonkeyPatch, clock: Callable[[], dt.datetime] = lambda: FROZEN_NOW
) -> None:
    """The clock of the generated AWS packages' signers (`_runtime/sigv4.py`, read at each signature; naive UTC
    instants from `clock`) and of botocore's, which the tests use as the verifier."""
    import importlib

    import botocore.auth

    monkeypatch.setattr(botocore.auth, "get_current_datetime", lambda remove_tzinfo=True: clock())
    for package in ("aws_ecs", "aws_deadline"):
        signer = importlib.import_module(f"{package}._runtime.sigv4")
        monkeypatch.setattr(signer, "now", lambda: clock().replace(tzinfo=dt.UTC))
