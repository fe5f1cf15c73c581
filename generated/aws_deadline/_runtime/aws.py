# Code generated from templates/runtime/aws.py by this repository's generator (copied verbatim). DO NOT EDIT.
# Runtime sha256: d6f92229c983b78a96081b292d6a4bcfa1c0d5fe0e507ded3402906568e53066
"""AWS specifics: region and endpoint resolution, the credential chain, and SigV4 signing.

Requests are signed by `sigv4.py` (plain Python, byte for byte botocore's `SigV4Auth`). Credentials given as
arguments or in the `AWS_*` variables are used as they are; every other source (shared credentials and
config files with profiles, SSO, the container endpoint, IMDSv2, processes, refresh before expiry) is
botocore's chain (`Session.get_credentials`). botocore is 23 MiB and slow to import, so it is imported only
when that chain (or a profile's region) is needed, never for a call whose credentials are already known.

The async clients await their credentials: loading the chain and refreshing (which may call IMDS, SSO or the
container endpoint, under a lock) run in a worker thread, so the event loop keeps serving meanwhile. Signing
itself is pure computation over a snapshot of the credentials, the same for both.
"""

from __future__ import annotations

import importlib
import os
import re
import threading
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx

from .errors import CredentialsError
from .sigv4 import Signer, StaticCredentials, environment_credentials

#: Region ids flow into host names: only lowercase letters, digits and single dashes are allowed.
_REGION_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_SIGNED_HEADERS = ("host", "content-type", "content-md5")


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
    """Credentials from the arguments, else the `AWS_*` variables (unless a profile is chosen: botocore's rule),
    else botocore's chain for the profile; refreshed before expiry."""

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
        self._explicit = (
            StaticCredentials(access_key_id, secret_access_key, session_token or None)
            if access_key_id and secret_access_key
            else None
        )
        self._profile = profile
        self._credentials: Any = None  # botocore Credentials or RefreshableCredentials
        self._lock = threading.Lock()

    def _load(self) -> Any:
        if self._explicit is not None:
            return self._explicit
        from_environment = None if self._profile else environment_credentials(os.environ)
        if from_environment is not None:
            return from_environment
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
        import asyncio  # here, not at the top: a sync client never imports asyncio (~10 ms of a cold start)

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
    """Signs each attempt with AWS Signature Version 4 (`sigv4.Signer`)."""

    def __init__(self, credentials: AwsCredentials, *, signing_name: str, region: str) -> None:
        self._credentials = credentials
        self.signing_name = signing_name
        self.region = region
        self._signer = Signer(signing_name, region)

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
        request.headers.update(
            self._signer.sign(
                method=request.method,
                url=str(request.url),
                headers=to_sign,
                body=request.content,
                credentials=credentials,
            )
        )

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
