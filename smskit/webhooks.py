"""Delivery reports pushed by providers, into the outbox (DESIGN §17).

``create_app(outbox, secret=)`` is an ASGI app (Starlette) to serve with uvicorn or to mount
in your own service; ``smskit webhooks --outbox URL`` serves it. SMS.CX posts its
``dlr_update`` events to ``POST /smscx/dlr?secret=SECRET``: point a route's ``dlr_url=`` at
it (``smscx://KEY@default?sender=Shop&dlr_url=https%3A%2F%2Fshop.example%2Fsms%2Fdlr%3Fsecret%3D...``).

- A wrong or missing secret is 401 and changes nothing (compared in constant time).
- A body that is not a ``dlr_update`` event is 400.
- Up to 200 reports a request (SMS.CX's limit) are applied in one transaction; reports for
  message ids the outbox does not know are ignored (200), and a repeated or late report never
  changes a final state, so SMS.CX's retries are harmless.
"""

from __future__ import annotations

import asyncio
import hmac
from typing import TYPE_CHECKING

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp

from . import errors
from ._redact import register
from .outbox import DeliveryUpdate

if TYPE_CHECKING:
    from .outbox import Outbox

__all__ = ["MAX_BODY", "MAX_REPORTS", "create_app"]

MAX_REPORTS = 200  # SMS.CX sends at most this many items in one dlr_update
MAX_BODY = 1024 * 1024  # far above 200 items; a larger body is refused unread
SMSCX = "smscx"


def create_app(outbox: Outbox, *, secret: str) -> ASGIApp:
    """The webhook receiver for ``outbox``, accepting requests that carry ``secret``."""
    if not isinstance(secret, str) or len(secret) < 16:
        raise errors.ValidationError(
            "secret",
            "at least 16 characters (python -c 'import secrets; print(secrets.token_urlsafe())')",
        )
    register(secret)  # never in a log line or an error
    expected = secret.encode()

    def authorised(request: Request) -> bool:
        given = request.query_params.get("secret", "").encode("utf-8", "surrogatepass")
        return hmac.compare_digest(given, expected)

    async def smscx_dlr(request: Request) -> Response:
        if not authorised(request):
            return JSONResponse({"message": "wrong or missing secret"}, 401)
        body = await _body(request)
        if body is None:
            return JSONResponse({"message": f"body over {MAX_BODY} bytes"}, 413)
        from .smscx import parse_dlr  # the SMS.CX reading of a webhook body

        try:
            reports = parse_dlr(body)
        except errors.ValidationError as exc:
            return JSONResponse({"message": f"not a dlr_update event: {exc.problem}"}, 400)
        if len(reports) > MAX_REPORTS:
            return JSONResponse({"message": f"at most {MAX_REPORTS} reports a request"}, 400)
        updates = [
            DeliveryUpdate(r.delivery.state, r.status, provider=SMSCX, id=r.msg_id) for r in reports
        ]
        changed = await asyncio.to_thread(outbox.apply_delivery_reports, updates)
        return JSONResponse({"received": len(updates), "changed": len(changed)})

    async def health(request: Request) -> Response:
        return JSONResponse({"ok": True})

    return Starlette(
        routes=[
            Route("/smscx/dlr", smscx_dlr, methods=["POST"]),
            Route("/health", health, methods=["GET"]),
        ]
    )


async def _body(request: Request) -> bytes | None:
    """The body, or None when it is larger than ``MAX_BODY`` (read no further)."""
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > MAX_BODY:
        return None
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            return None
        chunks.append(chunk)
    return b"".join(chunks)
