"""What both dispatchers share (``Dispatcher`` in threads, ``AsyncDispatcher`` under
asyncio): claiming, deciding (``_rules.Policy``) and recording; only the waiting differs.

The protocol for one entry: claim it (``sending``, leased to this dispatcher, in the same
transaction that holds its ``reference``, the provider's reconciliation handle chosen at
``add``) -> send, with a heartbeat renewing the lease while the request is in flight ->
record the outcome. A dispatcher that finds an expired lease (its owner died somewhere in
between) recovers the entry by what its route's ``Sender.recovery`` allows: ``RESEND`` sends
again with the same reference (SMS.CX deduplicates by it), ``LOOKUP`` asks the provider
whether the reference arrived (smsend), ``NONE`` marks it ``unknown`` for a person to decide:
it is never sent twice.
"""

from __future__ import annotations

import logging
import random
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import attrs

from .. import errors
from .._redact import redact
from .._sender import AsyncSender, Recovery, Sender
from .._telemetry import Attempt, telemetry
from .._validate import require_int, require_seconds
from ._followup import FollowUp
from ._model import FINAL, QUEUED, SENT, UNKNOWN, Entry, Outcome
from ._optout import START_WORDS, STOP_WORDS, words
from ._rules import Decision, DeliveryPolicy, Pacer, Policy
from ._turns import Claim, busy, claim_due

if TYPE_CHECKING:
    from . import Outbox

logger = logging.getLogger("smskit.outbox")

Step = Callable[[str, Entry], None]
RECOVERING = "the dispatcher holding it stopped before its outcome was recorded"


@attrs.frozen
class Route:
    """A route with a rate limit: at most ``per_second`` sends started per second (in this
    process; the Celery runner keeps it across workers)."""

    target: str | Sender | AsyncSender
    per_second: float | None = None

    def __attrs_post_init__(self) -> None:
        if self.per_second is not None:
            require_seconds("per_second", self.per_second)  # a finite number above 0


