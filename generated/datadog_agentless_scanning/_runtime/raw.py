# Code generated from templates/runtime/raw.py by this repository's generator (copied verbatim). DO NOT EDIT.
# Runtime sha256: f020d155d09f53248f29127f857696022068d663703b95ee144537d15989da52
"""`client.with_raw_response`: the client's own methods, wrapped to return the HTTP details with the result.

The wrapper keeps the method's exact signature (`ParamSpec`), so each operation's signature is written once,
in the client. It marks the call in a context variable; the client hands the successful response to the
marker (`keep_response`) and returns the parsed result as usual; the wrapper pairs the two. The marker is
per call and per context (thread, asyncio task), so concurrent calls never see each other's response.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Coroutine
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Generic, ParamSpec, TypeVar

import httpx

from .protocol import request_id

P = ParamSpec("P")
ResultT = TypeVar("ResultT")


@dataclass(frozen=True)
class RawResponse(Generic[ResultT]):
    """A successful call's parsed result with the HTTP details it came with."""

    parsed: ResultT
    status_code: int
    headers: httpx.Headers
    request_id: str | None
    elapsed_seconds: float


class _Marker:
    """Where the client leaves the response of a call made through a raw wrapper."""

    __slots__ = ("response",)

    def __init__(self) -> None:
        self.response: httpx.Response | None = None

    def raw_response(self, parsed: ResultT, method: Callable[..., object]) -> RawResponse[ResultT]:
        response = self.response
        if response is None:
            raise RuntimeError(f"{getattr(method, '__qualname__', method)!r} returned without making an HTTP call")
        return RawResponse(
            parsed=parsed,
            status_code=response.status_code,
            headers=response.headers,
            request_id=request_id(response.headers),
            elapsed_seconds=response.elapsed.total_seconds(),
        )


_marker: ContextVar[_Marker | None] = ContextVar("raw_response_marker", default=None)


def keep_response(response: httpx.Response) -> None:
    """Hand a successful response to the raw wrapper this call runs under, if any (else a no-op)."""
    marker = _marker.get()
    if marker is not None:
        marker.response = response


def to_raw_response_wrapper(method: Callable[P, ResultT]) -> Callable[P, RawResponse[ResultT]]:
    """`method` with the same parameters, returning its result inside a `RawResponse`."""

    @functools.wraps(method)
    def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[ResultT]:
        marker = _Marker()
        token = _marker.set(marker)
        try:
            parsed = method(*args, **kwargs)
        finally:
            _marker.reset(token)
        return marker.raw_response(parsed, method)

    return raw


def async_to_raw_response_wrapper(
    method: Callable[P, Coroutine[Any, Any, ResultT]],
) -> Callable[P, Coroutine[Any, Any, RawResponse[ResultT]]]:
    """The async twin of `to_raw_response_wrapper` (a coroutine function, so `asyncio.create_task` takes it)."""

    @functools.wraps(method)
    async def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[ResultT]:
        marker = _Marker()
        token = _marker.set(marker)
        try:
            parsed = await method(*args, **kwargs)
        finally:
            _marker.reset(token)
        return marker.raw_response(parsed, method)

    return raw
