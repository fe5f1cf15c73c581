# Code generated from specs/aws/ecs.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: 94a23f38c2605a051b13413dfb52041bfa9bdb27624586ed1017c532f4c9f02b
"""Exceptions of Amazon Elastic Container Service: `ApiError` and one class per documented error."""

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
    "ClientException",
    "ClusterNotFoundException",
    "InvalidParameterException",
    "ServerException",
]


class ClientException(ApiError):
    """These errors are usually caused by a client action. This client action might be using an action
        or resource on behalf of a user that doesn't have permissions to use the action or resource. Or,
        it might be specifying an identifier that isn't valid.

    Error code ``ClientException``, HTTP 400.
    """

    code: str | None = "ClientException"
    retryable = False

    @property
    def data(self) -> models.ClientException | None:
        """The error body parsed into its spec model, or None when the body does not match it."""
        from . import models

        return _parse(models.ClientException, self.body)

    @property
    def field__type(self) -> str | None:
        """The ``__type`` field of the error body."""
        data = self.data
        return None if data is None else data.field__type


class ClusterNotFoundException(ApiError):
    """The specified cluster wasn't found. You can view your available clusters with ListClusters.
        Amazon ECS clusters are Region specific.

    Error code ``ClusterNotFoundException``, HTTP 400.
    """

    code: str | None = "ClusterNotFoundException"
    retryable = False

    @property
    def data(self) -> models.ClusterNotFoundException | None:
        """The error body parsed into its spec model, or None when the body does not match it."""
        from . import models

        return _parse(models.ClusterNotFoundException, self.body)

    @property
    def field__type(self) -> str | None:
        """The ``__type`` field of the error body."""
        data = self.data
        return None if data is None else data.field__type


class InvalidParameterException(ApiError):
    """The specified parameter isn't valid. Review the available parameters for the API request.

        For more information about service event errors, see Amazon ECS service event messages.

    Error code ``InvalidParameterException``, HTTP 400.
    """

    code: str | None = "InvalidParameterException"
    retryable = False

    @property
    def data(self) -> models.InvalidParameterException | None:
        """The error body parsed into its spec model, or None when the body does not match it."""
        from . import models

        return _parse(models.InvalidParameterException, self.body)

    @property
    def field__type(self) -> str | None:
        """The ``__type`` field of the error body."""
        data = self.data
        return None if data is None else data.field__type


class ServerException(ApiError):
    """These errors are usually caused by a server issue.

    Error code ``ServerException``, HTTP 500. Retried automatically.
    """

    code: str | None = "ServerException"
    retryable = True

    @property
    def data(self) -> models.ServerException | None:
        """The error body parsed into its spec model, or None when the body does not match it."""
        from . import models

        return _parse(models.ServerException, self.body)

    @property
    def field__type(self) -> str | None:
        """The ``__type`` field of the error body."""
        data = self.data
        return None if data is None else data.field__type


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
        "ClientException": ClientException,
        "ClusterNotFoundException": ClusterNotFoundException,
        "InvalidParameterException": InvalidParameterException,
        "ServerException": ServerException,
    },
    by_status={},
)
