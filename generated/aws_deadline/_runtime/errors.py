# Code generated from templates/runtime/errors.py by this repository's generator (copied verbatim). DO NOT EDIT.
# Runtime sha256: f45f43814e5fcd340f23ea81695a7703bfd2769436907df493bf53aff54ba834
"""Exceptions raised by generated clients.

`ApiError` is the base of everything a client raises for a failed call; generated packages subclass it
once per documented error. Invalid arguments are `ParamValidationError`, a `ValueError`, raised before
anything is sent. Messages never include credentials or request headers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_MAX_BODY_IN_MESSAGE = 300


class ApiError(Exception):
    """A call failed: an error status, a connection problem, or a response that cannot be decoded."""

    #: Error code this class stands for (AWS error code), or None.
    code: str | None = None
    #: Whether the service documents this error as retryable.
    retryable: bool = False

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        body: Any = None,
        request_id: str | None = None,
        code: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.body = body
        self.request_id = request_id
        if code is not None:
            self.code = code
        self.headers: Mapping[str, str] = dict(headers or {})

    def __str__(self) -> str:
        parts = [self.message]
        if self.request_id:
            parts.append(f"(request id: {self.request_id})")
        return " ".join(parts)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code!r}, code={self.code!r}, "
            f"request_id={self.request_id!r}, message={self.message!r})"
        )


class ApiConnectionError(ApiError):
    """The request could not be sent or the response could not be read (after retries)."""


class ApiTimeoutError(ApiConnectionError):
    """The request timed out (after retries)."""


class ResponseDecodeError(ApiError):
    """The service answered with a success status but a body that does not match the spec."""


class CredentialsError(ApiError):
    """No usable credentials were found, or they could not be refreshed."""


class PaginationError(ApiError):
    """A paginator stopped: the service handed back a page token it had returned before (it would loop for ever)."""


class ParamValidationError(ValueError):
    """An argument breaks the spec (pattern, range, length, required); nothing was sent."""


class WaiterError(Exception):
    """A waiter reached a failure state, or gave up after its maximum wait."""

    def __init__(
        self,
        message: str,
        *,
        reason: str,
        last_response: Any = None,
        last_error: Exception | None = None,
        attempts: int = 0,
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.last_response = last_response
        self.last_error = last_error
        self.attempts = attempts

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's default pickling calls cls(*args), which the keyword-only `reason` refuses; without this
        # a WaiterError raised in a process pool worker cannot travel back to the caller.
        return (_restore, (type(self), self.args, dict(self.__dict__)))


def _restore(cls: type[WaiterError], args: tuple[Any, ...], state: dict[str, Any]) -> WaiterError:
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


def describe_body(body: Any) -> str:
    """A short, single-line rendering of an error body for exception messages."""
    text = body if isinstance(body, str) else repr(body)
    text = " ".join(text.split())
    if len(text) > _MAX_BODY_IN_MESSAGE:
        text = text[:_MAX_BODY_IN_MESSAGE] + "..."
    return text
