# Code generated from specs/datadog/agentless_scanning.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: 51f63eb43da4af1bce86c8fa72f3f29e09a3e3b18e9775af3509e900d616d90b
"""Exceptions of Datadog API v2 - Agentless Scanning: `ApiError` and one class per documented error."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from ._runtime.errors import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    CredentialsError,
    PaginationError,
    ParamValidationError,
    ResponseDecodeError,
    WaiterError,
)
from ._runtime.protocol import ErrorTable

if TYPE_CHECKING:  # the models load on first use of .data, not when the errors module is imported
    from pydantic import BaseModel

    from . import models

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "CredentialsError",
    "PaginationError",
    "ParamValidationError",
    "ResponseDecodeError",
    "WaiterError",
    "BadRequestError",
    "ForbiddenError",
    "NotFoundError",
    "RateLimitError",
]


class BadRequestError(ApiError):
    """Bad Request

    HTTP 400.
    """

    retryable = False

    @property
    def data(self) -> models.APIErrorResponse | None:
        """The error body parsed into its spec model, or None when the body does not match it."""
        from . import models

        return _parse(models.APIErrorResponse, self.body)

    @property
    def errors(self) -> list[str] | None:
        """The ``errors`` field of the error body."""
        data = self.data
        return None if data is None else data.errors


class ForbiddenError(ApiError):
    """Not Authorized

    HTTP 403.
    """

    retryable = False

    @property
    def data(self) -> models.APIErrorResponse | None:
        """The error body parsed into its spec model, or None when the body does not match it."""
        from . import models

        return _parse(models.APIErrorResponse, self.body)

    @property
    def errors(self) -> list[str] | None:
        """The ``errors`` field of the error body."""
        data = self.data
        return None if data is None else data.errors


class NotFoundError(ApiError):
    """Not Found

    HTTP 404.
    """

    retryable = False

    @property
    def data(self) -> models.APIErrorResponse | None:
        """The error body parsed into its spec model, or None when the body does not match it."""
        from . import models

        return _parse(models.APIErrorResponse, self.body)

    @property
    def errors(self) -> list[str] | None:
        """The ``errors`` field of the error body."""
        data = self.data
        return None if data is None else data.errors


class RateLimitError(ApiError):
    """Too many requests

    HTTP 429.
    """

    retryable = False

    @property
    def data(self) -> models.APIErrorResponse | None:
        """The error body parsed into its spec model, or None when the body does not match it."""
        from . import models

        return _parse(models.APIErrorResponse, self.body)

    @property
    def errors(self) -> list[str] | None:
        """The ``errors`` field of the error body."""
        data = self.data
        return None if data is None else data.errors


_ModelT = TypeVar("_ModelT", bound="BaseModel")


def _parse(model: type[_ModelT], body: Any) -> _ModelT | None:
    if not isinstance(body, dict):
        return None
    try:
        return model.model_validate(body, by_alias=True, by_name=False)
    except ValueError:
        return None


ERRORS = ErrorTable(
    by_code={},
    by_status={
        400: BadRequestError,
        403: ForbiddenError,
        404: NotFoundError,
        429: RateLimitError,
    },
)
