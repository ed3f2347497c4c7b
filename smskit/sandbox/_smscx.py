"""SMS.CX's wire protocol in the sandbox: OAuth2 and API-key auth, sends with idempotencyId,
estimates, scheduled cancels, reports, number validation and lookup, OTP. Every other
SMS.CX operation is answered from the spec by ``_smscx_more``."""

from __future__ import annotations

import secrets
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs

import attrs
import phonenumbers
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ._common import SECRET, Core, _basic, _bearer, _json, _now, _possible
from ._delivery import smscx_status
from ._spec import problems
from ._store import Message


class SmscxRoutes(Core):
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

    async def _cx_body(self, request: Request, schema: str) -> Any:
        """The request's JSON body once auth and the spec's ``schema`` accept it, else the
        refusal (a ``Response``)."""
        if (denied := self._cx_auth(request)) is not None:
            return denied
        body = await _json(request)
        if body is None or (found := problems("smscx", schema, body)):
            return self._cx_error(
                400, "invalid_param", 1102, "; ".join(found) if body else "Invalid JSON body"
            )
        return body

    def _number_in_path(self, request: Request) -> str | Response:
        """The possible number a lookup names, or the refusal (auth, invalid number)."""
        if (denied := self._cx_auth(request)) is not None:
            return denied
        number: str = request.path_params["number"]
        if not _possible(number):
            return self._cx_error(
                400, "invalid_param", 1207, "Invalid phone number", invalid=[number]
            )
        return number

    async def smscx_validate_one(self, request: Request) -> Response:
        number = self._number_in_path(request)
        if isinstance(number, Response):
            return number
        return JSONResponse({"data": self._number_info(number)})

    async def smscx_validate_many(self, request: Request) -> Response:
        body = await self._cx_body(request, "NumbersValidateRequest")
        if isinstance(body, Response):
            return body
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
        number = self._number_in_path(request)
        if isinstance(number, Response):
            return number
        info = self._number_info(number)
        return JSONResponse(
            {
                "data": {
                    "phoneNumber": number,
                    "lookupId": str(uuid.uuid4()),
                    "cost": 0.005,
                    "mcc": "001",  # ITU's test network: a sandbox's honest answer
                    "mccmnc": "00101",
                    "countryIso": info["countryIso"],
                    "countryName": info["countryIso"],
                    "countryNameLocale": info["countryIso"],
                    "status": "ACTIVE",
                    "statusDescription": "Sandbox: always active",
                    "ported": False,
                    "roaming": False,
                    "originalNetwork": {"name": "Sandbox", "mnc": "01"},
                    "portedNetwork": {"name": "Sandbox", "mnc": "01"},  # not ported: the same
                    "roamingNetwork": {
                        "name": "Sandbox",
                        "mnc": "01",
                        "mcc": "001",
                        "countryIso": info["countryIso"],
                        "countryName": info["countryIso"],
                    },
                    "datetime": _now().strftime("%Y-%m-%d %H:%M:%S"),
                }
            }
        )

    @staticmethod
    def _otp_view(otp: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in otp.items() if k != "pin"}

    async def smscx_otp_new(self, request: Request) -> Response:
        body = await self._cx_body(request, "NewOtpRequest")
        if isinstance(body, Response):
            return body
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
