# Code generated from templates/runtime/client.py by this repository's generator (copied verbatim). DO NOT EDIT.
# Runtime sha256: 4e829f629bf21a925958e151ddfdcc42b6cc74a251357d1aeadb9bfe87aa2084
"""Base classes of generated clients: own or borrow the httpx client, send, decode, raise."""

from __future__ import annotations

import datetime
import functools
import gc
import http.client
import http.cookiejar
import inspect
import logging
import ssl
import threading
import time
import urllib.request
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

import httpx

from .errors import ParamValidationError, ResponseDecodeError
from .hooks import Hooks
from .protocol import ErrorTable, request_id
from .raw import keep_response
from .retry import DEFAULT_MAX_RETRIES, RetryPolicy
from .transport import (
    DEFAULT_TIMEOUT,
    Auth,
    PreparedRequest,
    RequestOptions,
    TimeoutTypes,
    TransportSettings,
    as_timeout,
    send,
    send_async,
)

if TYPE_CHECKING:  # pydantic is imported by the models, on the first call; building a client does not need it
    from pydantic import BaseModel

ModelT = TypeVar("ModelT", bound="BaseModel")
ResultT = TypeVar("ResultT")
#: Turns a 2xx body into the operation's result (a model's `model_validate_json`, a TypeAdapter, bytes...).
Decoder = Callable[[bytes], ResultT]


def build_model(model: type[ModelT], values: Mapping[str, Any], operation: str) -> ModelT:
    """Validate arguments through the request model; a violation is a `ParamValidationError`."""
    try:
        return model.model_validate(values, by_alias=True, by_name=False)  # keys are wire names
    except ValueError as exc:  # pydantic's ValidationError
        if not hasattr(exc, "errors"):
            raise
        problems = "; ".join(
            f"{'.'.join(str(part) for part in error['loc']) or 'body'}: {error['msg']}" for error in exc.errors()
        )
        raise ParamValidationError(f"{operation}: invalid arguments: {problems}") from None


def decode(decoder: Decoder[ResultT], response: httpx.Response, operation: str) -> ResultT:
    """Parse a 2xx body into the operation's result; a body that breaks the spec is a `ResponseDecodeError`.

    The cyclic garbage collector is paused while the models are built: a large response creates thousands
    of model instances (none in a reference cycle), and the collections their allocations trigger walk
    every object of the process, young and old — measured at 1.5–3× the cost of the decode itself in a
    process that has imported a few big libraries (bench/RESULTS.md). Collection resumes right after
    (concurrent decodes in threads leave it on: only a call that found it on turns it back on).
    """
    collecting = gc.isenabled()
    if collecting:
        gc.disable()
    try:
        return decoder(response.content)
    except ValueError as exc:  # pydantic's ValidationError, a bad JSON text, a bad UTF-8 body
        if hasattr(exc, "errors"):
            problems = exc.errors()
            first = problems[0]
            where = ".".join(str(part) for part in first["loc"]) or "body"
            detail = f"{len(problems)} problem(s); first at {where}: {first['msg']}"
        else:
            detail = f"{type(exc).__name__}: {exc}"
    finally:
        if collecting:
            gc.enable()
    raise ResponseDecodeError(
        f"{operation}: the HTTP {response.status_code} response does not match the spec ({detail})",
        status_code=response.status_code,
        body=response.text[:1000],
        request_id=request_id(response.headers),
        headers=response.headers,
    )


def _result(decoder: Decoder[ResultT], response: httpx.Response, operation: str) -> ResultT:
    """A call's result from its successful response, the one step the sync and async clients share after I/O:
    decode it, and hand the response to a `with_raw_response` wrapper if the call runs under one."""
    result = decode(decoder, response, operation)
    keep_response(response)
    return result


@functools.cache
def _shared_ssl_context() -> ssl.SSLContext:
    """httpx's default TLS context (certifi, or SSL_CERT_FILE/SSL_CERT_DIR), built once per process.

    httpx builds one per client, and loading the CA bundle is most of the cost of creating a client.
    """
    return httpx.create_ssl_context()


@functools.cache
def _no_tls_context() -> ssl.SSLContext:
    """The context of the plain-http transport: it trusts no certificate, so no TLS connection can succeed
    through it (https requests go to the other transport), and creating it loads nothing."""
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def _verify_for(scheme: str) -> ssl.SSLContext:
    """https: httpx's default context, its CA bundle loaded once per process at the first https request (~25 ms);
    a plain-http endpoint (a local fake, an emulator, a sidecar) never needs it."""
    return _shared_ssl_context() if scheme == "https" else _no_tls_context()


