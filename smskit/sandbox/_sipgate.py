"""sipgate's wire protocol in the sandbox: Basic or Bearer auth, the send, extensions, user info."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

from ._common import SECRET, Core, _basic, _bearer, _json, _now, _possible
from ._spec import problems

# The numbers each web SMS extension may send from: one verified, one not. Until a default is
# set, sipgate sends as "sipgate" (its README).
_CALLER_IDS: tuple[dict[str, Any], ...] = (
    {"id": 1, "phonenumber": "+4915799912345", "verified": True},
    {"id": 2, "phonenumber": "+4915799912346", "verified": False},
)


def _seconds(value: object) -> object:
    """``sendAt`` as sipgate's own examples send it: a fraction (Python ``timestamp()``,
    Node ``getTime()/1000``), or the Node example's ``toString()`` of it. Truncated to
    seconds; anything else is left for the spec to refuse."""
    number = value
    if isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            return value
    if isinstance(number, float) and math.isfinite(number):
        return int(number)
    return number


class SipgateRoutes(Core):
    _defaults: dict[str, int]  # (user/extension) -> the default caller id's id

    def _default_number(self, sms_id: str) -> str | None:
        chosen = getattr(self, "_defaults", {}).get(sms_id)
        return next((c["phonenumber"] for c in _CALLER_IDS if c["id"] == chosen), None)

    async def sipgate_wrong_method(self, request: Request) -> Response:
        """``GET /sessions/sms``: 405, as sipgate's README's error table says (not the
        extension list of a user called "sessions")."""
        return PlainTextResponse("Method Not Allowed", 405, {"Allow": "POST"})

    async def sipgate_caller_ids(self, request: Request) -> Response:
        if (denied := self._sipgate_auth(request)) is not None:
            return denied
        sms_id = request.path_params["sms_id"]
        chosen = self._default_number(sms_id)
        return JSONResponse({"items": [{**c, "defaultNumber": c["phonenumber"] == chosen}
                                       for c in _CALLER_IDS]})  # fmt: skip

    async def sipgate_set_caller_id(self, request: Request) -> Response:
        if (denied := self._sipgate_auth(request)) is not None:
            return denied
        body = await _json(request)
        if body is None or problems("sipgate", "SetDefaultCallerIdRequest", body):
            return PlainTextResponse('Bad request: expected {"defaultNumber": true}', 400)
        raw = request.path_params["caller_id"]
        found = next((c for c in _CALLER_IDS if str(c["id"]) == raw), None)
        if found is None:
            return PlainTextResponse("Caller id not found", 404)
        if not found["verified"]:
            return PlainTextResponse("Caller id is not verified", 403)
        if not hasattr(self, "_defaults"):
            self._defaults = {}
        sms_id = request.path_params["sms_id"]
        if body["defaultNumber"]:
            self._defaults[sms_id] = int(found["id"])
        elif self._defaults.get(sms_id) == found["id"]:
            del self._defaults[sms_id]
        return Response(status_code=204)

    def _sipgate_auth(self, request: Request) -> Response | None:
        basic = _basic(request)
        if (basic and basic[1] == SECRET) or _bearer(request) == SECRET:
            return None
        return PlainTextResponse("Invalid token supplied", 401)

    async def sipgate_send(self, request: Request) -> Response:
        if (denied := self._sipgate_auth(request)) is not None:
            return denied
        if not self.limits.allow("sipgate"):
            return PlainTextResponse("Too many requests", 429, {"Retry-After": "1"})
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            return Response(status_code=415)
        body = await _json(request)
        if isinstance(body, dict) and "sendAt" in body:
            body["sendAt"] = _seconds(body["sendAt"])
        if body is None or problems("sipgate", "SendWebSmsRequest", body):
            return PlainTextResponse(
                "; ".join(problems("sipgate", "SendWebSmsRequest", body)) or "Bad JSON", 400
            )
        if not str(body["message"]).strip() or not _possible(str(body["recipient"])):
            return PlainTextResponse("Bad request: empty message or invalid recipient", 400)
        if not str(body["smsId"]).startswith("s"):
            return PlainTextResponse("Invalid SMS extension", 403)
        send_at = body.get("sendAt")
        scheduled = datetime.fromtimestamp(send_at, UTC) if send_at else None
        if scheduled and not (
            _now() - timedelta(minutes=1) <= scheduled <= _now() + timedelta(days=30)
        ):
            return PlainTextResponse("Invalid timestamp", 400)
        sender = self._default_number(str(body["smsId"])) or "sipgate"
        message = self._message(
            "sipgate", body["recipient"], body["message"], sender=sender, scheduled_at=scheduled
        )
        if not self.limits.charge(message.parts):
            return PlainTextResponse("Insufficient funds", 402)
        self.store.add([message])
        return Response(status_code=204)

    async def sipgate_extensions(self, request: Request) -> Response:
        if (denied := self._sipgate_auth(request)) is not None:
            return denied
        sender = self._default_number("s0") or "sipgate"
        return JSONResponse({"items": [{"id": "s0", "alias": "Sandbox SMS", "callerId": sender}]})

    async def sipgate_userinfo(self, request: Request) -> Response:
        if (denied := self._sipgate_auth(request)) is not None:
            return denied
        return JSONResponse(
            {"sub": "w0", "domain": "sipgate.de", "masterSipId": "0000000", "locale": "de_DE"}
        )
