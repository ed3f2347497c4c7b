"""The outbox dispatched by Celery workers: many machines, one exactly-once guarantee.

    app = Celery("shop", broker="redis://...")
    smskit.celery.install(app, outbox="postgresql://...", routes={"main": "smscx://..."})

    celery -A shop worker            # as many as you like, on as many machines
    celery -A shop beat              # exactly one: it runs the sweep every few seconds

The sweep (a beat task) claims due entries in bounded batches and fans them out as send
tasks, so every worker takes a share. A send task first *takes* each entry from the sweep's
claim (committed before the request leaves), then sends it with the outbox's rules
(``smskit.outbox``): a task that is delivered twice (``acks_late``, a killed worker, a broker
restart) finds the entry taken and sends nothing. What a lost task leaves behind is found by
a later sweep when the lease runs out: entries no task took go back to the queue; entries a
dead task took are recovered by provider (resend, lookup or ``unknown``), as after any crash.
A route's ``per_second`` is booked in the database, so it holds across all workers together.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import uuid
from collections.abc import Mapping
from typing import Any

import attrs

from . import errors
from .outbox import Outbox, Route
from .outbox._model import QUEUED, Entry, Outcome
from .outbox.dispatcher import Dispatcher

logger = logging.getLogger("smskit.celery")

SWEEP_TASK = "smskit.outbox.sweep"
SEND_TASK = "smskit.outbox.send"
TRACK_TASK = "smskit.outbox.track"
_SWEEPER = "sweep:"  # the owner of a claim no task has taken yet


@attrs.frozen
class Settings:
    """What ``install`` was given; each worker process builds its dispatcher from it."""

    outbox: str = attrs.field(repr=False)  # a URL may hold a password
    routes: Mapping[str, Any] = attrs.field(repr=False)
    lease: float
    batch: int
    per_task: int
    max_attempts: int
    backoff: float
    track_delivery: bool = False
    poll_after: float = 60.0
    track_for: float = 72 * 3600.0
    # Which install() this is: each has its own worker dispatcher in a process.
    install_id: str = attrs.field(factory=lambda: uuid.uuid4().hex, repr=False)


class _Worker:
    """One worker process's outbox and dispatcher (made after the fork, in the child), with
    a heartbeat that renews the leases of what this process has in flight."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.outbox = Outbox(settings.outbox)
        self.dispatcher = Dispatcher(self.outbox, settings.routes, lease=settings.lease,
                                     max_attempts=settings.max_attempts,
                                     backoff=settings.backoff,
                                     track_delivery=settings.track_delivery,
                                     poll_after=settings.poll_after,
                                     track_for=settings.track_for)  # fmt: skip
        self.store = self.outbox._store
        beat = threading.Thread(target=self._beat, daemon=True, name="smskit-outbox-lease")
        beat.start()

    def _beat(self) -> None:
        while True:
            time.sleep(self.settings.lease / 3)
            try:
                self.dispatcher._heartbeat()
            except errors.OutboxError as exc:
                logger.warning("outbox lease renewal: %s", exc)


_workers: dict[tuple[int, str], _Worker] = {}
_lock = threading.Lock()


def _worker(settings: Settings) -> _Worker:
    with _lock:
        # One per process (made after the fork) and per install(): an app may install two
        # outboxes, and a forked child must not share its parent's connections.
        place = (os.getpid(), settings.install_id)
        worker = _workers.get(place)
        if worker is None:
            worker = _workers[place] = _Worker(settings)
        return worker


