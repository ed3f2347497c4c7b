"""What a dispatcher does besides sending (DESIGN §17 and §18): it follows sent entries to
their delivery (``track_delivery``) and reads the routes' inbound SMS (``receive``), acting
on opt-outs. Both run beside the sends (a thread, or a task on the async dispatcher) and
yield to them: while sends are in flight, polls go at most ``POLLS_WHILE_SENDING`` a second.

``FollowUp`` holds the rules both dispatchers share; ``SyncFollowUp`` the sync one's loops (the
async twin's are in ``_async``). They are mixins of ``_Core`` (``dispatcher``), whose state
they read.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

from .. import errors
from .._sender import tracks_delivery
from ._model import SENT, DeliveryUpdate, Entry
from ._rules import Decision, DeliveryPolicy, Pacer

if TYPE_CHECKING:
    from . import Outbox
    from ._store import Store

logger = logging.getLogger("smskit.outbox")

POLLS_WHILE_SENDING = 5.0  # delivery polls a second while sends are in flight


class FollowUp:
    """Delivery polling and inbound reading: the rules, shared by both dispatchers."""

    _senders: dict[str, Any]
    _store: Store
    _outbox: Outbox
    _clock: Callable[[], float]
    _poll_pacers: dict[str, Pacer]
    _in_flight: set[str]
    _in_flight_lock: threading.Lock
    delivery: DeliveryPolicy
    stop_words: frozenset[str]
    start_words: frozenset[str]

    def _with_delivery(self, entry: Entry, decision: Decision) -> Decision:
        """A ``sent`` entry on a route that can report delivery starts ``pending``."""
        if decision.state != SENT:
            return decision
        if not tracks_delivery(self._senders[entry.via], decision.fields.get("provider")):
            return decision
        fields = decision.fields | self.delivery.on_sent(self._clock())
        return attrs.evolve(decision, fields=fields)

    # ---------------------------------------------------------------- delivery polling

    def _tracked_routes(self) -> list[str]:
        return [
            v for v, s in self._senders.items() if callable(getattr(s, "delivery_status", None))
        ]

    def _due_for_poll(self, limit: int = 100) -> list[Entry]:
        routes = self._tracked_routes()
        if not routes:
            return []
        return self._store.due_deliveries(self._clock(), routes, limit)

    def _settle_polls(self, answers: list[tuple[Entry, Any]]) -> None:
        """Write what the polls said: reports in one transaction, the next polls in another."""
        now = self._clock()
        updates: list[DeliveryUpdate] = []
        checks: list[tuple[str, float]] = []
        for entry, status in answers:
            outcome = self.delivery.after_poll(entry, status, now)
            if isinstance(outcome, DeliveryUpdate):
                updates.append(outcome)
            else:
                checks.append((entry.key, outcome))
        if updates:
            self._store.apply_deliveries(updates, now)
        if checks:
            self._store.reschedule_deliveries(checks)

    def _receiving_routes(self) -> list[str]:
        return [
            v for v, sender in self._senders.items() if callable(getattr(sender, "receive", None))
        ]

    def _take_inbound(self, via: str, messages: list[Any]) -> int:
        """Store what a route received (each message once) and act on the new ones' stop and
        start words (``Outbox.record_inbound``); how many were new."""
        fresh = self._outbox.record_inbound(
            messages, stop_words=self.stop_words, start_words=self.start_words
        )
        if fresh:
            logger.info("outbox route %r: %d new inbound message(s)", via, len(fresh))
        return len(fresh)

    def _receive_failed(self, via: str, exc: BaseException) -> None:
        """A failed read is tried at the next turn; what was stored stays."""
        logger.warning("outbox route %r: reading inbound SMS failed (%s)", via, type(exc).__name__)

    def receive_once(self) -> int:
        """Read every receiving route's inbound SMS once and store them; how many were new."""
        new = 0
        for via in self._receiving_routes():
            try:
                messages = self._senders[via].receive()
            except Exception as exc:
                self._receive_failed(via, exc)
                continue
            new += self._take_inbound(via, messages)
        return new

    def _yield_to_sends(self) -> float:
        """Seconds a poll waits so that it never slows sending: none while nothing is being
        sent; while sends are in flight, polls go at most ``POLLS_WHILE_SENDING`` a second
        (the sends share this process's CPU with them)."""
        with self._in_flight_lock:
            sending = bool(self._in_flight)
        return 1.0 / POLLS_WHILE_SENDING if sending else 0.0

    @staticmethod
    def _poll_failed(entry: Entry, exc: BaseException) -> None:
        """A poll that failed is asked again later; it never touches the entry's state."""
        logger.info("outbox %s: delivery poll failed (%s)", entry.key, type(exc).__name__)


class SyncFollowUp(FollowUp):
    """The sync dispatcher's loops: a thread each, stopped with the dispatcher."""

    receive_every: float
    _idle_wait: Callable[[], float]  # the dispatcher's

    def _track(self, done: threading.Event) -> None:
        """Poll pending deliveries until the dispatcher stops, on a thread of its own (a slow
        provider report never holds up a send)."""
        while not done.is_set():
            try:
                polled = self.poll_deliveries(done)
            except errors.OutboxError as exc:
                logger.warning("outbox: %s; trying again", exc)
                polled = 0
            except errors.SmskitError as exc:  # a storage fault: the workers will stop on it
                logger.warning("outbox delivery tracking: %s", exc)
                polled = 0
            if not polled:
                done.wait(self._idle_wait())

    def poll_deliveries(self, stop: threading.Event | None = None) -> int:
        """One polling pass: ask about every pending entry whose poll is due (at most 100),
        paced by each route's ``per_second``, and record the answers; how many were asked.
        Celery's beat runs this as a task (``install(..., track_delivery=True)``)."""
        stop = stop or threading.Event()
        answers: list[tuple[Entry, Any]] = []
        for entry in self._due_for_poll():
            delay = max(self._poll_pacers[entry.via].reserve(), self._yield_to_sends())
            if stop.wait(delay) if delay else stop.is_set():
                break
            answers.append((entry, self._ask_delivery(entry)))
        self._settle_polls(answers)
        return len(answers)

    def _receive_loop(self, done: threading.Event) -> None:
        """Read inbound SMS every ``receive_every`` seconds until the dispatcher stops."""
        while not done.is_set():
            try:
                self.receive_once()
            except errors.OutboxError as exc:
                logger.warning("outbox: %s; trying again", exc)
            except errors.SmskitError as exc:
                logger.warning("outbox inbound SMS: %s", exc)
            done.wait(self.receive_every)

    def _ask_delivery(self, entry: Entry) -> Any:
        sender = self._senders[entry.via]
        try:
            return sender.delivery_status(entry.ids, entry.reference, entry.provider)
        except Exception as exc:
            self._poll_failed(entry, exc)
            return None
