"""The storage interface of the outbox: small enough that each database is one module.

A store does transactions and nothing else: which entry may be claimed (due, its route not
paused, no earlier unfinished entry to the same recipient on the same route), leases, and an
event for every transition. The dispatcher decides what an outcome means.

A store may also say how another process opens it (``opener()``, optional, outside the
protocol): the async dispatcher then runs its store turns in a process of its own
(``_store_process``).
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from contextlib import AbstractContextManager
from typing import Any, Protocol

from ._model import DeliveryUpdate, Entry, Event, Inbound, NewEntry, Outcome, Suppression
from ._overview import Overview


class Store(Protocol):
    def add(self, entries: list[NewEntry], now: float, connection: Any = None) -> list[Entry]:
        """Insert new keys; an existing key with the same message is returned as it is, one
        with a different message raises ``ValidationError``. ``connection``: the caller's
        own open connection and transaction, where the store supports one."""

    def get(self, key: str) -> Entry | None: ...

    def list(
        self, state: str | None, limit: int | None, delivery: str | None = None
    ) -> list[Entry]: ...

    def counts(self) -> dict[str, int]: ...

    def events(self, key: str) -> builtins.list[Event]: ...

    def overview(self, now: float) -> Overview:
        """Counts, activity per route, lag and leases (``_overview``)."""

    def search(
        self, filters: Mapping[str, str], offset: int, limit: int, oldest_first: bool = False
    ) -> tuple[int, builtins.list[Entry]]:
        """(how many entries match ``filters``, one page of them, newest first)."""

    def claim(
        self, now: float, lease_until: float, owner: str, vias: Iterable[str], limit: int
    ) -> builtins.list[Entry]:
        """Up to ``limit`` of the oldest due ``queued`` entries on ``vias`` (each one whose
        recipient has no earlier unfinished entry on that route), now ``sending``, leased to
        ``owner``."""

    def claim_expired(
        self, now: float, lease_until: float, owner: str, vias: Iterable[str]
    ) -> Entry | None:
        """A ``sending`` entry on ``vias`` whose lease ran out (its dispatcher died), leased
        to ``owner`` for recovery; its state stays ``sending``, and the returned entry's
        ``owner`` is the one whose lease ran out."""

    def take(self, key: str, holder: str, owner: str, lease_until: float) -> Entry | None:
        """Hand a ``sending`` entry from ``holder`` (who claimed it) to ``owner`` (who will
        send it): None when ``holder`` no longer has it (an earlier delivery of the same
        task took it). Committed before the request leaves, so a redelivered task never
        sends twice."""

    def renew(self, owner: str, keys: Iterable[str], lease_until: float) -> int:
        """Extend the leases ``owner`` holds on ``keys`` (one heartbeat for all the entries
        it has in flight)."""

    def waiting_routes(self) -> set[str]:
        """The routes of every ``queued`` entry (to warn about names no dispatcher serves)."""

    def finish(
        self, owner: str | None, now: float, outcomes: Iterable[Outcome]
    ) -> builtins.list[bool]:
        """Move entries out of ``sending`` (each only while ``owner`` holds it, or any holder
        when ``owner`` is None) with their events, in one transaction; for each, False when
        another dispatcher took it."""

    def together(self) -> AbstractContextManager[None]:
        """The calls inside (from one thread) may share one transaction, where that is
        cheaper; a failure inside then leaves all of them undone. A store whose calls are
        single statements may run them apart: callers must be right either way."""

    def transition(
        self,
        key: str,
        from_states: Iterable[str],
        to_state: str,
        now: float,
        detail: str | None,
        fields: Mapping[str, Any],
    ) -> Entry:
        """An operator's transition: ``KeyError`` for an unknown key, ``ValidationError`` when
        the entry is in none of ``from_states``."""

    def busy(self, now: float, vias: Iterable[str]) -> tuple[int, int]:
        """(queued entries on ``vias`` that are due or waiting out a backoff, but not those
        scheduled later; entries on ``vias`` that are ``sending``, by anyone)."""

    def apply_deliveries(self, updates: Iterable[DeliveryUpdate], now: float) -> builtins.list[str]:
        """Apply delivery reports in one transaction (``_tracking``); the keys changed."""

    def due_deliveries(self, now: float, vias: Iterable[str], limit: int) -> builtins.list[Entry]:
        """Pending entries on ``vias`` whose next delivery poll is due."""

    def reschedule_deliveries(self, checks: Iterable[tuple[str, float]]) -> None:
        """Set the next poll of each pending (key, at)."""

    def delivery_counts(self) -> dict[str, int]: ...

    def store_inbound(self, messages: Iterable[tuple[Any, ...]], now: float) -> builtins.list[int]:
        """Insert received messages (provider, id, sender, recipient, text, received_at)
        unless stored already (``_replies``); the indexes of the new ones."""

    def inbound(self, since: float | None, limit: int) -> builtins.list[Inbound]: ...

    def suppress(self, number: str, reason: str | None, now: float) -> bool:
        """Suppress a number and move its queued entries to ``suppressed``, with events."""

    def unsuppress(self, number: str, now: float, detail: str) -> bool: ...

    def suppressed_among(self, numbers: Iterable[str]) -> set[str]: ...

    def suppressed(self) -> builtins.list[Suppression]: ...

    def close(self) -> None: ...
