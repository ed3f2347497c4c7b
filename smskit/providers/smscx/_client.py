"""The SMS.CX clients: ``Smscx`` and ``AsyncSmscx`` over one set of planners
(``_SmscxRules``); the input rules are in ``_send``, the reading of answers in ``_results``,
the credentials in ``_auth``."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any, Unpack

import httpx
from smskit_generated.smscx.api.account import get_account_balance
from smskit_generated.smscx.api.numbers import (
    get_inbound_sms,
    lookup_number,
    validate_number,
    validate_numbers,
)
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
    DeleteScheduledCampaign,
    DeleteScheduledMsg,
    NewOtpRequest,
    NewOtpRequestPinType,
    NumbersValidateRequest,
    NumbersValidateResponse,
    SendSmsCampaignRequest,
    SendSmsCampaignRequestEstimate,
    SendSmsCampaignResponse,
    SendSmsMessageRequest,
    SendSmsMessageResponse,
    SendSmsRequestEstimate,
    Transliteration,
    VerifyPinRequest,
    VerifyPinResponse,
)

from ... import errors
from ..._client import AsyncClient, BaseClient, SyncClient, async_operation, sync_operation
from ..._error_map import ErrorDetail
from ..._inbound import InboundSms, items_of, parse_inbound
from ..._models import DeliveryStatus, SendResult
from ..._options import ClientOptions
from ..._phone import normalize_recipients, to_e164
from ..._plan import Plan, generated_call
from ..._redact import register
from ..._sender import Recovery, reference_uuid
from ..._validate import (
    require_ids,
    require_int,
    require_list,
    require_str,
    require_text,
)
from ..smscx_areas import AsyncAreas, SyncAreas
from ._auth import _auth
from ._results import MessageReport, Otp, delivery_of, refine_error
from ._send import (
    DEFAULT_BASE_URL,
    MAX_RECIPIENTS_PER_REQUEST,
    PROVIDER,
    _batch_keys,
    _callback_url,
    _campaign_result,
    _country,
    _groups,
    _in_range,
    _MessageOptions,
    _read_send_answer,
    _required_id,
    _send_result,
    _sender,
    _unset_none,
    _uuid,
)

__all__ = ["AsyncSmscx", "Smscx"]


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
        dlr_url: str | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        """``sender``: the ``from`` of every send that does not name its own. ``dlr_url``:
        the ``dlrCallbackUrl`` of every send that does not name its own (where SMS.CX posts
        delivery reports: ``smskit.webhooks``)."""
        self.sender = _sender(sender) if sender is not None else None
        self.dlr_url = _callback_url("dlr_url", dlr_url)
        if self.dlr_url is not None:  # a webhook's secret rides in its query: keep it masked
            register(*httpx.URL(self.dlr_url).params.get_list("secret"))
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
            text, self._from(sender), send_at, transliteration, dlr_callback_url or self.dlr_url
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
                parse=_read_send_answer,
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
            parse=_read_send_answer,
            body=body,
        )
        return Plan.sends([call], _campaign_result)

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

    def _plan_delivery_status(
        self,
        ids: Sequence[str],
        reference: str | None = None,
        provider: str | None = None,
    ) -> Plan[DeliveryStatus]:
        """Where a sent message stands (its first msgId's report), in smskit's delivery
        vocabulary: how an outbox tracks delivery by polling (DESIGN §17)."""
        msg_ids = require_ids("ids", ids)
        if not msg_ids:
            raise errors.ValidationError("ids", "the msgId of the message, as sent")
        plan = self._plan_report(msg_ids[0])
        return Plan(plan.calls, finish=lambda parsed: delivery_of(plan.finish(parsed).status))

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
    delivery_status = sync_operation(_SmscxRules._plan_delivery_status)

    def receive(self) -> list[InboundSms]:
        """Every SMS the account's rented numbers hold (each rented number's inbound list,
        active or not): how an outbox stores replies (DESIGN §18)."""
        rented = self.numbers.rented()
        return [m for rent in _rent_ids(rented) for m in self.inbound_sms(rent)]


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
    delivery_status = async_operation(_SmscxRules._plan_delivery_status)

    async def receive(self) -> list[InboundSms]:
        """The async twin of ``Smscx.receive``."""
        rented = await self.numbers.rented()
        return [m for rent in _rent_ids(rented) for m in await self.inbound_sms(rent)]


def _rent_ids(rented: Any) -> list[str]:
    """The rent ids of a ``GET /numbers/rent`` answer (read defensively)."""
    payload = rented.to_dict() if hasattr(rented, "to_dict") else rented
    items = payload.get("data") if isinstance(payload, dict) else None
    return [str(i["rentId"]) for i in items or [] if isinstance(i, dict) and i.get("rentId")]
