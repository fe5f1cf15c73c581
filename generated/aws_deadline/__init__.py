# Code generated from specs/aws/deadline.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: 51c6669d842a64a155b8faed003565abc9f109cb86f83b85464d00c69fa8b4a5
"""AWS Deadline Cloud: typed Python client, generated from its OpenAPI spec.

from aws_deadline import DeadlineClient
"""

from . import models
from ._runtime.client import RawResponse
from .client import AsyncDeadlineClient, DeadlineClient
from .errors import (
    AccessDeniedException,
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    CredentialsError,
    InternalServerErrorException,
    ParamValidationError,
    ResourceNotFoundException,
    ResponseDecodeError,
    ThrottlingException,
    ValidationException,
    WaiterError,
)

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AsyncDeadlineClient",
    "DeadlineClient",
    "CredentialsError",
    "ParamValidationError",
    "RawResponse",
    "ResponseDecodeError",
    "WaiterError",
    "ValidationException",
    "AccessDeniedException",
    "ResourceNotFoundException",
    "ThrottlingException",
    "InternalServerErrorException",
    "models",
]
