# Code generated from specs/datadog/agentless_scanning.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: 863ea50f10dc48d18312d30a6404b6fae2cd25b8b9825a149e9560f0135ef7a9
"""Datadog API v2 - Agentless Scanning: typed Python client, generated from its OpenAPI spec.

from datadog_agentless_scanning import AgentlessScanningClient
"""

from . import models
from ._runtime.client import RawResponse
from .client import AgentlessScanningClient, AsyncAgentlessScanningClient
from .errors import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    BadRequestError,
    CredentialsError,
    ForbiddenError,
    NotFoundError,
    ParamValidationError,
    RateLimitError,
    ResponseDecodeError,
    WaiterError,
)

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AsyncAgentlessScanningClient",
    "AgentlessScanningClient",
    "CredentialsError",
    "ParamValidationError",
    "RawResponse",
    "ResponseDecodeError",
    "WaiterError",
    "BadRequestError",
    "ForbiddenError",
    "NotFoundError",
    "RateLimitError",
    "models",
]
