"""sipgate: SMS from web SMS extensions, with a personal access token or OAuth2."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any, Self

import httpx
from smskit_generated.sipgate.api.authorization import get_user_info
from smskit_generated.sipgate.api.sessions import send_web_sms
from smskit_generated.sipgate.api.sms import get_sms_extensions
from smskit_generated.sipgate.client import Client as _GeneratedClient
from smskit_generated.sipgate.models import SendWebSmsRequest, SmsExtension, UserInfo

from .. import errors
from .._auth import BasicAuth, BearerAuth, OAuth2Auth, RefreshTokenGrant, Token
from .._base import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_WAIT,
    DEFAULT_RETRY_BACKOFF,
    DEFAULT_TIMEOUT,
    AsyncClient,
    BaseClient,
    Call,
    SyncClient,
    check_base_url,
)
from .._models import SendResult
from .._phone import normalize_recipients
from .._time import resolve_send_at, unix_seconds
from .._validate import require_secret, require_text

__all__ = ["AsyncSipgate", "Sipgate", "SmsExtension", "UserInfo"]

PROVIDER = "sipgate"
DEFAULT_BASE_URL = "https://api.sipgate.com/v2"
DEFAULT_TOKEN_URL = (
    "https://login.sipgate.com/auth/realms/sipgate-apps/protocol/openid-connect/token"  # noqa: S105
)
MAX_SCHEDULE_AHEAD = timedelta(days=30)
_SMS_ID = re.compile(r"^s(0|[1-9][0-9]*)$")
# The generated parsers only read raise_on_unexpected_status from the client they are given.
_PARSER_CLIENT = _GeneratedClient(base_url=DEFAULT_BASE_URL, raise_on_unexpected_status=False)


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
            access_token=require_secret("access_token", access_token) if access_token else "",
            expires_at=_monotonic_deadline(access_token_expires_at) if access_token else 0.0,
            refresh_token=require_secret("refresh_token", refresh_token),
        )
        return OAuth2Auth(grant, current)
    if access_token is not None:
        return BearerAuth(require_secret("access_token", access_token))
    raise errors.ValidationError(
        "credentials",
        "pass token_id= and token= (personal access token) or access_token= (OAuth2), "
        "or use Sipgate.from_env()",
    )


def _monotonic_deadline(expires_at: datetime | None) -> float | None:
    if expires_at is None:
        return None  # unknown: used until the API answers 401, then refreshed
    if expires_at.tzinfo is None:
        raise errors.ValidationError("access_token_expires_at", "must be an aware datetime")
    return time.monotonic() + (expires_at - datetime.now(UTC)).total_seconds()


def _send_result(call: Call, parsed: Any) -> SendResult:
    return SendResult(provider=PROVIDER, ids=(), recipients=call.recipients, raw=parsed)


class _SipgateRules(BaseClient):
    """Everything about sipgate except the I/O: credentials, validation, request building."""

    provider = PROVIDER
    default_base_url = DEFAULT_BASE_URL

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
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        retry_backoff: float = DEFAULT_RETRY_BACKOFF,
        allow_insecure: bool = False,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        **extra: Any,
    ) -> None:
        auth = _auth(
            token_id, token, access_token, refresh_token, client_id, client_secret,
            access_token_expires_at, token_url, allow_insecure,
        )  # fmt: skip
        config: dict[str, Any] = {
            "auth": auth,
            "base_url": base_url,
            "timeout": timeout,
            "max_retries": max_retries,
            "max_retry_wait": max_retry_wait,
            "retry_backoff": retry_backoff,
            "allow_insecure": allow_insecure,
            "http_client": http_client,
            **extra,
        }
        super().__init__(**config)

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """From ``SIPGATE_TOKEN_ID`` + ``SIPGATE_TOKEN``, or ``SIPGATE_ACCESS_TOKEN``;
        ``SIPGATE_BASE_URL`` optionally. Keyword arguments win over the environment."""
        env = os.environ
        settings: dict[str, Any] = {}
        if env.get("SIPGATE_TOKEN_ID") or env.get("SIPGATE_TOKEN"):
            settings.update(token_id=env.get("SIPGATE_TOKEN_ID"), token=env.get("SIPGATE_TOKEN"))
        elif env.get("SIPGATE_ACCESS_TOKEN"):
            settings["access_token"] = env["SIPGATE_ACCESS_TOKEN"]
        if env.get("SIPGATE_BASE_URL"):
            settings["base_url"] = env["SIPGATE_BASE_URL"]
        return cls(**{**settings, **overrides})

    def _send_calls(
        self,
        to: str | Iterable[str],
        text: str,
        sms_id: str,
        send_at: datetime | timedelta | None,
        default_region: str | None,
        skip_invalid: bool,
    ) -> list[Call]:
        message = require_text(text)
        if not isinstance(sms_id, str) or not _SMS_ID.match(sms_id):
            raise errors.ValidationError(
                "sms_id", f"{sms_id!r} is not a web SMS extension id (s0, s1, ...)"
            )
        instant = resolve_send_at(send_at, max_ahead=MAX_SCHEDULE_AHEAD)
        recipients = normalize_recipients(
            to, default_region=default_region, skip_invalid=skip_invalid
        )
        return [
            Call(
                name="send",
                request_kwargs=send_web_sms._get_kwargs(
                    body=SendWebSmsRequest(
                        sms_id=sms_id,
                        recipient=recipient,
                        message=message,
                        **({"send_at": unix_seconds(instant)} if instant else {}),
                    )
                ),
                parse=lambda r: send_web_sms._parse_response(client=_PARSER_CLIENT, response=r),
                idempotent=False,  # sipgate has no idempotency key: never resent after sending
                sends_sms=True,
                recipients=(recipient,),
            )
            for recipient in recipients
        ]

    def _extensions_call(self, user_id: str) -> Call:
        if not isinstance(user_id, str) or not user_id.strip():
            raise errors.ValidationError("user_id", "must be a sipgate user id such as 'w0'")
        return Call(
            name="sms_extensions",
            request_kwargs=get_sms_extensions._get_kwargs(user_id=user_id),
            parse=lambda r: get_sms_extensions._parse_response(client=_PARSER_CLIENT, response=r),
            idempotent=True,
        )

    def _userinfo_call(self) -> Call:
        return Call(
            name="userinfo",
            request_kwargs=get_user_info._get_kwargs(),
            parse=lambda r: get_user_info._parse_response(client=_PARSER_CLIENT, response=r),
            idempotent=True,
        )


class Sipgate(_SipgateRules, SyncClient):
    """sipgate client. ``Sipgate(token_id=..., token=...)`` or ``Sipgate(access_token=...)``;
    add ``refresh_token=``, ``client_id=`` and ``client_secret=`` for tokens that renew."""

    def send(
        self,
        to: str | Iterable[str],
        text: str,
        sms_id: str = "s0",
        send_at: datetime | timedelta | None = None,
        *,
        default_region: str | None = None,
        skip_invalid: bool = False,
    ) -> SendResult:
        """Send ``text`` to each recipient (one request each, one after another).

        A failure stops the remaining recipients and carries ``.partial`` with those already
        accepted. sipgate has no idempotency key, so a send that may have arrived is never
        repeated: a timeout raises ``DeliveryUnknownError``, a 5xx ``ServerError``.
        """
        calls = self._send_calls(to, text, sms_id, send_at, default_region, skip_invalid)
        return self._send_each(calls, _send_result)

    def sms_extensions(self, user_id: str) -> list[SmsExtension]:
        """The web SMS extensions of ``user_id`` (``userinfo().sub`` for your own)."""
        return list(self._execute(self._extensions_call(user_id)).items)

    def userinfo(self) -> UserInfo:
        """Who the credentials belong to; ``.sub`` is the user id."""
        result: UserInfo = self._execute(self._userinfo_call())
        return result


class AsyncSipgate(_SipgateRules, AsyncClient):
    """The async twin of ``Sipgate``: the same methods, as coroutines."""

    async def send(
        self,
        to: str | Iterable[str],
        text: str,
        sms_id: str = "s0",
        send_at: datetime | timedelta | None = None,
        *,
        default_region: str | None = None,
        skip_invalid: bool = False,
    ) -> SendResult:
        """Like ``Sipgate.send``; several recipients are sent concurrently (bounded by
        ``max_concurrency``), and a failure carries ``.partial`` with every accepted one."""
        calls = self._send_calls(to, text, sms_id, send_at, default_region, skip_invalid)
        return await self._send_each(calls, _send_result)

    async def sms_extensions(self, user_id: str) -> list[SmsExtension]:
        return list((await self._execute(self._extensions_call(user_id))).items)

    async def userinfo(self) -> UserInfo:
        result: UserInfo = await self._execute(self._userinfo_call())
        return result
