# Code generated from templates/runtime/transport.py by this repository's generator (copied verbatim). DO NOT EDIT.
# Runtime sha256: 6a525ced71c4eeee7b67506112d633265117e1e492c18884873c5f75d994b8fb
"""Sending one logical call: build, sign, send, retry, log. Sync and async share everything but the loop.

Every attempt is a fresh `httpx.Request`, signed again (SigV4 signatures carry a timestamp). One debug line
per attempt goes to the package's logger: method, URL, status, attempt, elapsed time, and what happens next.
Headers and bodies are never logged, so credentials cannot leak through logs.

Credentials are added per attempt by `Auth.apply`; the async loop awaits `Auth.apply_async`, so that loading
or refreshing them (botocore's chain may call IMDS, SSO or the container endpoint) never blocks the event loop.
Caller hooks (hooks.py) run around each attempt from the steps both loops share.

Waits between attempts go through the module attributes `sleep` and `async_sleep`, looked up at call time,
so tests can record the requested delays instead of waiting them out.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import httpx

from .errors import ApiConnectionError, ApiError, ApiTimeoutError, ResponseDecodeError
from .hooks import ErrorEvent, Hooks, RequestEvent, ResponseEvent
from .protocol import ErrorTable, decode_error, request_id
from .retry import RetryPolicy

#: Connect fast, allow a minute for the answer: finite by default, overridable per client and per call.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)

TimeoutTypes = float | httpx.Timeout | None

#: How the send loops wait before a retry (replaceable in tests; see the module docstring).
sleep: Callable[[float], None] = time.sleep


async def _asyncio_sleep(delay: float) -> None:
    """`asyncio.sleep`, imported when first awaited: a sync client never imports asyncio (~10 ms of a cold start)."""
    import asyncio

    await asyncio.sleep(delay)


async_sleep: Callable[[float], Awaitable[None]] = _asyncio_sleep


class Auth(Protocol):
    """Adds credentials to a request just before it is sent (called once per attempt)."""

    def apply(self, request: httpx.Request) -> None: ...

    async def apply_async(self, request: httpx.Request) -> None:
        """The same for the async clients: any I/O to obtain credentials happens off the event loop."""
        ...


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
    #: form fields (urlencoded, or the non-file parts of multipart) and multipart file parts
    form: Sequence[tuple[str, str]] | None = None
    files: Sequence[tuple[str, tuple[str, bytes, str]]] | None = None
    #: an operation-level server, used instead of the client's base URL unless the user gave one
    base_url: str | None = None
    #: False for an operation that takes no credentials (`security: []`, e.g. a sign-in call)
    authenticated: bool = True


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
    hooks: Hooks | None = None

    #: True when the user chose the base URL (base_url=/endpoint_url=): operation servers do not apply
    fixed_base_url: bool = False

    def url_for(self, prepared: PreparedRequest) -> httpx.URL:
        base = self.base_url
        if prepared.base_url is not None and not self.fixed_base_url:
            base = httpx.URL(prepared.base_url)
        host = base.host
        if prepared.host_prefix and self.apply_host_prefix:
            host = prepared.host_prefix + host
        path = base.raw_path.decode("ascii").split("?", 1)[0].rstrip("/") + prepared.path
        url = base.copy_with(host=host, raw_path=path.encode("ascii"))
        if prepared.query:
            url = url.copy_merge_params(list(prepared.query))
        return url

    def build(
        self,
        client: httpx.Client | httpx.AsyncClient,
        prepared: PreparedRequest,
        options: RequestOptions,
        attempt: int = 1,
    ) -> httpx.Request:
        """The attempt's request, without credentials (`Auth` adds them). Headers, later ones winning: the
        User-Agent, the client's `default_headers`, the operation's own, the call's `extra_headers`, and what a
        `before_attempt` hook sets."""
        headers: dict[str, str] = {"User-Agent": self.user_agent} if self.user_agent else {}
        headers.update(self.default_headers)
        headers.update(prepared.headers)
        if options.extra_headers:
            headers.update(options.extra_headers)
        timeout = self.timeout if options.timeout is None else as_timeout(options.timeout)
        request = client.build_request(
            prepared.method,
            self.url_for(prepared),
            headers=headers,
            content=prepared.content,
            data=_form(prepared.form) if prepared.form is not None and not prepared.files else None,
            files=_multipart(prepared) if prepared.files else None,
            timeout=timeout,
        )
        if self.hooks is not None and self.hooks.before_attempt is not None:
            self.hooks.before_attempt(RequestEvent(prepared.operation, attempt, request))
        return request

    def policy(self, options: RequestOptions) -> RetryPolicy:
        return self.retry.with_max_retries(options.max_retries)

    def log_attempt(
        self, request: httpx.Request, outcome: str, attempt: int, attempts: int, started: float, delay: float | None
    ) -> None:
        if self.logger.isEnabledFor(logging.DEBUG):
            elapsed_ms = (time.monotonic() - started) * 1000.0
            next_step = "" if delay is None else f"; retrying in {delay:.3f} s"
            self.logger.debug(
                "%s %s -> %s (attempt %d/%d, %.1f ms%s)",
                request.method,
                redact_url(request.url),
                outcome,
                attempt,
                attempts,
                elapsed_ms,
                next_step,
            )


def _form(fields: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for name, value in fields:
        grouped.setdefault(name, []).append(value)
    return grouped


def _multipart(prepared: PreparedRequest) -> list[tuple[str, tuple[str | None, bytes | str, str | None]]]:
    """Multipart parts: the plain fields first, then the files, in the order the operation gave them."""
    parts: list[tuple[str, tuple[str | None, bytes | str, str | None]]] = [
        (name, (None, value, None)) for name, value in prepared.form or ()
    ]
    parts.extend(
        (name, (filename, data, content_type)) for name, (filename, data, content_type) in prepared.files or ()
    )
    return parts


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


class _RedactHttpxUrls(logging.Filter):
    """httpx logs each request's full URL at INFO; a query credential (apiKey `in: query`) would be in it.

    The URL arguments of httpx's records go through `redact_url`, as our own debug line does. Installed on
    the `httpx` logger by name, once per vendored runtime; it only rewrites URL arguments.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(isinstance(arg, httpx.URL) for arg in record.args):
            record.args = tuple(redact_url(arg) if isinstance(arg, httpx.URL) else arg for arg in record.args)
        return True


