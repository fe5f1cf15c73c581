# Code generated from templates/runtime/params.py by this repository's generator (copied verbatim). DO NOT EDIT.
# Runtime sha256: 220c3035ae7fd793cd800be98d8f82753fc4325510d8b6622c47c370cba056cb
"""Argument checks and encoding, applied before a request is built: nothing invalid is ever sent."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from .errors import ParamValidationError


def check_string(
    operation: str,
    name: str,
    value: object,
    *,
    pattern: re.Pattern[str] | None = None,
    min_length: int | None = None,
    max_length: int | None = None,
) -> str:
    """Check a string argument against its spec constraints; return it unchanged."""
    if not isinstance(value, str):
        raise ParamValidationError(f"{operation}: {name} must be a string, got {type(value).__name__}")
    if min_length is not None and len(value) < min_length:
        raise ParamValidationError(f"{operation}: {name} must be at least {min_length} characters long")
    if max_length is not None and len(value) > max_length:
        raise ParamValidationError(f"{operation}: {name} must be at most {max_length} characters long")
    if pattern is not None and _ecma(pattern.pattern).search(value) is None:
        raise ParamValidationError(f"{operation}: {name}={value!r} does not match the pattern {pattern.pattern!r}")
    return value


def check_number(
    operation: str,
    name: str,
    value: object,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    exclusive_minimum: float | None = None,
    exclusive_maximum: float | None = None,
    multiple_of: float | None = None,
) -> object:
    """Check a numeric argument against its spec range; return it unchanged."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ParamValidationError(f"{operation}: {name} must be a number, got {type(value).__name__}")
    if minimum is not None and value < minimum:
        raise ParamValidationError(f"{operation}: {name}={value!r} must be at least {minimum}")
    if maximum is not None and value > maximum:
        raise ParamValidationError(f"{operation}: {name}={value!r} must be at most {maximum}")
    if exclusive_minimum is not None and value <= exclusive_minimum:
        raise ParamValidationError(f"{operation}: {name}={value!r} must be greater than {exclusive_minimum}")
    if exclusive_maximum is not None and value >= exclusive_maximum:
        raise ParamValidationError(f"{operation}: {name}={value!r} must be less than {exclusive_maximum}")
    if multiple_of is not None and (value / multiple_of) % 1 != 0:
        raise ParamValidationError(f"{operation}: {name}={value!r} must be a multiple of {multiple_of}")
    return value


def check_items(
    operation: str,
    name: str,
    value: object,
    *,
    min_items: int | None = None,
    max_items: int | None = None,
    unique: bool = False,
) -> object:
    """Check an array argument's length (and uniqueness) against its spec; return it unchanged."""
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        raise ParamValidationError(f"{operation}: {name} must be a list, got {type(value).__name__}")
    items = list(value)
    if min_items is not None and len(items) < min_items:
        raise ParamValidationError(f"{operation}: {name} must have at least {min_items} item(s), got {len(items)}")
    if max_items is not None and len(items) > max_items:
        raise ParamValidationError(f"{operation}: {name} must have at most {max_items} item(s), got {len(items)}")
    if unique and len({repr(item) for item in items}) != len(items):
        raise ParamValidationError(f"{operation}: {name} must not repeat items")
    return value


@lru_cache(maxsize=512)
def _ecma(source: str) -> re.Pattern[str]:
    r"""A spec pattern (ECMA-262, unanchored) as a Python regex with the same meaning.

    Python's `$` also matches before a final newline, so `^id-[0-9]+$` would accept "id-1\n"; ECMA's does
    not. Unescaped `$` outside character classes becomes `\Z`. `\d` and `\w` are ASCII-only in ECMA,
    hence re.ASCII.
    """
    out: list[str] = []
    index, in_class = 0, False
    while index < len(source):
        char = source[index]
        if char == "\\":
            out.append(source[index : index + 2])
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # "[]...]" and "[^]...]": a "]" first in a class is a literal, not its end.
            start = index + 1 + (source[index + 1 : index + 2] == "^")
            if source[start : start + 1] == "]":
                out.append(source[index : start + 1])
                index = start + 1
                continue
        elif char == "$":
            char = "\\Z"
        out.append(char)
        index += 1
    return re.compile("".join(out), re.ASCII)


def encode_path_segment(operation: str, name: str, value: str) -> str:
    """Percent-encode a path parameter so that no value can change the path.

    Every reserved character, `/` included, is encoded; the dot segments `.` and `..` are encoded too,
    since HTTP stacks normalise them away. An empty value would silently address another resource.
    """
    if value == "":
        raise ParamValidationError(f"{operation}: {name} must not be empty")
    if value in (".", ".."):
        return value.replace(".", "%2E")
    return quote(value, safe="")


def expand_path(template: str, segments: Mapping[str, str]) -> str:
    """Fill `{name}` placeholders of a path template with already-encoded segments."""
    path = template
    for name, segment in segments.items():
        path = path.replace("{" + name + "}", segment)
    return path


def compact(values: Mapping[str, Any]) -> dict[str, Any]:
    """The arguments the caller gave: None means 'not given' for optional fields."""
    return {key: value for key, value in values.items() if value is not None}
