# Code generated from templates/runtime/fake_server.py by this repository's generator (copied verbatim). DO NOT EDIT.
# Runtime sha256: 5cc850d38c29bb9b402e9f80af6d4746bcdaac0b3f1c6752f0deac87f5c6dca9
"""A fake of the service for tests: a real HTTP server on loopback that answers from the spec's examples.

No vendor offers a local double of these APIs, so every generated package ships one (`<package>.testing`).
It checks each incoming request against the spec (route, path-parameter patterns, body through the request
model, credential headers), records it, and answers with the documented example, or with whatever a test
queued (`respond`). Requests that break the spec get a 400 in the service's error format.
"""

from __future__ import annotations

import json
import re
import threading
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from pydantic import BaseModel, ValidationError

from .fake_paging import BadPageToken, FakePaging, page_of


@dataclass(frozen=True)
class Route:
    """One operation as the fake serves it."""

    operation: str
    method: str
    path: str  # template with {wire_name} placeholders
    content_type: str = "application/json"
    target: str | None = None  # X-Amz-Target, for awsJson
    param_patterns: Mapping[str, str] = field(default_factory=dict)
    request_model: type[BaseModel] | None = None
    body_required: bool = False
    examples: Mapping[str, tuple[int, Any]] = field(default_factory=dict)  # name → (status, body)
    default_example: str | None = None
    #: the first documented success status, answered when nothing is queued and there is no example
    status: int = 200
    #: that success response documents no body (a 204 DELETE): the default answer has none either
    bodiless: bool = False
    #: a paginated operation: the default answer is cut into pages by its token (`serve_items` sets the items)
    paging: FakePaging | None = None

    def path_regex(self) -> re.Pattern[str]:
        pattern, seen = "", set()
        for literal, name in re.findall(r"([^{]*)(?:\{([^}]+)\})?", self.path):
            pattern += re.escape(literal)
            if name:  # a name used twice in one template must match the same text twice
                pattern += f"(?P={_group(name)})" if name in seen else f"(?P<{_group(name)}>[^/]+)"
                seen.add(name)
        return re.compile(f"^{pattern}$")


def _group(name: str) -> str:
    return "p_" + re.sub(r"\W", "_", name)


@dataclass
class RecordedRequest:
    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes
    operation: str | None
    path_params: dict[str, str]
    problems: list[str]

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@dataclass
class _Reply:
    status: int
    body: Any
    headers: Mapping[str, str]
    raw: bytes | None = None


