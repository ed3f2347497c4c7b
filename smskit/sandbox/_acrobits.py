"""The Acrobits Send Message web service in the sandbox: GET query, POST form or JSON."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ._common import SECRET, Core, _json


class AcrobitsRoutes(Core):
    async def acrobits_send(self, request: Request) -> Response:
        fields: dict[str, Any] = dict(request.query_params)
        if request.method == "POST":
            kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
            raw = (await request.body()).decode("utf-8", errors="replace")
            if kind.endswith("json"):
                parsed = await _json(request)
                if not isinstance(parsed, dict):
                    return JSONResponse({"message": "Body is not a JSON object"}, 400)
                fields.update({k: str(v) for k, v in parsed.items()})
            else:
                fields.update({k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()})
        if fields.get("password") != SECRET:
            return JSONResponse({"message": "Invalid credentials"}, 401)
        if not self.limits.allow("acrobits"):
            return JSONResponse({"message": "Too many requests"}, 429, {"Retry-After": "1"})
        to = fields.get("sms_to") or fields.get("to")
        text = (
            fields.get("sms_body")
            or fields.get("body")
            or fields.get("text")
            or fields.get("message")
        )
        if not to or not text:
            return Response(
                "<response><message>Missing recipient or body</message></response>",
                400,
                media_type="text/xml",
            )
        message = self._message(
            "acrobits", to, text, sender=fields.get("from") or fields.get("username")
        )
        if not self.limits.charge(message.parts):
            return Response(
                "<response><message>Not enough credit</message></response>",
                402,
                media_type="text/xml",
            )
        self.store.add([message])
        return JSONResponse({"sms_id": message.msg_id})