def sweep(settings: Settings, fan_out: Any) -> int:
    """Recover expired leases, then claim due entries (at most ``batch`` in flight) and hand
    them to ``fan_out(keys, holder)`` in tasks of ``per_task``. Returns how many were
    handed out."""
    worker = _worker(settings)
    d, store = worker.dispatcher, worker.store
    vias = list(settings.routes)
    for _ in range(settings.batch):
        now = time.time()
        expired = store.claim_expired(now, now + settings.lease, d.owner, vias)
        if expired is None:
            break
        if (expired.owner or "").startswith(_SWEEPER):  # no task ever took it: never sent
            store.finish(d.owner, now, [Outcome(expired.key, QUEUED,
                                                "requeued: no worker took it in time",
                                                {"next_attempt_at": now})])  # fmt: skip
        else:  # the task that took it died: sent or not, the provider decides how to know
            d._process(expired, recovering=True)
    _, in_flight = store.busy(time.time(), vias)
    room = settings.batch - in_flight
    if room <= 0:
        return 0
    holder = f"{_SWEEPER}{uuid.uuid4().hex[:12]}"
    now = time.time()
    claimed = store.claim(now, now + settings.lease, holder, vias, room)
    for first in range(0, len(claimed), settings.per_task):
        chunk = claimed[first : first + settings.per_task]
        fan_out([entry.key for entry in chunk], holder)
    return len(claimed)


def send(settings: Settings, keys: list[str], holder: str) -> int:
    """Take each entry from the sweep's claim and send it; an entry already taken (this
    task was delivered before) is skipped. Returns how many this delivery sent."""
    worker = _worker(settings)
    d, store = worker.dispatcher, worker.store
    started = 0
    for key in keys:
        entry: Entry | None = store.take(key, holder, d.owner, time.time() + settings.lease)
        if entry is None:
            continue
        started += 1
        d._process(entry, recovering=False)
    return started


def track(settings: Settings) -> int:
    """One delivery-polling pass over the pending entries on these routes (DESIGN §17);
    how many were asked about."""
    return _worker(settings).dispatcher.poll_deliveries()


def install(
    app: Any,
    *,
    outbox: str,
    routes: Mapping[str, str | Route],
    lease: float = 30.0,
    sweep_every: float = 2.0,
    batch: int = 500,
    per_task: int = 10,
    max_attempts: int = 8,
    backoff: float = 1.0,
    track_delivery: bool = False,
    poll_after: float = 60.0,
    track_for: float = 72 * 3600.0,
    track_every: float = 10.0,
) -> None:
    """Register the sweep and send tasks on a Celery ``app`` and the sweep in its beat
    schedule; with ``track_delivery``, also a delivery-polling task every ``track_every``
    seconds (see ``Outbox.dispatcher``). ``routes`` are connection strings or
    ``smskit.Route`` s (a Sender object cannot travel to worker processes). ``batch``
    bounds how many entries are claimed and not yet finished at once: keep it below what the
    workers start within one ``lease``."""
    if not isinstance(outbox, str):
        raise errors.ValidationError("outbox", "expected the outbox URL")
    for name, target in routes.items():
        dsn = target.target if isinstance(target, Route) else target
        if not isinstance(dsn, str):
            raise errors.ValidationError(
                "routes", f"{name!r}: workers build their senders, so give a connection string"
            )
    settings = Settings(outbox, dict(routes), float(lease), int(batch), int(per_task),
                        int(max_attempts), float(backoff), bool(track_delivery),
                        float(poll_after), float(track_for))  # fmt: skip

    @app.task(
        name=SEND_TASK, acks_late=True, reject_on_worker_lost=True, ignore_result=True, shared=False
    )  # type: ignore[untyped-decorator]
    def send_task(keys: list[str], holder: str) -> int:
        return send(settings, keys, holder)

    @app.task(name=SWEEP_TASK, ignore_result=True, shared=False)  # type: ignore[untyped-decorator]
    def sweep_task() -> int:
        return sweep(settings, lambda keys, holder: send_task.delay(keys, holder))

    schedule = {"smskit-outbox-sweep": {"task": SWEEP_TASK, "schedule": float(sweep_every)}}
    if track_delivery:

        @app.task(name=TRACK_TASK, ignore_result=True, shared=False)  # type: ignore[untyped-decorator]
        def track_task() -> int:
            return track(settings)

        schedule["smskit-outbox-track"] = {"task": TRACK_TASK, "schedule": float(track_every)}
    app.conf.beat_schedule = {**(app.conf.beat_schedule or {}), **schedule}
