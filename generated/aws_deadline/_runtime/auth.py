# Code generated from templates/runtime/auth.py by this repository's generator (copied verbatim). DO NOT EDIT.
# Runtime sha256: 949983c15e3e3912a3eedbddcdc738969cda07f1f1d0f75216c05dc5d35159bc
"""Credentials that travel as headers, query parameters or cookies (API keys, bearer tokens, basic auth)."""

from __future__ import annotations

import abc
import base64
from collections.abc import Mapping

import httpx


class Secret:
    """A credential value that never shows itself in a repr, a log line or an exception."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__


class _InMemory(abc.ABC):
    """Credentials held in memory: nothing to load, so the async clients apply them as the sync ones do."""

    @abc.abstractmethod
    def apply(self, request: httpx.Request) -> None:
        """Add the credentials to the request."""

    async def apply_async(self, request: httpx.Request) -> None:
        self.apply(request)


class HeaderCredentials(_InMemory):
    """Sets fixed credential headers (Datadog's `DD-API-KEY` and `DD-APPLICATION-KEY`, bearer, basic)."""

    def __init__(self, headers: Mapping[str, str]) -> None:
        self._headers = {name: Secret(value) for name, value in headers.items()}

    @classmethod
    def bearer(cls, token: str) -> HeaderCredentials:
        return cls({"Authorization": f"Bearer {token}"})

    @classmethod
    def basic(cls, username: str, password: str) -> HeaderCredentials:
        pair = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        return cls({"Authorization": f"Basic {pair}"})

    def apply(self, request: httpx.Request) -> None:
        for name, secret in self._headers.items():
            request.headers[name] = secret.reveal()

    def __repr__(self) -> str:
        return f"HeaderCredentials(headers={sorted(self._headers)!r})"


class QueryCredentials(_InMemory):
    """Adds credential query parameters (apiKey `in: query`)."""

    def __init__(self, params: Mapping[str, str]) -> None:
        self._params = {name: Secret(value) for name, value in params.items()}

    def apply(self, request: httpx.Request) -> None:
        request.url = request.url.copy_merge_params({name: secret.reveal() for name, secret in self._params.items()})

    def __repr__(self) -> str:
        return f"QueryCredentials(params={sorted(self._params)!r})"


class CookieCredentials(_InMemory):
    """Adds credential cookies (apiKey `in: cookie`) beside the operation's own cookie parameters."""

    def __init__(self, cookies: Mapping[str, str]) -> None:
        self._cookies = {name: Secret(value) for name, value in cookies.items()}

    def apply(self, request: httpx.Request) -> None:
        pairs = [request.headers["Cookie"]] if "Cookie" in request.headers else []
        pairs.extend(f"{name}={secret.reveal()}" for name, secret in self._cookies.items())
        request.headers["Cookie"] = "; ".join(pairs)

    def __repr__(self) -> str:
        return f"CookieCredentials(cookies={sorted(self._cookies)!r})"


Credentials = HeaderCredentials | QueryCredentials | CookieCredentials


class CombinedAuth(_InMemory):
    """Applies several credentials in order (an OpenAPI security requirement with several schemes)."""

    def __init__(self, *parts: Credentials) -> None:
        self._parts = parts

    def apply(self, request: httpx.Request) -> None:
        for part in self._parts:
            part.apply(request)

    def __repr__(self) -> str:
        return f"CombinedAuth{self._parts!r}"
