"""The sandbox: every provider's wire protocol on one local server, each SMS caught, not sent.

Credentials: every secret is the word ``sandbox`` (sipgate token, SMS.CX API key or
application secret, smsend password, Acrobits password), with any id or user name.
"""

from __future__ import annotations

import base64
import json
import re
import secrets
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Iterable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs
import phonenumbers
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp

from .._segments import segments
from ._delivery import Delivery, smscx_status
from ._detail import Detail
from ._faults import Faults
from ._guard import LOOPBACK_NAMES, Guard
from ._inbox import inbox_page
from ._live import Live
from ._received import Received
from ._smscx_more import SmscxMore
from ._spec import problems
from ._store import Message, Store
from ._threads import conversations_page
from ._wire import Recorder

SECRET = "sandbox"  # noqa: S105 - the sandbox's documented, public credential
SESSION_IDLE = 300.0
TOKEN_LIFETIME = 3600

Handler = Callable[[Request], Awaitable[Response]]


@attrs.define
class Limits:
    """``balance``: message parts that can still be sent (None: unlimited). ``rate``:
    requests per second per provider (None: unlimited)."""

    balance: int | None = None
    rate: int | None = None
    _window: dict[str, tuple[int, int]] = attrs.field(factory=dict)
    _lock: threading.Lock = attrs.field(factory=threading.Lock)

    def allow(self, provider: str) -> bool:
        second = int(time.time())
        with self._lock:
            start, count = self._window.get(provider, (second, 0))
            if start != second:
                start, count = second, 0
            self._window[provider] = (start, count + 1)
        return self.rate is None or count < self.rate

    def charge(self, parts: int) -> bool:
        with self._lock:
            if self.balance is None:
                return True
            if parts > self.balance:
                return False
            self.balance -= parts
            return True


@attrs.define
class Sessions:
    """OAuth tokens (SMS.CX) and smsend sessions and tokens the sandbox has issued."""

    tokens: dict[str, float] = attrs.field(factory=dict)  # access token -> expiry
    sessions: dict[str, tuple[str, float]] = attrs.field(
        factory=dict
    )  # session -> (user_key, last used)
    access: dict[str, str] = attrs.field(factory=dict)  # smsend access token -> user_key
    otps: dict[str, dict[str, Any]] = attrs.field(factory=dict)  # SMS.CX OTP id -> its state
    token_lifetime: int = TOKEN_LIFETIME
    session_idle: float = SESSION_IDLE

    def issue_token(self) -> str:
        token = "sbx-" + secrets.token_hex(16)
        self.tokens[token] = time.time() + self.token_lifetime
        return token

    def token_ok(self, token: str) -> bool:
        return self.tokens.get(token, 0) > time.time()

    def open_session(self, user_key: str) -> str:
        session = "SK" + secrets.token_hex(12)
        self.sessions[session] = (user_key, time.time())
        return session

    def session_ok(self, user_key: str, session: str) -> bool:
        owner, last = self.sessions.get(session, ("", 0.0))
        if owner != user_key or time.time() - last > self.session_idle:
            return False
        self.sessions[session] = (owner, time.time())
        return True


def _basic(request: Request) -> tuple[str, str] | None:
    header = request.headers.get("authorization", "")
    if not header.lower().startswith("basic "):
        return None
    try:
        user, _, password = base64.b64decode(header[6:]).decode().partition(":")
    except (ValueError, UnicodeDecodeError):
        return None
    return user, password


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    return header[7:] if header.lower().startswith("bearer ") else None


async def _json(request: Request) -> Any:
    try:
        return json.loads(await request.body())
    except ValueError:
        return None


def _possible(number: str) -> bool:
    try:
        return phonenumbers.is_possible_number(phonenumbers.parse(number, None))
    except phonenumbers.NumberParseException:
        return False


def _now() -> datetime:
    return datetime.now(UTC)


