"""smsend's wire protocol in the sandbox: login sessions and tokens, sends keyed by order_id,
order status and cancel, credit status."""

from __future__ import annotations

import re
import secrets
import uuid
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

from ._common import SECRET, Core, _json, _possible
from ._spec import problems

# smsend's documented formats of scheduled_delivery_time, by the shape of the text.
_FORMATS = (
    (re.compile(r"\d{6}"), "%d%m%y"),
    (re.compile(r"\d{8}"), "%Y%m%d"),
    (re.compile(r"\d{10}"), "%d%m%y%H%M"),
    (re.compile(r"\d{14}"), "%Y%m%d%H%M%S"),
    (re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}"), "%Y-%m-%d %H:%M"),
    (re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}\.0"), "%Y-%m-%d %H:%M.0"),
)


def scheduled_time(text: str) -> datetime:
    """A ``scheduled_delivery_time`` read as documented (``ddMMyy``, ``yyyyMMdd``,
    ``ddMMyyHHmm``, ``yyyyMMddHHmmss``, ``yyyy-MM-dd HH:mm``, ``yyyy-MM-dd HH:mm.0``), or as
    ISO 8601, which smsend's own Python quickstart sends (``datetime.isoformat()``; UNCONFIRMED
    that the service reads it). ``ValueError`` otherwise."""
    for shape, layout in _FORMATS:
        if shape.fullmatch(text):
            return datetime.strptime(text, layout)
    if "T" in text:
        return datetime.fromisoformat(text).replace(tzinfo=None)
    raise ValueError(text)


class SmsendRoutes(Core):
    @staticmethod
    def _se_error(status: int, message: str) -> JSONResponse:
        return JSONResponse(
            {"result": "KO", "error_type": "sandbox", "error_message": message}, status
        )

    def _se_user(self, request: Request) -> str | Response:
        user_key = request.headers.get("user_key", "")
        session, access = request.headers.get("Session_key"), request.headers.get("Access_token")
        if session and self.sessions.session_ok(user_key, session):
            return user_key
        if access and self.sessions.access.get(access) == user_key:
            return user_key
        return self._se_error(401, "Invalid or expired user_key/Session_key/Access_token")

    async def smsend_login(self, request: Request) -> Response:
        username, password = (
            request.query_params.get("username"),
            request.query_params.get("password"),
        )
        if not username or password != SECRET:
            return Response(status_code=404)
        user_key = "UK" + uuid.uuid5(uuid.NAMESPACE_OID, username).hex[:10]
        if request.url.path.endswith("/token"):
            token = "AT" + secrets.token_hex(12)
            self.sessions.access[token] = user_key
            return PlainTextResponse(f"{user_key};{token}")
        return PlainTextResponse(f"{user_key};{self.sessions.open_session(user_key)}")

    async def smsend_send(self, request: Request) -> Response:
        user = self._se_user(request)
        if isinstance(user, Response):
            return user
        if not self.limits.allow("smsend"):
            return PlainTextResponse("Too many requests", 429, {"Retry-After": "1"})
        body = await _json(request)
        if body is None or (found := problems("smsend", "SendSmsRequest", body)):
            return self._se_error(
                400, "; ".join(found) if body is not None else "Invalid JSON body"
            )
        order_id = body.get("order_id") or uuid.uuid4().hex
        key = f"smsend:{user}:{order_id}"
        if (earlier := self.store.reply_for(key)) is not None:
            earlier_ones = [m for m in self.store.find(order_id) if m.provider == "smsend"]
            self._repeated(earlier_ones, "order_id")
            return JSONResponse(earlier, 201)
        invalid = [n for n in body["recipient"] if not _possible(n)]
        if invalid and not body.get("allowInvalidRecipients"):
            return self._se_error(400, f"Invalid recipients: {', '.join(invalid)}")
        scheduled = None
        if body.get("scheduled_delivery_time"):
            try:
                zone = ZoneInfo(body.get("scheduled_delivery_timezone") or "Europe/Rome")
                scheduled = scheduled_time(str(body["scheduled_delivery_time"])).replace(
                    tzinfo=zone
                )
            except (ValueError, ZoneInfoNotFoundError):
                return self._se_error(400, "Invalid scheduled_delivery_time or timezone")
        sender = body.get("sender") or None
        messages = [
            self._message(
                "smsend",
                n,
                body["message"],
                sender=sender,
                batch=order_id,
                scheduled_at=scheduled,
                msg_id=f"{order_id}:{i}",
            )
            for i, n in enumerate(r for r in body["recipient"] if r not in invalid)
        ]
        if not self.limits.charge(sum(m.parts for m in messages)):
            return self._se_error(400, "Not enough credit")
        remaining = self.limits.balance if self.limits.balance is not None else 999999
        reply = {
            "result": "OK",
            "order_id": order_id,
            "total_sent": len(messages),
            "remaining_credits": remaining,
            "internal_order_id": uuid.uuid4().hex[:10],
        }
        if not self.store.add(messages, key, reply):
            reply = self.store.reply_for(key) or reply
        return JSONResponse(reply, 201)

    async def smsend_order(self, request: Request) -> Response:
        user = self._se_user(request)
        if isinstance(user, Response):
            return user
        order_id = request.path_params["order_id"]
        found = [m for m in self.store.find(order_id) if m.provider == "smsend"]
        if not found:
            return Response(status_code=404)
        if request.method == "DELETE":
            if not self.store.set_status(
                order_id, "CANCELLED", only_if="SCHEDULED", note="cancelled by the client"
            ):
                return Response(status_code=404)
            return JSONResponse({"result": "OK"})
        # An accepted message waits for its delivery report (WAIT4DLVR) until the sandbox is
        # told how it ended, as at smsend: nothing is delivered the moment it is sent.
        statuses = {"ACCEPTED": "WAIT4DLVR", "SCHEDULED": "SCHEDULED", "CANCELLED": "KO",
                    "DELIVERED": "DLVRD", "FAILED": "ERROR", "EXPIRED": "TIMEOUT"}  # fmt: skip
        return JSONResponse(
            {
                "recipients": [
                    {
                        "destination": m.recipient,
                        "status": statuses.get(m.status, m.status),
                        "delivery_date": m.created_at.astimezone(ZoneInfo("Europe/Rome")).strftime(
                            "%Y%m%d%H%M%S"
                        )
                        if m.status == "ACCEPTED"
                        else None,
                    }
                    for m in reversed(found)
                ]
            }
        )

    async def smsend_status(self, request: Request) -> Response:
        user = self._se_user(request)
        if isinstance(user, Response):
            return user
        credits = self.limits.balance if self.limits.balance is not None else 999999
        return JSONResponse(
            {
                "money": None,
                "sms": [{"type": "N", "quantity": credits}, {"type": "L", "quantity": credits}],
            }
        )
