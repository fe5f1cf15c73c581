# Code generated from specs/datadog/agentless_scanning.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: 4b2e0722ab8103c701321e86ee72198788f27d5349f05fed9d9a1cae877fe56a
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