class Sandbox:
    """The routes of all four providers over one store."""

    def __init__(
        self, store: Store, limits: Limits | None = None, sessions: Sessions | None = None
    ) -> None:
        self.store = store
        self.limits = limits or Limits()
        self.sessions = sessions or Sessions()
        self.received = Received(self)
        self.faults = Faults()
        self.delivery = Delivery(store)
        self.live = Live(store)
        self.detail = Detail(store)
        self.recorder = Recorder(store)

    # ------------------------------------------------------------------ shared rules
    def _message(self, provider: str, to: str, text: str, **fields: Any) -> Message:
        shape = segments(text)
        scheduled = fields.get("scheduled_at")
        status = "SCHEDULED" if scheduled is not None and scheduled > _now() else "ACCEPTED"
        return Message(
            provider=provider,
            recipient=to,
            text=text,
            status=status,
            encoding=shape.encoding,
            parts=max(shape.parts, 1),
            msg_id=fields.pop("msg_id", None) or str(uuid.uuid4()),
            **fields,
        )

    def _repeated(self, messages: list[Message], key_name: str) -> None:
        """A retried send the first answer was repeated to: its messages' timelines say so."""
        self.store.note(
            (m.msg_id for m in messages),
            f"the send came again with the same {key_name}: the first answer was repeated, "
            "nothing new was caught",
        )

    # ------------------------------------------------------------------ sipgate
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

    # ------------------------------------------------------------------ SMS.CX
    @staticmethod
    def _cx_error(status: int, kind: str, code: int, message: str, **extra: Any) -> JSONResponse:
        body = {
            "error": {
                "type": kind,
                "code": code,
                "message": message,
                "uri": "https://docs.sms.cx/#errors",
                **extra,
            }
        }
        headers = (
            {
                "X-Rate-Limit-Limit": "0",
                "X-Rate-Limit-Remaining": "0",
                "X-Rate-Limit-Reset": str(int(time.time()) + 1),
            }
            if status == 429
            else None
        )
        return JSONResponse(body, status, headers)

    def _cx_auth(self, request: Request) -> Response | None:
        if not self.limits.allow("smscx"):
            return self._cx_error(429, "rate_limit", 1005, "Too many requests")
        token = _bearer(request)
        if request.headers.get("x-api-key") == SECRET or (token and self.sessions.token_ok(token)):
            return None
        return self._cx_error(401, "invalid_api_key", 1001, "Invalid API key or access token")

    async def smscx_token(self, request: Request) -> Response:
        basic = _basic(request)
        if basic is None or basic[1] != SECRET:
            return self._cx_error(401, "invalid_client", 1600, "Invalid client credentials")
        form = parse_qs((await request.body()).decode())
        if form.get("grant_type") != ["client_credentials"]:
            return self._cx_error(
                400, "unsupported_grant_type", 1600, "Only client_credentials is supported"
            )
        scope = form.get("scope", ["sms"])[0]
        return JSONResponse(
            {
                "access_token": self.sessions.issue_token(),
                "expires_in": self.sessions.token_lifetime,
                "token_type": "Bearer",
                "scope": scope,
            }
        )

    def _cx_plan(self, body: Any, schema: str) -> Response | tuple[list[Message], dict[str, Any]]:
        if body is None or (found := problems("smscx", schema, body)):
            return self._cx_error(
                400,
                "invalid_param",
                1102,
                "; ".join(found) if body is not None else "Invalid JSON body",
            )
        numbers: list[str] = body["to"]
        invalid = [n for n in numbers if not _possible(n)]
        if invalid and not body.get("allowInvalid"):
            return self._cx_error(
                400,
                "invalid_param",
                1210 if len(numbers) > 1 else 1207,
                "Invalid phone number(s)",
                invalid=invalid,
            )
        scheduled = None
        if body.get("scheduledDate"):
            try:
                scheduled = datetime.strptime(
                    body["scheduledDate"].replace("T", " ")[:19], "%Y-%m-%d %H:%M:%S"
                ).replace(tzinfo=UTC)
            except ValueError:
                return self._cx_error(400, "invalid_param", 1108, "Invalid scheduledDate")
            if scheduled < _now() - timedelta(minutes=1):
                return self._cx_error(400, "invalid_param", 1116, "scheduledDate is in the past")
        valid = [n for n in numbers if n not in invalid]
        campaign = str(uuid.uuid4())
        messages = [
            self._message(
                "smscx",
                n,
                body["text"],
                sender=body["from"],
                batch=campaign,
                scheduled_at=scheduled,
                callback_url=body.get("dlrCallbackUrl"),
                track_data=body.get("trackData"),
            )
            for n in valid
        ]
        data = [
            {
                "msgId": m.msg_id,
                "status": m.status,
                "statusCode": 100 if m.status == "ACCEPTED" else 101,
                "errorCode": None,
                "createdAt": m.created_at.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                "inQuietHours": False,
                "cost": 0.035 * m.parts,
                "to": m.recipient,
                "countryIso": phonenumbers.region_code_for_number(phonenumbers.parse(m.recipient))
                or "XX",
                "from": m.sender,
                "text": m.text,
                "parts": m.parts,
                "textAnalysis": {
                    "length": len(m.text),
                    "unicode": m.encoding == "UCS-2",
                    "parts": m.parts,
                },
                **(
                    {"scheduledAt": scheduled.strftime("%Y-%m-%dT%H:%M:%S+00:00")}
                    if scheduled
                    else {}
                ),
            }
            for m in messages
        ]
        info = {
            "campaignId": campaign,
            "totalPhoneNumbers": len(numbers),
            "totalValid": len(valid),
            "totalInvalid": len(invalid),
            "totalCost": round(0.035 * sum(m.parts for m in messages), 4),
            "totalParts": sum(m.parts for m in messages),
            "dlrCallbackUrl": body.get("dlrCallbackUrl"),
            "scheduled": scheduled is not None,
            **({"invalid": invalid} if invalid else {}),
        }
        return messages, {"info": info, "data": data}

    async def smscx_send(self, request: Request) -> Response:
        if (denied := self._cx_auth(request)) is not None:
            return denied
        body = await _json(request)
        raw_key = body.get("idempotencyId") if isinstance(body, dict) else None
        if raw_key is not None:
            try:
                raw_key = str(uuid.UUID(str(raw_key)))
            except ValueError:
                return self._cx_error(400, "invalid_param", 1111, "idempotencyId must be a UUID")
        key = f"smscx:{raw_key}" if raw_key else None
        if key and (earlier := self.store.reply_for(key)) is not None:
            self._repeated(self.store.with_idempotency_key(key[6:]), "idempotencyId")
            return JSONResponse(earlier, headers={"X-Idempotency-Id": key[6:]})
        planned = self._cx_plan(body, "SendSmsMessageRequest")
        if isinstance(planned, Response):
            return planned
        messages = [attrs.evolve(m, idempotency_key=raw_key) for m in planned[0]]
        reply = planned[1]
        if not self.limits.charge(sum(m.parts for m in messages)):
            return self._cx_error(400, "insufficient_credit", 1113, "Insufficient credit")
        if not self.store.add(messages, key, reply):
            reply = self.store.reply_for(key or "") or reply
        headers = {
            "X-Request-Id": str(uuid.uuid4()),
            **({"X-Idempotency-Id": key[6:]} if key else {}),
        }
        return JSONResponse(reply, headers=headers)

    async def smscx_estimate(self, request: Request) -> Response:
        if (denied := self._cx_auth(request)) is not None:
            return denied
        planned = self._cx_plan(await _json(request), "SendSmsRequestEstimate")
        return planned if isinstance(planned, Response) else JSONResponse(planned[1])

    async def smscx_cancel(self, request: Request) -> Response:
        if (denied := self._cx_auth(request)) is not None:
            return denied
        msg_id = request.path_params["msg_id"]
        found = [m for m in self.store.find(msg_id) if m.provider == "smscx"]
        if not found:
            return self._cx_error(404, "not_found", 1100, "Message not found")
        if not self.store.set_status(
            msg_id, "CANCELLED", only_if="SCHEDULED", note="cancelled by the client"
        ):
            return self._cx_error(403, "access_denied", 1118, "Message is not scheduled")
        self.limits.charge(-found[0].parts)
        return JSONResponse(
            {
                "info": {
                    "msgId": msg_id,
                    "parts": found[0].parts,
                    "creditReturned": 0.035 * found[0].parts,
                    "channel": "sms",
                }
            }
        )

    async def smscx_balance(self, request: Request) -> Response:
        if (denied := self._cx_auth(request)) is not None:
            return denied
        balance = 999999.0 if self.limits.balance is None else self.limits.balance * 0.035
        return JSONResponse({"balance": round(balance, 4), "currency": "eur", "billing": "prepaid"})

    async def smscx_report(self, request: Request) -> Response:
        if (denied := self._cx_auth(request)) is not None:
            return denied
        found = [m for m in self.store.find(request.path_params["msg_id"]) if m.provider == "smscx"]
        if not found:
            return self._cx_error(404, "not_found", 1100, "Message not found")
        m = found[0]
        status, code, error = smscx_status(m.status)
        return JSONResponse(
            {
                "data": {
                    "msgId": m.msg_id,
                    "status": status,
                    "statusCode": code,
                    "errorCode": error,
                    "inQuietHours": False,
                    "createdAt": m.created_at.isoformat(),
                    "updatedAt": None,
                    "cost": 0.035 * m.parts,
                    "to": m.recipient,
                    "countryIso": "XX",
                    "from": m.sender,
                    "source": "api",
                    "channel": "sms",
                    "text": m.text,
                    "textAnalysis": {
                        "length": len(m.text),
                        "unicode": m.encoding == "UCS-2",
                        "parts": m.parts,
                    },
                    "scheduledAt": m.scheduled_at.isoformat() if m.scheduled_at else None,
                }
            }
        )

    @staticmethod
    def _number_info(number: str) -> dict[str, Any]:
        region = phonenumbers.region_code_for_number(phonenumbers.parse(number, None)) or "XX"
        return {
            "phoneNumber": number,
            "countryIso": region,
            "networkOperator": "Sandbox",
            "timezone": "UTC",
        }

    async def smscx_validate_one(self, request: Request) -> Response:
        if (denied := self._cx_auth(request)) is not None:
            return denied
        number = request.path_params["number"]
        if not _possible(number):
            return self._cx_error(
                400, "invalid_param", 1207, "Invalid phone number", invalid=[number]
            )
        return JSONResponse({"data": self._number_info(number)})

    async def smscx_validate_many(self, request: Request) -> Response:
        if (denied := self._cx_auth(request)) is not None:
            return denied
        body = await _json(request)
        if body is None or (found := problems("smscx", "NumbersValidateRequest", body)):
            return self._cx_error(
                400, "invalid_param", 1102, "; ".join(found) if body else "Invalid JSON body"
            )
        region = body.get("countryIso")
        data = []
        for raw in body["phoneNumbers"]:
            try:
                parsed = phonenumbers.parse(str(raw), region)
                number = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
                ok = phonenumbers.is_possible_number(parsed)
            except phonenumbers.NumberParseException:
                number, ok = str(raw), False
            data.append(
                {
                    **(self._number_info(number) if ok else {"phoneNumber": number}),
                    "invalid": not ok,
                }
            )
        valid = sum(not d["invalid"] for d in data)
        info = {
            "totalPhoneNumbers": len(data),
            "totalValid": valid,
            "totalInvalid": len(data) - valid,
        }
        return JSONResponse({"info": info, "data": data})

    async def smscx_lookup(self, request: Request) -> Response:
        if (denied := self._cx_auth(request)) is not None:
            return denied
        number = request.path_params["number"]
        if not _possible(number):
            return self._cx_error(
                400, "invalid_param", 1207, "Invalid phone number", invalid=[number]
            )
        info = self._number_info(number)
        return JSONResponse(
            {
                "data": {
                    "phoneNumber": number,
                    "lookupId": str(uuid.uuid4()),
                    "cost": 0.005,
                    "mcc": None,
                    "mccmnc": None,
                    "countryIso": info["countryIso"],
                    "countryName": info["countryIso"],
                    "countryNameLocale": info["countryIso"],
                    "status": "ACTIVE",
                    "statusDescription": "Sandbox: always active",
                    "ported": False,
                    "roaming": False,
                    "originalNetwork": {"name": "Sandbox", "mnc": None},
                    "portedNetwork": {"name": None, "mnc": None},
                    "roamingNetwork": {"name": None, "mnc": None},
                    "datetime": _now().strftime("%Y-%m-%d %H:%M:%S"),
                }
            }
        )

    @staticmethod
    def _otp_view(otp: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in otp.items() if k != "pin"}

    async def smscx_otp_new(self, request: Request) -> Response:
        if (denied := self._cx_auth(request)) is not None:
            return denied
        body = await _json(request)
        if body is None or (found := problems("smscx", "NewOtpRequest", body)):
            return self._cx_error(
                400, "invalid_param", 1102, "; ".join(found) if body else "Invalid JSON body"
            )
        number = str(body["phoneNumber"])
        if not _possible(number):
            return self._cx_error(
                400, "invalid_param", 1207, "Invalid phone number", invalid=[number]
            )
        length = int(body.get("pinLength", 6))
        pin = "".join(secrets.choice("0123456789") for _ in range(length))
        text = str(body.get("template") or "Your code is {{pin}}").replace("{{pin}}", pin)
        message = self._message("smscx", number, text, sender=body.get("from") or "OTP")
        if not self.limits.charge(message.parts):
            return self._cx_error(400, "insufficient_credit", 1113, "Insufficient credit")
        created, ttl = _now(), int(body.get("ttl", 300))
        otp = {
            "otpId": str(uuid.uuid4()),
            "trackId": body.get("trackId"),
            "phoneNumber": number,
            "countryIso": self._number_info(number)["countryIso"],
            "status": "PENDING",
            "cost": 0.035,
            "parts": message.parts,
            "maxAttempts": int(body.get("maxAttempts", 3)),
            "attempts": 0,
            "ttl": ttl,
            "otpCallbackUrl": body.get("otpCallbackUrl"),
            "dateCreated": created.isoformat(),
            "dateExpires": (created + timedelta(seconds=ttl)).isoformat(),
            "pin": pin,
        }
        self.sessions.otps[otp["otpId"]] = otp
        self.store.add([message])
        return JSONResponse(self._otp_view(otp))

    async def smscx_otp(self, request: Request) -> Response:
        if (denied := self._cx_auth(request)) is not None:
            return denied
        otp = self.sessions.otps.get(request.path_params["otp_id"])
        if otp is None:
            return self._cx_error(404, "not_found", 1150, "OTP not found")
        if otp["status"] == "PENDING" and datetime.fromisoformat(otp["dateExpires"]) < _now():
            otp["status"] = "EXPIRED"
        if request.method == "GET":
            return JSONResponse(self._otp_view(otp))
        if request.method == "DELETE":
            if otp["status"] != "PENDING":
                return self._cx_error(
                    403, "access_denied", 2031, "Only a pending OTP can be cancelled"
                )
            otp["status"] = "CANCELLED"
            return JSONResponse({"info": {"id": otp["otpId"]}})
        body = await _json(request)
        if not isinstance(body, dict) or problems("smscx", "VerifyPinRequest", body):
            return self._cx_error(400, "invalid_param", 1102, "pin is required")
        refusals = {
            "VERIFIED": ("otp_verified", 2024),
            "CANCELLED": ("otp_cancelled", 2023),
            "EXPIRED": ("otp_expired", 2021),
            "FAILED": ("otp_failed", 2022),
        }
        if otp["status"] in refusals:
            kind, code = refusals[otp["status"]]
            return self._cx_error(400, kind, code, f"The OTP is {otp['status'].lower()}")
        otp["attempts"] += 1
        if str(body["pin"]) == otp["pin"]:
            otp["status"] = "VERIFIED"
            return JSONResponse({"status": "VERIFIED"})
        if otp["attempts"] >= otp["maxAttempts"]:
            otp["status"] = "FAILED"
            return self._cx_error(400, "otp_failed", 2022, "Too many wrong PINs")
        return self._cx_error(400, "invalid_pin", 2020, "Invalid PIN")

    # ------------------------------------------------------------------ smsend
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
                scheduled = datetime.strptime(
                    body["scheduled_delivery_time"], "%Y%m%d%H%M%S"
                ).replace(tzinfo=zone)
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
        statuses = {"ACCEPTED": "DLVRD", "SCHEDULED": "SCHEDULED", "CANCELLED": "KO",
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

    # ------------------------------------------------------------------ Acrobits
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

    # ------------------------------------------------------------------ the inbox
    async def messages(self, request: Request) -> Response:
        """Caught messages, newest first: ``provider``, ``to``, ``limit`` (default: all of
        them), ``offset``; ``X-Total-Count`` is how many matched. ``DELETE`` forgets them."""
        if request.method == "DELETE":
            removed = self.store.clear()
            return JSONResponse({"deleted": removed})
        query = request.query_params
        try:
            limit = _count(query.get("limit"), "limit")
            offset = _count(query.get("offset"), "offset") or 0
        except ValueError as exc:
            return JSONResponse({"message": str(exc)}, 400)
        found, total = self.store.search(query.get("provider"), query.get("to"), limit, offset)
        return JSONResponse([m.as_json() for m in found], headers={"X-Total-Count": str(total)})

    async def inbox(self, request: Request) -> Response:
        return HTMLResponse(inbox_page([m.as_json() for m in self.store.messages(500)]))

    async def conversations(self, request: Request) -> Response:
        return HTMLResponse(conversations_page([m.as_json() for m in self.store.messages(500)]))

    def routes(self) -> list[Route]:
        own = self._own_routes()
        return [*own, *SmscxMore(_not_in(own), self._cx_auth, self._cx_error).routes()]

    def _own_routes(self) -> list[Route]:
        se = "/smsend/API/v1.0/REST"
        return [
            Route("/", self.inbox),
            Route("/conversations", self.conversations),
            Route("/messages/{msg_id}", self.detail.page),
            Route("/_sandbox/messages", self.messages, methods=["GET", "DELETE"]),
            Route("/_sandbox/messages/{msg_id}", self.detail.as_json),
            Route("/_sandbox/faults", self.faults.control, methods=["POST", "DELETE"]),
            Route("/_sandbox/inbound", self.received.inject, methods=["POST"]),
            Route("/_sandbox/messages/{msg_id}/status", self.delivery.report, methods=["POST"]),
            Route("/_sandbox/delivery", self.delivery.automatic, methods=["POST", "DELETE"]),
            Route("/_sandbox/stream", self.live.stream),
            Route("/smscx/numbers/rent/{rentId}/inbound", self.received.smscx),
            Route(f"{se}/newsrsmsmessage", self.received.smsend),
            Route("/sipgate/v2/sessions/sms", self.sipgate_send, methods=["POST"]),
            Route("/sipgate/v2/authorization/userinfo", self.sipgate_userinfo),
            Route("/sipgate/v2/{user_id}/sms", self.sipgate_extensions),
            Route("/smscx/oauth/token", self.smscx_token, methods=["POST"]),
            Route("/smscx/sms", self.smscx_send, methods=["POST"]),
            Route("/smscx/sms/estimate", self.smscx_estimate, methods=["POST"]),
            Route("/smscx/sms/scheduled/{msg_id}", self.smscx_cancel, methods=["DELETE"]),
            Route("/smscx/account/balance", self.smscx_balance),
            Route("/smscx/reports/single/{msg_id}", self.smscx_report),
            Route("/smscx/numbers/validate", self.smscx_validate_many, methods=["POST"]),
            Route("/smscx/numbers/validate/{number}", self.smscx_validate_one),
            Route("/smscx/numbers/lookup/{number}", self.smscx_lookup),
            Route("/smscx/otp", self.smscx_otp_new, methods=["POST"]),
            Route("/smscx/otp/{otp_id}", self.smscx_otp, methods=["GET", "POST", "DELETE"]),
            Route(f"{se}/login", self.smsend_login),
            Route(f"{se}/token", self.smsend_login),
            Route(f"{se}/sms", self.smsend_send, methods=["POST"]),
            Route(f"{se}/sms/{{order_id}}", self.smsend_order, methods=["GET", "DELETE"]),
            Route(f"{se}/status", self.smsend_status),
            Route("/acrobits/send_message", self.acrobits_send, methods=["GET", "POST"]),
        ]


def _not_in(own: list[Route]) -> Callable[[str, str], bool]:
    """Whether an SMS.CX operation (method, spec path) is one no route in ``own`` handles."""

    def shape(path: str) -> str:
        return re.sub(r"\{[^}]*\}", "{}", path)

    taken = {(method, shape(route.path)) for route in own for method in (route.methods or {"GET"})}
    return lambda method, path: (method, shape("/smscx" + path)) not in taken


def _count(value: str | None, name: str) -> int | None:
    if value is None:
        return None
    if not value.isdigit() or len(value) > 9:
        raise ValueError(f"{name} must be a whole number from 0 to 999999999")
    return int(value)


async def _malformed(request: Request, exc: Exception) -> Response:
    """A request the handlers could not read (bad encoding, absurd numbers, nesting too deep)
    is the client's error, answered like the providers answer one: 400, never a 500."""
    return JSONResponse({"message": f"Malformed request ({type(exc).__name__})"}, 400)


_MALFORMED = (
    ValueError,
    TypeError,
    KeyError,
    AttributeError,
    RecursionError,
    OverflowError,
    OSError,
)


def create_app(
    store: Store,
    limits: Limits | None = None,
    sessions: Sessions | None = None,
    *,
    allowed_hosts: Iterable[str] | None = LOOPBACK_NAMES,
    stopping: Callable[[], bool] = lambda: False,
) -> ASGIApp:
    """The sandbox as an ASGI app. ``allowed_hosts``: the ``Host`` names it answers (the
    loopback names by default; None answers any, for a sandbox in a container network).
    ``stopping``: whether the server is shutting down (open live streams then end)."""
    sandbox = Sandbox(store, limits, sessions)
    sandbox.live.stopping = stopping
    app = Starlette(
        routes=sandbox.routes(),
        exception_handlers=dict.fromkeys(_MALFORMED, _malformed),
    )
    recorded = sandbox.recorder.middleware(app)
    return Guard(sandbox.faults.middleware(recorded), allowed_hosts=allowed_hosts)
