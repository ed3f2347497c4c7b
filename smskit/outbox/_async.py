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
        self._wake: asyncio.Event | None = None
        self._pending: list[tuple[Entry, Decision, asyncio.Future[None]]] = []
        self._pending_ready: asyncio.Event | None = None

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
        if self._wake is not None:
            self._wake.set()

    async def _run(self, *, until_empty: bool) -> None:
        self._stopping.clear()
        self.outcomes.clear()
        self._wake = asyncio.Event()
        self._pending_ready = asyncio.Event()
        await asyncio.to_thread(self._warn_unknown_routes)
        heart = asyncio.create_task(self._beat())
        writer = asyncio.create_task(self._write_outcomes())
        tracker = asyncio.create_task(self._track_async()) if self.track_delivery else None
        receiver = asyncio.create_task(self._receive_async()) if self.receive else None
        heard = threading.Event()
        listener = None
        if self._waiter_of is not None:
            loop, wake = asyncio.get_running_loop(), self._wake
            listener = asyncio.create_task(asyncio.to_thread(
                self._listen, heard, lambda: loop.call_soon_threadsafe(wake.set)))  # fmt: skip
        running: set[asyncio.Task[None]] = set()
        try:
            while not self._stopping.is_set():
                free = self.concurrency - len(running)
                # Claim in batches: a claim per freed slot would be a transaction per send.
                worth_it = free >= max(1, self.concurrency // 4) or not running
                try:
                    claimed = await asyncio.to_thread(self._claim, free) if worth_it else []
                except errors.OutboxError as exc:
                    _busy(exc)
                    claimed = []
                for entry, recovering in claimed:
                    running.add(asyncio.create_task(self._process(entry, recovering)))
                if claimed and len(running) < self.concurrency:
                    continue
                if not running:
                    if until_empty and await self._safely(self._empty):
                        return
                    await self._safely(self._warn_unknown_routes)
                    await self._sleep(self._idle_wait())
                    continue
                done, _ = await asyncio.wait(
                    running, timeout=self._idle_wait(), return_when=asyncio.FIRST_COMPLETED
                )
                running -= done
                for task in done:
                    task.result()  # a bug in the dispatcher itself must not pass silently
        finally:
            if running:
                await asyncio.gather(*running, return_exceptions=True)
            heard.set()
            if listener is not None:
                await listener  # its thread ends within one wait, and closes its connection
            for task in [heart, writer, *(t for t in (tracker, receiver) if t is not None)]:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    async def _sleep(self, seconds: float) -> bool:
        """Wait, waking early on ``stop()`` or an add (where the store tells); True when
        stopping."""
        assert self._wake is not None
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), seconds)
        if self._stopping.is_set():
            return True
        self._wake.clear()
        return False

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
        with self._tracked(entry):
            await self._process_tracked(entry, recovering)

    async def _process_tracked(self, entry: Entry, recovering: bool) -> None:
        sender: AsyncSender = self._senders[entry.via]
        if recovering:
            decision = self._decide_recovery(entry)
        else:
            self._step("claimed", entry)
            delay = 0.0
            if self._per_second[entry.via]:  # no thread hop on the hot path of a free route
                delay = await self._safely(self._pace, entry.via) or 0.0
            if delay and await self._sleep(delay):
                await self._safely(self._release, entry)
                return
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
        await self._submit(entry, decision)

    async def _submit(self, entry: Entry, decision: Decision) -> None:
        """Record an outcome; outcomes that arrive together share one transaction."""
        assert self._pending_ready is not None
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._pending.append((entry, decision, done))
        self._pending_ready.set()
        await done

    async def _write_outcomes(self) -> None:
        assert self._pending_ready is not None
        failing_since: float | None = None
        while True:
            await self._pending_ready.wait()
            self._pending_ready.clear()
            batch, self._pending = self._pending, []
            if not batch:
                continue
            try:
                await asyncio.to_thread(self._record_many, [(e, d) for e, d, _ in batch])
                failing_since = None
            except errors.OutboxError as exc:
                # The outcomes are known and must not be lost to a lock: try them again,
                # for up to a lease; then they are left to recovery, like after a crash.
                _busy(exc)
                failing_since = failing_since or time.monotonic()
                if time.monotonic() - failing_since < self.lease:
                    self._pending[:0] = batch
                    await asyncio.sleep(self._idle_wait())
                    self._pending_ready.set()
                    continue
            except BaseException as exc:
                for _, _, done in batch:
                    if not done.done():
                        done.set_exception(exc)
                raise
            for _, _, done in batch:
                if not done.done():
                    done.set_result(None)

    async def close(self) -> None:
        for sender in self._owned:
            await sender.close()
