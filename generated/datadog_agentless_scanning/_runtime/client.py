# Code generated from specs/datadog/agentless_scanning.yaml by this repository's generator (copied verbatim from templates/runtime/client.py). DO NOT EDIT.
# Spec sha256: 863ea50f10dc48d18312d30a6404b6fae2cd25b8b9825a149e9560f0135ef7a9
"""Base classes of generated clients: own or borrow the httpx client, send, decode, raise."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from .errors import ParamValidationError, ResponseDecodeError
from .protocol import ErrorTable, request_id
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

ModelT = TypeVar("ModelT", bound=BaseModel)
ResultT = TypeVar("ResultT")
#: Turns a 2xx body into the operation's result (a model's `model_validate_json`, a TypeAdapter, bytes...).
Decoder = Callable[[bytes], ResultT]


@dataclass(frozen=True)
class RawResponse(Generic[ResultT]):
    """A successful call's parsed result with the HTTP details it came with."""

    parsed: ResultT
    status_code: int
    headers: httpx.Headers
    request_id: str | None
    elapsed_seconds: float


def build_model(model: type[ModelT], values: Mapping[str, Any], operation: str) -> ModelT:
    """Validate arguments through the request model; a violation is a `ParamValidationError`."""
    try:
        return model.model_validate(values)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in error['loc']) or 'body'}: {error['msg']}" for error in exc.errors()
        )
        raise ParamValidationError(f"{operation}: invalid arguments: {problems}") from None


def decode(decoder: Decoder[ResultT], response: httpx.Response, operation: str) -> ResultT:
    """Parse a 2xx body into the operation's result; a body that breaks the spec is a `ResponseDecodeError`."""
    try:
        return decoder(response.content)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "body"
        detail = f"{exc.error_count()} problem(s); first at {where}: {first['msg']}"
    except (ValueError, UnicodeDecodeError) as exc:
        detail = f"{type(exc).__name__}: {exc}"
    raise ResponseDecodeError(
        f"{operation}: the HTTP {response.status_code} response does not match the spec ({detail})",
        status_code=response.status_code,
        body=response.text[:1000],
        request_id=request_id(response.headers),
        headers=response.headers,
    )


def _settings(
    *,
    base_url: str,
    auth: Auth,
    timeout: TimeoutTypes,
    max_retries: int,
    errors: ErrorTable,
    aws: bool,
    logger_name: str,
    apply_host_prefix: bool,
    retryable_codes: frozenset[str],
    user_agent: str,
    fixed_base_url: bool,
) -> TransportSettings:
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
    )


class SyncApiClient:
    """Owns the transport settings and (unless given one) the `httpx.Client` of a generated client."""

    def __init__(
        self,
        *,
        base_url: str,
        auth: Auth,
        errors: ErrorTable,
        aws: bool,
        logger_name: str,
        http_client: httpx.Client | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        apply_host_prefix: bool = True,
        retryable_codes: frozenset[str] = frozenset(),
        user_agent: str = "",
        fixed_base_url: bool = False,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError("http_client must be an httpx.Client (use the Async client class for httpx.AsyncClient)")
        self._settings = _settings(
            base_url=base_url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            errors=errors,
            aws=aws,
            logger_name=logger_name,
            apply_host_prefix=apply_host_prefix,
            retryable_codes=retryable_codes,
            user_agent=user_agent,
            fixed_base_url=fixed_base_url,
        )
        self._owns_http_client = http_client is None
        self._http = http_client if http_client is not None else httpx.Client()

    @property
    def base_url(self) -> str:
        return str(self._settings.base_url)

    def _send(self, prepared: PreparedRequest, options: RequestOptions) -> httpx.Response:
        return send(self._http, self._settings, prepared, options)

    def _call(self, prepared: PreparedRequest, decoder: Decoder[ResultT], options: RequestOptions) -> ResultT:
        return decode(decoder, self._send(prepared, options), prepared.operation)

    def _call_raw(
        self, prepared: PreparedRequest, decoder: Decoder[ResultT], options: RequestOptions
    ) -> RawResponse[ResultT]:
        response = self._send(prepared, options)
        return RawResponse(
            parsed=decode(decoder, response, prepared.operation),
            status_code=response.status_code,
            headers=response.headers,
            request_id=request_id(response.headers),
            elapsed_seconds=response.elapsed.total_seconds(),
        )

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

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"


class AsyncApiClient:
    """The async twin of `SyncApiClient`, over an `httpx.AsyncClient`."""

    def __init__(
        self,
        *,
        base_url: str,
        auth: Auth,
        errors: ErrorTable,
        aws: bool,
        logger_name: str,
        http_client: httpx.AsyncClient | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        apply_host_prefix: bool = True,
        retryable_codes: frozenset[str] = frozenset(),
        user_agent: str = "",
        fixed_base_url: bool = False,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError("http_client must be an httpx.AsyncClient (use the sync client class for httpx.Client)")
        self._settings = _settings(
            base_url=base_url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            errors=errors,
            aws=aws,
            logger_name=logger_name,
            apply_host_prefix=apply_host_prefix,
            retryable_codes=retryable_codes,
            user_agent=user_agent,
            fixed_base_url=fixed_base_url,
        )
        self._owns_http_client = http_client is None
        self._http = http_client if http_client is not None else httpx.AsyncClient()

    @property
    def base_url(self) -> str:
        return str(self._settings.base_url)

    async def _send(self, prepared: PreparedRequest, options: RequestOptions) -> httpx.Response:
        return await send_async(self._http, self._settings, prepared, options)

    async def _call(self, prepared: PreparedRequest, decoder: Decoder[ResultT], options: RequestOptions) -> ResultT:
        return decode(decoder, await self._send(prepared, options), prepared.operation)

    async def _call_raw(
        self, prepared: PreparedRequest, decoder: Decoder[ResultT], options: RequestOptions
    ) -> RawResponse[ResultT]:
        response = await self._send(prepared, options)
        return RawResponse(
            parsed=decode(decoder, response, prepared.operation),
            status_code=response.status_code,
            headers=response.headers,
            request_id=request_id(response.headers),
            elapsed_seconds=response.elapsed.total_seconds(),
        )

    async def close(self) -> None:
        if self._owns_http_client:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"
