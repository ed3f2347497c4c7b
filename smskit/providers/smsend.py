"""smsend (and Skebby, Esendex Italy, smsenvoi, which run the same platform): session login
or a permanent token, keys in case-sensitive underscore headers, client-chosen order ids."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any, Unpack
from zoneinfo import ZoneInfo

import attrs
import httpx
from smskit_generated.smsend.api.authentication import login
from smskit_generated.smsend.api.inbound import get_new_inbound_sms
from smskit_generated.smsend.api.sms import cancel_scheduled_order, get_order_status, send_sms
from smskit_generated.smsend.api.user import get_user_status
from smskit_generated.smsend.models import (
    OrderStatus,
    SendSmsRequest,
    SendSmsRequestEncoding,
    SendSmsResponse,
    UserStatus,
)

from .. import errors
from .._auth import (
    RenewingAuth,
    StaticHeaderAuth,
    Token,
    TokenEndpointError,
    endpoint_error,
    token_text,
    unusable,
)
from .._client import AsyncClient, BaseClient, SyncClient, async_operation, sync_operation
from .._inbound import InboundSms, items_of, parse_inbound
from .._models import DeliveryStatus, SendResult
from .._options import ClientOptions
from .._phone import normalize_recipients
from .._plan import Call, Plan, generated_call, json_answer, model_later
from .._redact import register
from .._sender import Recovery, reference_token
from .._time import local_time_and_zone, parse_provider_date, resolve_send_at
from .._validate import check_header_value, require_ids, require_int, require_secret, require_text

__all__ = ["AsyncSmsend", "Order", "RecipientStatus", "Smsend"]

PROVIDER = "smsend"
DEFAULT_BASE_URL = "https://app.gateway.smsend.it/API/v1.0/REST"
SESSION_IDLE_SECONDS = 300.0  # documented: a session dies after 5 minutes without use
SCHEDULE_FORMAT = "%Y%m%d%H%M%S"
# Dates without a zone in smsend answers are the platform's local time (UNCONFIRMED: the
# documents give no zone; the platform and its customers are Italian).
PLATFORM_ZONE = ZoneInfo("Europe/Rome")
_ORDER_ID = re.compile(r"^[A-Za-z0-9_.-]{1,32}$")


# ---------------------------------------------------------------------------- value objects


@attrs.frozen
class RecipientStatus:
    """One recipient of an order (``status``: WAITING, SENT, WAIT4DLVR, DLVRD, ERROR, ...)."""

    destination: str
    status: str
    delivered_at: datetime | None


# smsend's recipient statuses in smskit's delivery vocabulary (DESIGN §17); others pending.
_UNDELIVERED = ("ERROR", "KO", "TOOM4USER", "TOOM4NUM", "UNKNRCPT", "UNKNPFX", "INVALIDDST",
                "BLACKLISTED", "INVALIDCONTENTS")  # fmt: skip
DELIVERY_STATES = {
    "DLVRD": "delivered",
    "TIMEOUT": "expired",
    **dict.fromkeys(_UNDELIVERED, "undelivered"),
    **dict.fromkeys(("WAITING", "SENT", "WAIT4DLVR", "SCHEDULED"), "pending"),
}


@attrs.frozen
class Order:
    """An smsend order and the status of each of its recipients."""

    order_id: str
    recipients: tuple[RecipientStatus, ...]
    raw: OrderStatus = attrs.field(repr=False, eq=False)

    @classmethod
    def from_generated(cls, order_id: str, data: OrderStatus) -> Order:
        return cls(
            order_id=order_id,
            recipients=tuple(
                RecipientStatus(
                    r.destination, r.status, parse_provider_date(r.delivery_date, PLATFORM_ZONE)
                )
                for r in data.recipients
            ),
            raw=data,
        )


# ---------------------------------------------------------------------------- auth


@attrs.frozen(repr=False)
class SessionGrant:
    """``GET login?username=&password=`` answers ``USER_KEY;SESSION_KEY``; both go into the
    case-sensitive headers ``user_key`` and ``Session_key``. Sessions die after 5 idle minutes
    and are renewed before that, and once on a 401."""

    login_url: str
    username: str
    password: str
    renewable: bool = True
    idle_timeout: float | None = SESSION_IDLE_SECONDS

    def token_request(self, current: Token | None) -> httpx.Request:
        kwargs = login._get_kwargs(username=self.username, password=self.password)
        return httpx.Request(kwargs["method"].upper(), self.login_url, params=kwargs["params"])

    def token_from(self, response: httpx.Response, current: Token | None, now: float) -> Token:
        if response.status_code in {401, 404}:
            raise TokenEndpointError(
                errors.AuthenticationError(
                    provider=PROVIDER,
                    status_code=response.status_code,
                    message="login refused: wrong username or password",
                )
            )
        if response.status_code != 200:
            raise endpoint_error(PROVIDER, response, "login refused")
        user_key, _, session_key = response.text.strip().partition(";")
        if token_text(user_key) is None or token_text(session_key) is None:
            raise unusable(PROVIDER, response, "the login answer is not USER_KEY;SESSION_KEY")
        register(user_key, session_key)
        return Token(access_token=session_key, expires_at=None, user_key=user_key)

    def apply(self, request: httpx.Request, token: Token) -> None:
        request.headers["user_key"] = token.user_key or ""
        request.headers["Session_key"] = token.access_token


class AccessTokenAuth(StaticHeaderAuth):
    """The permanent ``user_key`` + ``Access_token`` pair from ``GET token``: no login."""

    def __init__(self, user_key: str, access_token: str) -> None:
        super().__init__(
            {"user_key": user_key, "Access_token": access_token}, user_key, access_token
        )


def _auth(
    username: str | None,
    password: str | None,
    user_key: str | None,
    access_token: str | None,
    login_url: str,
) -> httpx.Auth:
    session = username is not None or password is not None
    token = user_key is not None or access_token is not None
    if session and token:
        raise errors.ValidationError(
            "credentials", "pass username= and password=, or user_key= and access_token=, not both"
        )
    if session:
        # Any characters are fine: they are URL-encoded into the login query string.
        name = require_secret("username", username)
        secret = require_secret("password", password)
        register(secret)
        return RenewingAuth(SessionGrant(login_url, name, secret))
    if token:
        return AccessTokenAuth(
            require_secret("user_key", user_key, header=True),
            require_secret("access_token", access_token, header=True),
        )
    raise errors.ValidationError(
        "credentials",
        "pass username= and password= (session login) or user_key= and access_token=, "
        "or use Smsend.from_env()",
    )


# ---------------------------------------------------------------------------- input rules


def _order_id(value: object) -> str:
    if not isinstance(value, str) or not _ORDER_ID.match(value):
        raise errors.ValidationError(
            "order_id", f"{value!r} must be 1 to 32 characters of A-Z, a-z, 0-9, '_', '.' or '-'"
        )
    return value


def order_id_for(reference: str) -> str:
    """The ``order_id`` a send with this ``reference`` uses: the reference itself when it fits
    smsend's id rules, else a digest of it (the same in every process)."""
    return reference_token(
        reference, isinstance(reference, str) and bool(_ORDER_ID.match(reference)), 32
    )


