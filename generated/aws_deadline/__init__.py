# Code generated from specs/aws/deadline.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: 8acd119717cb243b0a2422d4b09c09f63a32272064d3f94045f9ef2b0a1b8cf9
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