class _LazyTransport(httpx.BaseTransport):
    """One `httpx.HTTPTransport` per URL scheme, created at the first request of that scheme, so that
    constructing a client stays cheap and only https loads the CA bundle."""

    def __init__(self) -> None:
        self._transports: dict[str, httpx.HTTPTransport] = {}
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        scheme = request.url.scheme
        transport = self._transports.get(scheme)
        if transport is None:
            with self._lock:
                transport = self._transports.get(scheme)
                if transport is None:
                    transport = self._transports[scheme] = httpx.HTTPTransport(verify=_verify_for(scheme))
        return transport.handle_request(request)

    def close(self) -> None:
        for transport in self._transports.values():
            transport.close()


class _LazyAsyncTransport(httpx.AsyncBaseTransport):
    """The async twin of `_LazyTransport` (one event loop at a time, so no lock)."""

    def __init__(self) -> None:
        self._transports: dict[str, httpx.AsyncHTTPTransport] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        scheme = request.url.scheme
        transport = self._transports.get(scheme)
        if transport is None:
            transport = self._transports[scheme] = httpx.AsyncHTTPTransport(verify=_verify_for(scheme))
        return await transport.handle_async_request(request)

    async def aclose(self) -> None:
        for transport in self._transports.values():
            await transport.aclose()


_httpx_logger = logging.getLogger("httpx")


def _direct_sending_allowed() -> bool:
    """No proxy in the environment: every request of an owned client goes to its one transport."""
    return not urllib.request.getproxies()


def _finish(request: httpx.Request, response: httpx.Response, started: float) -> None:
    """What `httpx.Client.send` does to a response besides cookies, hooks and redirects."""
    response.request = request
    response.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)
    if _httpx_logger.isEnabledFor(logging.INFO):  # the line httpx logs for every request
        _httpx_logger.info(
            'HTTP Request: %s %s "%s %d %s"',
            request.method,
            request.url,
            response.http_version,
            response.status_code,
            response.reason_phrase,
        )


#: Live read-only views of the httpx client classes' attributes (a patch made later shows in them), and httpx's
#: own `send` methods under any wrapper already installed when this module was imported (wrapt's wrappers and
#: `functools.wraps` keep the original in `__wrapped__`).
_CLIENT_ATTRIBUTES = vars(httpx.Client)
_ASYNC_CLIENT_ATTRIBUTES = vars(httpx.AsyncClient)
_HTTPX_SEND = inspect.unwrap(_CLIENT_ATTRIBUTES["send"])
_HTTPX_ASYNC_SEND = inspect.unwrap(_ASYNC_CLIENT_ATTRIBUTES["send"])


def _send_instrumented() -> bool:
    """A tracer wrapped `httpx.Client.send` (ddtrace's httpx integration does): go through it, so that each
    attempt gets its span and propagation headers. One dict lookup per request, so it follows a tracer
    patched or unpatched at any time. Tracers that wrap the transport (OpenTelemetry's) see the direct path."""
    return _CLIENT_ATTRIBUTES["send"] is not _HTTPX_SEND


def _async_send_instrumented() -> bool:
    """The async twin of `_send_instrumented`, for `httpx.AsyncClient.send`."""
    return _ASYNC_CLIENT_ATTRIBUTES["send"] is not _HTTPX_ASYNC_SEND


class _NoCookies(http.cookiejar.CookieJar):
    """The owned clients' cookie jar: it keeps nothing, so calls stay independent (as in boto3 and Datadog's
    client) on every path, the direct one and `httpx.Client.send` (a proxy, a tracer)."""

    def set_cookie(self, cookie: http.cookiejar.Cookie) -> None:
        return None

    def extract_cookies(self, response: http.client.HTTPResponse, request: urllib.request.Request) -> None:
        return None


def _plain(request: httpx.Request) -> bool:
    """A request `httpx.Client.send` would not change: its timeout set, no credentials in the URL."""
    return "timeout" in request.extensions and not request.url.userinfo


class _OwnedClient(httpx.Client):
    """The `httpx.Client` a generated client creates when it is not given one.

    Its `send` hands the request straight to the transport: an API client needs none of what
    `httpx.Client.send` adds per request (auth flows, redirects, event hooks, and a cookie jar that parses
    every response through `http.cookiejar`), and skipping it saves about a quarter of the client-side
    cost of a small call (bench/RESULTS.md). So cookies are not kept between calls, as in boto3 and
    Datadog's client. With a proxy in the environment, anything unusual asked of `send`, or a tracer that
    wrapped `httpx.Client.send` (ddtrace), it is plain `httpx.Client.send`.
    """

    def __init__(self) -> None:
        self._lazy = _LazyTransport()
        super().__init__(transport=self._lazy, cookies=_NoCookies())
        self._direct = _direct_sending_allowed()

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        if kwargs or not self._direct or not _plain(request) or self.is_closed or _send_instrumented():
            return super().send(request, **kwargs)
        started = time.perf_counter()
        try:
            response = self._lazy.handle_request(request)
        except httpx.RequestError as exc:
            exc.request = request
            raise
        try:
            response.read()
        except BaseException:
            response.close()
            raise
        _finish(request, response, started)
        return response


