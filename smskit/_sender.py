"""One sending interface for every provider: code written against ``Sender`` never names one.

A connection string, a failover route, the outbox and the bridge all see a provider only as a
``Sender`` (or ``AsyncSender``): ``send(to, text, *, send_at=None, reference=None)``, plus how a
send that may or may not have happened can be recovered (``recovery``).
"""

from __future__ import annotations

import enum
import hashlib
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime, timedelta
from types import TracebackType
from typing import TYPE_CHECKING, Protocol, Self, runtime_checkable

from ._validate import require_str

if TYPE_CHECKING:
    from ._models import SendResult


class Recovery(enum.Enum):
    """What can be done about a send with a ``reference`` whose outcome is unknown (a
    crash, a timeout): the outbox and failover decide by this, never by the provider's name.
    """

    RESEND = "resend"  # the provider deduplicates by the reference: sending again is safe
    LOOKUP = "lookup"  # the reference can be looked up; resend with it only when absent
    NONE = "none"  # nothing tells: the outcome stays unknown for a person to decide


@runtime_checkable
class Sender(Protocol):
    """A synchronous SMS sender (every sync client, a ``Failover``, a plugin's client)."""

    @property
    def provider(self) -> str:
        """Who sends (``"sipgate"``); a failover route names its members."""

    @property
    def recovery(self) -> Recovery: ...

    def send(
        self,
        to: str | Iterable[str],
        text: str,
        *,
        send_at: datetime | timedelta | None = None,
        reference: str | None = None,
    ) -> SendResult: ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


@runtime_checkable
class AsyncSender(Protocol):
    """The asynchronous twin of ``Sender``: ``send`` and ``close`` are coroutines."""

    @property
    def provider(self) -> str:
        """Who sends (``"sipgate"``); a failover route names its members."""

    @property
    def recovery(self) -> Recovery: ...

    async def send(
        self,
        to: str | Iterable[str],
        text: str,
        *,
        send_at: datetime | timedelta | None = None,
        reference: str | None = None,
    ) -> SendResult: ...

    async def close(self) -> None: ...

    async def __aenter__(self) -> Self: ...

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


def tracks_delivery(sender: object, provider: str | None) -> bool:
    """Whether ``sender`` can say where a message it sent through ``provider`` stands: it has
    ``delivery_status(ids, reference, provider)`` (SMS.CX, smsend; a failover route for its
    members that have it). sipgate and Acrobits cannot: their entries carry no delivery."""
    asks = getattr(sender, "tracks_delivery", None)
    if callable(asks):
        return bool(asks(provider))
    return callable(getattr(sender, "delivery_status", None))


# Derived ids must be the same for the same reference in every process, forever.
_REFERENCE_NAMESPACE = uuid.UUID("6f1d3c52-8a77-4f0e-9d3a-5b2e51c0a9d4")


def reference_uuid(reference: str) -> str:
    """A UUID for a reference: the reference itself when it is one, else derived from it."""
    text = require_str("reference", reference)
    try:
        return str(uuid.UUID(text))
    except ValueError:
        return str(uuid.uuid5(_REFERENCE_NAMESPACE, text))


def reference_token(reference: str, alphabet_ok: bool, limit: int) -> str:
    """An id of at most ``limit`` characters for a reference: the reference itself when it
    fits the provider's id rules (``alphabet_ok``), else a digest of it."""
    text = require_str("reference", reference)
    if alphabet_ok and len(text) <= limit:
        return text
    return hashlib.sha256(text.encode()).hexdigest()[:limit]


# Set by a failover around each member's call: a request that never left (a refused
# connection) is not retried inside the member, so the failover moves on at once and the
# member's cooldown covers the rest. smskit's clients honour it; a plugin's Sender may.
FAIL_FAST: ContextVar[bool] = ContextVar("smskit_fail_fast", default=False)


@contextmanager
def fail_fast() -> Iterator[None]:
    token = FAIL_FAST.set(True)
    try:
        yield
    finally:
        FAIL_FAST.reset(token)