logging.getLogger("httpx").addFilter(_RedactHttpxUrls())


#: Transport failures worth another attempt: the network, the peer, or a proxy on the way. The others
#: (a URL httpx cannot send, a request h11 refuses to write) fail the same way every time.
_RETRYABLE_TRANSPORT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError, httpx.ProxyError)


def _request_error(operation: str, exc: httpx.RequestError) -> tuple[ApiError, bool]:
    """(error, retryable) for an exception httpx raised while sending or reading."""
    if isinstance(exc, httpx.TimeoutException):
        return ApiTimeoutError(f"{operation} timed out ({type(exc).__name__})"), True
    if isinstance(exc, httpx.DecodingError):  # a Content-Encoding that does not decode: the body is bad
        return ResponseDecodeError(f"{operation}: the response body could not be decoded: {exc}"), False
    peer = _peer(exc)
    if isinstance(exc, httpx.ConnectError) and peer:
        message = f"{operation} could not connect to {peer}: {type(exc).__name__}: {exc}"
    else:
        message = (
            f"{operation} could not complete{f' (sending to {peer})' if peer else ''}: {type(exc).__name__}: {exc}"
        )
    return ApiConnectionError(message), isinstance(exc, _RETRYABLE_TRANSPORT)


def _peer(exc: httpx.RequestError) -> str:
    """The host and port a failed request was sent to (the port its scheme implies when the URL names none)."""
    try:
        url = exc.request.url
    except RuntimeError:  # an error raised outside a request carries none
        return ""
    port = url.port or {"http": 80, "https": 443}.get(url.scheme)
    return f"{url.host}:{port}" if port else url.host


