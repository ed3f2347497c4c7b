"""The durable outbox: every message sent exactly once across crashes, restarts and outages.

``add`` is a local write; dispatchers send what is due and record every outcome::

    outbox = smskit.Outbox("sqlite:///sms.db")
    outbox.add(to="+491701234567", text="Shipped", via="main", key="order-42-shipped")
    with outbox.dispatcher(routes={"main": "sipgate://ID:TOKEN@default"}) as d:
        d.run_until_empty()
    outbox.get("order-42-shipped").state      # "sent"

Routes are names resolved when a dispatcher starts: the outbox never stores a secret.
"""

from __future__ import annotations

import builtins
import os
import time
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote, urlsplit

from .. import errors
from .._closing import Closing
from .._phone import normalize_recipients
from .._sender import AsyncSender, Sender
from .._time import resolve_send_at
from .._validate import require_int, require_seconds, require_str, require_text
from ._model import (
    CANCELLED,
    DELIVERIES,
    FAILED,
    QUEUED,
    SENT,
    STATES,
    UNKNOWN,
    DeliveryUpdate,
    Entry,
    Event,
    Inbound,
    NewEntry,
    Suppression,
)
from ._optout import START_WORDS, STOP, STOP_WORDS, action, first_word, sender_number, words
from ._overview import EntryPage, LeaseHolder, Overview, RouteActivity, SentTotal
from ._store import Store

if TYPE_CHECKING:
    from .._inbound import InboundSms
    from ._async import AsyncDispatcher
    from .dispatcher import Dispatcher, Route

__all__ = [
    "DELIVERIES",
    "STATES",
    "AsyncDispatcher",
    "DeliveryUpdate",
    "Dispatcher",
    "Entry",
    "EntryPage",
    "Event",
    "Inbound",
    "LeaseHolder",
    "Outbox",
    "Overview",
    "Route",
    "RouteActivity",
    "SentTotal",
    "Store",
    "Suppression",
]


def __getattr__(name: str) -> Any:
    """The dispatchers are imported when first used: a process that only adds entries (or a
    dispatcher's store process) never needs asyncio and the sending machinery."""
    if name in ("Dispatcher", "Route"):
        from . import dispatcher

        return getattr(dispatcher, name)
    if name == "AsyncDispatcher":
        from ._async import AsyncDispatcher

        return AsyncDispatcher
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _uuid_text(h: str, version: str) -> str:
    """32 hex digits as UUID text of ``version``, with the RFC variant bits set."""
    variant = "89ab"[int(h[16], 16) & 3]
    return f"{h[:8]}-{h[8:12]}-{version}{h[13:16]}-{variant}{h[17:20]}-{h[20:32]}"


def _uuid4s(count: int) -> list[str]:
    """``count`` random (version 4) UUIDs as text, as ``str(uuid.uuid4())`` makes them, from
    one ``os.urandom`` call: a call per UUID was a tenth of a large ``add_many``."""
    block = os.urandom(16 * count).hex()
    return [_uuid_text(block[n : n + 32], "4") for n in range(0, 32 * count, 32)]


def _uuid7() -> str:
    """A time-ordered (version 7, RFC 9562) UUID as text: 48 bits of Unix milliseconds, then
    random bits. The default entry key: keys made one after another sort together, so the
    key indexes (the entries' and the events') take them at their right edge instead of at
    random pages, which was most of what a commit wrote."""
    millis = time.time_ns() // 1_000_000
    return _uuid_text(f"{millis & 0xFFFFFFFFFFFF:012x}" + os.urandom(10).hex(), "7")


def open_store(url: str) -> Store:
    """``sqlite:///relative.db``, ``sqlite:////absolute.db`` (SQLAlchemy's rule), or
    ``sqlite://`` for a database in memory; ``?timeout=SECONDS`` is how long a write waits
    for another program's lock (default 30)."""
    if not isinstance(url, str):
        raise errors.ValidationError("outbox", "expected a URL such as sqlite:///sms.db")
    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        if parts.netloc:
            raise errors.ValidationError(
                "outbox", "sqlite URLs have no host: sqlite:///relative.db or sqlite:////abs.db"
            )
        options = dict(parse_qsl(parts.query, keep_blank_values=True))
        unknown = sorted(set(options) - {"timeout"})
        if unknown:
            raise errors.ValidationError("outbox", f"unknown option(s) {', '.join(unknown)}")
        try:
            timeout = float(options.get("timeout", "30"))
        except ValueError:
            timeout = -1.0
        timeout = require_seconds("outbox timeout", timeout, positive=False)
        path = unquote(parts.path[1:]) if parts.path else ":memory:"
        from .sqlite import SqliteStore

        return SqliteStore(path or ":memory:", timeout)
    if parts.scheme in {"postgresql", "postgres"}:
        from .postgres import PostgresStore

        return PostgresStore(url)
    raise errors.ValidationError(
        "outbox",
        "expected sqlite:///relative.db, sqlite:////absolute.db, sqlite:// or "
        "postgresql://USER:PASSWORD@HOST[:PORT]/DATABASE",
    )


