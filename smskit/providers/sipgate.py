"""sipgate: SMS from web SMS extensions, with a personal access token or OAuth2."""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any, Unpack

import httpx
from smskit_generated.sipgate.api.authorization import get_user_info
from smskit_generated.sipgate.api.sessions import send_web_sms
from smskit_generated.sipgate.api.sms import (
    get_sms_caller_ids,
    get_sms_extensions,
    set_default_sms_caller_id,
)
from smskit_generated.sipgate.models import (
    SendWebSmsRequest,
    SetDefaultCallerIdRequest,
    SmsCallerId,
    SmsExtension,
    UserInfo,
)

from .. import errors
from .._auth import BasicAuth, BearerAuth, RefreshTokenGrant, RenewingAuth, Token
from .._client import AsyncClient, BaseClient, SyncClient, async_operation, sync_operation
from .._models import SendResult
from .._options import ClientOptions, check_base_url
from .._phone import normalize_recipients
from .._plan import Call, Plan, calls_for, generated_call
from .._sender import Recovery
from .._time import resolve_send_at, unix_seconds
from .._validate import require_int, require_secret, require_str, require_text

__all__ = ["AsyncSipgate", "Sipgate", "SmsCallerId", "SmsExtension", "UserInfo"]

PROVIDER = "sipgate"
DEFAULT_BASE_URL = "https://api.sipgate.com/v2"
DEFAULT_TOKEN_URL = (
    "https://login.sipgate.com/auth/realms/sipgate-apps/protocol/openid-connect/token"  # noqa: S105
)
MAX_SCHEDULE_AHEAD = timedelta(days=30)
_SMS_ID = re.compile(r"^s(0|[1-9][0-9]*)$")


def _auth(
    token_id: str | None,
    token: str | None,
    access_token: str | None,
    refresh_token: str | None,
    client_id: str | None,
    client_secret: str | None,
    access_token_expires_at: datetime | None,
    token_url: str,
    allow_insecure: bool,
) -> httpx.Auth:
    personal = token_id is not None or token is not None
    oauth = any(v is not None for v in (access_token, refresh_token, client_id, client_secret))
    if personal and oauth:
        raise errors.ValidationError(
            "credentials", "pass either token_id= and token=, or OAuth2 tokens, not both"
        )
    if personal:
        return BasicAuth(require_secret("token_id", token_id), require_secret("token", token))
    if refresh_token is not None:
        check_base_url("token_url", token_url, allow_insecure)
        grant = RefreshTokenGrant(
            provider=PROVIDER,
            token_url=token_url,
            client_id=require_secret("client_id", client_id),
            client_secret=require_secret("client_secret", client_secret),
        )
        current = Token(
            access_token=require_secret("access_token", access_token, header=True)
            if access_token
            else "",
            expires_at=_monotonic_deadline(access_token_expires_at) if access_token else 0.0,
            refresh_token=require_secret("refresh_token", refresh_token),
        )
        return RenewingAuth(grant, current)
    if access_token is not None:
        return BearerAuth(require_secret("access_token", access_token, header=True))
    raise errors.ValidationError(
        "credentials",
        "pass token_id= and token= (personal access token) or access_token= (OAuth2), "
        "or use Sipgate.from_env()",
    )


def _monotonic_deadline(expires_at: datetime | None) -> float | None:
    if expires_at is None:
        return None  # unknown: used until the API answers 401, then refreshed
    if not isinstance(expires_at, datetime) or expires_at.tzinfo is None:
        raise errors.ValidationError("access_token_expires_at", "must be an aware datetime")
    return time.monotonic() + (expires_at - datetime.now(UTC)).total_seconds()


def _sms_id(sms_id: object) -> str:
    if not isinstance(sms_id, str) or not _SMS_ID.match(sms_id):
        raise errors.ValidationError(
            "sms_id", f"{sms_id!r} is not a web SMS extension id (s0, s1, ...)"
        )
    return sms_id


def _user_id(user_id: object) -> str:
    if not isinstance(user_id, str) or not require_str("user_id", user_id).strip():
        raise errors.ValidationError("user_id", "must be a sipgate user id such as 'w0'")
    return user_id


def _send_result(call: Call, parsed: Any) -> SendResult:
    return SendResult(provider=PROVIDER, ids=(), recipients=call.recipients, raw=parsed)


