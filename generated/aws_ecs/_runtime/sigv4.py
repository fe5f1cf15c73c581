# Code generated from templates/runtime/sigv4.py by this repository's generator (copied verbatim). DO NOT EDIT.
# Runtime sha256: 509edbe17dc9f5cc385acafcad6677d8774f37feedbc98abdad819c45243a850
"""AWS Signature Version 4 in plain Python (hashlib, hmac), byte for byte what botocore's `SigV4Auth` produces.

Signing is the only part of botocore a call needs when the credentials are already known (arguments or the
`AWS_*` variables), and importing botocore costs more than the rest of a cold first call. So requests are
signed here, and botocore is imported only to resolve credentials from the rest of its chain (profiles, SSO,
the container endpoint, IMDS, processes). The rules follow botocore's signer for every service but S3:

- the canonical path is the sent path with dot segments and empty segments removed, percent-encoded again
  (`%` becomes `%25`: "double encoding");
- the canonical query is the sent query's `name=value` pairs as they are, sorted (the caller sends them
  RFC 3986 encoded, so what is signed is what a verifier rebuilds);
- the signed headers are the given ones, lowercased, values trimmed and inner whitespace collapsed, plus
  `x-amz-date` and, with a session token, `x-amz-security-token`;
- the payload hash is the SHA-256 of the body (`X-Amz-Content-SHA256` when the request carries one).

`tests/test_sigv4_signer.py` compares the result with botocore's on a table of requests.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import NamedTuple, Protocol
from urllib.parse import quote, urlsplit

_ALGORITHM = "AWS4-HMAC-SHA256"
_TIMESTAMP = "%Y%m%dT%H%M%SZ"

#: Never signed: hop-by-hop headers and those that proxies or tracers may add or rewrite (botocore's list).
_UNSIGNED_HEADERS = frozenset(
    {
        "baggage",
        "connection",
        "expect",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "traceparent",
        "tracestate",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "user-agent",
        "x-amzn-trace-id",
    }
)


def _utc_now() -> datetime:
    return datetime.now(UTC)


#: The signing clock, looked up at call time (tests replace it to get exact dates).
now: Callable[[], datetime] = _utc_now


class StaticCredentials(NamedTuple):
    """Credentials that do not expire (the same attributes as botocore's frozen credentials)."""

    access_key: str
    secret_key: str
    token: str | None = None

    def get_frozen_credentials(self) -> StaticCredentials:
        return self

    def __repr__(self) -> str:
        token = "'***'" if self.token else None
        return f"StaticCredentials(access_key={self.access_key!r}, secret_key='***', token={token})"


class Credentials(Protocol):
    """What signing reads: `StaticCredentials`, or botocore's frozen credentials from its chain."""

    @property
    def access_key(self) -> str: ...
    @property
    def secret_key(self) -> str: ...
    @property
    def token(self) -> str | None: ...


def environment_credentials(environ: Mapping[str, str]) -> StaticCredentials | None:
    """The `AWS_*` variables' credentials, as botocore's environment provider reads them; None when botocore
    must decide (no key, a key without a secret: its error; `AWS_CREDENTIAL_EXPIRATION`: refreshed ones)."""
    access_key = environ.get("AWS_ACCESS_KEY_ID", "")
    secret_key = environ.get("AWS_SECRET_ACCESS_KEY", "")
    if not access_key or not secret_key or environ.get("AWS_CREDENTIAL_EXPIRATION"):
        return None
    token = environ.get("AWS_SECURITY_TOKEN") or environ.get("AWS_SESSION_TOKEN") or None
    return StaticCredentials(access_key, secret_key, token)


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 5.2.4, also dropping empty segments (what AWS verifies)."""
    if not path:
        return "/"
    segments: list[str] = []
    for segment in path.split("/"):
        if segment == "..":
            if segments:
                segments.pop()
        elif segment and segment != ".":
            segments.append(segment)
    first = "/" if path.startswith("/") else ""
    last = "/" if path.endswith("/") and segments else ""
    return first + "/".join(segments) + last


def canonical_query(query: str) -> str:
    return "&".join(f"{name}={value}" for name, value in sorted(pair.partition("=")[::2] for pair in query.split("&")))


class Signer:
    """Signs requests for one service and region; keeps the last signing key (it changes once a day)."""

    def __init__(self, service: str, region: str) -> None:
        self.service = service
        self.region = region
        self._key: tuple[str, str, bytes] | None = None  # (secret, date, key)

    def _signing_key(self, secret: str, date: str) -> bytes:
        cached = self._key
        if cached is not None and cached[0] == secret and cached[1] == date:
            return cached[2]
        key = (f"AWS4{secret}").encode()
        for part in (date, self.region, self.service, "aws4_request"):
            key = hmac.new(key, part.encode(), hashlib.sha256).digest()
        self._key = (secret, date, key)
        return key

    def sign(
        self,
        *,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes,
        credentials: Credentials,
    ) -> dict[str, str]:
        """The headers to add: `X-Amz-Date`, `X-Amz-Security-Token` (with a token) and `Authorization`.

        `url` is the URL as sent (path and query already encoded); `headers` are those to sign and must
        include `Host` (a `Date` header is not supported: the date travels as `X-Amz-Date`).
        """
        timestamp = now().astimezone(UTC).strftime(_TIMESTAMP)
        added = {"X-Amz-Date": timestamp}
        if credentials.token:
            added["X-Amz-Security-Token"] = credentials.token
        replaced = (
            {"authorization", "x-amz-date", "x-amz-security-token"}
            if credentials.token
            else {"authorization", "x-amz-date"}
        )
        signed: dict[str, str] = {}
        payload_hash = hashlib.sha256(body).hexdigest()
        kept = ((name, value) for name, value in headers.items() if name.lower() not in replaced)
        for name, value in (*kept, *added.items()):  # an earlier attempt's date, token, signature: replaced
            lowered = name.lower()
            if lowered == "x-amz-content-sha256":
                payload_hash = value  # a precomputed (or UNSIGNED-PAYLOAD) hash, as given
            if lowered not in _UNSIGNED_HEADERS:
                trimmed = " ".join(value.split())
                signed[lowered] = f"{signed[lowered]},{trimmed}" if lowered in signed else trimmed
        if "host" not in signed:
            raise ValueError("SigV4 signs the Host header: it must be among the headers")
        names = sorted(signed)
        signed_names = ";".join(names)
        parts = urlsplit(url)
        canonical_request = "\n".join(
            (
                method.upper(),
                quote(_remove_dot_segments(parts.path), safe="/~"),
                canonical_query(parts.query) if parts.query else "",
                "".join(f"{name}:{signed[name]}\n" for name in names),
                signed_names,
                payload_hash,
            )
        )
        date = timestamp[:8]
        scope = f"{date}/{self.region}/{self.service}/aws4_request"
        string_to_sign = "\n".join(
            (_ALGORITHM, timestamp, scope, hashlib.sha256(canonical_request.encode()).hexdigest())
        )
        key = self._signing_key(credentials.secret_key, date)
        signature = hmac.new(key, string_to_sign.encode(), hashlib.sha256).hexdigest()
        added["Authorization"] = (
            f"{_ALGORITHM} Credential={credentials.access_key}/{scope}, SignedHeaders={signed_names}, "
            f"Signature={signature}"
        )
        return added
