"""A scriptable HTTP/1.1 server on 127.0.0.1 for fault-injection tests.

It is written on raw sockets, not http.server, so that a reply can misbehave the way real networks do:
reset the connection mid-body, promise more bytes than it sends, send a body that is not what its
Content-Length says, or answer after the client has given up. Each incoming request takes the next
behaviour from the script (then `default`), and is recorded, so a test can assert what arrived and how
many attempts were made.

    with FaultServer() as server:
        server.script(Reply(503), Reply(200, body={"ok": True}))
        ... point a client at server.url ...
        assert len(server.requests) == 2
"""

from __future__ import annotations

import json
import socket
import struct
import threading
from collections import deque
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Self

_REASONS = {
    200: "OK",
    400: "Bad Request",
    403: "Forbidden",
    404: "Not Found",
    408: "Request Timeout",
    429: "Too Many Requests",
    500: "Internal Server Error",
    501: "Not Implemented",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}
_MAX_HEAD = 64 * 1024


@dataclass(frozen=True)
class Reply:
    """One scripted answer.

    body: bytes as they are, str as UTF-8, anything else as JSON (with a JSON content type unless given).
    content_length: the Content-Length to announce; None announces the true length.
    send_bytes: how many body bytes to actually send before closing (None: all of them).
    reset: after the headers and `send_bytes` body bytes, abort the connection with a TCP RST.
    delay: seconds to wait before answering (the client's timeout is expected to fire first).
    """

    status: int = 200
    body: Any = b""
    headers: tuple[tuple[str, str], ...] = ()
    content_length: int | None = None
    send_bytes: int | None = None
    reset: bool = False
    delay: float = 0.0

    def encoded_body(self) -> tuple[bytes, list[tuple[str, str]]]:
        headers = list(self.headers)
        names = {name.lower() for name, _ in headers}
        if isinstance(self.body, bytes):
            body = self.body
        elif isinstance(self.body, str):
            body = self.body.encode()
        else:
            body = json.dumps(self.body).encode()
            if "content-type" not in names:
                headers.append(("Content-Type", "application/json"))
        return body, headers


@dataclass(frozen=True)
class Reset:
    """Read the request, then abort the connection with a TCP RST before answering anything."""


Behaviour = Reply | Reset


@dataclass(frozen=True)
class Received:
    """A request as it arrived on the wire."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class FaultServer:
    """A threaded server on an ephemeral loopback port; use it as a context manager."""

    default: Behaviour = field(default_factory=lambda: Reply(500, body={"message": "unscripted request"}))
    requests: list[Received] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        self._script: deque[Behaviour] = deque()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self._threads: list[threading.Thread] = []
        self._connections: set[socket.socket] = set()
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"

    def script(self, *behaviours: Behaviour) -> None:
        """Queue behaviours for the next requests, in order; after them every request gets `default`."""
        with self._lock:
            self._script.extend(behaviours)

    @property
    def attempts(self) -> int:
        with self._lock:
            return len(self.requests)

    def __enter__(self) -> Self:
        thread = threading.Thread(target=self._accept_loop, name=f"fault-server-{self.port}", daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._stop.set()
        self._listener.close()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            try:  # wakes a handler blocked in recv(); close() alone does not on Linux
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        for thread in list(self._threads):
            thread.join(timeout=2.0)

    # -- serving -------------------------------------------------------------------------------------

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            connection.settimeout(None)
            with self._lock:
                self._connections.add(connection)
            thread = threading.Thread(target=self._serve, args=(connection,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, connection: socket.socket) -> None:
        buffer = b""
        try:
            while not self._stop.is_set():
                request, buffer = _read_request(connection, buffer)
                if request is None:
                    return
                with self._lock:
                    self.requests.append(request)
                    behaviour = self._script.popleft() if self._script else self.default
                if not self._answer(connection, behaviour):
                    return
        except OSError:
            return
        finally:
            with self._lock:
                self._connections.discard(connection)
            _close_quietly(connection)

    def _answer(self, connection: socket.socket, behaviour: Behaviour) -> bool:
        """Send the behaviour's answer; False when the connection must be dropped afterwards."""
        if isinstance(behaviour, Reset):
            _reset(connection)
            return False
        if behaviour.delay and self._stop.wait(behaviour.delay):
            return False
        body, headers = behaviour.encoded_body()
        length = len(body) if behaviour.content_length is None else behaviour.content_length
        sent = body if behaviour.send_bytes is None else body[: behaviour.send_bytes]
        truncated = behaviour.reset or behaviour.send_bytes is not None or len(sent) < length
        head = [f"HTTP/1.1 {behaviour.status} {_REASONS.get(behaviour.status, 'Unknown')}"]
        head += [f"{name}: {value}" for name, value in headers]
        head.append(f"Content-Length: {length}")
        head.append("Connection: close" if truncated else "Connection: keep-alive")
        connection.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + sent)
        if behaviour.reset:
            _reset(connection)
            return False
        return not truncated


def _read_request(connection: socket.socket, buffer: bytes) -> tuple[Received | None, bytes]:
    while b"\r\n\r\n" not in buffer:
        chunk = connection.recv(65536)
        if not chunk:
            return None, b""
        buffer += chunk
        if len(buffer) > _MAX_HEAD:
            return None, b""
    head, buffer = buffer.split(b"\r\n\r\n", 1)
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(buffer) < length:
        chunk = connection.recv(65536)
        if not chunk:
            return None, b""
        buffer += chunk
    return Received(method, target, headers, buffer[:length]), buffer[length:]


def _reset(connection: socket.socket) -> None:
    """Close with SO_LINGER 0: the kernel sends RST instead of FIN, as a crashed peer or middlebox would."""
    try:
        connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    _close_quietly(connection)


def _close_quietly(connection: socket.socket) -> None:
    try:
        connection.close()
    except OSError:
        pass
