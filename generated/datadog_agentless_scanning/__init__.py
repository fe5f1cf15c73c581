# Code generated from specs/datadog/agentless_scanning.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: 51f63eb43da4af1bce86c8fa72f3f29e09a3e3b18e9775af3509e900d616d90b
"""Datadog API v2 - Agentless Scanning: typed Python client, generated from its OpenAPI spec.

    from datadog_agentless_scanning import AgentlessScanningClient

Names are imported on first use (PEP 562): `import datadog_agentless_scanning` costs nothing until a client, an
error class or the models are touched, so a package with hundreds of models costs what the code uses.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import models
    from ._runtime.hooks import ErrorEvent, Hooks, RequestEvent, ResponseEvent
    from ._runtime.raw import RawResponse
    from .client import AgentlessScanningClient, AsyncAgentlessScanningClient
    from .errors import (
        ApiConnectionError,
        ApiError,
        ApiTimeoutError,
        BadRequestError,
        CredentialsError,
        ForbiddenError,
        NotFoundError,
        PaginationError,
        ParamValidationError,
        RateLimitError,
        ResponseDecodeError,
        WaiterError,
    )

#: public name → the submodule that defines it
_EXPORTS = {
    "AsyncAgentlessScanningClient": ".client",
    "AgentlessScanningClient": ".client",
    "RawResponse": "._runtime.raw",
    "ErrorEvent": "._runtime.hooks",
    "Hooks": "._runtime.hooks",
    "RequestEvent": "._runtime.hooks",
    "ResponseEvent": "._runtime.hooks",
    "ApiConnectionError": ".errors",
    "ApiError": ".errors",
    "ApiTimeoutError": ".errors",
    "CredentialsError": ".errors",
    "PaginationError": ".errors",
    "ParamValidationError": ".errors",
    "ResponseDecodeError": ".errors",
    "WaiterError": ".errors",
    "BadRequestError": ".errors",
    "ForbiddenError": ".errors",
    "NotFoundError": ".errors",
    "RateLimitError": ".errors",
}

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AsyncAgentlessScanningClient",
    "AgentlessScanningClient",
    "CredentialsError",
    "ErrorEvent",
    "Hooks",
    "PaginationError",
    "ParamValidationError",
    "RawResponse",
    "RequestEvent",
    "ResponseDecodeError",
    "ResponseEvent",
    "WaiterError",
    "BadRequestError",
    "ForbiddenError",
    "NotFoundError",
    "RateLimitError",
    "models",
]


def __getattr__(name: str) -> object:
    if name == "models":
        value: object = importlib.import_module(".models", __name__)
    elif name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name], __name__), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value  # later lookups are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
