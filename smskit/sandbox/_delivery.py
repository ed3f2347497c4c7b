"""Delivery reports on demand: ``POST /_sandbox/messages/{id}/status`` marks a caught message
delivered, failed or expired. The providers' status endpoints answer with the new status
from then on, and an SMS.CX send that named a ``dlrCallbackUrl`` gets the documented
``dlr_update`` webhook posted to it, so an application's webhook handler is tested end to
end (``smskit.smscx.parse_dlr`` reads what arrives).

SMS.CX's status codes in reports are not documented: the sandbox numbers them itself
(``STATUS_CODES``), and an expired message shows as FAILED there (SMS.CX lists no EXPIRED).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import httpx
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ._store import Message, Store

FINAL = ("DELIVERED", "FAILED", "EXPIRED")
STATUS_CODES = {"ACCEPTED": 100, "SCHEDULED": 101, "DELIVERED": 102, "FAILED": 103}
WEBHOOK_TIMEOUT = 5.0


def smscx_status(status: str) -> tuple[str, int, int | None]:
    """A sandbox status as SMS.CX reports it: (status, statusCode, errorCode)."""
    if status == "EXPIRED":
        return "FAILED", STATUS_CODES["FAILED"], 1  # error 1: validity period ran out
    return status, STATUS_CODES.get(status, 100), 1 if status == "FAILED" else None


def dlr_update(message: Message, status: str) -> dict[str, Any]:
    """The body SMS.CX posts to a dlrCallbackUrl for one message."""
    shown, code, error = smscx_status(status)
    return {
        "event": "dlr_update",
        "data": [
            {
                "campaignId": message.batch,
                "msgId": message.msg_id,
                "statusCode": code,
                "status": shown,
                "errorCode": error,
                "datetime": datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S"),
                "trackData": message.track_data,
            }
        ],
    }


class Delivery:
    def __init__(self, store: Store) -> None:
        self.store = store

    async def report(self, request: Request) -> Response:
        """``{"status": "delivered" | "failed" | "expired"}`` -> 200 with the message's new
        status and what the webhook (if any) answered; 404 for an unknown id."""
        try:
            body = json.loads(await request.body())
        except ValueError:
            body = None
        status = body.get("status") if isinstance(body, dict) else None
        if not isinstance(status, str) or status.upper() not in FINAL:
            return JSONResponse({"message": "status must be delivered, failed or expired"}, 400)
        status = status.upper()
        msg_id = request.path_params["msg_id"]
        found = [m for m in self.store.find(msg_id) if m.msg_id == msg_id]
        if not found:
            return JSONResponse({"message": f"no message {msg_id}"}, 404)
        message = found[0]
        self.store.set_status(message.msg_id, status)
        webhook = None
        if message.provider == "smscx" and message.callback_url:
            webhook = await _post(message.callback_url, dlr_update(message, status))
        return JSONResponse({"id": message.msg_id, "status": status, "webhook": webhook})


async def _post(url: str, payload: dict[str, Any]) -> dict[str, Any]:
    try:
        async with httpx.AsyncClient(timeout=WEBHOOK_TIMEOUT, follow_redirects=False) as client:
            answer = await client.post(url, json=payload)
        return {"url": url, "status_code": answer.status_code}
    except httpx.HTTPError as exc:
        return {"url": url, "error": f"{type(exc).__name__}: {exc}"}
