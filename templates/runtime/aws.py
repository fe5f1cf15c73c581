"""AWS specifics: region and endpoint resolution, the credential chain, and SigV4 signing.

Signing and the credential chain are botocore's (`SigV4Auth`, `Session.get_credentials`): it is the
reference implementation, well kept, and covers every credential source (arguments, `AWS_*` variables,
shared credentials and config files with profiles, SSO, the container endpoint, IMDSv2) with refresh
before expiry. It is 23 MiB and slow to import, so it is imported on the first signed request, never
at import time of a client.

The async clients await their credentials: loading the chain and refreshing (which may call IMDS, SSO or the
container endpoint, under a lock) run in a worker thread, so the event loop keeps serving meanwhile. Signing
itself is pure computation over a snapshot of the credentials, the same for both.
"""

from __future__ import annotations

import asyncio
import contextvars
import importlib
import logging
import os
import re
import threading
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx

from .errors import CredentialsError

#: Region ids flow into host names: only lowercase letters, digits and single dashes are allowed.
_REGION_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_SIGNED_HEADERS = ("host", "content-type", "content-md5")


#: True while this module's signer runs botocore's add_auth, in this thread or task only.
_SIGNING = contextvars.ContextVar("aws_sigv4_signing", default=False)


class _QuietWhileSigning(logging.Filter):
    """Drops `botocore.auth` records emitted while our signer runs.

    botocore logs the canonical request, string to sign and signature at DEBUG; the canonical request holds
    the X-Amz-Security-Token value, which must be signed, so it cannot be left out. A logger filter scoped by
    a context variable, not a temporary level change: levels are process-global, so raising and restoring
    them races between threads. boto3's own signing, in the same process, is left alone.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        return not _SIGNING.get()


# By name, so botocore is not imported here; botocore's later getLogger returns this same logger.
logging.getLogger("botocore.auth").addFilter(_QuietWhileSigning())


@dataclass(frozen=True)
class AwsService:
    """The protocol traits of one AWS service, from the spec's `x-aws` extension."""

    service_id: str
    signing_name: str
    endpoint_prefix: str
    protocol: str


def _botocore(module: str) -> Any:
    """Import a botocore module on first use. botocore ships no type information; importing it
    dynamically keeps clients type-checked (mypy --strict) with or without botocore-stubs installed."""
    return importlib.import_module(f"botocore.{module}")


def _botocore_session(profile: str | None) -> Any:
    return _botocore("session").Session(profile=profile)


def resolve_region(region: str | None, profile: str | None) -> str:
    """The region: the argument, then `AWS_REGION`/`AWS_DEFAULT_REGION`, then the profile's config."""
    value = region or os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
    if not value:
        value = _botocore_session(profile).get_config_variable("region")
    if not value:
        raise ValueError(
            "no AWS region: pass region=..., set AWS_REGION, or set region in the profile of ~/.aws/config"
        )
    if not _REGION_ID.match(value):
        raise ValueError(f"invalid AWS region id {value!r}: expected something like 'us-east-1'")
    return value


def resolve_endpoint(service: AwsService, region: str, endpoint_url: str | None) -> tuple[str, bool]:
    """(base URL, whether operation host prefixes apply).

    `endpoint_url`, then `AWS_ENDPOINT_URL_<SERVICE>` and `AWS_ENDPOINT_URL` (as the AWS SDKs do), override
    the regional endpoint; host prefixes (`management.` for Deadline) are only added to the regional one.
    """
    env_name = "AWS_ENDPOINT_URL_" + re.sub(r"[^A-Z0-9]", "_", service.service_id.upper())
    override = endpoint_url or os.environ.get(env_name) or os.environ.get("AWS_ENDPOINT_URL")
    if override:
        url = httpx.URL(override)
        if url.scheme not in ("http", "https") or not url.host:
            raise ValueError(f"endpoint_url must be an absolute http(s) URL, got {override!r}")
        return override, False
    suffix = "amazonaws.com.cn" if region.startswith("cn-") else "amazonaws.com"
    return f"https://{service.endpoint_prefix}.{region}.{suffix}", True


