"""SMS.CX: bulk SMS with idempotency keys, OAuth2 client credentials or an API key, OTP,
number validation and lookup, reports and delivery-report webhooks."""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any, Unpack

import attrs
import httpx
from smskit_generated.smscx.api.account import get_account_balance
from smskit_generated.smscx.api.numbers import (
    get_inbound_sms,
    lookup_number,
    validate_number,
    validate_numbers,
)
from smskit_generated.smscx.api.oauth import get_access_token
from smskit_generated.smscx.api.otp import cancel_otp, get_otp_status, new_otp, verify_otp
from smskit_generated.smscx.api.reports import get_single_report
from smskit_generated.smscx.api.sms import (
    delete_scheduled_sms,
    delete_scheduled_sms_campaign,
    estimate_sms,
    estimate_sms_campaign,
    send_sms,
    send_sms_campaign,
)
from smskit_generated.smscx.models import (
    AccountBalance,
    CancelOtpResponse,
    DataNumberLookup,
    DataNumberValidate,
    DataOtp,
    DataReports,
    DeleteScheduledCampaign,
    DeleteScheduledMsg,
    NewOtpRequest,
    NewOtpRequestPinType,
    NumbersValidateRequest,
    NumbersValidateResponse,
    OauthTokenRequest,
    OauthTokenRequestGrantType,
    SendSmsCampaignRequest,
    SendSmsCampaignRequestEstimate,
    SendSmsCampaignResponse,
    SendSmsMessageRequest,
    SendSmsMessageResponse,
    SendSmsRequestEstimate,
    Transliteration,
    TransliterationAlphabet,
    VerifyPinRequest,
    VerifyPinResponse,
)
from smskit_generated.smscx.types import UNSET

from .. import errors
from .._auth import ApiKeyAuth, BearerAuth, RenewingAuth, Token, apply_bearer, token_from_json
from .._base import (
    AsyncClient,
    BaseClient,
    Call,
    ClientOptions,
    Plan,
    SyncClient,
    async_operation,
    generated_call,
    sync_operation,
)
from .._error_map import ErrorDetail
from .._inbound import InboundSms, items_of, parse_inbound
from .._models import SendResult
from .._phone import normalize_recipients, to_e164
from .._redact import register
from .._sender import Recovery, reference_uuid
from .._time import parse_provider_date, resolve_send_at
from .._validate import (
    check_header_value,
    require_int,
    require_list,
    require_secret,
    require_str,
    require_text,
)
from .smscx_areas import AsyncAreas, SyncAreas

__all__ = [
    "AsyncSmscx",
    "DeliveryReport",
    "MessageReport",
    "Otp",
    "Smscx",
    "parse_dlr",
]

PROVIDER = "smscx"
DEFAULT_BASE_URL = "https://api.sms.cx"
MAX_RECIPIENTS_PER_REQUEST = 25_000
MAX_TEXT_LENGTH = 1530
SCHEDULED_DATE_FORMAT = "%Y-%m-%d %H:%M:%S"


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


@attrs.frozen(repr=False)
class ClientCredentialsGrant:
    """OAuth2 client credentials at SMS.CX's ``/oauth/token``: Basic with the application id
    and secret, the form built by the generated client."""

    token_url: str
    application_id: str
    application_secret: str
    scope: str | None
    renewable: bool = True
    idle_timeout: float | None = None

    def token_request(self, current: Token | None) -> httpx.Request:
        body = OauthTokenRequest(
            grant_type=OauthTokenRequestGrantType.CLIENT_CREDENTIALS,
            scope=self.scope if self.scope is not None else UNSET,
        )
        kwargs = get_access_token._get_kwargs(body=body)
        pair = f"{self.application_id}:{self.application_secret}".encode()
        headers = {**kwargs["headers"], "Authorization": f"Basic {base64.b64encode(pair).decode()}"}
        return httpx.Request(
            kwargs["method"].upper(), self.token_url, data=kwargs["data"], headers=headers
        )

    def token_from(self, response: httpx.Response, current: Token | None, now: float) -> Token:
        return token_from_json(PROVIDER, response, current, now)

    def apply(self, request: httpx.Request, token: Token) -> None:
        apply_bearer(request, token)


