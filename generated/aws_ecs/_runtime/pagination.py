# Code generated from templates/runtime/pagination.py by this repository's generator (copied verbatim). DO NOT EDIT.
# Runtime sha256: 692f2d9f732e19bbfd5a981da3240aea0f7b474b699b0be0773138b7f5dae6ce
"""`paginate_<method>`: walk an operation's pages, sync or async, by the operation's paging trait.

Every decision (the next page's arguments, when to stop, how many items are still wanted, a token seen before)
is `PageWalk`'s; `Paginator` and `AsyncPaginator` differ only in how they call the operation. Pages are fetched
through the client's `with_raw_response` methods, so the `Link` header is at hand for the link style and each
page is one ordinary call (its own retries, timeout and idempotency).
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar
from urllib.parse import parse_qsl, urlsplit

from .errors import PaginationError
from .raw import RawResponse

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")

_LINK = re.compile(r"<([^>]*)>((?:\s*;\s*[^;,]*)*)")
_REL = re.compile(r"""\brel\s*=\s*(?:"([^"]*)"|([^\s;,]+))""", re.IGNORECASE)


@dataclass(frozen=True)
class PaginationConfig:
    """An operation's paging trait as the generator decided it (names are argument and attribute names)."""

    operation: str
    style: str  # token, cursor, offset, page, link
    input_token: str | None = None
    output_token: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    page_size: str | None = None
    default_page_size: int | None = None
    page_start: int = 0
    #: link style: query parameter → (argument, "int" | "float" | "str")
    link_arguments: Mapping[str, tuple[str, str]] = field(default_factory=dict)


def attribute_path(value: Any, path: tuple[str, ...]) -> Any:
    """The attribute at `path` below `value`, None as soon as a step is missing or None."""
    for name in path:
        if value is None:
            return None
        value = getattr(value, name, None)
    return value


def next_link(link_headers: list[str]) -> str | None:
    """The `rel="next"` target of RFC 8288 `Link` header values, if any."""
    for header in link_headers:
        for target, params in _LINK.findall(header):
            for quoted, bare in _REL.findall(params):
                if "next" in (quoted or bare).lower().split():
                    return str(target)
    return None


class PageWalk:
    """Where a walk through the pages stands: the arguments of the next call (None: done) and the items budget.

    A token seen before is reported when the next page is asked for (`next_arguments`), so the page that
    carried it is still handed out first, as botocore does."""

    def __init__(self, config: PaginationConfig, arguments: Mapping[str, Any], max_items: int | None) -> None:
        if max_items is not None and max_items < 0:
            raise ValueError("max_items must be 0 or more")
        self.config = config
        self.remaining = max_items
        self.arguments: dict[str, Any] | None = dict(arguments) if max_items != 0 else None
        self._seen: set[object] = set()
        self._failure: PaginationError | None = None
        if config.input_token is not None and arguments.get(config.input_token) is not None:
            self._seen.add(arguments[config.input_token])  # a caller's starting token must not come back either

    def advance(self, page: Any, link_headers: list[str]) -> list[Any]:
        """Take one page: decide the next call's arguments, and return the page's items within the budget."""
        assert self.arguments is not None, "advance() after the last page"
        config = self.config
        found = attribute_path(page, config.items) if config.items else page
        items = list(found or ())
        current = self.arguments
        self.arguments = self._next(current, page, items, link_headers)
        if self.remaining is not None:
            items = items[: self.remaining]
            self.remaining -= len(items)
            if self.remaining <= 0:
                self.arguments, self._failure = None, None
        return items

    def next_arguments(self) -> dict[str, Any] | None:
        """The next call's arguments, None when the walk is over; raises `PaginationError` for a repeated token."""
        if self._failure is not None:
            raise self._failure
        return self.arguments

    def _next(
        self, current: dict[str, Any], page: Any, items: list[Any], link_headers: list[str]
    ) -> dict[str, Any] | None:
        config = self.config
        if config.style in ("token", "cursor"):
            token = attribute_path(page, config.output_token)
            if token is None or token == "" or (config.style == "cursor" and not items):
                return None
            return self._with_token(current, config.input_token, token, token)
        if config.style == "link":
            url = next_link(link_headers)
            if url is None:
                return None
            following = dict(current)
            for name, value in parse_qsl(urlsplit(url).query, keep_blank_values=True):
                if name in config.link_arguments:
                    argument, kind = config.link_arguments[name]
                    following[argument] = _scalar(value, kind)
            return self._with_token(following, None, None, url)
        size = current.get(config.page_size) if config.page_size else None
        size = config.default_page_size if size is None else size
        if not items or (isinstance(size, int) and len(items) < size):
            return None
        assert config.input_token is not None
        position = current.get(config.input_token)
        if config.style == "offset":
            return {**current, config.input_token: (position or 0) + len(items)}
        return {**current, config.input_token: (config.page_start if position is None else position) + 1}

    def _with_token(
        self, current: dict[str, Any], argument: str | None, value: Any, token: object
    ) -> dict[str, Any] | None:
        """The next arguments, unless the service handed back a token it gave before: that page was read already,
        and following it would loop for ever."""
        if token in self._seen:
            self._failure = PaginationError(
                f"{self.config.operation}: the service returned a page token it returned before ({token!r});"
                " stopping instead of reading the same pages again"
            )
            return None
        self._seen.add(token)
        return {**current, argument: value} if argument is not None else current


