# Code generated from templates/runtime/fake_paging.py by this repository's generator (copied verbatim). DO NOT EDIT.
# Runtime sha256: 7a487baf2b104a211c4247405b6f5f06ff6841a6563c29b1aee4059d140339bd
"""How the fake server pages a list operation by token, as the service does: a slice of the items per call and a
`nextToken` for the rest. The token is the fake's own (the offset as text): clients treat it as opaque."""

from __future__ import annotations

import copy
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class FakePaging:
    """The wire names of an operation's paging trait (token and cursor styles)."""

    input_token: str  # request member: a query parameter or a JSON body property
    output_token: tuple[str, ...]  # response path
    items: tuple[str, ...]  # response path of the list
    page_size: str | None = None
    #: page size when the request sets none (the spec's default); None: every remaining item
    default_page_size: int | None = None


class BadPageToken(ValueError):
    """The request's token is not one the fake handed out."""


def _member(query: Sequence[tuple[str, str]], body: bytes, name: str | None) -> Any:
    if name is None:
        return None
    for key, value in query:
        if key == name:
            return value
    try:
        document = json.loads(body) if body else None
    except ValueError:
        return None
    return document.get(name) if isinstance(document, dict) else None


def _dig(document: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        document = document.get(name) if isinstance(document, dict) else None
    return document


def _put(document: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    for name in path[:-1]:
        document = document.setdefault(name, {})
    if value is None:
        document.pop(path[-1], None)
    else:
        document[path[-1]] = value


def page_of(
    paging: FakePaging, answer: Any, items: Sequence[Any] | None, query: Sequence[tuple[str, str]], body: bytes
) -> Any:
    """The page a request asks for, cut from `answer` (its items path holds every item, or `items` replace them)."""
    every = list(items) if items is not None else list(_dig(answer, paging.items) or [])
    token = _member(query, body, paging.input_token)
    try:
        start = int(token) if token not in (None, "") else 0
    except (TypeError, ValueError):
        raise BadPageToken(f"{paging.input_token} {token!r} was not handed out by this server") from None
    if not 0 <= start <= len(every):
        raise BadPageToken(f"{paging.input_token} {token!r} is past the end of the list")
    size = _member(query, body, paging.page_size)
    size = int(size) if size not in (None, "") else paging.default_page_size
    end = len(every) if size is None else min(len(every), start + max(1, size))
    page = copy.deepcopy(answer) if isinstance(answer, dict) else {}
    _put(page, paging.items, every[start:end])
    _put(page, paging.output_token, str(end) if end < len(every) else None)
    return page