def _outcome(
    settings: TransportSettings, policy: RetryPolicy, prepared: PreparedRequest, response: httpx.Response
) -> tuple[ApiError | None, bool]:
    """(error, retryable) for a response; (None, False) for success."""
    if response.is_success:
        return None, False
    error = decode_error(response, settings.errors, prepared.operation, aws=settings.aws)
    retryable = error.retryable or policy.is_retryable_response(response.status_code, error.code)
    return error, retryable


@dataclass
class _Attempt:
    """What one attempt ended with, and whether and when to try again."""

    response: httpx.Response | None
    error: ApiError | None
    cause: BaseException | None
    delay: float | None


def _judge(
    settings: TransportSettings,
    policy: RetryPolicy,
    prepared: PreparedRequest,
    request: httpx.Request,
    result: httpx.Response | httpx.RequestError,
    attempt: int,
    started: float,
) -> _Attempt:
    """Classify an attempt, log its one debug line, and pick the delay before the next one (None: stop)."""
    headers: Mapping[str, str] | None = None
    if isinstance(result, httpx.Response):
        outcome = str(result.status_code)
        error, retryable = _outcome(settings, policy, prepared, result)
        headers, cause = result.headers, None
    else:
        outcome = type(result).__name__
        error, retryable = _request_error(prepared.operation, result)
        cause = result
    delay = None
    if error is not None and retryable and attempt < policy.max_attempts:
        delay = policy.delay(attempt - 1, headers)
    settings.log_attempt(request, outcome, attempt, policy.max_attempts, started, delay)
    if settings.hooks is not None:
        _run_hooks(settings.hooks, prepared, request, result, error, attempt, started, delay)
    response = result if isinstance(result, httpx.Response) and error is None else None
    return _Attempt(response=response, error=error, cause=cause, delay=delay)


def _run_hooks(
    hooks: Hooks,
    prepared: PreparedRequest,
    request: httpx.Request,
    result: httpx.Response | httpx.RequestError,
    error: ApiError | None,
    attempt: int,
    started: float,
    delay: float | None,
) -> None:
    """`after_response` for a response of any status, then `on_error` for a failed attempt."""
    operation = prepared.operation
    if isinstance(result, httpx.Response) and hooks.after_response is not None:
        elapsed = time.monotonic() - started
        hooks.after_response(ResponseEvent(operation, attempt, request, result, request_id(result.headers), elapsed))
    if error is not None and hooks.on_error is not None:
        hooks.on_error(ErrorEvent(operation, attempt, request, error, error.request_id, delay is not None))


def send(
    client: httpx.Client,
    settings: TransportSettings,
    prepared: PreparedRequest,
    options: RequestOptions,
) -> httpx.Response:
    """Send with retries; return the successful response or raise the last error."""
    policy = settings.policy(options)
    for attempt in range(1, policy.max_attempts + 1):
        request = settings.build(client, prepared, options, attempt)
        if prepared.authenticated:
            settings.auth.apply(request)
        started = time.monotonic()
        try:
            result: httpx.Response | httpx.RequestError = client.send(request)
        except httpx.RequestError as exc:
            result = exc
        judged = _judge(settings, policy, prepared, request, result, attempt, started)
        if judged.response is not None:
            return judged.response
        if judged.delay is None:
            assert judged.error is not None
            raise judged.error from judged.cause
        sleep(judged.delay)
    raise AssertionError("unreachable: the last attempt returns or raises")  # pragma: no cover


async def send_async(
    client: httpx.AsyncClient,
    settings: TransportSettings,
    prepared: PreparedRequest,
    options: RequestOptions,
) -> httpx.Response:
    """The async twin of `send`."""
    policy = settings.policy(options)
    for attempt in range(1, policy.max_attempts + 1):
        request = settings.build(client, prepared, options, attempt)
        if prepared.authenticated:
            await settings.auth.apply_async(request)
        started = time.monotonic()
        try:
            result: httpx.Response | httpx.RequestError = await client.send(request)
        except httpx.RequestError as exc:
            result = exc
        judged = _judge(settings, policy, prepared, request, result, attempt, started)
        if judged.response is not None:
            return judged.response
        if judged.delay is None:
            assert judged.error is not None
            raise judged.error from judged.cause
        await async_sleep(judged.delay)
    raise AssertionError("unreachable: the last attempt returns or raises")  # pragma: no cover