def _auth(
    api_key: str | None,
    access_token: str | None,
    application_id: str | None,
    application_secret: str | None,
    scope: str | None,
    token_url: str,
) -> httpx.Auth:
    chosen = [
        api_key is not None,
        access_token is not None,
        application_id is not None or application_secret is not None,
    ]
    if sum(chosen) > 1:
        raise errors.ValidationError(
            "credentials",
            "pass one of api_key=, access_token=, or application_id= with application_secret=",
        )
    if api_key is not None:
        return ApiKeyAuth("X-API-KEY", require_secret("api_key", api_key, header=True))
    if access_token is not None:
        return BearerAuth(require_secret("access_token", access_token, header=True))
    if application_id is not None or application_secret is not None:
        app_id = require_secret("application_id", application_id)
        secret = require_secret("application_secret", application_secret)
        register(secret, basic_pairs=((app_id, secret),))
        check_header_value("scope", scope)
        return RenewingAuth(ClientCredentialsGrant(token_url, app_id, secret, scope))
    raise errors.ValidationError(
        "credentials",
        "pass api_key= (X-API-KEY), or application_id= and application_secret= (OAuth2), "
        "or use Smscx.from_env()",
    )


# ---------------------------------------------------------------------------- input rules


def _sender(sender: object) -> str:
    if not isinstance(sender, str) or not 3 <= len(sender.strip()) <= 15:
        raise errors.ValidationError(
            "sender", f"{sender!r} must be 3 to 15 characters (SMS.CX 'from')"
        )
    check_header_value("sender", sender)
    return sender.strip()


def _message_text(text: object) -> str:
    message = require_text(text)
    if len(message) > MAX_TEXT_LENGTH:
        raise errors.ValidationError(
            "text",
            f"is {len(message)} characters; SMS.CX takes at most {MAX_TEXT_LENGTH} (10 parts)",
        )
    return message


def _uuid(field: str, value: object) -> str:
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        raise errors.ValidationError(field, f"{value!r} is not a UUID") from None


def _transliteration(value: str | Transliteration | None) -> Transliteration | None:
    if value is None or isinstance(value, Transliteration):
        return value
    try:
        return Transliteration(alphabet=TransliterationAlphabet(str(value).upper()))
    except ValueError:
        allowed = ", ".join(a.value for a in TransliterationAlphabet)
        raise errors.ValidationError(
            "transliteration", f"{value!r} is not one of {allowed}"
        ) from None


def _callback_url(field: str, url: str | None) -> str | None:
    if url is None:
        return None
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        parsed = None
    if parsed is None or parsed.scheme not in {"http", "https"} or not parsed.host:
        raise errors.ValidationError(field, f"{url!r} is not an http(s) URL")
    return url


def _batch_keys(idempotency_id: str | uuid.UUID | None, batches: int) -> list[str]:
    """One idempotency key per batch. A single batch uses the caller's key (or a new one);
    several derive theirs from it deterministically, so sending the same logical message again
    with the same key is recognised batch by batch."""
    root = (
        uuid.UUID(_uuid("idempotency_id", idempotency_id))
        if idempotency_id is not None
        else uuid.uuid4()
    )
    if batches == 1:
        return [str(root)]
    return [str(uuid.uuid5(root, f"smskit-batch-{i}")) for i in range(batches)]


