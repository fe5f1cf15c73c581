# Code generated from templates/runtime/protocol.py by this repository's generator (copied verbatim). DO NOT EDIT.
# Runtime sha256: fdca455f7617de229dafe35e5d67f9194355d3f95c2d9c8ec3eefed05e71c10b
"""Reading error responses: the error code, the request id, the message, and which exception to raise."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from .errors import ApiError, describe_body

_REQUEST_ID_HEADERS = ("x-amzn-requestid", "x-amz-request-id", "x-request-id")
_XML_CODE = re.compile(r"<Code>\s*([^<\s]+)\s*</Code>")
_XML_MESSAGE = re.compile(r"<Message>\s*([^<]*?)\s*</Message>")
_HTML_START = re.compile(r"^\s*(<!doctype\s+html|<html)", re.IGNORECASE)
_HTML_HIDDEN = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_HTML_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(r"<[^>]*>")
_HTML_SCAN = 64 * 1024


@dataclass(frozen=True)
class ErrorTable:
    """The documented errors of a service: by AWS error code, and by HTTP status for other APIs."""

    by_code: Mapping[str, type[ApiError]] = field(default_factory=dict)
    by_status: Mapping[int, type[ApiError]] = field(default_factory=dict)


def parse_body(response: httpx.Response) -> Any:
    """The body as JSON when it is JSON, else as text (an HTML or XML error page), else None."""
    content = response.content
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return response.text


def request_id(headers: Mapping[str, str]) -> str | None:
    for name in _REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return value
    return None


def aws_error_code(headers: Mapping[str, str], body: Any) -> str | None:
    """The AWS error code, namespace and suffix stripped.

    restJson1 sends `X-Amzn-ErrorType: Code:http://...`; awsJson sends `__type: "ns#Code"` in the body;
    a few stacks send `code`. Query-style XML error pages carry `<Code>`.
    """
    raw = headers.get("x-amzn-errortype")
    if not raw and isinstance(body, dict):
        for key in ("__type", "code", "Code"):
            value = body.get(key)
            if isinstance(value, str) and value:
                raw = value
                break
    if not raw and isinstance(body, str):
        match = _XML_CODE.search(body)
        raw = match.group(1) if match else None
    if not raw:
        return None
    return raw.split(":", 1)[0].rsplit("#", 1)[-1] or None


def error_message(body: Any) -> str | None:
    """The human message of an error body, in the shapes services use."""
    if isinstance(body, dict):
        for key in ("message", "Message", "errorMessage"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
        errors = body.get("errors")
        if isinstance(errors, list) and errors:
            return "; ".join(_error_item(item) for item in errors)
        return describe_body(body) if body else None
    if isinstance(body, str):
        match = _XML_MESSAGE.search(body)
        if match:
            return match.group(1)
        if _HTML_START.match(body):
            return html_text(body) or None
        return describe_body(body) if body.strip() else None
    if body is not None:  # JSON that is not an object: a list, a number, a string
        return describe_body(body)
    return None


def _error_item(item: Any) -> str:
    """One entry of an `errors` list: a string (Datadog) or a JSON:API error object."""
    if isinstance(item, dict):
        parts = [str(item[key]) for key in ("title", "detail") if item.get(key)]
        if parts:
            return ": ".join(parts)
    return str(item)


def html_text(body: str) -> str:
    """The readable text of an HTML error page (a proxy's or load balancer's 502), for messages.

    The title comes first, then the visible text; markup, scripts and styles are dropped. Only the start of
    a page is read: the message is cut to a few hundred characters anyway.
    """
    import html  # here, not at the top: only an HTML error page needs it (~1 ms of a cold first call)

    body = body[:_HTML_SCAN]
    title_match = _HTML_TITLE.search(body)
    title = " ".join(html.unescape(title_match.group(1)).split()) if title_match else ""
    text = " ".join(html.unescape(_HTML_TAG.sub(" ", _HTML_HIDDEN.sub(" ", body))).split())
    if title and text.startswith(title):
        text = text[len(title) :].lstrip()
    return describe_body(f"{title}: {text}" if title and text else title or text)


def decode_error(response: httpx.Response, table: ErrorTable, operation: str, *, aws: bool) -> ApiError:
    """Build the exception for a non-2xx response: found by error code for AWS, by status otherwise."""
    body = parse_body(response)
    code = aws_error_code(response.headers, body) if aws else None
    error_class: type[ApiError] = ApiError
    if code is not None and code in table.by_code:
        error_class = table.by_code[code]
    elif not aws and response.status_code in table.by_status:
        error_class = table.by_status[response.status_code]
    detail = error_message(body)
    label = code or (error_class.__name__ if error_class is not ApiError else response.reason_phrase or "error")
    message = f"{operation} failed with HTTP {response.status_code} {label}"
    if detail:
        message += f": {detail}"
    return error_class(
        message,
        status_code=response.status_code,
        body=body,
        request_id=request_id(response.headers),
        code=code,
        headers=response.headers,
    )
