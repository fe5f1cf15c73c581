# Code generated from specs/aws/ecs.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: 20b4fd6942cf60d8e24d9c25ebf53ed94486998b7836acfab5a32a3f73525245
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
    "AccessDeniedException",
    "BlockedException",
    "ClientException",
    "ClusterNotFoundException",
    "ConflictException",
    "InvalidParameterException",
    "PlatformTaskDefinitionIncompatibilityException",
    "PlatformUnknownException",
    "ServiceNotFoundException",
    "UnsupportedFeatureException",
    "ServerException",
]


class AccessDeniedException(ApiError):
    """You don't have authorization to perform the requested action.

    Error code ``AccessDeniedException``, HTTP 400.
    """

    code: str | None = "AccessDeniedException"
    retryable = False

    @property
    def data(self) -> models.AccessDeniedException | None:
        """The error body parsed into its spec model, or None when the body does not match it."""
        from . import models

        return _parse(models.AccessDeniedException, self.body)

    @property
    def field__type(self) -> str | None:
        """The ``__type`` field of the error body."""
        data = self.data
        return None if data is None else data.field__type


class BlockedException(ApiError):
    """Your Amazon Web Services account was blocked. For more information, contact Amazon Web Services
        Support.

    Error code ``BlockedException``, HTTP 400.
    """

    code: str | None = "BlockedException"
    retryable = False

    @property
    def data(self) -> models.BlockedException | None:
        """The error body parsed into its spec model, or None when the body does not match it."""
        from . import models

        return _parse(models.BlockedException, self.body)

    @property
    def field__type(self) -> str | None:
        """The ``__type`` field of the error body."""
        data = self.data
        return None if data is None else data.field__type


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


class ConflictException(ApiError):
    """The request could not be processed because of conflict in the current state of the resource.

    Error code ``ConflictException``, HTTP 400.
    """

    code: str | None = "ConflictException"
    retryable = False

    @property
    def data(self) -> models.ConflictException | None:
        """The error body parsed into its spec model, or None when the body does not match it."""
        from . import models

        return _parse(models.ConflictException, self.body)

    @property
    def field__type(self) -> str | None:
        """The ``__type`` field of the error body."""
        data = self.data
        return None if data is None else data.field__type

    @property
    def resource_ids(self) -> list[str] | None:
        """The ``resourceIds`` field of the error body."""
        data = self.data
        return None if data is None else data.resource_ids


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


class PlatformTaskDefinitionIncompatibilityException(ApiError):
    """The specified platform version doesn't satisfy the required capabilities of the task definition.

    Error code ``PlatformTaskDefinitionIncompatibilityException``, HTTP 400.
    """

    code: str | None = "PlatformTaskDefinitionIncompatibilityException"
    retryable = False

    @property
    def data(self) -> models.PlatformTaskDefinitionIncompatibilityException | None:
        """The error body parsed into its spec model, or None when the body does not match it."""
        from . import models

        return _parse(models.PlatformTaskDefinitionIncompatibilityException, self.body)

    @property
    def field__type(self) -> str | None:
        """The ``__type`` field of the error body."""
        data = self.data
        return None if data is None else data.field__type


class PlatformUnknownException(ApiError):
    """The specified platform version doesn't exist.

    Error code ``PlatformUnknownException``, HTTP 400.
    """

    code: str | None = "PlatformUnknownException"
    retryable = False

    @property
    def data(self) -> models.PlatformUnknownException | None:
        """The error body parsed into its spec model, or None when the body does not match it."""
        from . import models

        return _parse(models.PlatformUnknownException, self.body)

    @property
    def field__type(self) -> str | None:
        """The ``__type`` field of the error body."""
        data = self.data
        return None if data is None else data.field__type


class ServiceNotFoundException(ApiError):
    """The specified service wasn't found. You can view your available services with ListServices.
        Amazon ECS services are cluster specific and Region specific.

    Error code ``ServiceNotFoundException``, HTTP 400.
    """

    code: str | None = "ServiceNotFoundException"
    retryable = False

    @property
    def data(self) -> models.ServiceNotFoundException | None:
        """The error body parsed into its spec model, or None when the body does not match it."""
        from . import models

        return _parse(models.ServiceNotFoundException, self.body)

    @property
    def field__type(self) -> str | None:
        """The ``__type`` field of the error body."""
        data = self.data
        return None if data is None else data.field__type


class UnsupportedFeatureException(ApiError):
    """The specified task isn't supported in this Region.

    Error code ``UnsupportedFeatureException``, HTTP 400.
    """

    code: str | None = "UnsupportedFeatureException"
    retryable = False

    @property
    def data(self) -> models.UnsupportedFeatureException | None:
        """The error body parsed into its spec model, or None when the body does not match it."""
        from . import models

        return _parse(models.UnsupportedFeatureException, self.body)

    @property
    def field__type(self) -> str | None:
        """The ``__type`` field of the error body."""
        data = self.data
        return None if data is None else data.field__type


class ServerException(ApiError):
    """These errors are usually caused by a server issue.

    Error code ``ServerException``, HTTP 500.
    """

    code: str | None = "ServerException"
    retryable = False

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
        "AccessDeniedException": AccessDeniedException,
        "BlockedException": BlockedException,
        "ClientException": ClientException,
        "ClusterNotFoundException": ClusterNotFoundException,
        "ConflictException": ConflictException,
        "InvalidParameterException": InvalidParameterException,
        "PlatformTaskDefinitionIncompatibilityException": PlatformTaskDefinitionIncompatibilityException,
        "PlatformUnknownException": PlatformUnknownException,
        "ServiceNotFoundException": ServiceNotFoundException,
        "UnsupportedFeatureException": UnsupportedFeatureException,
        "ServerException": ServerException,
    },
    by_status={},
)
