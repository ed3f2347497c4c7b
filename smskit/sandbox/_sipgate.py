"""sipgate's wire protocol in the sandbox: Basic or Bearer auth, the send, extensions, user info."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

from ._common import SECRET, Core, _basic, _bearer, _json, _now, _possible
from ._spec import problems


class SipgateRoutes(Core):
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
        message = self._message(
            "sipgate", body["recipient"], body["message"], sender="sipgate", scheduled_at=scheduled
        )
        if not self.limits.charge(message.parts):
            return PlainTextResponse("Insufficient funds", 402)
        self.store.add([message])
        return Response(status_code=204)

    async def sipgate_extensions(self, request: Request) -> Response:
        if (denied := self._sipgate_auth(request)) is not None:
            return denied
        return JSONResponse(
            {"items": [{"id": "s0", "alias": "Sandbox SMS", "callerId": "sipgate"}]}
        )

    async def sipgate_userinfo(self, request: Request) -> Response:
        if (denied := self._sipgate_auth(request)) is not None:
            return denied
        return JSONResponse(
            {"sub": "w0", "domain": "sipgate.de", "masterSipId": "0000000", "locale": "de_DE"}
        )