class _Core(FollowUp):
    """Everything the sync and async dispatchers share: routes, claims, decisions, records.

    ``step`` is called with ``"claimed"``, ``"sending"`` and ``"replied"`` as an entry passes
    those points (the crash tests kill the process there); ``clock`` is the wall clock the
    leases are kept by; ``on_outcome`` hears of each entry that reached a final state.
    """

    asynchronous = False
    default_concurrency = 4
    # How long one LISTEN wait lasts: a lost connection is opened again after it. Stopping
    # does not wait for it (the waiter is interrupted).
    _listen_wait = 0.5

    def __init__(
        self,
        outbox: Outbox,
        routes: Mapping[str, Any],
        *,
        lease: float = 30.0,
        concurrency: int | None = None,
        max_attempts: int = 8,
        backoff: float = 1.0,
        step: Step | None = None,
        clock: Callable[[], float] = time.time,
        on_outcome: Callable[[Entry], None] | None = None,
        track_delivery: bool = False,
        poll_after: float = 60.0,
        track_for: float = 72 * 3600.0,
        receive: bool = False,
        receive_every: float = 30.0,
        stop_words: Iterable[str] = STOP_WORDS,
        start_words: Iterable[str] = START_WORDS,
    ) -> None:
        if not isinstance(routes, Mapping) or not routes:
            raise errors.ValidationError("routes", "name at least one route: {'main': DSN}")
        self.lease = require_seconds("lease", lease)
        self.concurrency = require_int(
            "concurrency", self.default_concurrency if concurrency is None else concurrency, 1
        )
        self.policy = Policy(
            require_int("max_attempts", max_attempts, 1),
            require_seconds("backoff", backoff, positive=False),
        )
        if not isinstance(track_delivery, bool):
            raise errors.ValidationError("track_delivery", "must be True or False")
        self.track_delivery = track_delivery
        self.delivery = DeliveryPolicy(
            require_seconds("poll_after", poll_after), require_seconds("track_for", track_for)
        )
        if not isinstance(receive, bool):
            raise errors.ValidationError("receive", "must be True or False")
        self.receive = receive
        self.receive_every = require_seconds("receive_every", receive_every)
        self.stop_words = words("stop_words", stop_words)
        self.start_words = words("start_words", start_words)
        self._outbox = outbox
        self._store = outbox._store
        self._clock = clock
        self._step = step or (lambda name, entry: None)
        self._on_outcome = on_outcome
        self._stopping = threading.Event()  # set by signal handlers and other threads
        # Keys whose request this process is working on: the heartbeat renews exactly
        # these, so an entry whose outcome could not be recorded is let go to recovery.
        self._in_flight: set[str] = set()
        self._in_flight_lock = threading.Lock()
        self.stopped_by_signal = False
        self._fatal: BaseException | None = None
        self.outcomes: Counter[str] = Counter()  # what the current run recorded, by state
        self.owner = f"dispatcher-{uuid.uuid4().hex[:12]}"
        self._telemetry = telemetry()
        self._telemetry.recheck()  # an SDK set before this dispatcher is used from its start
        self._told_waiting = False
        # Expired leases (a dispatcher that died) are looked for at most this often, not
        # before every claim: the look is a statement of its own, and a lease is seconds.
        self._expired_every = min(1.0, self.lease / 4)
        self._expired_next = 0.0
        # An idle dispatcher wakes on an add where the store can tell (PostgreSQL's LISTEN /
        # NOTIFY) instead of waiting out its poll; polling stays as the fallback.
        self._waiter_of: Callable[[], Any] | None = getattr(self._store, "waiter", None)
        self._added = threading.Event()
        self._poll = min(1.0, self.lease / 3)
        self._paused: dict[str, float] = {}
        self._warned: set[str] = set()
        self._next_route_check = 0.0
        self._senders: dict[str, Any] = {}
        self._pacers: dict[str, Pacer] = {}
        self._poll_pacers: dict[str, Pacer] = {}
        self._per_second: dict[str, float | None] = {}
        self._owned: list[Any] = []
        for name, target in routes.items():
            route = target if isinstance(target, Route) else Route(target)
            self._senders[name] = _sender_for(route.target, self.asynchronous)
            if isinstance(route.target, str):
                self._owned.append(self._senders[name])
            self._pacers[name] = Pacer(route.per_second)
            self._poll_pacers[name] = Pacer(route.per_second)  # polls never take a send's turn
            self._per_second[name] = route.per_second

    def __repr__(self) -> str:
        return f"{type(self).__name__}(routes={sorted(self._senders)}, lease={self.lease})"

    def _idle_wait(self) -> float:
        return self._poll * random.uniform(0.5, 1.0)

    def _claim(self, limit: int) -> list[tuple[Entry, bool]]:
        """Expired leases first (one at a time: each is a recovery), else up to ``limit``
        due entries on routes that are not paused. ``True`` marks a recovery."""
        started, now = time.time_ns(), self._clock()
        claimed, recovered = claim_due(self._store, self.owner, now, self._claim_for(limit, now))
        return self._claimed(claimed, recovered, started)

    def _claim_for(self, limit: int, now: float) -> Claim:
        """What to claim: expired leases are looked for at most every ``_expired_every``."""
        look = time.monotonic() >= self._expired_next
        vias = [v for v in self._senders if self._paused.get(v, 0.0) <= now]
        return Claim(now + self.lease, vias, limit, list(self._senders) if look else None)

    def _claimed(
        self, claimed: list[Entry], recovered: bool | None, started: int
    ) -> list[tuple[Entry, bool]]:
        if recovered:  # there may be more: look again on the next claim
            self._telemetry.done("smskit.claim", started, **{"smskit.recoveries": 1})
            return [(claimed[0], True)]
        if recovered is False:
            self._expired_next = time.monotonic() + self._expired_every
        if claimed:
            self._telemetry.done("smskit.claim", started, **{"smskit.claimed": len(claimed)})
        return [(entry, False) for entry in claimed]

    def _attempt(self, entry: Entry) -> Attempt:
        """The telemetry of one send attempt (a no-op without OpenTelemetry)."""
        return self._telemetry.attempt(
            provider=getattr(self._senders[entry.via], "provider", None),
            route=entry.via,
            attempt=entry.tries + 1,
            to=entry.to,
        )

    @staticmethod
    def _attempted(attempt: Attempt, decision: Decision, outcome: Any) -> None:
        error = outcome if isinstance(outcome, errors.SmskitError) else None
        attempt.finish(decision.state, True if error is None else error.sent, error)

    def _listen(self, waiter: Any, done: threading.Event, on_add: Callable[[], object]) -> None:
        """LISTEN (a thread of its own, on ``waiter``, the store's) until ``done``, calling
        ``on_add`` for each add: both dispatchers' way of waking on an add, only the wake-up
        differs. Whoever sets ``done`` interrupts ``waiter`` too (``_stop_listening``). The
        thread owns the waiter from its start: it closes it, however it ends."""
        try:
            while not done.is_set():
                if waiter.wait(self._listen_wait):
                    on_add()
        finally:
            waiter.close()

    @staticmethod
    def _stop_listening(waiter: Any, done: threading.Event) -> None:
        done.set()
        if waiter is not None:
            waiter.interrupt()

    @contextmanager
    def _tracked(self, entry: Entry) -> Iterator[None]:
        with self._in_flight_lock:
            self._in_flight.add(entry.key)
        try:
            yield
        finally:
            with self._in_flight_lock:
                self._in_flight.discard(entry.key)

    def _pace(self, via: str) -> float:
        """Seconds to wait before the next start on ``via``: booked in the database when the
        store keeps a shared clock (PostgreSQL: the limit holds across every process),
        else within this process."""
        per_second = self._per_second[via]
        take_slot = getattr(self._store, "take_slot", None)
        if per_second and take_slot is not None:
            return float(take_slot(via, per_second))
        return self._pacers[via].reserve()

    def _empty(self) -> bool:
        due, sending = self._store.busy(self._clock(), self._senders)
        if sending and not due and not self._told_waiting:
            with self._in_flight_lock:
                ours = bool(self._in_flight)
            if not ours:  # say why a run that has nothing to send does not end yet
                self._told_waiting = True
                logger.info(
                    "outbox: %d entr%s held by another dispatcher (or one that stopped): "
                    "waiting up to %.0f s for %s lease to run out",
                    sending, "y is" if sending == 1 else "ies are", self.lease,
                    "its" if sending == 1 else "their",
                )  # fmt: skip
        return (due, sending) == (0, 0)

    def _heartbeat(self) -> None:
        with self._in_flight_lock:
            keys = list(self._in_flight)
        self._store.renew(self.owner, keys, self._clock() + self.lease)

    def _warn_unknown_routes(self) -> None:
        """Entries on a route no dispatcher here serves wait; say so once per name."""
        now = time.monotonic()
        if now < self._next_route_check:
            return
        self._next_route_check = now + 60.0
        for via in sorted(self._store.waiting_routes() - set(self._senders) - self._warned):
            self._warned.add(via)
            logger.warning("outbox entries on route %r wait: no route of that name here", via)

    def _foreign(self, entry: Entry, exc: Exception, what: str) -> errors.SmskitError:
        """A route's ``Sender`` (a plugin's, say) raised something that is not an smskit
        error. Nothing says whether its request left, so the entry is treated as
        ``sent is None`` (the recovery rule) and the dispatcher carries on with the others."""
        logger.error(
            "outbox %s: route %r %s raised %s; treated as possibly sent",
            entry.key,
            entry.via,
            what,
            type(exc).__name__,
            exc_info=exc,
        )
        error = errors.DeliveryUnknownError(
            f"route {entry.via!r}: {what} raised {type(exc).__name__}: {redact(str(exc))[:200]}"
        )
        error.sent = None
        return error

    def _decide_recovery(self, entry: Entry) -> Decision:
        return self.policy.recover(entry, self._recovery(entry), RECOVERING, self._clock())

    def _decide(self, entry: Entry, outcome: Any) -> Decision:
        decision = self.policy.after_send(entry, outcome, self._recovery(entry), self._clock())
        return self._with_delivery(entry, decision)

    def _recovery(self, entry: Entry) -> Recovery:
        """The route's recovery; one that promises a lookup without ``was_sent`` cannot
        tell."""
        sender = self._senders[entry.via]
        recovery: Recovery = sender.recovery
        if recovery is Recovery.LOOKUP and not callable(getattr(sender, "was_sent", None)):
            return Recovery.NONE
        return recovery

    def _after_lookup(self, entry: Entry, lookup: Decision, arrived: Any) -> Decision:
        sender = self._senders[entry.via]
        ids_for = getattr(sender, "ids_for", None)  # optional: the ids a lookup would take
        ids = tuple(ids_for(entry.reference)) if callable(ids_for) and arrived is True else ()
        return self.policy.after_lookup(entry, lookup, arrived, sender.provider, self._clock(),
                                        ids)  # fmt: skip

    def _record(self, entry: Entry, decision: Decision) -> None:
        """Write one outcome; a busy database is tried again (the outcome is known and must
        not be lost to a lock) for up to a lease, then left to recovery."""
        give_up = time.monotonic() + self.lease
        while True:
            try:
                self._record_many([(entry, decision)])
                return
            except errors.OutboxError as exc:
                if time.monotonic() > give_up:
                    raise
                busy(exc)
                time.sleep(self._idle_wait())

    def _record_many(self, items: list[tuple[Entry, Decision]]) -> None:
        """Write outcomes in one transaction."""
        now = self._clock()
        outcomes = self._to_record(items)
        started = time.time_ns()
        written: list[bool] = self._store.finish(self.owner, now, outcomes)
        self._telemetry.done("smskit.record", started, **{"smskit.outcomes": len(outcomes)})
        self._after_record(items, written, now)

    def _to_record(self, items: list[tuple[Entry, Decision]]) -> list[Outcome]:
        """The outcomes to write for ``items``; a route a decision pauses is paused now."""
        for entry, decision in items:
            if decision.pause_route_until is not None:
                self._paused[entry.via] = max(self._paused.get(entry.via, 0.0),
                                              decision.pause_route_until)  # fmt: skip
        return [Outcome(e.key, d.state, d.detail, d.fields) for e, d in items]

    def _after_record(
        self, items: list[tuple[Entry, Decision]], written: list[bool], now: float
    ) -> None:
        """What follows a record: the run's counts, ``on_outcome``, and a lost lease's
        truth (``written`` False)."""
        for (entry, decision), done in zip(items, written, strict=True):
            if done:
                with self._in_flight_lock:
                    self.outcomes[decision.state] += 1
                self._tell(entry.key, decision.state)
            else:
                self._lost_lease(entry, decision, now)

    def _lost_lease(self, entry: Entry, decision: Decision, now: float) -> None:
        """Our lease ran out while the request was in flight (a clock jump, a stalled
        process) and another dispatcher recovered the entry. A definite "sent" still settles
        what recovery could only guess."""
        if decision.state == SENT:
            try:
                self._store.transition(entry.key, (UNKNOWN, QUEUED), SENT, now,
                                       "sent by a dispatcher whose lease had run out",
                                       decision.fields)  # fmt: skip
                self._tell(entry.key, SENT)
                return
            except errors.ValidationError:
                pass
        logger.warning("outbox %s: lost its lease before the outcome was recorded", entry.key)

    def _tell(self, key: str, state: str) -> None:
        """``on_outcome`` for an entry that reached a final state (sent, failed, unknown)."""
        if self._on_outcome is not None and state in FINAL:
            entry = self._store.get(key)
            if entry is not None:
                self._on_outcome(entry)

    def _released(self, entry: Entry) -> Decision:
        """A claimed entry this dispatcher will not start (it is stopping) goes back to the
        queue, due at once (counted as ``queued`` in the run's outcomes)."""
        return Decision(QUEUED, "released: stopping", {"next_attempt_at": self._clock()})


def _sender_for(target: Any, asynchronous: bool) -> Any:
    if isinstance(target, str):
        from .._dsn import connect, connect_async

        return connect_async(target) if asynchronous else connect(target)
    kind = AsyncSender if asynchronous else Sender
    if not isinstance(target, kind):
        want = "AsyncSender" if asynchronous else "Sender"
        raise errors.ValidationError("routes", f"{target!r} is not a connection string or {want}")
    return target
