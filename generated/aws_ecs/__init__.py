# Code generated from specs/aws/ecs.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: 20b4fd6942cf60d8e24d9c25ebf53ed94486998b7836acfab5a32a3f73525245
"""Amazon Elastic Container Service: typed Python client, generated from its OpenAPI spec.

    from aws_ecs import EcsClient

Names are imported on first use (PEP 562): `import aws_ecs` costs nothing until a client, an
error class or the models are touched, so a package with hundreds of models costs what the code uses.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import models
    from ._runtime.hooks import ErrorEvent, Hooks, RequestEvent, ResponseEvent
    from ._runtime.raw import RawResponse
    from .client import AsyncEcsClient, EcsClient
    from .errors import (
        AccessDeniedException,
        ApiConnectionError,
        ApiError,
        ApiTimeoutError,
        BlockedException,
        ClientException,
        ClusterNotFoundException,
        ConflictException,
        CredentialsError,
        InvalidParameterException,
        PaginationError,
        ParamValidationError,
        PlatformTaskDefinitionIncompatibilityException,
        PlatformUnknownException,
        ResponseDecodeError,
        ServerException,
        ServiceNotFoundException,
        UnsupportedFeatureException,
        WaiterError,
    )

#: public name → the submodule that defines it
_EXPORTS = {
    "AsyncEcsClient": ".client",
    "EcsClient": ".client",
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
    "AccessDeniedException": ".errors",
    "BlockedException": ".errors",
    "ClientException": ".errors",
    "ClusterNotFoundException": ".errors",
    "ConflictException": ".errors",
    "InvalidParameterException": ".errors",
    "PlatformTaskDefinitionIncompatibilityException": ".errors",
    "PlatformUnknownException": ".errors",
    "ServiceNotFoundException": ".errors",
    "UnsupportedFeatureException": ".errors",
    "ServerException": ".errors",
}

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AsyncEcsClient",
    "EcsClient",
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
