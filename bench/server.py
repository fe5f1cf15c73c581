"""A lean keep-alive HTTP/1.1 server on 127.0.0.1 that answers every request with a canned body.

Why not moto or the packages' fake servers: moto closes every connection, and the fakes validate each
request (useful in tests, noise in a benchmark). This server reads a request, picks the reply by its path
and `X-Amz-Target` header, and writes prebuilt bytes. `TCP_NODELAY` avoids the
40 ms delayed-ACK stalls that Nagle's algorithm causes with small writes.

Routes are keyed `<path>` or `<path>#<X-Amz-Target>` (awsJson services all POST to one path, so the same
server can serve several canned DescribeTasks bodies under different endpoint paths).

It runs in its own process (`python bench/server.py ROUTES.json`), so that it does not contend with the
measured client for the GIL; it prints `PORT <n>` once listening, and stops when its standard input
closes (the parent exited or called `stop()`) or after `--max-seconds`, whichever comes first.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_REQUEST_ID = "bench-0000-0000-0000-000000000000"


@dataclass(frozen=True)
class Canned:
    """One canned reply: a JSON body with its content type."""

    body: bytes
    content_type: str = "application/json"
    status: int = 200


def _response_bytes(canned: Canned) -> bytes:
    reason = {200: "OK", 404: "Not Found"}.get(canned.status, "OK")
    head = (
        f"HTTP/1.1 {canned.status} {reason}\r\n"
        f"Content-Type: {canned.content_type}\r\n"
        f"Content-Length: {len(canned.body)}\r\n"
        f"x-amzn-RequestId: {_REQUEST_ID}\r\n"
        "Connection: keep-alive\r\n"
        "\r\n"
    )
    return head.encode("ascii") + canned.body


_NOT_FOUND = _response_bytes(Canned(b'{"message":"no canned reply for this request"}', status=404))


def _serve_connection(conn: socket.socket, replies: Mapping[bytes, bytes]) -> None:
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    buffer = b""
    try:
        while True:
            while b"\r\n\r\n" not in buffer:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                buffer += chunk
            head, buffer = buffer.split(b"\r\n\r\n", 1)
            lines = head.split(b"\r\n")
            target = lines[0].split(b" ", 2)[1].split(b"?", 1)[0].rstrip(b"/")  # "/ecs1/" and "/ecs1" alike
            length = 0
            amz_target = b""
            for line in lines[1:]:
                name, _, value = line.partition(b":")
                name = name.strip().lower()
                if name == b"content-length":
                    length = int(value.strip())
                elif name == b"x-amz-target":
                    amz_target = value.strip()
            while len(buffer) < length:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                buffer += chunk
            buffer = buffer[length:]
            reply = replies.get(target + b"#" + amz_target) if amz_target else None
            if reply is None:
                reply = replies.get(target, _NOT_FOUND)
            conn.sendall(reply)
    except (ConnectionError, OSError):
        return
    finally:
        conn.close()


def _normalize(key: str) -> bytes:
    path, hash_sign, target = key.partition("#")
    return (path.rstrip("/") + hash_sign + target).encode()


def serve(routes: Mapping[str, Canned], *, max_seconds: float, announce: Any = None) -> None:
    """Serve until stdin closes or `max_seconds` pass. `routes` keys: `<path>` or `<path>#<X-Amz-Target>`."""
    replies = {_normalize(key): _response_bytes(value) for key, value in routes.items()}
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    listener.settimeout(0.5)
    stop = threading.Event()

    def watch_stdin() -> None:
        try:
            sys.stdin.read()
        finally:
            stop.set()

    threading.Thread(target=watch_stdin, daemon=True).start()
    print(f"PORT {listener.getsockname()[1]}", flush=True, file=announce or sys.stdout)
    deadline = time.monotonic() + max_seconds
    while not stop.is_set() and time.monotonic() < deadline:
        try:
            conn, _ = listener.accept()
        except TimeoutError:
            continue
        threading.Thread(target=_serve_connection, args=(conn, replies), daemon=True).start()
    listener.close()


class BenchServer:
    """Runs `serve` in a child process; `url` is its base URL. Use as a context manager."""

    def __init__(self, routes: Mapping[str, Canned], *, max_seconds: float = 1800.0) -> None:
        self._routes = routes
        self._max_seconds = max_seconds
        self._process: subprocess.Popen[str] | None = None
        self._routes_file: Path | None = None
        self.url = ""

    def start(self) -> BenchServer:
        import tempfile

        spec = {
            key: {"body": value.body.decode("utf-8"), "content_type": value.content_type, "status": value.status}
            for key, value in self._routes.items()
        }
        handle, name = tempfile.mkstemp(prefix="bench-routes-", suffix=".json")
        with os.fdopen(handle, "w") as file:
            json.dump(spec, file)
        self._routes_file = Path(name)
        self._process = subprocess.Popen(
            [sys.executable, __file__, name, "--max-seconds", str(self._max_seconds)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line.startswith("PORT "):
            self.stop()
            raise RuntimeError(f"benchmark server did not start (said {line!r})")
        self.url = f"http://127.0.0.1:{int(line.split()[1])}"
        return self

    def stop(self) -> None:
        if self._process is not None:
            assert self._process.stdin is not None
            self._process.stdin.close()  # the child stops when its stdin closes
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process = None
        if self._routes_file is not None:
            self._routes_file.unlink(missing_ok=True)
            self._routes_file = None

    def __enter__(self) -> BenchServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("routes", help="JSON file: {key: {body, content_type, status}}")
    parser.add_argument("--max-seconds", type=float, default=1800.0)
    args = parser.parse_args()
    raw = json.loads(Path(args.routes).read_text())
    routes = {key: Canned(v["body"].encode("utf-8"), v["content_type"], v["status"]) for key, v in raw.items()}
    serve(routes, max_seconds=args.max_seconds)


if __name__ == "__main__":
    main()
