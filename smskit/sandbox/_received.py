"""SMS *received* on the sandbox's numbers: a test injects them (``POST /_sandbox/inbound``)
and clients read them back the way each provider hands them out (SMS.CX: per rented number;
smsend: each message once, since the previous call)."""

from __future__ import annotations

import itertools
import threading
import uuid
from datetime import UTC, datetime
from typing import Any, Protocol

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ._common import _json

_RENTS = uuid.UUID("2b0e6f7e-3c1d-4c55-9a57-5a6d1b8e2f10")


def rent_uuid(rent_id: str) -> str:
    """SMS.CX's rent ids are UUIDs: an injection's own id (``"1"``, ``"77"``) is shown as a
    UUID derived from it, the same on every call."""
    try:
        return str(uuid.UUID(rent_id))
    except ValueError:
        return str(uuid.uuid5(_RENTS, rent_id))


class Credentials(Protocol):
    """The providers' credential checks this needs (the sandbox app, which is built from
    this module, is not imported here)."""

    def _cx_auth(self, request: Request) -> Response | None: ...

    def _se_user(self, request: Request) -> str | Response: ...


class Received:
    def __init__(self, sandbox: Credentials) -> None:
        self.sandbox = sandbox
        self.messages: list[dict[str, Any]] = []
        self._ids = itertools.count(1)
        self._seen_by: dict[str, int] = {}  # smsend user -> the last id handed out
        self._lock = threading.Lock()

    def snapshot(self) -> list[dict[str, Any]]:
        """Every injected message, oldest first (for the conversation view)."""
        with self._lock:
            return list(self.messages)

    async def inject(self, request: Request) -> Response:
        """``{"provider": "smscx"|"smsend", "from", "to", "text", "rent_id"?}`` -> 201."""
        body = await _json(request)
        if not isinstance(body, dict) or body.get("provider") not in {"smscx", "smsend"}:
            return JSONResponse({"message": "expected provider smscx or smsend"}, 400)
        if not all(isinstance(body.get(k), str) and body[k] for k in ("from", "to", "text")):
            return JSONResponse({"message": "from, to and text are required strings"}, 400)
        with self._lock:
            message = {"id": next(self._ids), "provider": body["provider"],
                       "from": body["from"], "to": body["to"], "text": body["text"],
                       "rent_id": str(body.get("rent_id") or "1"),
                       "at": datetime.now(UTC)}  # fmt: skip
            self.messages.append(message)
        return JSONResponse({"id": str(message["id"])}, 201)

    async def smscx(self, request: Request) -> Response:
        refused = self.sandbox._cx_auth(request)
        if refused is not None:
            return refused
        rent_id = request.path_params["rentId"]
        with self._lock:  # by the id an injection named, or the UUID the rented list shows
            found = [m for m in self.messages if m["provider"] == "smscx"
                     and rent_id in (m["rent_id"], rent_uuid(m["rent_id"]))]  # fmt: skip
        data = [{"msgId": str(m["id"]), "from": m["from"], "to": m["to"], "text": m["text"],
                 "receivedAt": m["at"].strftime("%Y-%m-%d %H:%M:%S")}
                for m in reversed(found)]  # fmt: skip
        paging = {"next": None, "previous": None, "size": len(data)}  # one page: all of them
        number = found[0]["to"] if found else "+4915100000001"
        info = {"rentId": rent_id, "phoneNumber": number, "countryIso": "DE"}
        return JSONResponse({"info": info, "data": data, "paging": paging})

    async def smscx_rented(self, request: Request) -> Response:
        """``GET /numbers/rent``: every number ``inject`` delivers to (rent id ``1``, and each
        ``rent_id`` an injection named), the same list on every call, all active: a client
        that reads each rented number's inbound list finds every injected message."""
        refused = self.sandbox._cx_auth(request)
        if refused is not None:
            return refused
        with self._lock:
            rents = {"1"} | {m["rent_id"] for m in self.messages if m["provider"] == "smscx"}
            numbers = {m["rent_id"]: m["to"] for m in self.messages if m["provider"] == "smscx"}
            count = {r: sum(1 for m in self.messages if m.get("rent_id") == r) for r in rents}
        data = [{"rentId": rent_uuid(rent), "numberId": rent_uuid(f"number:{rent}"),
                 "phoneNumber": numbers.get(rent, "+4915100000001"), "countryIso": "DE",
                 "networkOperator": "sandbox", "features": 3, "numberType": "mobile",
                 "rentCost": 0.0, "setupCost": 0.0, "rentPeriod": 30,
                 "rentStart": "2026-01-01T00:00:00+00:00", "rentEnd": "2099-01-01T00:00:00+00:00",
                 "inboundSmsCost": 0.0, "outboundSmsCost": None, "renewCost": [],
                 "inboundSms": {"total": count[rent], "cost": 0.0},
                 "outboundSms": {"total": 0, "cost": 0.0}, "minRent": 30, "callbackUrl": None,
                 "autoRenew": True, "activeRent": True, "approved": True,
                 "datetime": "2026-01-01T00:00:00+00:00", "inboundSmsSender": False}
                for rent in sorted(rents, key=lambda r: (len(r), r))]  # fmt: skip
        return JSONResponse({"data": data})

    async def smsend(self, request: Request) -> Response:
        user = self.sandbox._se_user(request)
        if isinstance(user, Response):
            return user
        limit = min(100, int(request.query_params.get("limit", "100") or 100))
        with self._lock:
            after = self._seen_by.get(user, 0)
            found = [m for m in self.messages if m["provider"] == "smsend" and m["id"] > after]
            found = found[:limit]
            if found:
                self._seen_by[user] = found[-1]["id"]
        history = [{"id_message": str(m["id"]), "id_sim": m["to"], "sender": m["from"],
                    "message": m["text"], "sms_date": _rome(m["at"])} for m in found]  # fmt: skip
        return JSONResponse({"srsmshistory": history, "total": len(history)})


def _rome(moment: datetime) -> str:
    from zoneinfo import ZoneInfo

    return moment.astimezone(ZoneInfo("Europe/Rome")).strftime("%Y%m%d%H%M%S")
