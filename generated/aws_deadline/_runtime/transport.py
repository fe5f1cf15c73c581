# Code generated from specs/aws/deadline.yaml by this repository's generator (copied verbatim from templates/runtime/transport.py). DO NOT EDIT.
# Spec sha256: 8acd119717cb243b0a2422d4b09c09f63a32272064d3f94045f9ef2b0a1b8cf9
"""Sending one logical call: build, sign, send, retry, log. Sync and async share everything but the loop.

Every attempt is a fresh `httpx.Request`, signed again (SigV4 signatures carry a timestamp). One debug line
per attempt goes to the package's logger: method, URL, status, attempt, elapsed time. Headers are never
logged, so credentials cannot leak through logs.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import httpx

from .errors import ApiConnectionError, ApiError, ApiTimeoutError
from .protocol import ErrorTable, decode_error
from .retry import RetryPolicy

#: Connect fast, allow a minute for the answer: finite by default, overridable per client and per call.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)

TimeoutTypes = float | httpx.Timeout | None


class Auth(Protocol):
    """Adds credentials to a request just before it is sent (called once per attempt)."""

    def apply(self, request: httpx.Request) -> None: ...


class NoAuth:
    def apply(self, request: httpx.Request) -> None:
        return None


@dataclass(frozen=True)
class PreparedRequest:
    """A call's request, independent of attempt: what the generated operation builders return."""

    operation: str
    method: str
    path: str
    query: Sequence[tuple[str, str]] = ()
    headers: Mapping[str, str] = field(default_factory=dict)
    content: bytes | None = None
    host_prefix: str = ""


@dataclass(frozen=True)
class RequestOptions:
    """Per-call overrides; None means 'use the client's setting'."""

    timeout: TimeoutTypes | None = None
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None


def as_timeout(value: TimeoutTypes) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        raise ValueError("timeout must be a number of seconds or an httpx.Timeout; None would wait forever")
    return httpx.Timeout(float(value), connect=min(float(value), DEFAULT_TIMEOUT.connect or float(value)))


@dataclass
class TransportSettings:
    """What every attempt of every call of one client shares."""

    base_url: httpx.URL
    auth: Auth
    timeout: httpx.Timeout
    retry: RetryPolicy
    errors: ErrorTable
    aws: bool
    logger: logging.Logger
    apply_host_prefix: bool = True
    user_agent: str = ""
    default_headers: Mapping[str, str] = field(default_factory=dict)

    def url_for(self, prepared: PreparedRequest) -> httpx.URL:
        base = self.base_url
        host = base.host
        if prepared.host_prefix and self.apply_host_prefix:
            host = prepared.host_prefix + host
        path = base.raw_path.decode("ascii").split("?", 1)[0].rstrip("/") + prepared.path
        url = base.copy_with(host=host, raw_path=path.encode("ascii"))
        if prepared.query:
            url = url.copy_merge_params(list(prepared.query))
        return url

    def build(
        self, client: httpx.Client | httpx.AsyncClient, prepared: PreparedRequest, options: RequestOptions
    ) -> httpx.Request:
        headers: dict[str, str] = dict(self.default_headers)
        if self.user_agent:
            headers["User-Agent"] = self.user_agent
        headers.update(prepared.headers)
        if options.extra_headers:
            headers.update(options.extra_headers)
        timeout = self.timeout if options.timeout is None else as_timeout(options.timeout)
        request = client.build_request(
            prepared.method, self.url_for(prepared), headers=headers, content=prepared.content, timeout=timeout
        )
        self.auth.apply(request)
        return request

    def policy(self, options: RequestOptions) -> RetryPolicy:
        return self.retry.with_max_retries(options.max_retries)

    def log_attempt(self, request: httpx.Request, outcome: str, attempt: int, attempts: int, started: float) -> None:
        if self.logger.isEnabledFor(logging.DEBUG):
            elapsed_ms = (time.monotonic() - started) * 1000.0
            self.logger.debug(
                "%s %s -> %s (attempt %d/%d, %.1f ms)",
                request.method,
                redact_url(request.url),
                outcome,
                attempt,
                attempts,
                elapsed_ms,
            )


_SENSITIVE_QUERY = ("key", "token", "secret", "signature", "credential", "password", "auth")


def redact_url(url: httpx.URL) -> str:
    """The URL for logs: query values whose names look like credentials are replaced by `***`."""
    if not url.query:
        return str(url)
    params = [
        (name, "***" if any(word in name.lower() for word in _SENSITIVE_QUERY) else value)
        for name, value in url.params.multi_items()
    ]
    return str(url.copy_with(params=params))


def _transport_error(operation: str, exc: httpx.TransportError) -> ApiError:
    if isinstance(exc, httpx.TimeoutException):
        return ApiTimeoutError(f"{operation} timed out ({type(exc).__name__})")
    return ApiConnectionError(f"{operation} could not complete: {type(exc).__name__}: {exc}")


def _outcome(
    settings: TransportSettings, policy: RetryPolicy, prepared: PreparedRequest, response: httpx.Response
) -> tuple[ApiError | None, bool]:
    """(error, retryable) for a response; (None, False) for success."""
    if response.is_success:
        return None, False
    error = decode_error(response, settings.errors, prepared.operation, aws=settings.aws)
    retryable = error.retryable or policy.is_retryable_response(response.status_code, error.code)
    return error, retryable


def send(
    client: httpx.Client,
    settings: TransportSettings,
    prepared: PreparedRequest,
    options: RequestOptions,
    sleep: Callable[[float], None] = time.sleep,
) -> httpx.Response:
    """Send with retries; return the successful response or raise the last error."""
    policy = settings.policy(options)
    attempts = policy.max_attempts
    for attempt in range(1, attempts + 1):
        request = settings.build(client, prepared, options)
        started = time.monotonic()
        headers: Mapping[str, str] | None = None
        try:
            response = client.send(request)
        except httpx.TransportError as exc:
            settings.log_attempt(request, type(exc).__name__, attempt, attempts, started)
            error, retryable = _transport_error(prepared.operation, exc), True
            cause: BaseException | None = exc
        else:
            settings.log_attempt(request, str(response.status_code), attempt, attempts, started)
            failure, retryable = _outcome(settings, policy, prepared, response)
            if failure is None:
                return response
            error, headers, cause = failure, response.headers, None
        if not retryable or attempt == attempts:
            raise error from cause
        sleep(policy.delay(attempt - 1, headers))
    raise AssertionError("unreachable: the loop returns or raises")  # pragma: no cover


async def send_async(
    client: httpx.AsyncClient,
    settings: TransportSettings,
    prepared: PreparedRequest,
    options: RequestOptions,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> httpx.Response:
    """The async twin of `send`."""
    policy = settings.policy(options)
    attempts = policy.max_attempts
    for attempt in range(1, attempts + 1):
        request = settings.build(client, prepared, options)
        started = time.monotonic()
        headers: Mapping[str, str] | None = None
        try:
            response = await client.send(request)
        except httpx.TransportError as exc:
            settings.log_attempt(request, type(exc).__name__, attempt, attempts, started)
            error, retryable = _transport_error(prepared.operation, exc), True
            cause: BaseException | None = exc
        else:
            settings.log_attempt(request, str(response.status_code), attempt, attempts, started)
            failure, retryable = _outcome(settings, policy, prepared, response)
            if failure is None:
                return response
            error, headers, cause = failure, response.headers, None
        if not retryable or attempt == attempts:
            raise error from cause
        await sleep(policy.delay(attempt - 1, headers))
    raise AssertionError("unreachable: the loop returns or raises")  # pragma: no cover
