"""SMS.CX answers as the provider documents them, for loopback servers in tests."""

from __future__ import annotations

import uuid

from loopback import Received, Reply


def accepted(request: Received, status: str = "ACCEPTED") -> Reply:
    """A documented 200 answer for POST /sms, one data item per number asked for."""
    body = request.json()
    data = [
        {
            "msgId": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{body.get('idempotencyId')}-{number}")),
            "status": status,
            "statusCode": 100,
            "errorCode": None,
            "createdAt": "2026-11-22 10:00:00",
            "inQuietHours": False,
            "cost": 0.04,
            "to": number,
            "countryIso": "DE",
            "from": body["from"],
            "text": body["text"],
            "parts": 1,
            "textAnalysis": {"length": len(body["text"]), "unicode": False, "parts": 1},
        }
        for number in body["to"]
    ]
    info = {
        "campaignId": str(uuid.uuid4()),
        "totalPhoneNumbers": len(data),
        "totalValid": len(data),
        "totalInvalid": 0,
        "totalCost": 0.04 * len(data),
        "totalParts": len(data),
        "dlrCallbackUrl": None,
        "scheduled": "scheduledDate" in body,
    }
    headers = {"X-Request-Id": "req-1", "X-Idempotency-Id": str(body.get("idempotencyId"))}
    return Reply(200, {"info": info, "data": data}, headers)


def smscx_error(status: int, kind: str, code: int, message: str, **headers: str) -> Reply:
    body = {
        "error": {
            "type": kind,
            "code": code,
            "message": message,
            "uri": "https://docs.sms.cx/#errors",
        }
    }
    return Reply(status, body, dict(headers))
