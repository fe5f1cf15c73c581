# Code generated from specs/aws/deadline.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: e6cfeb1d7ad06f75316ea76f4f0c7f4de236db7aeb1c2f3de5f6b5f61723b0f0
"""Exceptions of AWS Deadline Cloud: `ApiError` and one class per documented error."""

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
    "ValidationException",
    "AccessDeniedException",
    "ResourceNotFoundException",
    "ThrottlingException",
    "InternalServerErrorException",
]


class ValidationException(ApiError):
    """The request isn't valid. This can occur if your request contains malformed JSON or unsupported
        characters.

    Error code ``ValidationException``, HTTP 400.
    """

    code: str | None = "ValidationException"
    retryable = False

    @property
    def data(self) -> models.ValidationException | None:
        """The error body parsed into its spec model, or None when the body does not match it."""
        from . import models

        return _parse(models.ValidationException, self.body)

    @property
    def reason(self) -> models.ValidationExceptionReason | None:
        """The ``reason`` field of the error body."""
        data = self.data
        return None if data is None else data.reason

    @property
    def field_list(self) -> list[models.ValidationExceptionField] | None:
        """The ``fieldList`` field of the error body."""
        data = self.data
        return None if data is None else data.field_list

    @property
    def context(self) -> dict[str, str] | None:
        """The ``context`` field of the error body."""
        data = self.data
        return None if data is None else data.context


class AccessDeniedException(ApiError):
    """You don't have permission to perform the action.

    Error code ``AccessDeniedException``, HTTP 403.
    """

    code: str | None = "AccessDeniedException"
    retryable = False

    @property
    def data(self) -> models.AccessDeniedException | None:
        """The error body parsed into its spec model, or None when the body does not match it."""
        from . import models

        return _parse(models.AccessDeniedException, self.body)

    @property
    def context(self) -> dict[str, str] | None:
        """The ``context`` field of the error body."""
        data = self.data
        return None if data is None else data.context


class ResourceNotFoundException(ApiError):
    """The requested resource can't be found.

    Error code ``ResourceNotFoundException``, HTTP 404.
    """

    code: str | None = "ResourceNotFoundException"
    retryable = False

    @property
    def data(self) -> models.ResourceNotFoundException | None:
        """The error body parsed into its spec model, or None when the body does not match it."""
        from . import models

        return _parse(models.ResourceNotFoundException, self.body)

    @property
    def resource_id(self) -> str | None:
        """The ``resourceId`` field of the error body."""
        data = self.data
        return None if data is None else data.resource_id

    @property
    def resource_type(self) -> str | None:
        """The ``resourceType`` field of the error body."""
        data = self.data
        return None if data is None else data.resource_type

    @property
    def context(self) -> dict[str, str] | None:
        """The ``context`` field of the error body."""
        data = self.data
        return None if data is None else data.context


class ThrottlingException(ApiError):
    """Your request exceeded a request rate quota.

    Error code ``ThrottlingException``, HTTP 429. Retried automatically.
    """

    code: str | None = "ThrottlingException"
    retryable = True

    @property
    def data(self) -> models.ThrottlingException | None:
        """The error body parsed into its spec model, or None when the body does not match it."""
        from . import models

        return _parse(models.ThrottlingException, self.body)

    @property
    def service_code(self) -> str | None:
        """The ``serviceCode`` field of the error body."""
        data = self.data
        return None if data is None else data.service_code

    @property
    def quota_code(self) -> str | None:
        """The ``quotaCode`` field of the error body."""
        data = self.data
        return None if data is None else data.quota_code

    @property
    def context(self) -> dict[str, str] | None:
        """The ``context`` field of the error body."""
        data = self.data
        return None if data is None else data.context


class InternalServerErrorException(ApiError):
    """Deadline Cloud can't process your request right now. Try again later.

    Error code ``InternalServerErrorException``, HTTP 500. Retried automatically.
    """

    code: str | None = "InternalServerErrorException"
    retryable = True

    @property
    def data(self) -> models.InternalServerErrorException | None:
        """The error body parsed into its spec model, or None when the body does not match it."""
        from . import models

        return _parse(models.InternalServerErrorException, self.body)


_ModelT = TypeVar("_ModelT", bound="BaseModel")


def _parse(model: type[_ModelT], body: Any) -> _ModelT | None:
    if not isinstance(body, dict):
        return None
    try:
        return model.model_validate(body, by_alias=True, by_name=False)
    except ValueError:
        return None


ERRORS = ErrorTable(
    by_code={
        "ValidationException": ValidationException,
        "AccessDeniedException": AccessDeniedException,
        "ResourceNotFoundException": ResourceNotFoundException,
        "ThrottlingException": ThrottlingException,
        "InternalServerErrorException": InternalServerErrorException,
    },
    by_status={},
)