class _SipgateRules(BaseClient):
    """Everything about sipgate except the I/O: credentials, validation, request building."""

    provider = PROVIDER
    default_base_url = DEFAULT_BASE_URL
    recovery = Recovery.NONE  # no idempotency key, no lookup: an unknown send stays unknown

    def __init__(
        self,
        *,
        token_id: str | None = None,
        token: str | None = None,
        access_token: str | None = None,
        refresh_token: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        access_token_expires_at: datetime | None = None,
        token_url: str = DEFAULT_TOKEN_URL,
        sms_id: str = "s0",
        **options: Unpack[ClientOptions],
    ) -> None:
        """``sms_id``: the web SMS extension sends go from unless ``send`` names another."""
        self.sms_id = _sms_id(sms_id)
        auth = _auth(
            token_id, token, access_token, refresh_token, client_id, client_secret,
            access_token_expires_at, token_url, options.get("allow_insecure", False),
        )  # fmt: skip
        super().__init__(auth=auth, **options)  # type: ignore[misc]

    # from_env(): SIPGATE_TOKEN_ID + SIPGATE_TOKEN, or SIPGATE_ACCESS_TOKEN; SIPGATE_BASE_URL.
    env_credentials = (
        {"token_id": "SIPGATE_TOKEN_ID", "token": "SIPGATE_TOKEN"},
        {"access_token": "SIPGATE_ACCESS_TOKEN"},
    )
    env_base_url = "SIPGATE_BASE_URL"

    def _plan_send(
        self,
        to: str | Iterable[str],
        text: str,
        sms_id: str | None = None,
        send_at: datetime | timedelta | None = None,
        *,
        reference: str | None = None,
        default_region: str | None = None,
        skip_invalid: bool = False,
    ) -> Plan[SendResult]:
        """Send ``text`` from the web SMS extension ``sms_id`` to each recipient.

        sipgate takes one recipient per request: the sync client sends them one after another
        (a failure stops the rest), the async client concurrently (at most ``max_concurrency``).
        A failure carries ``.partial`` with the recipients already accepted. sipgate has no
        idempotency key, so a send that may have arrived is never repeated: a timeout raises
        ``DeliveryUnknownError``, a 5xx ``ServerError``. ``send_at``: an aware datetime or a
        timedelta, at most 30 days ahead. ``sms_id`` defaults to the client's (``s0``).
        ``reference`` is accepted for the ``Sender`` interface and not sent: sipgate has no
        field for it.
        """
        message = require_text(text)
        sms_id = self.sms_id if sms_id is None else _sms_id(sms_id)
        if reference is not None:
            require_str("reference", reference)
        instant = resolve_send_at(send_at, max_ahead=MAX_SCHEDULE_AHEAD)
        recipients = normalize_recipients(
            to, default_region=default_region, skip_invalid=skip_invalid
        )
        extra = {"send_at": unix_seconds(instant)} if instant else {}

        def call(recipient: str) -> Call:
            return generated_call(
                "send",
                send_web_sms,
                idempotent=False,  # sipgate has no idempotency key: never resent after sending
                sends_sms=True,
                needs_body=False,  # 204: the answer is the status alone
                recipients=(recipient,),
                body=SendWebSmsRequest(
                    sms_id=sms_id, recipient=recipient, message=message, **extra
                ),
            )

        return Plan.sends(calls_for(recipients, call), _send_result)

    def _plan_caller_ids(self, user_id: str, sms_id: str | None = None) -> Plan[list[SmsCallerId]]:
        """The numbers the extension ``sms_id`` (default: the client's) may send from:
        ``.id``, ``.phonenumber``, ``.verified``, ``.default_number`` (the one it sends
        from)."""
        call = generated_call(
            "caller_ids", get_sms_caller_ids, idempotent=True, user_id=_user_id(user_id),
            sms_id=self.sms_id if sms_id is None else _sms_id(sms_id),
        )  # fmt: skip
        return Plan((call,), finish=lambda parsed: list(parsed.items))

    def _plan_set_default_caller_id(
        self, caller_id: int, *, user_id: str, sms_id: str | None = None
    ) -> Plan[None]:
        """Send the extension's SMS from the caller id ``caller_id`` (an ``.id`` from
        ``caller_ids``; the number must be verified with sipgate first), as sipgate's own
        Node library does (``defaultNumber: true``)."""
        call = generated_call(
            "set_default_caller_id", set_default_sms_caller_id,
            idempotent=True,  # setting the same default twice changes nothing
            needs_body=False, user_id=_user_id(user_id),
            sms_id=self.sms_id if sms_id is None else _sms_id(sms_id),
            caller_id=require_int("caller_id", caller_id, 0, 2**31 - 1),
            body=SetDefaultCallerIdRequest(default_number=True),
        )  # fmt: skip
        return Plan((call,), finish=lambda parsed: None)

    def _plan_sms_extensions(self, user_id: str) -> Plan[list[SmsExtension]]:
        """The web SMS extensions of ``user_id`` (``userinfo().sub`` for your own):
        ``.id``, ``.alias``, ``.caller_id``."""
        call = generated_call(
            "sms_extensions", get_sms_extensions, idempotent=True, user_id=_user_id(user_id)
        )
        return Plan((call,), finish=lambda parsed: list(parsed.items))

    def _plan_userinfo(self) -> Plan[UserInfo]:
        """Who the credentials belong to; ``.sub`` is the user id."""
        return Plan((generated_call("userinfo", get_user_info, idempotent=True),))


class Sipgate(_SipgateRules, SyncClient):
    """sipgate client. ``Sipgate(token_id=..., token=...)`` or ``Sipgate(access_token=...)``;
    add ``refresh_token=``, ``client_id=`` and ``client_secret=`` for tokens that renew."""

    send = sync_operation(_SipgateRules._plan_send)
    sms_extensions = sync_operation(_SipgateRules._plan_sms_extensions)
    caller_ids = sync_operation(_SipgateRules._plan_caller_ids)
    set_default_caller_id = sync_operation(_SipgateRules._plan_set_default_caller_id)
    userinfo = sync_operation(_SipgateRules._plan_userinfo)


class AsyncSipgate(_SipgateRules, AsyncClient):
    """The async twin of ``Sipgate``: the same methods, as coroutines."""

    send = async_operation(_SipgateRules._plan_send)
    sms_extensions = async_operation(_SipgateRules._plan_sms_extensions)
    caller_ids = async_operation(_SipgateRules._plan_caller_ids)
    set_default_caller_id = async_operation(_SipgateRules._plan_set_default_caller_id)
    userinfo = async_operation(_SipgateRules._plan_userinfo)
