"""The dispatchers: claim due entries, send them through their routes and record every
outcome, so that each message goes out once across crashes, restarts and outages.

``Dispatcher`` runs in threads; ``AsyncDispatcher`` (``_async.py``) under asyncio. Both are
``_Core`` (``_core.py``): claiming, deciding and recording, and the protocol for one entry.
"""

from __future__ import annotations

import logging
import signal
import threading
from types import FrameType
from typing import Any

from .. import errors
from .._closing import Closing
from .._sender import Sender
from ._core import Route, _Core
from ._followup import SyncFollowUp
from ._model import Entry
from ._rules import LOOKUP, describe
from ._turns import busy

logger = logging.getLogger("smskit.outbox")

__all__ = ["Dispatcher", "Route"]


class Dispatcher(Closing, _Core, SyncFollowUp):
    """Sends what is due in one outbox with ``concurrency`` threads; see the module
    docstring. Use as a context manager (it closes the senders it built from connection
    strings)."""

    def run_until_empty(self) -> dict[str, int]:
        """Return when nothing on this dispatcher's routes is queued (backoffs included,
        later ``send_at`` excluded) and nothing is ``sending`` (expired leases of dead
        dispatchers are recovered first), or after SIGTERM / Ctrl-C (see ``run_forever``).
        Returns what this run did: the outcomes it recorded, by state (``{"sent": 5,
        "queued": 1}``: ``queued`` counts tries put back for later)."""
        self._with_signals(until_empty=True)
        return dict(self.outcomes)

    def run_forever(self) -> None:
        """Dispatch until SIGTERM or Ctrl-C (or ``stop()``): then claim nothing new, finish
        what is in flight, release what was claimed but not started, and return."""
        self._with_signals(until_empty=False)

    def _with_signals(self, *, until_empty: bool) -> None:
        previous: dict[signal.Signals, Any] = {}
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGTERM, signal.SIGINT):
                previous[sig] = signal.signal(sig, self._on_signal)
        try:
            self._run(until_empty=until_empty)
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def stop(self) -> None:
        """Claim nothing new; what is in flight finishes (thread-safe)."""
        self._stopping.set()
        self._added.set()  # idle workers wake to see it

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        logger.info("signal %d: finishing what is in flight, claiming nothing new", signum)
        self.stopped_by_signal = True
        self.stop()

    def _run(self, *, until_empty: bool) -> None:
        self._stopping.clear()
        self.outcomes.clear()
        self._warn_unknown_routes()
        workers = [
            threading.Thread(target=self._work, args=(until_empty,), daemon=True)
            for _ in range(self.concurrency)
        ]
        beating = threading.Event()
        heart = threading.Thread(target=self._beat, args=(beating,), daemon=True)
        heart.start()
        tracker = threading.Thread(target=self._track, args=(beating,), daemon=True)
        if self.track_delivery:
            tracker.start()
        receiver = threading.Thread(target=self._receive_loop, args=(beating,), daemon=True)
        if self.receive:
            receiver.start()
        waiter = self._waiter_of() if self._waiter_of is not None else None
        listener = threading.Thread(target=self._listen, args=(waiter, beating, self._added.set),
                                    daemon=True)  # fmt: skip
        if waiter is not None:
            listener.start()
        for worker in workers:
            worker.start()
        try:
            for worker in workers:
                while worker.is_alive():
                    worker.join(0.2)  # short joins keep the main thread responsive to signals
        finally:
            self._stop_listening(waiter, beating)
            heart.join()
            for helper in (tracker, receiver, listener):
                if helper.is_alive():
                    helper.join()
        fatal, self._fatal = self._fatal, None
        if fatal is not None:
            raise fatal

    def _idle(self) -> None:
        """Wait for the next poll, or less: until an add (where the store tells) or stop."""
        if self._added.wait(self._idle_wait()) and not self._stopping.is_set():
            self._added.clear()

    def _beat(self, done: threading.Event) -> None:
        while not done.wait(self.lease / 3):
            try:
                self._heartbeat()
            except errors.OutboxError as exc:
                busy(exc)

    def _work(self, until_empty: bool) -> None:
        """One worker thread. A fault no retry cures (a damaged database, a bug) stops the
        whole dispatcher and is raised by ``run_*`` once the other workers are done: a
        worker never dies silently while entries wait."""
        try:
            self._work_until_stopped(until_empty)
        except BaseException as exc:
            with self._in_flight_lock:
                self._fatal = self._fatal or exc
            self._stopping.set()

    def _work_until_stopped(self, until_empty: bool) -> None:
        while not self._stopping.is_set():
            try:
                claimed = self._claim(1)
                for entry, recovering in claimed:
                    self._process(entry, recovering)
                if claimed:
                    continue
                if until_empty and self._empty():
                    return
                self._warn_unknown_routes()
            except errors.OutboxError as exc:
                busy(exc)
            self._idle()

    def _process(self, entry: Entry, recovering: bool) -> None:
        with self._tracked(entry):
            self._process_tracked(entry, recovering)

    def _process_tracked(self, entry: Entry, recovering: bool) -> None:
        sender: Sender = self._senders[entry.via]
        if recovering:
            decision = self._decide_recovery(entry)
        else:
            self._step("claimed", entry)
            delay = self._pace(entry.via)
            if delay and self._stopping.wait(delay):
                self._record(entry, self._released(entry))
                return
            self._step("sending", entry)
            attempt = self._attempt(entry)
            outcome: Any
            try:
                with attempt.current():
                    outcome = sender.send(entry.to, entry.text, reference=entry.reference)
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
                arrived = sender.was_sent(entry.reference)  # type: ignore[attr-defined]
            except errors.SmskitError as exc:
                arrived = exc
            except Exception as exc:
                arrived = self._foreign(entry, exc, "was_sent")
            decision = self._with_delivery(entry, self._after_lookup(entry, decision, arrived))
        self._record(entry, decision)

    def close(self) -> None:
        for sender in self._owned:
            sender.close()


__all__ = ["Dispatcher", "Route", "describe"]
