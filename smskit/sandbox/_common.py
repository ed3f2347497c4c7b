"""What the sandbox's provider routes share: the public credential, limits, sessions, how a
request's credentials and body are read, and ``Core`` (the rules every provider follows)."""

from __future__ import annotations

import base64
import json
import secrets
import threading
import time
import uuid
from datetime import UTC, datetime
from typing import Any

import attrs
import phonenumbers
from starlette.requests import Request

from .._segments import segments
from ._store import Message, Store

SECRET = "sandbox"  # noqa: S105 - the sandbox's documented, public credential
SESSION_IDLE = 300.0
TOKEN_LIFETIME = 3600


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


class Core:
    """What every provider's routes stand on: the store, the limits, the sessions, and the
    rules they share. ``Sandbox`` combines the providers' route classes over one ``Core``."""

    store: Store
    limits: Limits
    sessions: Sessions

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
