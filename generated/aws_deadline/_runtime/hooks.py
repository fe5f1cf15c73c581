# Code generated from templates/runtime/hooks.py by this repository's generator (copied verbatim). DO NOT EDIT.
# Runtime sha256: 62b368c19e1d688170dd5e362a1c9e6887fe49e4e08e3bee0b9da55a59591745
"""Caller callbacks around every attempt of every call (`hooks=` on a client's constructor).

`before_attempt` runs once the attempt's request is built, before credentials are added (so a header it sets is
signed like the operation's own); `after_response` runs for every HTTP response, success or not; `on_error` for
every attempt that failed (an error status or a transport error), saying whether another attempt follows. The
sync and async clients call them from the same retry loop, as plain functions. An exception raised by a hook
ends the call and reaches the caller unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import httpx

from .errors import ApiError


@dataclass(frozen=True)
class RequestEvent:
    """An attempt about to be sent; `request.headers` may be changed (credentials are added afterwards)."""

    operation: str
    #: 1 for the first attempt of a call, 2 for its first retry, ...
    attempt: int
    request: httpx.Request

    @property
    def headers(self) -> httpx.Headers:
        return self.request.headers


@dataclass(frozen=True)
class ResponseEvent:
    """An attempt that got an HTTP response (any status)."""

    operation: str
    attempt: int
    request: httpx.Request
    response: httpx.Response
    #: the service's id for this request (x-amzn-RequestId, x-datadog-request-id, ...), None if it sent none
    request_id: str | None
    #: seconds from sending the request to the end of its response body
    elapsed: float


@dataclass(frozen=True)
class ErrorEvent:
    """An attempt that failed: `error` is what the call raises if no other attempt follows."""

    operation: str
    attempt: int
    request: httpx.Request
    error: ApiError
    #: the service's id for this request, None for a transport error or a response without one
    request_id: str | None
    #: True when the call will try again (after a backoff), False when `error` is about to be raised
    will_retry: bool


BeforeAttempt = Callable[[RequestEvent], None]
AfterResponse = Callable[[ResponseEvent], None]
OnError = Callable[[ErrorEvent], None]


@dataclass(frozen=True)
class Hooks:
    """The callbacks a client runs around each attempt; any of them may be left out."""

    before_attempt: BeforeAttempt | None = None
    after_response: AfterResponse | None = None
    on_error: OnError | None = None
