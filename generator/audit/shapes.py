"""The vendor's model, vendor-neutral: what the comparison needs of a shape, a member and an operation."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["structure", "union", "list", "map", "string", "integer", "float", "boolean", "timestamp", "blob", "any"]


@dataclass(frozen=True)
class ErrorTrait:
    code: str
    status: int | None
    retryable: bool
    throttling: bool


@dataclass
class Shape:
    """One shape of the model. Mutable while the reader fills members in, so recursive shapes can refer to
    themselves; the comparison treats it as read-only."""

    name: str
    kind: Kind
    members: dict[str, Member] = field(default_factory=dict)  # structure and union members, by wire name
    required: frozenset[str] = frozenset()
    item: Shape | None = None  # list
    value: Shape | None = None  # map
    enum: tuple[str, ...] = ()
    #: JSON Schema keywords the model states (pattern anchored, minLength, maxItems, minimum, ...)
    constraints: dict[str, int | float | str] = field(default_factory=dict)
    timestamp_format: str | None = None  # epoch-seconds, date-time, http-date (the wire form)
    long: bool = False  # a 64-bit integer (format: int64)
    documentation: str = ""  # plain text
    error: ErrorTrait | None = None
    #: a named shape that a spec would write as its own component (structures, unions, enums)
    component: bool = False


@dataclass(frozen=True)
class Member:
    name: str  # wire name
    shape: Shape
    documentation: str = ""
    location: str = "body"  # body, uri, querystring, header
    location_name: str = ""  # the parameter or header name when not in the body
    idempotency_token: bool = False
    deprecated: bool = False


@dataclass(frozen=True)
class Pagination:
    input_token: str | None
    output_token: str | None
    items: str | None
    page_size: str | None


@dataclass(frozen=True)
class Acceptor:
    state: str
    matcher: str
    argument: str | None
    expected: object


@dataclass(frozen=True)
class Waiter:
    name: str
    delay: int
    max_attempts: int
    acceptors: tuple[Acceptor, ...]