def _message_type(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise errors.ValidationError("message_type", "must be the platform's type, e.g. 'N'")
    check_header_value("message_type", value)
    return value.strip()


def _sender(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise errors.ValidationError("sender", "must be a non-empty sender (TPOA) or None")
    check_header_value("sender", value)
    return value.strip()


def new_order_id() -> str:
    """A fresh order id (32 hex digits): smskit chooses it so that an ambiguous failure can be
    reconciled by looking the order up instead of sending again."""
    return uuid.uuid4().hex


def _read_send_answer(response: httpx.Response) -> dict[str, Any]:
    """A send's answer decoded, with the one field its model requires checked (the model is
    built if ``raw`` is read)."""
    body = json_answer(response)
    if not isinstance(body, dict) or "result" not in body:
        raise ValueError("not the answer to a send")
    return body


def _send_result(call: Call, body: dict[str, Any]) -> SendResult:
    order = body.get("order_id")
    order = order if isinstance(order, str) else call.reference
    return SendResult(
        provider=PROVIDER,
        ids=(order,) if order else (),
        recipients=call.recipients,
        raw=model_later(SendSmsResponse, body),
    )


# ---------------------------------------------------------------------------- clients


class _SmsendRules(BaseClient):
    """Everything about smsend except the I/O: credentials, validation, request building."""

    provider = PROVIDER
    default_base_url = DEFAULT_BASE_URL
    recovery = Recovery.LOOKUP  # the order_id is ours: order_status() tells if it arrived

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        user_key: str | None = None,
        access_token: str | None = None,
        sender: str | None = None,
        message_type: str = "N",
        **options: Unpack[ClientOptions],
    ) -> None:
        """``sender`` and ``message_type``: what every send uses unless it names its own."""
        self.sender = _sender(sender)
        self.message_type = _message_type(message_type)
        base_url = self.resolve_base_url(
            options.get("base_url"), options.get("allow_insecure", False)
        )
        auth = _auth(username, password, user_key, access_token, base_url + "/login")
        super().__init__(auth=auth, **options)  # type: ignore[misc]

    # from_env(): SMSEND_USERNAME + SMSEND_PASSWORD, or SMSEND_USER_KEY + SMSEND_ACCESS_TOKEN;
    # SMSEND_BASE_URL (Skebby, smsenvoi ...).
    env_credentials = (
        {"username": "SMSEND_USERNAME", "password": "SMSEND_PASSWORD"},
        {"user_key": "SMSEND_USER_KEY", "access_token": "SMSEND_ACCESS_TOKEN"},
    )
    env_base_url = "SMSEND_BASE_URL"

    def _plan_send(
        self,
        to: str | Iterable[str],
        text: str,
        sender: str | None = None,
        send_at: datetime | timedelta | None = None,
        message_type: str | None = None,
        encoding: str | None = None,
        *,
        order_id: str | None = None,
        reference: str | None = None,
        allow_invalid_recipients: bool = False,
        default_region: str | None = None,
        skip_invalid: bool = False,
    ) -> Plan[SendResult]:
        """Send ``text`` to every recipient in one order; ``ids`` is ``(order_id,)``.

        smskit chooses the ``order_id`` (or takes yours). smsend has no idempotency key, so a
        send that may have arrived is never repeated: a timeout raises
        ``DeliveryUnknownError`` and a 5xx ``ServerError``, both with ``.reference`` set to the
        order id; ``order_status(order_id)`` then tells whether it went out. ``message_type``
        is the platform's (smsend N, L, LL; Skebby GP, TI, SI; smsenvoi PRM, MND).
        ``send_at``: an aware datetime or a timedelta, sent as ``scheduled_delivery_time``
        with ``scheduled_delivery_timezone`` naming the same instant. ``reference`` (the
        ``Sender`` interface's handle) becomes the ``order_id`` (itself when it fits smsend's
        id rules, else a digest of it), so the order can be looked up by it.
        """
        message = require_text(text)
        kind = self.message_type if message_type is None else _message_type(message_type)
        fields: dict[str, Any] = {}
        chosen_sender = self.sender if sender is None else _sender(sender)
        if chosen_sender is not None:
            fields["sender"] = chosen_sender
        if encoding is not None:
            try:
                fields["encoding"] = SendSmsRequestEncoding(encoding)
            except ValueError:
                raise errors.ValidationError("encoding", "must be 'gsm' or 'ucs2'") from None
        if send_at is not None:
            instant = resolve_send_at(send_at)
            assert instant is not None
            local, zone = local_time_and_zone(instant, send_at)
            fields.update(
                scheduled_delivery_time=local.strftime(SCHEDULE_FORMAT),
                scheduled_delivery_timezone=zone,
            )
        if allow_invalid_recipients:
            fields["allow_invalid_recipients"] = True
        if order_id is not None:
            order = _order_id(order_id)
        elif reference is not None:
            order = order_id_for(reference)
        else:
            order = new_order_id()
        recipients = normalize_recipients(
            to, default_region=default_region, skip_invalid=skip_invalid
        )
        body = SendSmsRequest(
            message_type=kind,
            message=message,
            recipient=recipients,
            order_id=order,
            **fields,
        )
        call = generated_call(
            "send",
            send_sms,
            idempotent=False,  # no idempotency key: reconcile with order_status(order_id)
            sends_sms=True,
            recipients=tuple(recipients),
            reference=order,
            parse=_read_send_answer,
            body=body,
        )
        return Plan.sends([call], _send_result)

    def _plan_order_status(self, order_id: str) -> Plan[Order]:
        """Each recipient's delivery status, with aware datetimes (``NotFoundError`` when the
        order does not exist, e.g. because a send never arrived)."""
        order = _order_id(order_id)
        call = generated_call("order_status", get_order_status, idempotent=True, order_id=order)
        return Plan((call,), finish=lambda parsed: Order.from_generated(order, parsed))

    def _plan_delivery_status(
        self,
        ids: Sequence[str],
        reference: str | None = None,
        provider: str | None = None,
    ) -> Plan[DeliveryStatus]:
        """Where a sent single-recipient order stands (its order id, or the one derived from
        ``reference``), in smskit's delivery vocabulary (DESIGN §17)."""
        order_ids = require_ids("ids", ids)
        if order_ids:
            order = order_ids[0]
        elif reference is not None:
            order = order_id_for(reference)
        else:
            raise errors.ValidationError("ids", "give the order id, or the send's reference")
        plan = self._plan_order_status(order)

        def finish(parsed: Any) -> DeliveryStatus:
            recipients = plan.finish(parsed).recipients
            status = recipients[0].status if recipients else "WAITING"
            return DeliveryStatus(DELIVERY_STATES.get(status.upper(), "pending"), status)

        return Plan(plan.calls, finish=finish)

    def _plan_cancel(self, order_id: str) -> Plan[None]:
        """Cancel a scheduled order (``NotFoundError`` if unknown or no longer scheduled)."""
        call = generated_call(
            "cancel",
            cancel_scheduled_order,
            idempotent=True,
            needs_body=False,
            order_id=_order_id(order_id),
        )
        return Plan((call,), finish=lambda parsed: None)

    def _plan_inbound_sms(self, *, limit: int = 100) -> Plan[list[InboundSms]]:
        """SMS received since the previous call of this method (smsend hands each message out
        once, so this is never retried automatically), at most ``limit``; read defensively,
        as the item fields are UNCONFIRMED. The service needs activation by smsend."""
        call = generated_call("inbound_sms", get_new_inbound_sms, idempotent=False,
                              limit=require_int("limit", limit, 1, 100))  # fmt: skip

        def finish(parsed: Any) -> list[InboundSms]:
            payload = parsed.to_dict() if hasattr(parsed, "to_dict") else parsed
            return parse_inbound("smsend", items_of(payload, "srsmshistory"), PLATFORM_ZONE)

        return Plan((call,), finish=finish)

    def _plan_credits(self) -> Plan[UserStatus]:
        """Remaining credits: ``.money`` and ``.sms`` (``type``, ``quantity`` per type)."""
        call = generated_call(
            "credits", get_user_status, idempotent=True, get_money=True, type_aliases=True
        )
        return Plan((call,))


class Smsend(_SmsendRules, SyncClient):
    """smsend client. ``Smsend(username=..., password=...)`` logs in once and keeps the session
    alive; ``Smsend(user_key=..., access_token=...)`` uses a permanent token. For Skebby or
    smsenvoi pass their ``base_url``."""

    send = sync_operation(_SmsendRules._plan_send)
    order_status = sync_operation(_SmsendRules._plan_order_status)
    delivery_status = sync_operation(_SmsendRules._plan_delivery_status)
    cancel = sync_operation(_SmsendRules._plan_cancel)
    credits = sync_operation(_SmsendRules._plan_credits)
    inbound_sms = sync_operation(_SmsendRules._plan_inbound_sms)

    def receive(self) -> list[InboundSms]:
        """The SMS received since the last call (``newsrsmsmessage`` hands each out once): how
        an outbox stores replies (DESIGN §18)."""
        return self.inbound_sms()

    def ids_for(self, reference: str) -> tuple[str, ...]:
        """The ids (the order id) of a send with this ``reference``: what ``order_status``
        takes, and what a send's result carries."""
        return (order_id_for(reference),)

    def was_sent(self, reference: str) -> bool:
        """Whether the order of a send with this ``reference`` reached smsend (how the
        outbox recovers a send whose outcome is unknown: ``Recovery.LOOKUP``)."""
        try:
            self.order_status(order_id_for(reference))
        except errors.NotFoundError:
            return False
        return True


class AsyncSmsend(_SmsendRules, AsyncClient):
    """The async twin of ``Smsend``: the same methods, as coroutines."""

    send = async_operation(_SmsendRules._plan_send)
    order_status = async_operation(_SmsendRules._plan_order_status)
    delivery_status = async_operation(_SmsendRules._plan_delivery_status)
    cancel = async_operation(_SmsendRules._plan_cancel)
    credits = async_operation(_SmsendRules._plan_credits)
    inbound_sms = async_operation(_SmsendRules._plan_inbound_sms)

    async def receive(self) -> list[InboundSms]:
        """The async twin of ``Smsend.receive``."""
        return await self.inbound_sms()

    def ids_for(self, reference: str) -> tuple[str, ...]:
        """As ``Smsend.ids_for`` (no I/O: the id is made from the reference)."""
        return (order_id_for(reference),)

    async def was_sent(self, reference: str) -> bool:
        """The async twin of ``Smsend.was_sent``."""
        try:
            await self.order_status(order_id_for(reference))
        except errors.NotFoundError:
            return False
        return True
