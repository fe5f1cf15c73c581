# Code generated from specs/aws/ecs.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: 94a23f38c2605a051b13413dfb52041bfa9bdb27624586ed1017c532f4c9f02b
"""Amazon Elastic Container Service: typed Python client, generated from its OpenAPI spec.

from aws_ecs import EcsClient
"""

from . import models
from ._runtime.client import RawResponse
from .client import AsyncEcsClient, EcsClient
from .errors import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    ClientException,
    ClusterNotFoundException,
    CredentialsError,
    InvalidParameterException,
    ParamValidationError,
    ResponseDecodeError,
    ServerException,
    WaiterError,
)

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AsyncEcsClient",
    "EcsClient",
    "CredentialsError",
    "ParamValidationError",
    "RawResponse",
    "ResponseDecodeError",
    "WaiterError",
    "ClientException",
    "ClusterNotFoundException",
    "InvalidParameterException",
    "ServerException",
    "models",
]
