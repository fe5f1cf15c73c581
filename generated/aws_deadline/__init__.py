# Code generated from specs/aws/deadline.yaml by this repository's generator. DO NOT EDIT.
# Spec sha256: e6cfeb1d7ad06f75316ea76f4f0c7f4de236db7aeb1c2f3de5f6b5f61723b0f0
"""AWS Deadline Cloud: typed Python client, generated from its OpenAPI spec.

    from aws_deadline import DeadlineClient

Names are imported on first use (PEP 562): `import aws_deadline` costs nothing until a client, an
error class or the models are touched, so a package with hundreds of models costs what the code uses.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import models
    from ._runtime.hooks import ErrorEvent, Hooks, RequestEvent, ResponseEvent
    from ._runtime.raw import RawResponse
    from .client import AsyncDeadlineClient, DeadlineClient
    from .errors import (
        AccessDeniedException,
        ApiConnectionError,
        ApiError,
        ApiTimeoutError,
        CredentialsError,
        InternalServerErrorException,
        PaginationError,
        ParamValidationError,
        ResourceNotFoundException,
        ResponseDecodeError,
        ThrottlingException,
        ValidationException,
        WaiterError,
    )

#: public name → the submodule that defines it
_EXPORTS = {
    "AsyncDeadlineClient": ".client",
    "DeadlineClient": ".client",
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
    "ValidationException": ".errors",
    "AccessDeniedException": ".errors",
    "ResourceNotFoundException": ".errors",
    "ThrottlingException": ".errors",
    "InternalServerErrorException": ".errors",
}

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AsyncDeadlineClient",
    "DeadlineClient",
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
    "ValidationException",
    "AccessDeniedException",
    "ResourceNotFoundException",
    "ThrottlingException",
    "InternalServerErrorException",
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
