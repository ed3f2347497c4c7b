"""A misbehaving HTTP server on 127.0.0.1 for fault-injection tests.

Each request it receives is recorded, then answered by the next scripted ``Fault`` (or by the
``success`` responder once the script is used up). Faults work at the socket level, so they
can do what a well-behaved server library cannot: reset the connection before or in the
middle of a reply, never answer, or trickle the headers out byte by byte.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
import time
from collections.abc import Callable
from email.utils import formatdate
from typing import Any

import attrs
from loopback import Received, Reply

Responder = Callable[[Received], Reply]


@attrs.frozen
class Fault:
    """How to (mis)answer one request. ``name`` is what the reliability table shows."""

    name: str
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = attrs.Factory(dict)
    reset_before_reply: bool = False
    reset_after_bytes: int | None = None  # send this many bytes of the reply, then reset
    hang: float = 0.0  # wait this long, then close without a byte
    trickle_gap: float = 0.0  # pause between 8-byte pieces of the status line and headers
    dynamic_headers: Callable[[], dict[str, str]] | None = attrs.field(default=None, eq=False)
    from_success: bool = False  # answer with the success responder's body, under ``status``
    every_attempt: bool = False  # answer every request of the send so, not only the first


def retry_after_http_date(seconds: float) -> dict[str, str]:
    return {"Retry-After": formatdate(time.time() + seconds, usegmt=True)}


def _reply_bytes(status: int, headers: dict[str, str], body: bytes) -> tuple[bytes, bytes]:
    lines = [f"HTTP/1.1 {status} X"] + [f"{k}: {v}" for k, v in headers.items()]
    if not any(k.lower() == "content-length" for k in headers):
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"), body


def _body_of(reply: Reply) -> bytes:
    if isinstance(reply.body, bytes):
        return reply.body
    if isinstance(reply.body, dict | list):
        return json.dumps(reply.body).encode()
    return reply.body.encode()


def _reset(conn: socket.socket) -> None:
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


class FaultServer:
    def __init__(self, success: Responder) -> None:
        self.success = success
        # Ground truth: each request received whole (every byte its Content-Length promised),
        # whatever the answer; a request cut short is in ``partial``.
        self.received: list[Received] = []
        self.partial: list[Received] = []
        self.script: list[Fault] = []
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=128)
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._closed = False
        threading.Thread(target=self._accept_loop, daemon=True).start()

    def settled(self, at_least: int, seconds: float = 5.0) -> list[Received]:
        """``received``, once it holds ``at_least`` requests or ``seconds`` passed: a client
        that timed out may be done before this server's thread (slow on a busy machine) has
        read the request it sent."""
        deadline = time.monotonic() + seconds
        while len(self.received) < at_least and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.received

    def _accept_loop(self) -> None:
        while not self._closed:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _read_request(self, stream: Any) -> Received | None:
        line = stream.readline()
        if not line:
            return None
        method, path, _ = line.decode("latin-1").split(" ", 2)
        headers: dict[str, str] = {}
        while (header := stream.readline()) not in (b"\r\n", b"\n", b""):
            name, _, value = header.decode("latin-1").partition(":")
            headers[name.strip()] = value.strip()
        length = int(next((v for k, v in headers.items() if k.lower() == "content-length"), "0"))
        body = stream.read(length) if length else b""
        received = Received(method, path, headers, body)
        if len(body) < length:
            with self._lock:
                self.partial.append(received)
            return None
        return received

    def _serve(self, conn: socket.socket) -> None:
        stream = conn.makefile("rb")
        try:
            while (request := self._read_request(stream)) is not None:
                with self._lock:
                    self.received.append(request)
                    fault = self.script[0] if self.script else None
                    if fault is not None and not fault.every_attempt:
                        self.script.pop(0)
                if not self._answer(conn, request, fault):
                    return
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                conn.close()

    def _answer(self, conn: socket.socket, request: Received, fault: Fault | None) -> bool:
        """Answer one request; False when the connection is gone afterwards."""
        if fault is None:
            reply = self.success(request)
            head, payload = _reply_bytes(reply.status, dict(reply.headers), _body_of(reply))
            conn.sendall(head + payload)
            return True
        if fault.from_success:
            fault = attrs.evolve(fault, body=_body_of(self.success(request)), from_success=False)
        if fault.reset_before_reply:
            _reset(conn)
            return False
        if fault.hang:
            time.sleep(fault.hang)
            conn.close()
            return False
        headers = {**fault.headers, **(fault.dynamic_headers() if fault.dynamic_headers else {})}
        head, payload = _reply_bytes(fault.status, headers, fault.body)
        if fault.reset_after_bytes is not None:
            conn.sendall((head + payload)[: fault.reset_after_bytes])
            time.sleep(0.05)
            _reset(conn)
            return False
        if fault.trickle_gap:
            for start in range(0, len(head), 8):
                conn.sendall(head[start : start + 8])
                time.sleep(fault.trickle_gap)
            conn.sendall(payload)
            return True
        conn.sendall(head + payload)
        return True

    def close(self) -> None:
        self._closed = True
        with contextlib.suppress(OSError):  # shutdown wakes the accept() in the other thread
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()


def refusing_url() -> str:
    """A loopback URL where nothing listens: connecting is refused."""
    from servers import free_port

    port = free_port()
    return f"http://127.0.0.1:{port}"