class Outbox(Closing):
    """A table of messages to send (see the module docstring)."""

    def __init__(self, url: str) -> None:
        self._store = open_store(url)

    def __repr__(self) -> str:
        return f"Outbox({type(self._store).__name__})"

    # ---------------------------------------------------------------- adding

    def add(
        self,
        to: str,
        text: str,
        *,
        via: str = "main",
        key: str | None = None,
        send_at: datetime | timedelta | None = None,
        default_region: str | None = None,
        connection: Any = None,
    ) -> Entry:
        """Queue one message. The same ``key`` with the same message returns the existing
        entry; with a different one it is a ``ValidationError``. Bad input never enters.
        ``connection``: an open psycopg connection (PostgreSQL outbox) whose transaction the
        entry joins: it is queued if and only if the caller commits."""
        (entry,) = self.add_many(
            [{"to": to, "text": text, "via": via, "key": key, "send_at": send_at}],
            default_region=default_region,
            connection=connection,
        )
        return entry

    def add_many(
        self,
        items: Iterable[Mapping[str, Any]],
        *,
        default_region: str | None = None,
        connection: Any = None,
    ) -> list[Entry]:
        """Queue many messages in one transaction (each item: ``to``, ``text``, and optionally
        ``via``, ``key``, ``send_at``): all of them, or none when any is bad."""
        now = time.time()
        given = list(items)
        fresh = [self._new(item, default_region, reference)
                 for item, reference in zip(given, _uuid4s(len(given)), strict=True)]  # fmt: skip
        if not fresh:
            return []
        return self._store.add(fresh, now, connection)

    async def add_async(
        self,
        to: str,
        text: str,
        *,
        via: str = "main",
        key: str | None = None,
        send_at: datetime | timedelta | None = None,
        default_region: str | None = None,
        connection: Any = None,
    ) -> Entry:
        """``add`` for asyncio: with ``connection`` (psycopg's ``AsyncConnection``) the entry
        joins the caller's transaction; without, the write runs in a worker thread."""
        item = {"to": to, "text": text, "via": via, "key": key, "send_at": send_at}
        fresh = [self._new(item, default_region, _uuid4s(1)[0])]
        if connection is None:
            import asyncio

            (entry,) = await asyncio.to_thread(self._store.add, fresh, time.time(), None)
            return entry
        add_async = getattr(self._store, "add_async", None)
        if add_async is None:
            raise errors.ValidationError("connection", "needs the PostgreSQL outbox")
        added: list[Entry] = await add_async(fresh, time.time(), connection)
        return added[0]

    @staticmethod
    def _new(item: Mapping[str, Any], default_region: str | None, reference: str) -> NewEntry:
        to = item.get("to")
        if not isinstance(to, str):
            raise errors.ValidationError("to", "one recipient per entry, as a string")
        (recipient,) = normalize_recipients(to, default_region=default_region, allow_sip=True)
        via = require_str("via", item.get("via", "main"))
        if not via.strip():
            raise errors.ValidationError("via", "name the route, e.g. 'main'")
        key = item.get("key")
        if key is None:
            key = _uuid7()
        elif not require_str("key", key).strip():
            raise errors.ValidationError("key", "must not be empty")
        instant = resolve_send_at(item.get("send_at"))
        text = require_text(item.get("text"))
        for field, value in (("to", recipient), ("text", text), ("via", via), ("key", key)):
            if "\x00" in value:  # PostgreSQL cannot store it; one rule on every store
                raise errors.ValidationError(field, "must not contain a NUL character (\\x00)")
        return NewEntry(
            key=key,
            to=recipient,
            text=text,
            via=via,
            send_at=instant.timestamp() if instant else None,
            reference=reference,
        )

    # ---------------------------------------------------------------- reading

    def get(self, key: str) -> Entry | None:
        return self._store.get(key)

    def list(
        self, state: str | None = None, limit: int | None = None, *, delivery: str | None = None
    ) -> list[Entry]:
        """Entries, oldest first (only those in ``state`` and with ``delivery``, if given)."""
        if state is not None and state not in STATES:
            raise errors.ValidationError("state", f"must be one of {', '.join(STATES)}")
        if delivery is not None and delivery not in DELIVERIES:
            raise errors.ValidationError("delivery", f"must be one of {', '.join(DELIVERIES)}")
        return self._store.list(state, limit, delivery)

    def counts(self) -> dict[str, int]:
        """Entries per state, every state listed (zeros included)."""
        return self._store.counts()

    def search(
        self,
        *,
        key: str | None = None,
        to: str | None = None,
        state: str | None = None,
        via: str | None = None,
        q: str | None = None,
        delivery: str | None = None,
        key_prefix: str | None = None,
        offset: int = 0,
        limit: int = 100,
        oldest_first: bool = False,
    ) -> EntryPage:
        """Entries newest first (``oldest_first`` turns it), with the true total that
        matched: by exact ``key`` or its beginning ``key_prefix`` (``JOB:`` for a command
        line job), recipient ``to`` (normalised to E.164), ``state``, ``delivery``, route
        ``via``, and ``q`` found in the text (case-insensitive). ``offset`` and ``limit`` (1
        to 1000) pick the page."""
        if state and state not in STATES:
            raise errors.ValidationError("state", f"must be one of {', '.join(STATES)}")
        if delivery and delivery not in DELIVERIES:
            raise errors.ValidationError("delivery", f"must be one of {', '.join(DELIVERIES)}")
        filters: dict[str, str] = {}
        for name, value in (("key", key), ("state", state), ("via", via), ("q", q),
                            ("delivery", delivery), ("key_prefix", key_prefix)):  # fmt: skip
            if value:
                filters[name] = require_str(name, value)
        if to:
            (filters["to"],) = normalize_recipients(require_str("to", to), allow_sip=True)
        offset = require_int("offset", offset, 0)
        limit = require_int("limit", limit, 1, 1000)
        total, entries = self._store.search(filters, offset, limit, oldest_first)
        return EntryPage(tuple(entries), total, offset, limit)

    def overview(self) -> Overview:
        """Counts by state and delivery, each route's last minute and hour, the age of the
        oldest due entry, and the dispatchers holding leases: what a console shows."""
        return self._store.overview(time.time())

    # ---------------------------------------------------------------- replies (DESIGN §18)

    def inbound(self, since: datetime | None = None, limit: int = 100) -> builtins.list[Inbound]:
        """SMS received on the routes' numbers, stored once each, oldest first: those
        received after ``since`` (an aware datetime), at most ``limit``."""
        if since is not None and (not isinstance(since, datetime) or since.tzinfo is None):
            raise errors.ValidationError("since", "an aware datetime (or None)")
        limit = require_int("limit", limit, 1)
        return self._store.inbound(None if since is None else since.timestamp(), limit)

    def record_inbound(
        self,
        messages: Iterable[InboundSms],
        *,
        stop_words: Iterable[str] = STOP_WORDS,
        start_words: Iterable[str] = START_WORDS,
    ) -> builtins.list[InboundSms]:
        """Store received messages (unique by provider and the provider's id) and act on the
        new ones: a first word from ``stop_words`` suppresses the sender, one from
        ``start_words`` lifts it. Returns the messages that were new. Dispatchers with
        ``receive=True`` and the bridge call this; so may your own webhook."""
        stops, starts = words("stop_words", stop_words), words("start_words", start_words)
        messages = builtins.list(messages)
        rows = [(m.provider, m.id, m.sender, m.recipient, m.text,
                 None if m.received_at is None else m.received_at.timestamp())
                for m in messages]  # fmt: skip
        fresh = [messages[i] for i in self._store.store_inbound(rows, time.time())]
        for message in fresh:
            act = action(message.text, stops, starts)
            number = sender_number(message.sender) if act else None
            if number is None:
                continue
            why = f"replied {first_word(message.text)} ({message.provider} {message.id})"
            if act == STOP:
                self._store.suppress(number, why, time.time())
            else:
                self._store.unsuppress(number, time.time(), why)
        return fresh

    def suppress(self, number: str, *, reason: str | None = None) -> bool:
        """Opt ``number`` out: nothing is sent to it until ``unsuppress``. Its queued entries
        become ``suppressed`` now, and ``add`` to it returns a ``suppressed`` entry. False when
        it already was suppressed."""
        (recipient,) = normalize_recipients(number)
        if reason is not None:
            require_str("reason", reason)
        return self._store.suppress(recipient, reason, time.time())

    def unsuppress(self, number: str, *, detail: str = "unsuppressed") -> bool:
        """Opt ``number`` back in (entries already ``suppressed`` stay so); False when it
        was not suppressed."""
        (recipient,) = normalize_recipients(number)
        return self._store.unsuppress(recipient, time.time(), detail)

    def is_suppressed(self, number: str) -> bool:
        (recipient,) = normalize_recipients(number)
        return recipient in self._store.suppressed_among([recipient])

    def suppressed(self) -> builtins.list[Suppression]:
        """The suppressed numbers (E.164) with their reasons, oldest first."""
        return self._store.suppressed()

    def delivery_counts(self) -> dict[str, int]:
        """Sent entries per delivery state (pending, delivered, undelivered, expired), zeros
        included; entries whose route cannot report are not counted."""
        return self._store.delivery_counts()

    def apply_delivery_reports(self, reports: Iterable[DeliveryUpdate]) -> builtins.list[str]:
        """Apply delivery reports (by entry key, or by the provider's message id) in one
        transaction; the keys whose delivery changed. A final state is never overwritten and
        a repeated report changes nothing; reports for unknown ids are ignored."""
        reports = builtins.list(reports)
        for report in reports:
            if report.state not in DELIVERIES:
                raise errors.ValidationError("state", f"must be one of {', '.join(DELIVERIES)}")
        return self._store.apply_deliveries(reports, time.time())

    def events(self, key: str) -> builtins.list[Event]:
        """Every transition of one entry, oldest first."""
        return self._store.events(key)

    # ---------------------------------------------------------------- operator's tools

    def resolve(self, key: str, *, sent: bool) -> Entry:
        """An ``unknown`` (or ``failed``) entry decided by a person: ``sent=True`` marks it
        sent; ``sent=False`` queues it again with a fresh reference."""
        if sent:
            return self._store.transition(
                key, (UNKNOWN, FAILED), SENT, time.time(), "resolved: sent", {}
            )
        return self._requeue(key, (UNKNOWN,), "resolved: not sent")

    def retry(self, key: str) -> Entry:
        """A ``failed`` entry queued again (with a fresh reference and tries)."""
        return self._requeue(key, (FAILED,), "retried by an operator")

    def cancel(self, key: str) -> Entry:
        """A ``queued`` entry that must not go out."""
        return self._store.transition(key, (QUEUED,), CANCELLED, time.time(), "cancelled", {})

    def _requeue(self, key: str, states: tuple[str, ...], detail: str) -> Entry:
        fields = {"reference": _uuid4s(1)[0], "tries": 0, "next_attempt_at": time.time()}
        return self._store.transition(key, states, QUEUED, time.time(), detail, fields)

    # ---------------------------------------------------------------- dispatching

    def dispatcher(
        self,
        routes: Mapping[str, str | Sender | Route],
        *,
        lease: float = 30.0,
        concurrency: int = 4,
        max_attempts: int = 8,
        backoff: float = 1.0,
        track_delivery: bool = False,
        poll_after: float = 60.0,
        track_for: float = 72 * 3600.0,
        receive: bool = False,
        receive_every: float = 30.0,
        stop_words: Iterable[str] = STOP_WORDS,
        start_words: Iterable[str] = START_WORDS,
    ) -> Dispatcher:
        """A dispatcher (threads) for these routes: name -> connection string, ``Sender`` or
        ``Route``. ``lease`` is how soon a dead dispatcher's work is picked up, not a limit
        on how long a request may take. ``track_delivery``: also poll the delivery of
        pending entries on these routes (first ``poll_after`` seconds after ``sent``, then
        with doubling gaps up to an hour; ``expired`` after ``track_for``). ``receive``: also
        read the routes' inbound SMS every ``receive_every`` seconds, store each once, and
        suppress a sender whose reply starts with one of ``stop_words`` (``start_words``
        lift it)."""
        from .dispatcher import Dispatcher

        return Dispatcher(self, routes, lease=lease, concurrency=concurrency,
                          track_delivery=track_delivery, poll_after=poll_after,
                          track_for=track_for, receive=receive, receive_every=receive_every,
                          stop_words=stop_words, start_words=start_words,
                          max_attempts=max_attempts, backoff=backoff)  # fmt: skip

    def async_dispatcher(
        self,
        routes: Mapping[str, str | AsyncSender | Route],
        *,
        lease: float = 30.0,
        concurrency: int = 16,
        max_attempts: int = 8,
        backoff: float = 1.0,
        track_delivery: bool = False,
        poll_after: float = 60.0,
        track_for: float = 72 * 3600.0,
        receive: bool = False,
        receive_every: float = 30.0,
        stop_words: Iterable[str] = STOP_WORDS,
        start_words: Iterable[str] = START_WORDS,
    ) -> AsyncDispatcher:
        """The asyncio twin of ``dispatcher`` (routes are connection strings, ``AsyncSender``
        s or ``Route`` s); the same rules, one event loop."""
        from ._async import AsyncDispatcher

        return AsyncDispatcher(self, routes, lease=lease, concurrency=concurrency,
                               track_delivery=track_delivery, poll_after=poll_after,
                               track_for=track_for, receive=receive,
                               receive_every=receive_every, stop_words=stop_words,
                               start_words=start_words,
                               max_attempts=max_attempts, backoff=backoff)  # fmt: skip

    def close(self) -> None:
        self._store.close()