@attrs.frozen
class _MessageOptions:
    """The fields a send, an estimate and a campaign share, validated once."""

    text: str
    sender: str
    scheduled_date: str | None
    transliteration: Transliteration | None
    dlr_callback_url: str | None

    @classmethod
    def build(
        cls,
        text: str,
        sender: str,
        send_at: datetime | timedelta | None,
        transliteration: str | Transliteration | None,
        dlr_callback_url: str | None,
    ) -> _MessageOptions:
        instant = resolve_send_at(send_at)
        return cls(
            text=_message_text(text),
            sender=_sender(sender),
            scheduled_date=instant.strftime(SCHEDULED_DATE_FORMAT) if instant else None,
            transliteration=_transliteration(transliteration),
            dlr_callback_url=_callback_url("dlr_callback_url", dlr_callback_url),
        )

    def fields(self) -> dict[str, Any]:
        """Keyword arguments for the generated request models; absent options stay absent."""
        result: dict[str, Any] = {"text": self.text, "from_": self.sender}
        if self.scheduled_date is not None:
            result.update(scheduled_date=self.scheduled_date, is_utc=True)
        if self.transliteration is not None:
            result["transliteration"] = self.transliteration
        if self.dlr_callback_url is not None:
            result["dlr_callback_url"] = self.dlr_callback_url
        return result


def _send_result(
    call: Call, parsed: SendSmsMessageResponse | SendSmsCampaignResponse
) -> SendResult:
    data = parsed.data if isinstance(parsed.data, list) else []
    numbers = tuple(d.to for d in data if isinstance(d.to, str))
    return SendResult(
        provider=PROVIDER,
        ids=tuple(d.msg_id for d in data),
        recipients=numbers or call.recipients,
        raw=parsed,
    )


def _required_id(field: str, value: object) -> str:
    if not isinstance(value, str) or not require_str(field, value).strip():
        raise errors.ValidationError(field, "must be a non-empty id string")
    return value.strip()


def _in_range(field: str, value: int | None, low: int, high: int) -> int | None:
    if value is not None and not (isinstance(value, int) and low <= value <= high):
        raise errors.ValidationError(
            field, f"{value!r} must be a whole number from {low} to {high}"
        )
    return value


def _groups(groups: Iterable[int]) -> list[int]:
    ids = require_list("groups", groups)
    if not ids or not all(isinstance(g, int) and not isinstance(g, bool) for g in ids):
        raise errors.ValidationError("groups", "must be a non-empty list of group ids (integers)")
    return ids


def _country(country_iso: str) -> str:
    if not isinstance(country_iso, str) or len(country_iso) != 2 or not country_iso.isalpha():
        raise errors.ValidationError(
            "country_iso", f"{country_iso!r} is not a two-letter country code"
        )
    return country_iso.upper()


def _unset_none(**fields: Any) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if v is not None}


# ---------------------------------------------------------------------------- clients