class FakeServer:
    """Serve `routes` on 127.0.0.1 (an ephemeral port) until `stop()`; use as a context manager."""

    def __init__(
        self,
        routes: Sequence[Route],
        *,
        aws_protocol: str | None = None,
        credential_headers: Sequence[str] = (),
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.routes = list(routes)
        self.aws_protocol = aws_protocol
        self.credential_headers = tuple(credential_headers)
        self.requests: list[RecordedRequest] = []
        self._queued: dict[str | None, deque[_Reply]] = {}
        self._items: dict[str, list[Any]] = {}
        self._lock = threading.Lock()
        self._compiled = [(route, route.path_regex()) for route in self.routes]
        self._server = ThreadingHTTPServer((host, port), self._handler_class())
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    # -- control ---------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> FakeServer:
        if self._thread is None:
            self._thread = threading.Thread(target=self._server.serve_forever, name="fake-server", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def respond(
        self,
        operation: str | None = None,
        *,
        example: str | None = None,
        status: int | None = None,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        raw: bytes | None = None,
        times: int = 1,
    ) -> None:
        """Queue the next answer(s) for an operation (None: for any): a named example, or a status and body."""
        if example is not None:
            route = self._route_named(operation)
            if example not in route.examples:
                raise KeyError(f"{route.operation} has no example {example!r}; it has {sorted(route.examples)}")
            example_status, example_body = route.examples[example]
            status = example_status if status is None else status
            body = example_body if body is None else body
        reply = _Reply(200 if status is None else status, body, dict(headers or {}), raw)
        with self._lock:
            queue = self._queued.setdefault(operation, deque())
            queue.extend([reply] * times)

    def serve_items(self, operation: str, items: Sequence[Any]) -> None:
        """The items a paginated operation lists (instead of its example's), served a page per call by token."""
        with self._lock:
            self._items[operation] = list(items)

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self._queued.clear()

    # -- serving ---------------------------------------------------------------------------------
    def _route_named(self, operation: str | None) -> Route:
        for route in self.routes:
            if operation is None or route.operation == operation:
                return route
        raise KeyError(f"no operation {operation!r}")

    def _match(self, method: str, path: str, headers: Mapping[str, str]) -> tuple[Route | None, dict[str, str]]:
        for route, regex in self._compiled:
            if route.method != method:
                continue
            found = regex.match(path)
            if found is None:
                continue
            if route.target is not None and headers.get("x-amz-target") != route.target:
                continue
            names = re.findall(r"\{([^}]+)\}", route.path)
            return route, {name: unquote(found.group(_group(name))) for name in names}
        return None, {}

    def _check(self, route: Route, params: Mapping[str, str], headers: Mapping[str, str], body: bytes) -> list[str]:
        problems = []
        for name, pattern in route.param_patterns.items():
            value = params.get(name)
            if value is not None and re.search(pattern, value) is None:
                problems.append(f"path parameter {name}={value!r} does not match {pattern!r}")
        for header in self.credential_headers:
            if not headers.get(header.lower()):
                problems.append(f"missing credential header {header}")
        if route.request_model is not None and (body or route.body_required):
            if headers.get("content-type", "").split(";")[0].strip() != route.content_type:
                problems.append(f"Content-Type must be {route.content_type}")
            try:
                route.request_model.model_validate_json(body or b"{}", by_alias=True, by_name=False)
            except ValidationError as exc:
                problems.extend(f"body {'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        return problems

    def _error_reply(self, status: int, code: str, message: str) -> _Reply:
        if self.aws_protocol is None:
            return _Reply(status, {"errors": [message]}, {})
        if self.aws_protocol.startswith("awsJson"):
            return _Reply(status, {"__type": code, "message": message}, {})
        return _Reply(status, {"message": message}, {"X-Amzn-ErrorType": code})

    def _answer(self, method: str, raw_path: str, headers: dict[str, str], body: bytes) -> _Reply:
        split = urlsplit(raw_path)
        route, params = self._match(method, split.path, headers)
        split_query = parse_qsl(split.query)
        problems = self._check(route, params, headers, body) if route is not None else ["no such operation"]
        with self._lock:
            self.requests.append(
                RecordedRequest(
                    method,
                    split.path,
                    parse_qsl(split.query),
                    headers,
                    body,
                    route.operation if route else None,
                    params,
                    problems,
                )
            )
            queue = self._queued.get(route.operation if route else None) or self._queued.get(None)
            queued = queue.popleft() if queue else None
        if route is None:
            return self._error_reply(404, "UnknownOperationException", f"no operation for {method} {split.path}")
        if problems:
            return self._error_reply(400, "ValidationException", "; ".join(problems))
        if queued is not None:
            return queued
        if route.default_example is not None or (route.paging is not None and route.operation in self._items):
            status, example = route.examples[route.default_example] if route.default_example else (route.status, {})
            if route.paging is not None:
                try:
                    example = page_of(route.paging, example, self._items.get(route.operation), split_query, body)
                except BadPageToken as exc:
                    return self._error_reply(400, "InvalidParameterException", str(exc))
            return _Reply(status, example, {})
        return _Reply(route.status, None, {}, b"") if route.bodiless else _Reply(route.status, {}, {})

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms delayed-ACK stall

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {name.lower(): value for name, value in self.headers.items()}
                reply = fake._answer(self.command, self.path, headers, body)
                # 1xx, 204 and 304 carry no body (RFC 9110): a stray one would corrupt the next response on
                # this keep-alive connection.
                bodiless = reply.status < 200 or reply.status in (204, 304)
                payload = b"" if bodiless else reply.raw if reply.raw is not None else json.dumps(reply.body).encode()
                self.send_response(reply.status)
                if not bodiless:
                    content_type = fake.routes[0].content_type if fake.aws_protocol else "application/json"
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(payload)))
                self.send_header("x-amzn-RequestId" if fake.aws_protocol else "X-Request-Id", "fake-request-id")
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _serve

            def log_message(self, format: str, *args: Any) -> None:  # silence the default stderr log
                return None

        return Handler
