"""The asyncio twin of ``Dispatcher``: the same claims, decisions and records (``_Core``),
with ``AsyncSender`` routes. The store's (blocking) work runs outside the event loop (in a
child process for an SQLite file or PostgreSQL, else in a worker thread: ``_turns``), so
the loop never waits on a database lock, and never waits for the store at all: a task of
the loop hands the outcomes the sends leave behind to the store, turn by turn, and keeps
claimed entries ready, and the loop starts a send whenever a slot is free."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from .. import errors
from .._closing import AsyncClosing
from .._sender import AsyncSender
from ._core import _Core
from ._model import Entry
from ._rules import LOOKUP, Decision
from ._store_process import LocalTurns, turns_for
from ._turns import busy

if TYPE_CHECKING:
    from . import Outbox

logger = logging.getLogger("smskit.outbox")


def claimed_ahead(concurrency: int, used: float) -> int:
    """How many entries to hold claimed beyond the sends in flight, when the sends use up
    ``used`` entries a store turn. A claim asked for at one turn arrives a turn later, the
    next a turn after that: with less than twice ``used`` (and a margin) held, free slots
    wait for claims. (The benchmark's SQLite dispatch, ``concurrency`` held: no entry ready
    in 71-78 % of the samples; 0.62-0.76x the direct client against 0.71-0.83x with this, in
    three runs of rounds interleaved in one process.) At least ``concurrency``; at most twice
    it, which bounds what a dispatcher killed outright leaves to recovery: entries claimed
    but never started look like sends that may have left (``unknown`` on a route without a
    reconciliation handle), so with the sends in flight, at most ``3 * concurrency``.
    """
    return min(2 * concurrency, max(concurrency, math.ceil(2.5 * used)))


class AsyncDispatcher(AsyncClosing, _Core):
    """Sends what is due in one outbox with up to ``concurrency`` requests in flight on one
    event loop. ``async with outbox.async_dispatcher(routes) as d: await d.run_until_empty()``.
    """

    asynchronous = True
    default_concurrency = 16

    def __init__(self, outbox: Outbox, routes: Mapping[str, Any], **options: Any) -> None:
        super().__init__(outbox, routes, **options)
        self._halt: asyncio.Event | None = None  # ``stop()`` was called
        self._loop: asyncio.AbstractEventLoop | None = None
        # Between the sends and the store's turns (both on the loop):
        self._outcomes: deque[tuple[Entry, Decision | None]] = deque()  # sent, to record
        self._ready: deque[tuple[Entry, bool]] = deque()  # claimed, waiting for a free slot
        self._kick: asyncio.Event | None = None  # the turns: outcomes came in, an add, stop
        self._active = 0  # claimed entries whose outcome is not recorded yet
        self._sending = 0  # sends in flight, at most ``concurrency``
        self._running: set[asyncio.Task[None]] = set()
        self._crash: BaseException | None = None

    async def run_until_empty(self) -> dict[str, int]:
        """Return when nothing on this dispatcher's routes is queued (backoffs included,
        later ``send_at`` excluded) and nothing is ``sending``, or after SIGTERM / Ctrl-C.
        Returns the outcomes this run recorded, by state (see ``Dispatcher``)."""
        await self._with_signals(until_empty=True)
        return dict(self.outcomes)

    async def run_forever(self) -> None:
        """Dispatch until SIGTERM or Ctrl-C (or ``stop()``): then claim nothing new, finish
        what is in flight, release what was claimed but not started, and return."""
        await self._with_signals(until_empty=False)

    async def _with_signals(self, *, until_empty: bool) -> None:
        loop = asyncio.get_running_loop()
        installed: list[signal.Signals] = []
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGTERM, signal.SIGINT):
                with contextlib.suppress(NotImplementedError, RuntimeError):
                    loop.add_signal_handler(sig, self._on_signal)
                    installed.append(sig)
        try:
            await self._run(until_empty=until_empty)
        finally:
            for sig in installed:
                loop.remove_signal_handler(sig)

    def _on_signal(self) -> None:
        logger.info("signal: finishing what is in flight, claiming nothing new")
        self.stopped_by_signal = True
        self.stop()

    def stop(self) -> None:
        """Claim nothing new; what is in flight finishes. (From any thread.)"""
        self._stopping.set()
        self._tell_loop(self._kick, self._halt)

    def _tell_loop(self, *events: asyncio.Event | None) -> None:
        """Set ``events`` of the running loop, from the loop or from any other thread."""
        loop = self._loop
        if loop is None:
            return
        for event in events:
            if event is not None:
                with contextlib.suppress(RuntimeError):  # the loop is closing
                    loop.call_soon_threadsafe(event.set)

    async def _run(self, *, until_empty: bool) -> None:
        self._stopping.clear()
        self.outcomes.clear()
        self._loop = asyncio.get_running_loop()
        self._kick = asyncio.Event()
        self._halt = asyncio.Event()
        self._outcomes.clear()
        self._ready.clear()
        self._active = self._sending = 0
        self._crash = None
        self._running = set()
        await asyncio.to_thread(self._warn_unknown_routes)
        heart = asyncio.create_task(self._beat())
        tracker = asyncio.create_task(self._track_async()) if self.track_delivery else None
        receiver = asyncio.create_task(self._receive_async()) if self.receive else None
        heard = threading.Event()
        listener = None
        waiter = self._waiter_of() if self._waiter_of is not None else None
        if waiter is not None:
            listener = asyncio.create_task(asyncio.to_thread(
                self._listen, waiter, heard, lambda: self._tell_loop(self._kick)))  # fmt: skip
        carrier = turns_for(self._store)
        turns = asyncio.create_task(self._turns(carrier, until_empty))
        cancelled: asyncio.CancelledError | None = None
        while not turns.done():
            try:
                await asyncio.wait({turns})
            except asyncio.CancelledError as exc:
                # Cancelled (a timeout around the run): as on stop(), the turns finish, record
                # what comes back and put back what was claimed but not started; a turn cut
                # short would strand what it claimed until its lease ran out.
                cancelled = exc
                self.stop()
        failed = None if turns.cancelled() else turns.exception()
        self._crash = self._crash or failed
        self.stop()  # after a fault: what is in flight finishes
        if self._running:
            await asyncio.gather(*self._running, return_exceptions=True)
        await carrier.close()
        if failed is not None:
            await self._record_what_is_left()
        self._stop_listening(waiter, heard)
        if listener is not None:
            await listener  # its thread ends at once, and closes its connection
        for task in [heart, *(t for t in (tracker, receiver) if t is not None)]:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if cancelled is not None:
            raise cancelled
        if self._crash is not None:
            raise self._crash

    async def _turns(self, carrier: LocalTurns, until_empty: bool) -> None:
        """The store's turns: each records the outcomes that came in and claims entries for
        the free room (one transaction where the store can: ``_turns.turn``).

        It keeps entries claimed ahead of the sends (leased, renewed by the heartbeat like
        those in flight), so a free slot finds one ready: ``claimed_ahead``. Claims come
        in batches (a quarter of ``concurrency`` at least, while entries are held): a claim
        per freed slot would be a transaction per send. On ``stop()`` it claims nothing
        more, puts back what was not started, and ends once every outcome is recorded.
        A send that fails in the dispatcher itself (a bug) ends the turns the same way.
        """
        assert self._kick is not None
        batch_size = max(1, self.concurrency // 4)
        used = 0.0  # sends finished per turn, smoothed
        failing_since: float | None = None
        while True:
            self._kick.clear()  # before looking: what comes in while a turn runs wakes the next
            stopping = self._stopping.is_set()
            batch = self._take_outcomes(stopping)
            used += (len(batch) - used) / 4
            held = self._active - len(batch)  # sending, or claimed and waiting for a slot
            room_for = self.concurrency + claimed_ahead(self.concurrency, used)
            room = 0 if stopping else room_for - held
            want = room if room >= batch_size or (room and not held) else 0
            if batch or want:
                try:
                    claimed = await self._exchange(carrier, batch, want)
                except errors.OutboxError as exc:
                    # The outcomes are known and must not be lost to a lock: tried again
                    # for up to a lease, then left to recovery, like after a crash.
                    busy(exc)
                    failing_since = failing_since or time.monotonic()
                    if time.monotonic() - failing_since >= self.lease:
                        self._recorded([entry for entry, _ in batch])
                    else:
                        self._outcomes.extendleft(reversed(batch))
                    await asyncio.sleep(self._idle_wait())
                    continue
                failing_since = None
                self._recorded([entry for entry, _ in batch])
                full = bool(claimed) and len(claimed) == want  # more is due: a backlog
                if claimed:
                    self._hold(claimed)
                if full:
                    carrier.backlog()
                if batch or full:
                    continue
            if stopping and not self._active:
                return
            if not self._active:
                if until_empty and await asyncio.to_thread(self._empty):
                    return
                await asyncio.to_thread(self._warn_unknown_routes)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._kick.wait(), self._idle_wait())

    async def _record_what_is_left(self) -> None:
        """After a turn failed (its outcomes are left to recovery: it may have been written):
        the outcomes that came in since, and the entries claimed but never started (put
        back), recorded in this process, if its store still takes them. Otherwise they
        are left to recovery too."""
        batch = self._take_outcomes(stopping=True)
        if batch:
            with contextlib.suppress(errors.SmskitError):
                await self._exchange(LocalTurns(self._store), batch, 0)
                self._recorded([entry for entry, _ in batch])

    def _take_outcomes(self, stopping: bool) -> list[tuple[Entry, Decision]]:
        """The outcomes that came in; when stopping, claimed entries not started too, put
        back with a ``released`` decision."""
        if stopping:
            while True:
                try:
                    entry, _ = self._ready.popleft()
                except IndexError:
                    break
                self._outcomes.append((entry, self._released(entry)))
        batch: list[tuple[Entry, Decision]] = []
        while True:
            try:
                entry, decision = self._outcomes.popleft()
            except IndexError:
                return batch
            if decision is None:  # its send failed in the dispatcher itself: left to recovery
                self._recorded([entry])
            else:
                batch.append((entry, decision))

    async def _exchange(
        self, carrier: LocalTurns, batch: list[tuple[Entry, Decision]], want: int
    ) -> list[tuple[Entry, bool]]:
        """One turn: record ``batch``, then claim up to ``want``. A batch that could not be
        recorded raises (it is tried again on a later turn)."""
        started, now = time.time_ns(), self._clock()
        claim = self._claim_for(want, now) if want else None
        turned = await carrier.turn(self.owner, now, self._to_record(batch), claim)
        if batch:
            self._telemetry.done("smskit.record", started, **{"smskit.outcomes": len(batch)})
            if self._on_outcome is None and all(turned.written):
                self._after_record(batch, turned.written, now)  # no store read: on the loop
            else:
                await asyncio.to_thread(self._after_record, batch, turned.written, now)
        return self._claimed(turned.claimed, turned.recovered, started)

    def _recorded(self, entries: list[Entry]) -> None:
        """Outcomes written (or given up on): their entries are no longer held."""
        self._active -= len(entries)
        with self._in_flight_lock:
            for entry in entries:
                self._in_flight.discard(entry.key)

    def _hold(self, claimed: list[tuple[Entry, bool]]) -> None:
        """Claimed entries wait for a slot; their leases are renewed until recorded."""
        self._active += len(claimed)
        with self._in_flight_lock:
            self._in_flight.update(entry.key for entry, _ in claimed)
        self._ready.extend(claimed)
        self._start_ready()

    def _start_ready(self) -> None:
        """(loop) Start sends for ready entries while fewer than ``concurrency`` are sending."""
        while self._sending < self.concurrency and not self._stopping.is_set():
            try:
                entry, recovering = self._ready.popleft()
            except IndexError:
                return
            self._sending += 1
            task = asyncio.create_task(self._process(entry, recovering))
            self._running.add(task)
            task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._running.discard(task)
        if not task.cancelled() and task.exception() is not None and self._crash is None:
            self._crash = task.exception()
            self.stop()

    async def _halted(self, seconds: float) -> bool:
        """Wait ``seconds`` (a route's pacing) unless ``stop()`` comes first: True then."""
        assert self._halt is not None
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._halt.wait(), seconds)
        return self._stopping.is_set()

    async def _track_async(self) -> None:
        """Poll pending deliveries while the dispatcher runs (a task of its own: sends never
        wait for it)."""
        while True:
            due: list[Entry] = await self._safely(self._due_for_poll) or []
            answers: list[tuple[Entry, Any]] = []
            for entry in due:
                delay = max(self._poll_pacers[entry.via].reserve(), self._yield_to_sends())
                if delay:
                    await asyncio.sleep(delay)
                sender = self._senders[entry.via]
                try:
                    status = await sender.delivery_status(
                        entry.ids, entry.reference, entry.provider
                    )
                except Exception as exc:
                    self._poll_failed(entry, exc)
                    status = None
                answers.append((entry, status))
            if answers:
                await self._safely(self._settle_polls, answers)
            if not due:
                await asyncio.sleep(self._idle_wait())

    async def _receive_async(self) -> None:
        """Read inbound SMS every ``receive_every`` seconds while the dispatcher runs."""
        while True:
            for via in self._receiving_routes():
                try:
                    messages = await self._senders[via].receive()
                except Exception as exc:
                    self._receive_failed(via, exc)
                    continue
                await self._safely(self._take_inbound, via, messages)
            await asyncio.sleep(self.receive_every)

    async def _beat(self) -> None:
        while True:
            await asyncio.sleep(self.lease / 3)
            await self._safely(self._heartbeat)

    @staticmethod
    async def _safely(call: Callable[..., Any], *args: Any) -> Any:
        """A store call in a worker thread; a busy database is logged (see ``busy``)."""
        try:
            return await asyncio.to_thread(call, *args)
        except errors.OutboxError as exc:
            busy(exc)
            return None

    async def _process(self, entry: Entry, recovering: bool) -> None:
        """Send one claimed entry, hand its decision to the store's turns to record, and
        start a ready entry in its place."""
        try:
            decision = await self._decision_for(entry, recovering)
        except BaseException:
            self._outcomes.append((entry, None))  # not recorded: the lease runs out instead
            self._kicked()
            raise
        finally:
            self._sending -= 1
        self._outcomes.append((entry, decision))
        self._kicked()
        self._start_ready()

    def _kicked(self) -> None:
        assert self._kick is not None
        self._kick.set()

    async def _decision_for(self, entry: Entry, recovering: bool) -> Decision:
        sender: AsyncSender = self._senders[entry.via]
        if recovering:
            decision = self._decide_recovery(entry)
        else:
            self._step("claimed", entry)
            delay = 0.0
            if self._per_second[entry.via]:  # no thread hop on the hot path of a free route
                delay = await self._safely(self._pace, entry.via) or 0.0
            if delay and await self._halted(delay):
                return self._released(entry)
            self._step("sending", entry)
            attempt = self._attempt(entry)
            outcome: Any
            try:
                with attempt.current():
                    outcome = await sender.send(entry.to, entry.text, reference=entry.reference)
            except errors.SmskitError as exc:
                outcome = exc
            except Exception as exc:
                outcome = self._foreign(entry, exc, "send")
            self._step("replied", entry)
            decision = self._decide(entry, outcome)
            self._attempted(attempt, decision, outcome)
        if decision.state == LOOKUP.state:
            arrived: Any
            try:
                arrived = await sender.was_sent(entry.reference)  # type: ignore[attr-defined]
            except errors.SmskitError as exc:
                arrived = exc
            except Exception as exc:
                arrived = self._foreign(entry, exc, "was_sent")
            decision = self._after_lookup(entry, decision, arrived)
        return decision

    async def close(self) -> None:
        for sender in self._owned:
            await sender.close()