class _OwnedAsyncClient(httpx.AsyncClient):
    """The async twin of `_OwnedClient`."""

    def __init__(self) -> None:
        self._lazy = _LazyAsyncTransport()
        super().__init__(transport=self._lazy, cookies=_NoCookies())
        self._direct = _direct_sending_allowed()

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        if kwargs or not self._direct or not _plain(request) or self.is_closed or _async_send_instrumented():
            return await super().send(request, **kwargs)
        started = time.perf_counter()
        try:
            response = await self._lazy.handle_async_request(request)
        except httpx.RequestError as exc:
            exc.request = request
            raise
        try:
            await response.aread()
        except BaseException:
            await response.aclose()
            raise
        _finish(request, response, started)
        return response


def client_settings(
    *,
    base_url: str,
    auth: Auth,
    errors: ErrorTable,
    aws: bool,
    logger_name: str,
    timeout: TimeoutTypes = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    apply_host_prefix: bool = True,
    retryable_codes: frozenset[str] = frozenset(),
    user_agent: str = "",
    fixed_base_url: bool = False,
    default_headers: Mapping[str, str] | None = None,
    hooks: Hooks | None = None,
) -> TransportSettings:
    """What a generated client's constructor resolved, for `SyncApiClient`/`AsyncApiClient`."""
    if hooks is not None and not isinstance(hooks, Hooks):
        raise TypeError(f"hooks must be a Hooks(before_attempt=..., after_response=..., on_error=...), not {hooks!r}")
    return TransportSettings(
        base_url=httpx.URL(base_url),
        auth=auth,
        timeout=as_timeout(timeout),
        retry=RetryPolicy(max_retries=max_retries, retryable_codes=retryable_codes),
        errors=errors,
        aws=aws,
        logger=logging.getLogger(logger_name),
        apply_host_prefix=apply_host_prefix,
        user_agent=user_agent,
        fixed_base_url=fixed_base_url,
        default_headers=_header_mapping(default_headers),
        hooks=hooks,
    )


def _header_mapping(headers: Mapping[str, str] | None) -> dict[str, str]:
    """The client's `default_headers`, checked once here rather than failing inside every call."""
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise TypeError(f"default_headers must be a mapping of header names to values, not {type(headers).__name__}")
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError(f"default_headers: names and values must be str, got {name!r}: {type(value).__name__}")
    return dict(headers)


class SyncApiClient:
    """Owns the transport settings and (unless given one) the `httpx.Client` of a generated client."""

    def __init__(self, settings: TransportSettings, http_client: httpx.Client | None = None) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError("http_client must be an httpx.Client (use the Async client class for httpx.AsyncClient)")
        self._settings = settings
        self._owns_http_client = http_client is None
        self._http = http_client if http_client is not None else _OwnedClient()

    @property
    def base_url(self) -> str:
        return str(self._settings.base_url)

    def _send(self, prepared: PreparedRequest, options: RequestOptions) -> httpx.Response:
        return send(self._http, self._settings, prepared, options)

    def _call(self, prepared: PreparedRequest, decoder: Decoder[ResultT], options: RequestOptions) -> ResultT:
        return _result(decoder, self._send(prepared, options), prepared.operation)

    def close(self) -> None:
        """Close the HTTP connection pool, unless it was passed in by the caller."""
        if self._owns_http_client:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    #: The constructor keyword that sets `base_url` (AWS clients call it `endpoint_url`), so that the repr
    #: reads as the call that builds the same client.
    _endpoint_keyword: ClassVar[str] = "base_url"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._endpoint_keyword}={self.base_url!r})"


class AsyncApiClient:
    """The async twin of `SyncApiClient`, over an `httpx.AsyncClient`."""

    def __init__(self, settings: TransportSettings, http_client: httpx.AsyncClient | None = None) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError("http_client must be an httpx.AsyncClient (use the sync client class for httpx.Client)")
        self._settings = settings
        self._owns_http_client = http_client is None
        self._http = http_client if http_client is not None else _OwnedAsyncClient()

    @property
    def base_url(self) -> str:
        return str(self._settings.base_url)

    async def _send(self, prepared: PreparedRequest, options: RequestOptions) -> httpx.Response:
        return await send_async(self._http, self._settings, prepared, options)

    async def _call(self, prepared: PreparedRequest, decoder: Decoder[ResultT], options: RequestOptions) -> ResultT:
        return _result(decoder, await self._send(prepared, options), prepared.operation)

    async def close(self) -> None:
        if self._owns_http_client:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.close()

    #: The constructor keyword that sets `base_url` (AWS clients call it `endpoint_url`), so that the repr
    #: reads as the call that builds the same client.
    _endpoint_keyword: ClassVar[str] = "base_url"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._endpoint_keyword}={self.base_url!r})"
