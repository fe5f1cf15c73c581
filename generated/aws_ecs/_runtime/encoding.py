# Code generated from templates/runtime/encoding.py by this repository's generator (copied verbatim). DO NOT EDIT.
# Runtime sha256: 7ef144804675d3f07d1fd1582470860eac3f752999c0bdfddbd6550bde635c8c
"""Serialising parameters and bodies the way OpenAPI's `style`/`explode` rules and media types say."""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from typing import Any
from urllib.parse import quote

from pydantic import BaseModel
from pydantic_core import to_json, to_jsonable_python

from .params import encode_path_segment

_DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|", "simple": ","}


def scalar_text(value: Any) -> str:
    """A scalar as parameter text: booleans in JSON spelling, enums by value, timestamps in ISO 8601."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    if hasattr(value, "value") and isinstance(value.value, (str, int)):
        return str(value.value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def json_body(value: Any) -> bytes:
    """A JSON request body passed whole: models as `to_wire()` gives them (wire names, only the fields the
    caller set, also inside lists and mappings), so an unset field is not sent as `null`."""
    return to_json(_wire(value))


def _wire(value: Any) -> Any:
    """Models, at any depth, as their wire JSON (wire names, only the fields that were set)."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        return {key: _wire(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_wire(item) for item in value]
    return value


def query_pairs(name: str, value: Any, style: str = "form", explode: bool = True) -> list[tuple[str, str]]:
    """Query parameters for one argument (OpenAPI 3 styles form, spaceDelimited, pipeDelimited, deepObject)."""
    value = _wire(value)
    if value is None:
        return []
    if isinstance(value, Mapping):
        if style == "deepObject":
            return [(f"{name}[{key}]", scalar_text(item)) for key, item in value.items() if item is not None]
        if explode:
            return [(str(key), scalar_text(item)) for key, item in value.items() if item is not None]
        flat = [text for key, item in value.items() if item is not None for text in (str(key), scalar_text(item))]
        return [(name, ",".join(flat))]
    if isinstance(value, Sequence) and not isinstance(value, (str, bytes)):
        if explode and style == "form":
            return [(name, scalar_text(item)) for item in value]
        return [(name, _DELIMITERS.get(style, ",").join(scalar_text(item) for item in value))]
    return [(name, scalar_text(value))]


def simple_text(value: Any, explode: bool = False) -> str:
    """`simple` style (headers and path segments): arrays and objects comma-separated."""
    value = _wire(value)
    if isinstance(value, Mapping):
        if explode:
            return ",".join(f"{key}={scalar_text(item)}" for key, item in value.items() if item is not None)
        return ",".join(
            text for key, item in value.items() if item is not None for text in (str(key), scalar_text(item))
        )
    if isinstance(value, Sequence) and not isinstance(value, (str, bytes)):
        return ",".join(scalar_text(item) for item in value)
    return scalar_text(value)


def path_segment(
    operation: str, name: str, wire_name: str, value: Any, style: str = "simple", explode: bool = False
) -> str:
    """A path parameter as its encoded segment, in style simple (`a,b`), label (`.a.b`) or matrix (`;id=a,b`).

    Values are percent-encoded part by part, so no value can change the path, while a label or matrix
    style's own delimiters stay literal (a server splits on them); a simple value goes through
    `encode_path_segment` whole (dot segments escaped, an empty value refused).
    """
    if style not in ("label", "matrix"):
        return encode_path_segment(operation, name, simple_text(value, explode))
    value = _wire(value)
    if isinstance(value, Mapping):
        pairs = [(quote(str(key), safe=""), quote(scalar_text(item), safe="")) for key, item in value.items()]
        parts = [f"{key}={item}" for key, item in pairs] if explode else [text for pair in pairs for text in pair]
    elif isinstance(value, (list, tuple)):
        parts = [quote(scalar_text(item), safe="") for item in value]
    else:
        parts = [quote(scalar_text(value), safe="")]
    if style == "label":
        return "." + (".".join(parts) if explode else ",".join(parts))
    key = quote(wire_name, safe="")
    if explode and isinstance(value, Mapping):
        return "".join(f";{part}" for part in parts)
    if explode and isinstance(value, (list, tuple)):
        return "".join(f";{key}={part}" for part in parts)
    return f";{key}=" + ",".join(parts)


def cookie_header(pairs: Sequence[tuple[str, Any]]) -> str:
    """A `Cookie` header from (name, value) pairs; values are percent-encoded so that `;` cannot split them."""
    return "; ".join(f"{name}={quote(simple_text(value), safe='')}" for name, value in pairs if value is not None)


def form_fields(values: Mapping[str, Any], deep_object: Collection[str] = ()) -> list[tuple[str, str]]:
    """application/x-www-form-urlencoded fields: arrays repeat their name, objects travel as JSON text, and
    fields the spec encodes as deepObject nest in brackets (`metadata[plan]=pro`, `items[0][price]=p1`)."""
    fields: list[tuple[str, str]] = []
    for name, value in values.items():
        if value is None:
            continue
        if name in deep_object and isinstance(value, (Mapping, list)):
            fields.extend(_deep_object(name, value))
        elif isinstance(value, list):
            fields.extend((name, scalar_text(item)) for item in value)
        else:
            fields.append((name, scalar_text(value)))
    return fields


def _deep_object(prefix: str, value: Any) -> list[tuple[str, str]]:
    if isinstance(value, Mapping):
        return [
            pair for key, item in value.items() if item is not None for pair in _deep_object(f"{prefix}[{key}]", item)
        ]
    if isinstance(value, list):
        return [pair for index, item in enumerate(value) for pair in _deep_object(f"{prefix}[{index}]", item)]
    return [(prefix, scalar_text(value))]


def multipart_parts(
    values: Mapping[str, Any], file_fields: Sequence[str]
) -> tuple[list[tuple[str, str]], list[tuple[str, tuple[str, bytes, str]]]]:
    """(plain fields, file parts) of a multipart/form-data body: binary fields become file parts (a list of
    them, one part each under the same name); the rest travel as text, timestamps and nested objects as JSON."""
    files = [
        (name, (name, bytes(content), "application/octet-stream"))
        for name, value in values.items()
        if name in file_fields and value is not None
        for content in (value if isinstance(value, (list, tuple)) else [value])
    ]
    plain = form_fields({name: to_jsonable_python(value) for name, value in values.items() if name not in file_fields})
    return plain, files
