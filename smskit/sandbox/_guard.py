"""What the sandbox refuses before any route runs: oversized bodies, foreign Host headers.

The sandbox holds OTP texts with their PINs and takes unauthenticated requests, so it must
not be readable by a web page through DNS rebinding (a page on evil.example whose name now
points at 127.0.0.1 sends ``Host: evil.example``), and one large POST must not exhaust it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY = 4 * 1024 * 1024  # a 25,000-recipient SMS.CX send is about 0.5 MB
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


def host_name(header: str) -> str:
    """``Host`` without the port: ``[::1]:8765`` -> ``::1``, ``Example:80`` -> ``example``."""
    value = header.strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class Guard:
    """ASGI middleware: 421 for a Host that is not allowed, 413 for a body over the limit
    (counted as it arrives, before any handler reads it or checks a password)."""

    def __init__(
        self, app: ASGIApp, *, allowed_hosts: Iterable[str] | None, max_body: int = MAX_BODY
    ) -> None:
        self.app = app
        self.allowed = (
            None if allowed_hosts is None else frozenset(h.lower() for h in allowed_hosts)
        )
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if self.allowed is not None and host_name(headers.get("host", "")) not in self.allowed:
            await _answer(send, 421, "Host not allowed: the sandbox answers loopback names only")
            return
        declared = headers.get("content-length", "0")
        if not declared.isdigit() or int(declared) > self.max_body:
            await _answer(send, 413, f"Request body over {self.max_body} bytes")
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            size += len(message.get("body", b""))
            if size > self.max_body:
                await _answer(send, 413, f"Request body over {self.max_body} bytes")
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


async def _answer(send: Send, status: int, message: str) -> None:
    body = json.dumps({"message": message}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
