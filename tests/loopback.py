"""A real HTTP server on 127.0.0.1 whose every answer a test scripts, and which records every
request it received, so tests can count what reached the wire."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import attrs


@attrs.frozen
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    peer: tuple[str, int] = ("", 0)  # the client's address and port: one per connection

    def json(self) -> Any:
        return json.loads(self.body)


@attrs.frozen
class Reply:
    status: int = 200
    body: bytes | str | dict[str, Any] | list[Any] = b""
    headers: dict[str, str] = attrs.Factory(dict)
    delay: float = 0.0  # seconds before answering: longer than the client's timeout = a hang


@attrs.frozen
class Drop:
    """Close the connection without answering (the request was received)."""


Action = Reply | Drop
Handler = Callable[[Received], Action]


class LoopbackServer:
    def __init__(self, port: int = 0) -> None:
        """``port``: 0 for a free one; a given port lets a test start a provider late (an
        outage that ends)."""
        self.received: list[Received] = []
        self._lock = threading.Lock()
        self._script: list[Action] = []
        self._handler: Handler | None = None
        self.routes: dict[tuple[str, str], Handler] = {}
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                record = Received(
                    self.command, self.path, dict(self.headers.items()), self.rfile.read(length),
                    self.client_address[:2],
                )  # fmt: skip
                action = server._next(record)
                if isinstance(action, Drop):
                    self.close_connection = True
                    return
                if action.delay:
                    time.sleep(action.delay)
                body = action.body
                headers = dict(action.headers)
                if isinstance(body, dict | list):
                    body = json.dumps(body).encode()
                    headers.setdefault("Content-Type", "application/json")
                elif isinstance(body, str):
                    body = body.encode()
                try:
                    self.send_response(action.status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle

        class _Server(ThreadingHTTPServer):
            request_queue_size = 256  # many clients connect at once in concurrency tests
            daemon_threads = True

        self._httpd = _Server(("127.0.0.1", port), _Handler)
        self.port = self._httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    def _next(self, record: Received) -> Action:
        with self._lock:
            self.received.append(record)
            path = record.path.split("?")[0]
            route = self.routes.get((record.method, path))
            if route is not None:
                return route(record)
            if self._script:
                return self._script.pop(0)
            if self._handler is not None:
                return self._handler(record)
        return Reply(599, "no scripted answer left")

    def script(self, *actions: Action) -> None:
        """Answer the next requests with these actions, in order."""
        self._script.extend(actions)

    def handle(self, handler: Handler) -> None:
        """Answer every unscripted request with ``handler(request)``."""
        self._handler = handler

    def route(self, method: str, path: str, handler: Handler) -> None:
        self.routes[(method, path)] = handler

    def requests_to(self, path: str) -> list[Received]:
        return [r for r in self.received if r.path.split("?")[0] == path]

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