class _SmscxRules(BaseClient):
    """Everything about SMS.CX except the I/O: credentials, validation, request building."""

    provider = PROVIDER
    default_base_url = DEFAULT_BASE_URL
    recovery = Recovery.RESEND  # idempotencyId: a repeat with the same key is one message

    def _from(self, sender: str | None) -> str:
        if sender is not None:
            return sender
        if self.sender is None:
            raise errors.ValidationError(
                "sender", "SMS.CX needs a sender: pass sender= here or to Smscx(sender=...)"
            )
        return self.sender

    def refine_error(self, status: int, body: Any, detail: ErrorDetail) -> ErrorDetail:
        return refine_error(status, body, detail)

    def __init__(
        self,
        *,
        api_key: str | None = None,
        access_token: str | None = None,
        application_id: str | None = None,
        application_secret: str | None = None,
        scope: str | None = None,
        sender: str | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        """``sender``: the ``from`` of every send that does not name its own."""
        self.sender = _sender(sender) if sender is not None else None
        base_url = self.resolve_base_url(
            options.get("base_url"), options.get("allow_insecure", False)
        )
        auth = _auth(
            api_key,
            access_token,
            application_id,
            application_secret,
            scope,
            base_url + "/oauth/token",
        )
        super().__init__(auth=auth, **options)  # type: ignore[misc]

    # from_env(): SMSCX_API_KEY, or SMSCX_APPLICATION_ID + SMSCX_APPLICATION_SECRET
    # (+ SMSCX_SCOPE); SMSCX_BASE_URL.
    env_credentials = (
        {"api_key": "SMSCX_API_KEY"},
        {
            "application_id": "SMSCX_APPLICATION_ID",
            "application_secret": "SMSCX_APPLICATION_SECRET",
            "scope": "SMSCX_SCOPE",
        },
    )
    env_base_url = "SMSCX_BASE_URL"

    def _plan_send(
        self,
        to: str | Iterable[str],
        text: str,
        sender: str | None = None,
        send_at: datetime | timedelta | None = None,
        idempotency_id: str | uuid.UUID | None = None,
        transliteration: str | Transliteration | None = None,
        dlr_callback_url: str | None = None,
        track_data: str | None = None,
        allow_invalid: bool = False,
        *,
        reference: str | None = None,
        default_region: str | None = None,
        skip_invalid: bool = False,
    ) -> Plan[SendResult]:
        """Send ``text`` from ``sender`` to every recipient; ``ids`` are the msgIds.

        Every request carries an ``idempotencyId`` (``idempotency_id``, or a new UUID) that is
        reused on every retry, so a 5xx or a timeout is retried without a second SMS. Above
        25,000 recipients the send goes out in batches, each with its own key derived from
        yours; a failing batch raises with ``.partial`` holding the batches already accepted.
        ``send_at`` (aware datetime or timedelta) becomes ``scheduledDate`` in UTC.
        ``reference`` (the ``Sender`` interface's handle) becomes the idempotency key: itself
        when it is a UUID, else a UUID derived from it, the same on every repeat.
        """
        options = _MessageOptions.build(
            text, self._from(sender), send_at, transliteration, dlr_callback_url
        )
        recipients = normalize_recipients(
            to, default_region=default_region, skip_invalid=skip_invalid
        )
        if reference is not None and idempotency_id is None:
            idempotency_id = reference_uuid(reference)
        extra: dict[str, Any] = {}
        if track_data is not None:
            extra["track_data"] = _uuid("track_data", track_data)
        if allow_invalid:
            extra["allow_invalid"] = True
        batches = [
            recipients[i : i + MAX_RECIPIENTS_PER_REQUEST]
            for i in range(0, len(recipients), MAX_RECIPIENTS_PER_REQUEST)
        ]
        keys = _batch_keys(idempotency_id, len(batches))
        calls = [
            generated_call(
                "send",
                send_sms,
                idempotent=True,  # the idempotencyId makes a repeat harmless
                sends_sms=True,
                recipients=tuple(batch),
                reference=key,
                body=SendSmsMessageRequest(
                    to=batch, idempotency_id=key, **options.fields(), **extra
                ),
            )
            for batch, key in zip(batches, keys, strict=True)
        ]
        return Plan.sends(calls, _send_result)

    def _plan_estimate(
        self,
        to: str | Iterable[str],
        text: str,
        sender: str | None = None,
        send_at: datetime | timedelta | None = None,
        transliteration: str | Transliteration | None = None,
        dlr_callback_url: str | None = None,
        allow_invalid: bool = False,
        *,
        default_region: str | None = None,
        skip_invalid: bool = False,
    ) -> Plan[SendSmsMessageResponse]:
        """What ``send`` would cost (``.info.total_cost``, ``.info.total_parts``), without
        sending or billing anything."""
        options = _MessageOptions.build(
            text, self._from(sender), send_at, transliteration, dlr_callback_url
        )
        recipients = normalize_recipients(
            to, default_region=default_region, skip_invalid=skip_invalid
        )
        if len(recipients) > MAX_RECIPIENTS_PER_REQUEST:
            raise errors.ValidationError(
                "to", f"estimate takes at most {MAX_RECIPIENTS_PER_REQUEST:,} numbers at once"
            )
        extra: dict[str, Any] = {"allow_invalid": True} if allow_invalid else {}
        body = SendSmsRequestEstimate(to=recipients, **options.fields(), **extra)
        return Plan((generated_call("estimate", estimate_sms, idempotent=True, body=body),))

    def _plan_send_campaign(
        self,
        groups: Iterable[int],
        text: str,
        sender: str | None = None,
        send_at: datetime | timedelta | None = None,
        idempotency_id: str | uuid.UUID | None = None,
        transliteration: str | Transliteration | None = None,
        dlr_callback_url: str | None = None,
    ) -> Plan[SendResult]:
        """Send to every contact of the given groups, with an idempotency key like ``send``."""
        options = _MessageOptions.build(
            text, self._from(sender), send_at, transliteration, dlr_callback_url
        )
        (key,) = _batch_keys(idempotency_id, 1)
        body = SendSmsCampaignRequest(
            groups=_groups(groups), idempotency_id=key, **options.fields()
        )
        call = generated_call(
            "send_campaign",
            send_sms_campaign,
            idempotent=True,
            sends_sms=True,
            reference=key,
            body=body,
        )
        return Plan.sends([call], _send_result)

    def _plan_estimate_campaign(
        self,
        groups: Iterable[int],
        text: str,
        sender: str | None = None,
        send_at: datetime | timedelta | None = None,
        transliteration: str | Transliteration | None = None,
        dlr_callback_url: str | None = None,
    ) -> Plan[SendSmsCampaignResponse]:
        """What ``send_campaign`` would cost; nothing is sent."""
        options = _MessageOptions.build(
            text, self._from(sender), send_at, transliteration, dlr_callback_url
        )
        body = SendSmsCampaignRequestEstimate(groups=_groups(groups), **options.fields())
        return Plan(
            (
                generated_call(
                    "estimate_campaign", estimate_sms_campaign, idempotent=True, body=body
                ),
            )
        )

    def _plan_cancel_scheduled(self, msg_id: str) -> Plan[DeleteScheduledMsg]:
        """Cancel a scheduled message; ``.info.credit_returned`` says what came back."""
        msg = _required_id("msg_id", msg_id)
        return Plan(
            (generated_call("cancel_scheduled", delete_scheduled_sms, idempotent=True, msg_id=msg),)
        )

    def _plan_cancel_scheduled_campaign(self, campaign_id: str) -> Plan[DeleteScheduledCampaign]:
        """Cancel a scheduled campaign."""
        campaign = _required_id("campaign_id", campaign_id)
        call = generated_call(
            "cancel_scheduled_campaign",
            delete_scheduled_sms_campaign,
            idempotent=True,
            campaign_id=campaign,
        )
        return Plan((call,))

    def _plan_balance(self) -> Plan[AccountBalance]:
        """``.balance``, ``.currency`` (eur or usd) and ``.billing`` (prepaid or postpaid)."""
        return Plan((generated_call("balance", get_account_balance, idempotent=True),))

    def _plan_inbound_sms(self, rent_id: str, *, limit: int = 100) -> Plan[list[InboundSms]]:
        """SMS received on the rented number ``rent_id``, newest first (``InboundSms``:
        ``id``, ``sender``, ``recipient``, ``text``, ``received_at``; read defensively, as the
        item fields are UNCONFIRMED)."""
        call = generated_call("inbound_sms", get_inbound_sms, idempotent=True,
                              rent_id=_required_id("rent_id", rent_id),
                              limit=require_int("limit", limit, 1, 500))  # fmt: skip

        def finish(parsed: Any) -> list[InboundSms]:
            payload = parsed.to_dict() if hasattr(parsed, "to_dict") else parsed
            return parse_inbound("smscx", items_of(payload, "data"))

        return Plan((call,), finish=finish)

    def _plan_validate_number(self, phone_number: str) -> Plan[DataNumberValidate]:
        """SMS.CX's verdict on one number (free); an invalid one raises InvalidPhoneNumberError."""
        number = _required_id("phone_number", phone_number)
        call = generated_call(
            "validate_number", validate_number, idempotent=True, phone_number=number
        )
        return Plan((call,), finish=lambda parsed: parsed.data)

    def _plan_validate_numbers(
        self, numbers: Iterable[str], country_iso: str | None = None
    ) -> Plan[NumbersValidateResponse]:
        """SMS.CX's verdict on many numbers (free): ``.data[i].invalid`` per number. Numbers
        are sent as given, so national ones work with ``country_iso``."""
        items = [_required_id("numbers", n) for n in require_list("numbers", numbers)]
        if not items:
            raise errors.ValidationError("numbers", "no number given")
        extra = {"country_iso": _country(country_iso)} if country_iso is not None else {}
        body = NumbersValidateRequest(phone_numbers=items, **extra)
        return Plan(
            (generated_call("validate_numbers", validate_numbers, idempotent=True, body=body),)
        )

    def _plan_lookup_number(
        self, phone_number: str, *, default_region: str | None = None
    ) -> Plan[DataNumberLookup]:
        """A live network lookup. It is billed per call, so it is never repeated once it may
        have run, and an impossible number is refused before paying for it."""
        number = to_e164(phone_number, default_region)
        call = generated_call("lookup_number", lookup_number, idempotent=False, phone_number=number)
        return Plan((call,), finish=lambda parsed: parsed.data)

    def _plan_otp_send(
        self,
        phone_number: str,
        *,
        sender: str | None = None,
        template: str | None = None,
        ttl: int | None = None,
        max_attempts: int | None = None,
        pin_type: str | None = None,
        pin_length: int | None = None,
        track_id: str | None = None,
        otp_callback_url: str | None = None,
        default_region: str | None = None,
    ) -> Plan[Otp]:
        """Send a one-time PIN by SMS; keep ``.otp_id`` to verify what the user types."""
        try:
            kind = NewOtpRequestPinType(pin_type) if pin_type is not None else None
        except ValueError:
            raise errors.ValidationError(
                "pin_type", "must be 'letters', 'numbers' or 'alphanumeric'"
            ) from None
        fields = _unset_none(
            from_=_sender(sender) if sender is not None else None,
            template=require_text(template, "template") if template is not None else None,
            ttl=_in_range("ttl", ttl, 60, 1800),
            max_attempts=_in_range("max_attempts", max_attempts, 1, 10),
            pin_type=kind,
            pin_length=_in_range("pin_length", pin_length, 4, 10),
            track_id=_uuid("track_id", track_id) if track_id is not None else None,
            otp_callback_url=_callback_url("otp_callback_url", otp_callback_url),
        )
        body = NewOtpRequest(phone_number=to_e164(phone_number, default_region), **fields)
        # The PIN goes out as an SMS without an idempotency key: never repeated once it may have.
        call = generated_call("otp_send", new_otp, idempotent=False, sends_sms=True, body=body)
        return Plan((call,), finish=Otp.from_generated)

    def _plan_otp_verify(self, otp_id: str, pin: str) -> Plan[VerifyPinResponse]:
        """Check a PIN: ``.status`` on success, else ``InvalidPinError``, ``OtpExpiredError``,
        ``OtpFailedError``, ... (all ``OtpError``)."""
        if not isinstance(pin, str) or not require_str("pin", pin).strip():
            raise errors.ValidationError("pin", "must be the non-empty PIN the user typed")
        call = generated_call(
            "otp_verify",
            verify_otp,
            idempotent=False,  # each try counts against maxAttempts
            otp_id=_required_id("otp_id", otp_id),
            body=VerifyPinRequest(pin=pin.strip()),
        )
        return Plan((call,))

    def _plan_otp_status(self, otp_id: str) -> Plan[Otp]:
        """Where an OTP stands, with aware datetimes."""
        call = generated_call(
            "otp_status", get_otp_status, idempotent=True, otp_id=_required_id("otp_id", otp_id)
        )
        return Plan((call,), finish=Otp.from_generated)

    def _plan_otp_cancel(self, otp_id: str) -> Plan[CancelOtpResponse]:
        """Cancel a pending OTP (``OtpActionNotAllowedError`` if it is no longer pending)."""
        call = generated_call(
            "otp_cancel", cancel_otp, idempotent=True, otp_id=_required_id("otp_id", otp_id)
        )
        return Plan((call,))

    def _plan_report(self, msg_id: str) -> Plan[MessageReport]:
        """Where one message stands (status, cost, dates as aware datetimes)."""
        call = generated_call(
            "report", get_single_report, idempotent=True, msg_id=_required_id("msg_id", msg_id)
        )
        return Plan((call,), finish=lambda parsed: MessageReport.from_generated(parsed.data))


class Smscx(_SmscxRules, SyncAreas, SyncClient):
    """SMS.CX client. ``Smscx(api_key=...)``, or ``Smscx(application_id=...,
    application_secret=..., scope="sms")`` for OAuth2 tokens that smskit fetches, caches and
    renews."""

    send = sync_operation(_SmscxRules._plan_send)
    estimate = sync_operation(_SmscxRules._plan_estimate)
    send_campaign = sync_operation(_SmscxRules._plan_send_campaign)
    estimate_campaign = sync_operation(_SmscxRules._plan_estimate_campaign)
    cancel_scheduled = sync_operation(_SmscxRules._plan_cancel_scheduled)
    cancel_scheduled_campaign = sync_operation(_SmscxRules._plan_cancel_scheduled_campaign)
    balance = sync_operation(_SmscxRules._plan_balance)
    inbound_sms = sync_operation(_SmscxRules._plan_inbound_sms)
    validate_number = sync_operation(_SmscxRules._plan_validate_number)
    validate_numbers = sync_operation(_SmscxRules._plan_validate_numbers)
    lookup_number = sync_operation(_SmscxRules._plan_lookup_number)
    otp_send = sync_operation(_SmscxRules._plan_otp_send)
    otp_verify = sync_operation(_SmscxRules._plan_otp_verify)
    otp_status = sync_operation(_SmscxRules._plan_otp_status)
    otp_cancel = sync_operation(_SmscxRules._plan_otp_cancel)
    report = sync_operation(_SmscxRules._plan_report)


class AsyncSmscx(_SmscxRules, AsyncAreas, AsyncClient):
    """The async twin of ``Smscx``: the same methods, as coroutines."""

    send = async_operation(_SmscxRules._plan_send)
    estimate = async_operation(_SmscxRules._plan_estimate)
    send_campaign = async_operation(_SmscxRules._plan_send_campaign)
    estimate_campaign = async_operation(_SmscxRules._plan_estimate_campaign)
    cancel_scheduled = async_operation(_SmscxRules._plan_cancel_scheduled)
    cancel_scheduled_campaign = async_operation(_SmscxRules._plan_cancel_scheduled_campaign)
    balance = async_operation(_SmscxRules._plan_balance)
    inbound_sms = async_operation(_SmscxRules._plan_inbound_sms)
    validate_number = async_operation(_SmscxRules._plan_validate_number)
    validate_numbers = async_operation(_SmscxRules._plan_validate_numbers)
    lookup_number = async_operation(_SmscxRules._plan_lookup_number)
    otp_send = async_operation(_SmscxRules._plan_otp_send)
    otp_verify = async_operation(_SmscxRules._plan_otp_verify)
    otp_status = async_operation(_SmscxRules._plan_otp_status)
    otp_cancel = async_operation(_SmscxRules._plan_otp_cancel)
    report = async_operation(_SmscxRules._plan_report)