def _scalar(value: str, kind: str) -> Any:
    try:
        return int(value) if kind == "int" else float(value) if kind == "float" else value
    except ValueError:
        return value


class Paginator(Generic[PageT, ItemT]):
    """Iterate to get the pages (each the operation's response); `items()` yields the items across pages.

    Each iteration starts again from the first page. `max_items` stops once that many items were read
    (iterating pages stops after the page that reaches it; `items()` yields exactly up to it)."""

    def __init__(
        self,
        fetch: Callable[..., RawResponse[PageT]],
        config: PaginationConfig,
        arguments: Mapping[str, Any],
        max_items: int | None = None,
    ) -> None:
        self._fetch = fetch
        self._config = config
        self._arguments = dict(arguments)
        self._max_items = max_items

    def _walk(self) -> Iterator[tuple[PageT, list[Any]]]:
        walk = PageWalk(self._config, self._arguments, self._max_items)
        while (arguments := walk.next_arguments()) is not None:
            raw = self._fetch(**arguments)
            yield raw.parsed, walk.advance(raw.parsed, raw.headers.get_list("link"))

    def __iter__(self) -> Iterator[PageT]:
        for page, _ in self._walk():
            yield page

    def items(self) -> Iterator[ItemT]:
        for _, items in self._walk():
            yield from items


class AsyncPaginator(Generic[PageT, ItemT]):
    """The async twin of `Paginator`: `async for page in ...`, `async for item in ....items()`."""

    def __init__(
        self,
        fetch: Callable[..., Awaitable[RawResponse[PageT]]],
        config: PaginationConfig,
        arguments: Mapping[str, Any],
        max_items: int | None = None,
    ) -> None:
        self._fetch = fetch
        self._config = config
        self._arguments = dict(arguments)
        self._max_items = max_items

    async def _walk(self) -> AsyncIterator[tuple[PageT, list[Any]]]:
        walk = PageWalk(self._config, self._arguments, self._max_items)
        while (arguments := walk.next_arguments()) is not None:
            raw = await self._fetch(**arguments)
            yield raw.parsed, walk.advance(raw.parsed, raw.headers.get_list("link"))

    async def __aiter__(self) -> AsyncIterator[PageT]:
        async for page, _ in self._walk():
            yield page

    async def items(self) -> AsyncIterator[ItemT]:
        async for _, items in self._walk():
            for item in items:
                yield item