class AwsCredentials:
    """Credentials from the arguments, else botocore's chain for the profile; refreshed before expiry."""

    def __init__(
        self,
        *,
        access_key_id: str | None = None,
        secret_access_key: str | None = None,
        session_token: str | None = None,
        profile: str | None = None,
    ) -> None:
        if bool(access_key_id) != bool(secret_access_key):
            raise ValueError("aws_access_key_id and aws_secret_access_key must be given together")
        if session_token and not access_key_id:
            raise ValueError("aws_session_token needs aws_access_key_id and aws_secret_access_key")
        self._explicit = (access_key_id, secret_access_key, session_token) if access_key_id else None
        self._profile = profile
        self._credentials: Any = None  # botocore Credentials or RefreshableCredentials
        self._lock = threading.Lock()

    def _load(self) -> Any:
        if self._explicit is not None:
            access_key_id, secret_access_key, session_token = self._explicit
            return _botocore("credentials").Credentials(access_key_id, secret_access_key, session_token)
        try:
            credentials = _botocore_session(self._profile).get_credentials()
        except Exception as exc:  # botocore raises many types (ProfileNotFound, SSO errors, ...)
            raise CredentialsError(f"could not load AWS credentials: {type(exc).__name__}: {exc}") from None
        if credentials is None:
            raise CredentialsError(
                "no AWS credentials found: pass aws_access_key_id/aws_secret_access_key, set AWS_ACCESS_KEY_ID "
                "and AWS_SECRET_ACCESS_KEY, or configure a profile"
            )
        return credentials

    def frozen(self) -> Any:
        """A consistent snapshot (key, secret, token), refreshed by botocore when close to expiry."""
        with self._lock:
            if self._credentials is None:
                self._credentials = self._load()
            credentials = self._credentials
        return _snapshot(credentials)

    async def frozen_async(self) -> Any:
        """`frozen()` for the event loop. Credentials loaded and not yet due for refresh are read in place (no
        I/O, no lock held for long); loading and refreshing run `frozen()` in a worker thread."""
        credentials = self._credentials
        if credentials is not None and not _refresh_due(credentials):
            return _snapshot(credentials)
        return await asyncio.to_thread(self.frozen)

    def __repr__(self) -> str:
        source = "arguments" if self._explicit else f"profile={self._profile!r}" if self._profile else "default chain"
        return f"AwsCredentials(source={source})"


def _refresh_due(credentials: Any) -> bool:
    """botocore's temporary credentials within their refresh window (static ones never are)."""
    refresh_needed = getattr(credentials, "refresh_needed", None)
    return refresh_needed is not None and bool(refresh_needed())


def _snapshot(credentials: Any) -> Any:
    try:
        return credentials.get_frozen_credentials()
    except Exception as exc:
        raise CredentialsError(f"could not refresh AWS credentials: {type(exc).__name__}") from None


class SigV4Auth:
    """Signs each attempt with AWS Signature Version 4 (botocore's signer)."""

    def __init__(self, credentials: AwsCredentials, *, signing_name: str, region: str) -> None:
        self._credentials = credentials
        self.signing_name = signing_name
        self.region = region

    def apply(self, request: httpx.Request) -> None:
        self.sign(request, self._credentials.frozen())

    async def apply_async(self, request: httpx.Request) -> None:
        self.sign(request, await self._credentials.frozen_async())

    def sign(self, request: httpx.Request, credentials: Any) -> None:
        """Sign with a snapshot of credentials (botocore's ReadOnlyCredentials): computation only, no I/O."""
        if request.url.query:
            # httpx form-encodes queries (space as '+'); a SigV4 verifier decodes the query and re-encodes it
            # with RFC 3986 escapes (space as %20) before checking. Send that form, so signed == rebuilt.
            pairs = request.url.params.multi_items()
            query = "&".join(f"{quote(name, safe='-_.~')}={quote(value, safe='-_.~')}" for name, value in pairs)
            request.url = request.url.copy_with(query=query.encode("ascii"))
        to_sign = {
            name: value
            for name, value in request.headers.items()
            if name.lower() in _SIGNED_HEADERS or name.lower().startswith("x-amz-")
        }
        aws_request = _botocore("awsrequest").AWSRequest(
            method=request.method, url=str(request.url), data=request.content, headers=to_sign
        )
        signer = _botocore("auth").SigV4Auth(credentials, self.signing_name, self.region)
        signing = _SIGNING.set(True)
        try:
            signer.add_auth(aws_request)
        finally:
            _SIGNING.reset(signing)
        for name in ("Authorization", "X-Amz-Date", "X-Amz-Security-Token"):
            value = aws_request.headers.get(name)
            if value is not None:
                request.headers[name] = value

    def __repr__(self) -> str:
        return (
            f"SigV4Auth(signing_name={self.signing_name!r}, region={self.region!r}, credentials={self._credentials!r})"
        )


@dataclass(frozen=True)
class AwsSetup:
    """What an AWS client needs from its constructor arguments."""

    region: str
    base_url: str
    apply_host_prefix: bool
    auth: SigV4Auth


def aws_setup(
    service: AwsService,
    *,
    region: str | None,
    endpoint_url: str | None,
    aws_access_key_id: str | None,
    aws_secret_access_key: str | None,
    aws_session_token: str | None,
    profile: str | None,
) -> AwsSetup:
    resolved_region = resolve_region(region, profile)
    base_url, apply_host_prefix = resolve_endpoint(service, resolved_region, endpoint_url)
    credentials = AwsCredentials(
        access_key_id=aws_access_key_id,
        secret_access_key=aws_secret_access_key,
        session_token=aws_session_token,
        profile=profile,
    )
    return AwsSetup(
        region=resolved_region,
        base_url=base_url,
        apply_host_prefix=apply_host_prefix,
        auth=SigV4Auth(credentials, signing_name=service.signing_name, region=resolved_region),
    )
