"""SMS.CX's answers read into smskit's terms: typed results (OTP, message report), the
``dlr_update`` delivery-report webhook (``parse_dlr``), and which error class an error body
means (``refine_error``)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs
from smskit_generated.smscx.models import (
    DataOtp,
    DataReports,
)
from smskit_generated.smscx.types import UNSET

from ... import errors
from ..._error_map import ErrorDetail
from ..._models import DeliveryStatus
from ..._time import parse_provider_date

# ---------------------------------------------------------------------------- value objects


def _opt(value: Any) -> Any:
    return None if value is UNSET else value


@attrs.frozen
class Otp:
    """A one-time PIN and where it stands (``status``: PENDING, VERIFIED, EXPIRED, CANCELLED
    or FAILED)."""

    otp_id: str
    status: str
    phone_number: str | None
    attempts: int | None
    max_attempts: int | None
    track_id: str | None
    cost: float | None
    created_at: datetime | None
    expires_at: datetime | None
    raw: DataOtp = attrs.field(repr=False, eq=False)

    @classmethod
    def from_generated(cls, data: DataOtp) -> Otp:
        return cls(
            otp_id=data.otp_id,
            status=data.status,
            phone_number=_opt(data.phone_number),
            attempts=_opt(data.attempts),
            max_attempts=_opt(data.max_attempts),
            track_id=_opt(data.track_id),
            cost=_opt(data.cost),
            created_at=parse_provider_date(data.date_created),
            expires_at=parse_provider_date(data.date_expires),
            raw=data,
        )


@attrs.frozen
class MessageReport:
    """One message's report (``status``: ACCEPTED, SENT, DELIVERED, FAILED, SCHEDULED,
    REJECTED or NO COVERAGE)."""

    msg_id: str
    status: str
    status_code: int | None
    error_code: int | None
    to: str | None
    sender: str | None
    cost: float | None
    channel: str | None
    created_at: datetime | None
    updated_at: datetime | None
    scheduled_at: datetime | None
    raw: DataReports = attrs.field(repr=False, eq=False)

    @classmethod
    def from_generated(cls, data: DataReports) -> MessageReport:
        return cls(
            msg_id=data.msg_id,
            status=data.status,
            status_code=_opt(data.status_code),
            error_code=_opt(data.error_code),
            to=_opt(data.to),
            sender=_opt(data.from_),
            cost=_opt(data.cost),
            channel=_opt(data.channel),
            created_at=parse_provider_date(data.created_at),
            updated_at=parse_provider_date(data.updated_at),
            scheduled_at=parse_provider_date(data.scheduled_at),
            raw=data,
        )


# SMS.CX's statuses in smskit's delivery vocabulary (DESIGN §17); an unknown one is pending.
DELIVERY_STATES = {
    "DELIVERED": "delivered",
    "FAILED": "undelivered",
    "REJECTED": "undelivered",
    "NO COVERAGE": "undelivered",
    "ACCEPTED": "pending",
    "SENT": "pending",
    "SCHEDULED": "pending",
}


def delivery_of(status: str) -> DeliveryStatus:
    """An SMS.CX status (a report's or a ``dlr_update`` item's) as a ``DeliveryStatus``."""
    return DeliveryStatus(DELIVERY_STATES.get(status.strip().upper(), "pending"), status)


@attrs.frozen
class DeliveryReport:
    """One item of an SMS.CX ``dlr_update`` webhook."""

    msg_id: str
    status: str
    status_code: int | None
    error_code: int | None
    campaign_id: str | None
    track_data: str | None
    at: datetime | None

    @property
    def delivery(self) -> DeliveryStatus:
        """The report in smskit's delivery vocabulary (``delivered``, ``undelivered`` ...)."""
        return delivery_of(self.status)


def parse_dlr(payload: bytes | str | Mapping[str, Any]) -> list[DeliveryReport]:
    """Typed delivery reports from the body SMS.CX posts to your DLR callback URL.

    Accepts the raw body (bytes or str) or the decoded JSON. A body that is not a
    ``dlr_update`` event raises ``ValidationError``, so a webhook handler can answer 400.
    """
    if isinstance(payload, bytes | str):
        try:
            payload = json.loads(payload)
        except ValueError:
            raise errors.ValidationError("payload", "is not JSON") from None
    if not isinstance(payload, Mapping):
        raise errors.ValidationError("payload", "must be a JSON object")
    event = payload.get("event", "dlr_update")
    items = payload.get("data")
    if event != "dlr_update" or not isinstance(items, list):
        raise errors.ValidationError("payload", "is not a dlr_update event with a data list")
    reports = []
    for item in items:
        if not isinstance(item, Mapping) or not isinstance(item.get("msgId"), str):
            raise errors.ValidationError("payload", f"data item without msgId: {item!r:.80}")
        reports.append(
            DeliveryReport(
                msg_id=item["msgId"],
                status=str(item.get("status", "")),
                status_code=item.get("statusCode"),
                error_code=item.get("errorCode"),
                campaign_id=item.get("campaignId"),
                track_data=item.get("trackData"),
                at=parse_provider_date(item.get("datetime")),
            )
        )
    return reports


# ---------------------------------------------------------------------------- errors

_BY_TYPE: dict[str, type[errors.ApiError]] = {
    "insufficient_credit": errors.InsufficientFundsError,
    "duplicate_id": errors.DuplicateIdError,
    "duplicate_value": errors.DuplicateValueError,
    "otp_verified": errors.OtpAlreadyVerifiedError,
    "otp_cancelled": errors.OtpCancelledError,
    "otp_expired": errors.OtpExpiredError,
    "otp_failed": errors.OtpFailedError,
    "invalid_pin": errors.InvalidPinError,
    "no_coverage": errors.NoCoverageError,
}
_BY_ACCESS_DENIED_CODE: dict[int, type[errors.ApiError]] = {
    2030: errors.OtpCancelledError,
    2031: errors.OtpActionNotAllowedError,
}
_INVALID_NUMBER_CODES = {1207, 1210}


def refine_error(status: int, body: Any, detail: ErrorDetail) -> ErrorDetail:
    """SMS.CX's ``error.type`` and ``error.code`` pick the most specific class (the mapping of
    SMS.CX's own SDK); 401 is always an authentication error, whatever the type."""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return detail
    kind, code = error.get("type"), error.get("code")
    cls = detail.cls
    if status == 401:
        cls = errors.AuthenticationError
    elif kind in _BY_TYPE:
        cls = _BY_TYPE[kind]
    elif kind == "invalid_param" and code in _INVALID_NUMBER_CODES:
        cls = errors.InvalidPhoneNumberError
    elif kind == "access_denied" and code in _BY_ACCESS_DENIED_CODE:
        cls = _BY_ACCESS_DENIED_CODE[code]
    elif kind in {"insufficient_scope", "access_denied"}:
        cls = errors.PermissionDeniedError
    return ErrorDetail(cls, code, detail.message)


# ---------------------------------------------------------------------------- auth
