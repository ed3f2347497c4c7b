"""The asyncio twin of ``Dispatcher``: the same claims, decisions and records (``_Core``),
with ``AsyncSender`` routes and the store's (blocking) calls run in a worker thread so the
event loop never waits on a database lock."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from .. import errors
from .._closing import AsyncClosing
from .._sender import AsyncSender
from ._model import Entry
from ._rules import LOOKUP, Decision
from .dispatcher import _busy, _Core

if TYPE_CHECKING:
    from . import Outbox

logger = logging.getLogger("smskit.outbox")


class AsyncDispatcher(AsyncClosing, _Core):
    """Sends what is due in one outbox with up to ``concurrency`` requests in flight on one
    event loop. ``async with outbox.async_dispatcher(routes) as d: await d.run_until_empty()``.
    """

    asynchronous = True
    default_concurrency = 16

    def __init__(self, outbox: Outbox, routes: Mapping[str, Any], **options: Any) -> None:
        super().__init__(outbox, routes, **options)
        self._wake: asyncio.Event | None = None  # something for ``_cycle`` to do
        self._halt: asyncio.Event | None = None  # ``stop()`` was called
        self._pending: list[tuple[Entry, Decision]] = []  # outcomes ``_cycle`` records next
        self._active = 0  # entries claimed whose outcome is not recorded yet
        self._ready: deque[tuple[Entry, bool]] = deque()  # claimed, waiting for a free slot
        self._sending = 0  # sends in flight (at most ``concurrency``)
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
        """Claim nothing new; what is in flight finishes."""
        self._stopping.set()
        for event in (self._wake, self._halt):
            if event is not None:
                event.set()

    async def _run(self, *, until_empty: bool) -> None:
        self._stopping.clear()
        self.outcomes.clear()
        self._wake = asyncio.Event()
        self._halt = asyncio.Event()
        self._pending = []
        self._active = 0
        self._ready.clear()
        self._sending = 0
        self._crash = None
        await asyncio.to_thread(self._warn_unknown_routes)
        heart = asyncio.create_task(self._beat())
        tracker = asyncio.create_task(self._track_async()) if self.track_delivery else None
        receiver = asyncio.create_task(self._receive_async()) if self.receive else None
        heard = threading.Event()
        listener = None
        if self._waiter_of is not None:
            loop, wake = asyncio.get_running_loop(), self._wake
            listener = asyncio.create_task(asyncio.to_thread(
                self._listen, heard, lambda: loop.call_soon_threadsafe(wake.set)))  # fmt: skip
        self._running = set()
        try:
            await self._cycle(until_empty)
        finally:
            if self._running:
                await asyncio.gather(*self._running, return_exceptions=True)
            heard.set()
            if listener is not None:
                await listener  # its thread ends within one wait, and closes its connection
            for task in [heart, *(t for t in (tracker, receiver) if t is not None)]:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    async def _cycle(self, until_empty: bool) -> None:
        """The dispatcher's one loop: each turn records the outcomes that came in and claims
        entries for the free room, in one trip to the store's thread (one transaction where
        the store can); up to ``concurrency`` of the claimed entries are sending at once.

        It claims up to ``concurrency`` entries ahead of the sends (leased, renewed by the
        heartbeat like those in flight), so sends go on while the store records and claims:
        without them, each trip to the store left the sends waiting for its claim. Claims
        come in batches (a quarter of ``concurrency`` at least, while entries are held): a
        claim per freed slot would be a transaction per send. On ``stop()`` it claims
        nothing more, puts back what it had not started, and returns once every send in
        flight has its outcome recorded.
        """
        assert self._wake is not None
        batch_size = max(1, self.concurrency // 4)
        room_for = 2 * self.concurrency  # entries held: sending, ready, or being recorded
        failing_since: float | None = None
        while True:
            if self._crash is not None:  # a bug in the dispatcher itself must not pass silently
                raise self._crash
            stopping = self._stopping.is_set()
            if stopping:
                while self._ready:  # claimed, never started: back to the queue
                    entry, _ = self._ready.popleft()
                    self._pending.append((entry, self._released(entry)))
                if not self._active:
                    return
            batch, self._pending = self._pending, []
            held = self._active - len(batch)
            room = 0 if stopping else room_for - held
            want = room if room >= batch_size or (room and not held) else 0
            if batch or want:
                self._wake.clear()
                try:
                    claimed = await asyncio.to_thread(self._exchange, batch, want)
                except errors.OutboxError as exc:
                    # The outcomes are known and must not be lost to a lock: try them again,
                    # for up to a lease; then they are left to recovery, like after a crash.
                    _busy(exc)
                    failing_since = failing_since or time.monotonic()
                    if time.monotonic() - failing_since >= self.lease:
                        self._recorded(batch)
                    else:
                        self._pending[:0] = batch
                    await self._sleep(self._idle_wait())
                    continue
                failing_since = None
                self._recorded(batch)
                self._hold(claimed)
                if batch or (claimed and len(claimed) == want):
                    continue
            if self._active:
                # Wait for an outcome (or an add, or the poll, for a claim that found
                # nothing while sends were in flight).
                await self._sleep(self._idle_wait())
                continue
            if until_empty and await self._safely(self._empty):
                return
            await self._safely(self._warn_unknown_routes)
            await self._sleep(self._idle_wait())

    def _exchange(self, batch: list[tuple[Entry, Decision]], want: int) -> list[tuple[Entry, bool]]:
        """In the store's thread: record ``batch``, then claim up to ``want``, in one
        transaction where the store can (``Store.together``). A batch that could not be
        recorded raises (it is tried again on a later turn); a claim that could not be made
        after it was recorded claims nothing this turn."""
        with self._store.together():
            if batch:
                self._record_many(batch)
            if not want:
                return []
            try:
                return self._claim(want)
            except errors.OutboxError as exc:
                _busy(exc)
                return []

    def _recorded(self, batch: list[tuple[Entry, Decision]]) -> None:
        """Slots of a batch whose outcomes are written (or given up on) are free again."""
        self._active -= len(batch)
        with self._in_flight_lock:
            for entry, _ in batch:
                self._in_flight.discard(entry.key)

    def _hold(self, claimed: list[tuple[Entry, bool]]) -> None:
        """Claimed entries wait their turn; their leases are renewed until recorded."""
        self._active += len(claimed)
        with self._in_flight_lock:
            self._in_flight.update(entry.key for entry, _ in claimed)
        self._ready.extend(claimed)
        self._start_ready()

    def _start_ready(self) -> None:
        """Start sends for waiting entries while fewer than ``concurrency`` are sending."""
        while self._ready and self._sending < self.concurrency:
            entry, recovering = self._ready.popleft()
            self._sending += 1
            task = asyncio.create_task(self._process(entry, recovering))
            self._running.add(task)
            task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._running.discard(task)
        if not task.cancelled() and task.exception() is not None and self._crash is None:
            self._crash = task.exception()
            assert self._wake is not None
            self._wake.set()

    async def _sleep(self, seconds: float) -> None:
        """Wait up to ``seconds`` for something to do: an outcome, ``stop()`` or an add
        (where the store tells)."""
        assert self._wake is not None
        if not self._wake.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), seconds)
        self._wake.clear()

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
        """A store call in a worker thread; a busy database is logged (see ``_busy``)."""
        try:
            return await asyncio.to_thread(call, *args)
        except errors.OutboxError as exc:
            _busy(exc)
            return None

    async def _process(self, entry: Entry, recovering: bool) -> None:
        """Send one claimed entry, hand its decision to ``_cycle`` to record, and start the
        next waiting entry in its place."""
        try:
            decision = await self._decision_for(entry, recovering)
        finally:
            self._sending -= 1
        assert self._wake is not None
        self._pending.append((entry, decision))
        self._wake.set()
        self._start_ready()

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
