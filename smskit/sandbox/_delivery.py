"""Delivery reports on demand: ``POST /_sandbox/messages/{id}/status`` marks a caught message
delivered, failed or expired. The providers' status endpoints answer with the new status
from then on, and an SMS.CX send that named a ``dlrCallbackUrl`` gets the documented
``dlr_update`` webhook posted to it, so an application's webhook handler is tested end to
end (``smskit.smscx.parse_dlr`` reads what arrives). ``POST /_sandbox/delivery`` does the
same for every message, N seconds after it was caught.

SMS.CX's status codes in reports are not documented: the sandbox numbers them itself
(``STATUS_CODES``), and an expired message shows as FAILED there (SMS.CX lists no EXPIRED).
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ._common import _json
from ._store import Message, Store

FINAL = ("DELIVERED", "FAILED", "EXPIRED")
STATUS_CODES = {"ACCEPTED": 100, "SCHEDULED": 101, "DELIVERED": 102, "FAILED": 103}
WEBHOOK_TIMEOUT = 5.0
AUTO_POLL = 0.2  # seconds between looks for messages due in the automatic mode


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
        self.auto: tuple[float, str] | None = None  # (seconds after catching, status)
        self._worker: asyncio.Task[None] | None = None

    async def automatic(self, request: Request) -> Response:
        """``POST /_sandbox/delivery {"after_seconds": N, "status": "delivered"}``: from now
        on every caught message gets that status N seconds after it arrived (webhooks
        included); ``DELETE`` turns it off."""
        if request.method == "DELETE":
            self.auto = None
            return JSONResponse({"automatic": None})
        body = await _json(request)
        after = body.get("after_seconds") if isinstance(body, dict) else None
        status = str(body.get("status", "delivered")).upper() if isinstance(body, dict) else ""
        if (
            not isinstance(after, int | float)
            or isinstance(after, bool)
            or not 0 <= after <= 86_400
            or status not in FINAL
        ):
            return JSONResponse(
                {"message": "after_seconds (0 to 86400) and status delivered, failed or "
                 "expired are required"}, 400)  # fmt: skip
        self.auto = (float(after), status)
        if self._worker is None or self._worker.done():
            self._worker = asyncio.get_running_loop().create_task(self._deliver_due())
        return JSONResponse({"automatic": {"after_seconds": after, "status": status}})

    async def _deliver_due(self) -> None:
        while self.auto is not None:
            seconds, status = self.auto
            cutoff = datetime.now(UTC) - timedelta(seconds=seconds)
            for message in self.store.accepted_before(cutoff):
                await self.mark(
                    message, status, f"automatic mode: {seconds:g} s after it was caught"
                )
            await asyncio.sleep(AUTO_POLL)

    async def mark(self, message: Message, status: str, why: str) -> dict[str, Any] | None:
        """Set the status; post the webhook where the send asked for one (what it answered).
        Both go into the message's timeline."""
        self.store.set_status(message.msg_id, status, note=f"delivery report ({why})")
        if message.provider != "smscx" or not message.callback_url:
            return None
        answer = await _post(message.callback_url, dlr_update(message, status))
        outcome = (
            f"answered {answer['status_code']}" if "status_code" in answer
            else f"failed: {answer['error']}"
        )  # fmt: skip
        self.store.note([message.msg_id], f"dlr_update webhook POST {answer['url']} {outcome}")
        return answer

    async def report(self, request: Request) -> Response:
        """``{"status": "delivered" | "failed" | "expired"}`` -> 200 with the message's new
        status and what the webhook (if any) answered; 404 for an unknown id."""
        body = await _json(request)
        status = body.get("status") if isinstance(body, dict) else None
        if not isinstance(status, str) or status.upper() not in FINAL:
            return JSONResponse({"message": "status must be delivered, failed or expired"}, 400)
        status = status.upper()
        msg_id = request.path_params["msg_id"]
        message = self.store.one(msg_id)
        if message is None:
            return JSONResponse({"message": f"no message {msg_id}"}, 404)
        webhook = await self.mark(message, status, "POST /_sandbox/messages/{id}/status")
        return JSONResponse({"id": msg_id, "status": status, "webhook": webhook})


async def _post(url: str, payload: dict[str, Any]) -> dict[str, Any]:
    try:
        async with httpx.AsyncClient(timeout=WEBHOOK_TIMEOUT, follow_redirects=False) as client:
            answer = await client.post(url, json=payload)
        return {"url": url, "status_code": answer.status_code}
    except httpx.HTTPError as exc:
        return {"url": url, "error": f"{type(exc).__name__}: {exc}"}
