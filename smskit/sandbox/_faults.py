"""Fault injection for tests: the next message-creating requests to one provider answer with
an error in that provider's documented shape, or hang (a timeout), instead of being caught.

    POST /_sandbox/faults {"provider": "smscx", "status": 503, "times": 1, "body": null}
    POST /_sandbox/faults {"provider": "sipgate", "timeout": 5.0}
    DELETE /_sandbox/faults

Logins and token requests are never affected: a fault is about the message.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import attrs
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from ._common import _json

SENDS = {
    "sipgate": ("POST", "/sipgate/v2/sessions/sms"),
    "smscx": ("POST", "/smscx/sms"),
    "smsend": ("POST", "/smsend/API/v1.0/REST/sms"),
    "acrobits": (None, "/acrobits/send_message"),  # GET or POST
}


@attrs.define
class Fault:
    provider: str
    status: int = 500
    times: int = 1
    body: Any = None
    timeout: float | None = None  # hang this long, then close without an answer


def error_answer(provider: str, status: int, body: Any = None) -> Response:
    """``status`` with ``body`` as given, else in the provider's documented error shape."""
    if body is not None:
        if isinstance(body, str):
            return PlainTextResponse(body, status)
        return JSONResponse(body, status)
    message = {400: "Bad request", 401: "Unauthorized", 402: "Insufficient funds",
               403: "Forbidden", 429: "Too many requests"}.get(status, "Sandbox fault")  # fmt: skip
    headers = {"Retry-After": "1"} if status == 429 else None
    if provider == "smscx":
        body = {"error": {"type": "sandbox_fault", "code": 9000 + status, "message": message,
                          "uri": "https://docs.sms.cx/#errors"}}  # fmt: skip
        return JSONResponse(body, status, headers)
    if provider == "smsend":
        body = {"result": "KO", "error_type": "sandbox_fault", "error_message": message}
        return JSONResponse(body, status, headers)
    if provider == "acrobits":
        return JSONResponse({"message": message}, status, headers)
    return PlainTextResponse(message, status, headers)


class Faults:
    """The pending faults, and the ASGI middleware that answers with them."""

    def __init__(self) -> None:
        self._pending: list[Fault] = []
        self._lock = threading.Lock()

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._pending.append(fault)

    def clear(self) -> None:
        with self._lock:
            self._pending.clear()

    def take(self, method: str, path: str) -> Fault | None:
        """The fault for this request, if it creates a message of a faulted provider."""
        with self._lock:
            for fault in self._pending:
                wanted, send_path = SENDS[fault.provider]
                if path.rstrip("/") == send_path and wanted in (None, method):
                    fault.times -= 1
                    if fault.times <= 0:
                        self._pending.remove(fault)
                    return fault
        return None

    async def control(self, request: Request) -> Response:
        if request.method == "DELETE":
            self.clear()
            return Response(status_code=204)
        body = await _json(request)
        if not isinstance(body, dict) or body.get("provider") not in SENDS:
            return JSONResponse({"message": f"provider must be one of {', '.join(SENDS)}"}, 400)
        unknown = sorted(set(body) - {"provider", "status", "times", "body", "timeout"})
        status, times, timeout = body.get("status", 500), body.get("times", 1), body.get("timeout")
        if unknown or not isinstance(status, int) or not 400 <= status <= 599:
            return JSONResponse({"message": "status must be 400-599; fields: provider, status, "
                                            "times, body, timeout"}, 400)  # fmt: skip
        if not isinstance(times, int) or times < 1:
            return JSONResponse({"message": "times must be a whole number above 0"}, 400)
        if timeout is not None and not (isinstance(timeout, int | float) and 0 < timeout <= 300):
            return JSONResponse({"message": "timeout must be seconds, at most 300"}, 400)
        self.add(Fault(body["provider"], status, times, body.get("body"), timeout))
        return JSONResponse({"pending": True}, 201)

    def middleware(self, app: ASGIApp) -> ASGIApp:
        async def faulty(scope: Scope, receive: Receive, send: Send) -> None:
            fault = self.take(scope["method"], scope["path"]) if scope["type"] == "http" else None
            if fault is None:
                await app(scope, receive, send)
                return
            if fault.timeout is not None:
                await asyncio.sleep(fault.timeout)  # the client gives up first
                return
            await error_answer(fault.provider, fault.status, fault.body)(scope, receive, send)

        return faulty
