# Code generated from templates/runtime/models.py by this repository's generator (copied verbatim). DO NOT EDIT.
# Runtime sha256: 4eea07698a306335a7d838a6bcf86626fdf6cb9320aa36c4b3e9a4926182e4e2
"""Base classes for generated models: open objects, open enums and wire timestamp formats."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from enum import IntEnum, StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, PlainSerializer, model_validator


class ApiModel(BaseModel):
    """Base of every generated model.

    Unknown fields are kept (services add fields), attributes are snake_case aliased to the wire names and
    can be populated by either, and `to_wire()` gives the JSON the service expects. Wire data is always
    validated by alias only (`by_alias=True, by_name=False` in the clients): when one field's snake_case
    name equals another field's wire name (`a-b` → `a_b` beside a wire `a_b`), populating by name would
    fill both.

    A model's validator is built when the model is first used, not when the models module is imported
    (`defer_build`): a call builds the models it reaches and no others (bench/RESULTS.md: cold start).
    """

    model_config = ConfigDict(extra="allow", populate_by_name=True, arbitrary_types_allowed=True, defer_build=True)

    def to_wire(self) -> dict[str, Any]:
        """The model as wire JSON: wire names, no unset fields, timestamps in their wire format."""
        result: dict[str, Any] = self.model_dump(mode="json", by_alias=True, exclude_unset=True)
        return result


class UnionMember(ApiModel):
    """One variant of a union (a `oneOf` of single-member objects): exactly one member is set, so any other key,
    a second member above all, is refused (`ValidationError`) rather than kept."""

    model_config = ConfigDict(extra="forbid")  # ApiModel's other settings are inherited


class UnknownUnionMember(ApiModel):
    """A union value with a member this client does not know (the service added one): kept, its member among
    the extra fields, so the response still parses. The union's known variants come first, so a known member
    always parses into its own variant; a value with two members is refused here too."""

    @model_validator(mode="before")
    @classmethod
    def check_one_member(cls, data: Any) -> Any:
        if isinstance(data, dict) and len(data) != 1:
            raise ValueError(f"a union value sets exactly one member, not {len(data)}")
        return data


class OpenEnum(StrEnum):
    """A string enum that accepts values it does not list.

    An unknown value becomes a pseudo-member whose name and value are the string itself, so
    `Status("NEW_VALUE") == "NEW_VALUE"` and parsing never fails because a service added a value.
    """

    @classmethod
    def _missing_(cls, value: object) -> OpenEnum | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class OpenIntEnum(IntEnum):
    """An integer enum that accepts values it does not list (see `OpenEnum`)."""

    @classmethod
    def _missing_(cls, value: object) -> OpenIntEnum | None:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}".replace("-", "MINUS_")
        member._value_ = value
        return member


def _as_utc(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _epoch_seconds(value: datetime) -> int | float:
    seconds = _as_utc(value).timestamp()
    return int(seconds) if seconds.is_integer() else seconds


def _http_date(value: datetime) -> str:
    return format_datetime(_as_utc(value).astimezone(UTC), usegmt=True)


def _parse_http_date(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return value  # not an HTTP date: let pydantic try RFC 3339 and report the error
    return value


#: A timestamp that travels as epoch seconds (awsJson). Parses numbers and RFC 3339 strings alike.
EpochSeconds = Annotated[datetime, PlainSerializer(_epoch_seconds, when_used="json")]
#: A timestamp that travels as an RFC 3339 string (restJson1, most JSON APIs).
DateTime = datetime
#: A timestamp that travels as an HTTP date (RFC 7231).
HttpDate = Annotated[datetime, BeforeValidator(_parse_http_date), PlainSerializer(_http_date, when_used="json")]


def _from_base64(value: Any) -> Any:
    return base64.b64decode(value, validate=True) if isinstance(value, str) else value


def _to_base64(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


#: Binary content that travels as base64 text (`format: byte`): bytes in Python, given as bytes or as
#: base64 text; invalid base64 on the wire is a validation error.
Base64Bytes = Annotated[bytes, BeforeValidator(_from_base64), PlainSerializer(_to_base64, when_used="json")]
