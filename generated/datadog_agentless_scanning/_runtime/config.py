# Code generated from templates/runtime/config.py by this repository's generator (copied verbatim). DO NOT EDIT.
# Runtime sha256: 7b62ac57935fcda59b05e77fa3dcbac9b9f2d1c48d332bca36f019214ad9886c
"""Client construction for non-AWS APIs: the base URL from server variables, credentials from arguments
or the environment."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .auth import CombinedAuth, CookieCredentials, Credentials, HeaderCredentials, QueryCredentials


@dataclass(frozen=True)
class ServerVariable:
    """One `{variable}` of the server URL, as the spec declares it."""

    name: str
    default: str
    argument: str | None = None
    env: str | None = None
    enum: tuple[str, ...] = ()
    unsupported: Mapping[str, str] = field(default_factory=dict)
    aliases: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CredentialSpec:
    """A secret constructor argument and where it goes on the wire."""

    argument: str
    wire_name: str
    location: str = "header"
    scheme: str = "apiKey"
    env: str | None = None
    required: bool = True


def _variable_value(variable: ServerVariable, given: str | None) -> str:
    value = given
    source = variable.argument or variable.name
    if value is None and variable.env:
        value, source = os.environ.get(variable.env) or None, variable.env
    if value is None:
        return variable.default
    value = variable.aliases.get(value.strip(), value.strip())
    if value in variable.unsupported:
        raise ValueError(f"{source}={value!r} is not supported: {variable.unsupported[value]}")
    if variable.enum and value not in variable.enum:
        supported = ", ".join(v for v in variable.enum if v not in variable.unsupported)
        raise ValueError(f"unknown {source} {value!r}: expected one of {supported}")
    return value


def server_url(template: str, variables: Sequence[ServerVariable], values: Mapping[str, str | None]) -> str:
    """Fill the server URL template; unknown or unsupported values are a clear `ValueError`."""
    url = template
    for variable in variables:
        key = variable.argument or variable.name
        url = url.replace("{" + variable.name + "}", _variable_value(variable, values.get(key)))
    return url


def credentials_auth(specs: Sequence[CredentialSpec], values: Mapping[str, str | None]) -> CombinedAuth:
    """Credentials from the arguments, else the environment; a missing required one is a `ValueError`."""
    parts: list[Credentials] = []
    for spec in specs:
        value = values.get(spec.argument)
        if value is None and spec.env:
            value = os.environ.get(spec.env) or None
        if not value:
            if not spec.required:
                continue
            where = f" or set {spec.env}" if spec.env else ""
            raise ValueError(f"missing credential: pass {spec.argument}=...{where}")
        if spec.scheme == "bearer":
            parts.append(HeaderCredentials.bearer(value))
        elif spec.scheme == "basic":
            username, _, password = value.partition(":")
            parts.append(HeaderCredentials.basic(username, password))
        elif spec.location == "query":
            parts.append(QueryCredentials({spec.wire_name: value}))
        elif spec.location == "cookie":
            parts.append(CookieCredentials({spec.wire_name: value}))
        else:
            parts.append(HeaderCredentials({spec.wire_name: value}))
    return CombinedAuth(*parts)
