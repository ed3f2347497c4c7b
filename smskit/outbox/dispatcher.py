"""The dispatcher: claims due entries, sends them through their routes and records every
outcome, so that each message goes out once across crashes, restarts and outages.

The protocol for one entry: claim it (``sending``, leased to this dispatcher; its
``reference`` was chosen at ``add``) -> send, renewing the lease while the request is in
flight -> record the outcome. A dispatcher that finds an expired lease (its owner died
somewhere in between) recovers the entry by what its route's ``Sender.recovery`` allows:
``RESEND`` sends again with the same reference (SMS.CX deduplicates by it), ``LOOKUP`` asks
the provider whether the reference arrived (smsend), ``NONE`` marks it ``unknown`` for a
person to decide: it is never sent twice.
"""

from __future__ import annotations

import logging
import random
import signal
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from types import FrameType
from typing import TYPE_CHECKING, Any

import attrs

from .. import errors
from .._closing import Closing
from .._sender import Recovery, Sender
from ._model import FAILED, QUEUED, SENT, UNKNOWN, Entry

if TYPE_CHECKING:
    from . import Outbox

logger = logging.getLogger("smskit.outbox")

# Outcomes that leave the entry queued, to be tried again after a backoff.
_TRY_AGAIN = (
    errors.ConnectError,
    errors.RateLimitError,
    errors.AuthenticationError,
    errors.PermissionDeniedError,
    errors.InsufficientFundsError,
    errors.FailoverError,
)
# Outcomes after which the provider may have sent the message.
_AMBIGUOUS = (errors.ServerError, errors.DeliveryUnknownError)


@attrs.frozen
class Route:
    """A route with a rate limit: at most ``per_second`` sends started per second."""

    target: str | Sender
    per_second: float | None = None


class _Pacer:
    """Spaces the starts of sends on one route (``Route.per_second``) within this process."""

    def __init__(self, per_second: float | None) -> None:
        self._gap = 1.0 / per_second if per_second else 0.0
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self) -> None:
        if not self._gap:
            return
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + self._gap
        time.sleep(max(0.0, start - now))


def _sender_for(target: str | Sender) -> Sender:
    if isinstance(target, str):
        from .._dsn import connect

        return connect(target)
    if not isinstance(target, Sender):
        raise errors.ValidationError("routes", f"{target!r} is not a connection string or Sender")
    return target


class Dispatcher(Closing):
    """Sends what is due in one outbox; see the module docstring. Use as a context manager
    (it closes the senders it built from connection strings)."""

    def __init__(
        self,
        outbox: Outbox,
        routes: Mapping[str, str | Sender | Route],
        *,
        lease: float = 30.0,
        concurrency: int = 4,
        max_attempts: int = 8,
        backoff: float = 1.0,
        step: Callable[[str, Entry], None] | None = None,
    ) -> None:
        if not routes:
            raise errors.ValidationError("routes", "name at least one route: {'main': DSN}")
        if not (isinstance(lease, int | float) and lease > 0):
            raise errors.ValidationError("lease", "must be a number of seconds above 0")
        self._outbox = outbox
        self._store = outbox._store
        self._senders: dict[str, Sender] = {}
        self._pacers: dict[str, _Pacer] = {}
        self._owned: list[Sender] = []
        for name, target in routes.items():
            route = target if isinstance(target, Route) else Route(target)
            self._senders[name] = _sender_for(route.target)
            if isinstance(route.target, str):
                self._owned.append(self._senders[name])
            self._pacers[name] = _Pacer(route.per_second)
        self.lease = float(lease)
        self.concurrency = concurrency
        self.max_attempts = max_attempts
        self.backoff = backoff
        self.owner = f"dispatcher-{uuid.uuid4().hex[:12]}"
        self._poll = min(1.0, self.lease / 3)
        self._paused: dict[str, float] = {}
        self._stopping = threading.Event()
        self._step = step or (lambda name, entry: None)
        self._warned_routes: set[str] = set()

    # ---------------------------------------------------------------- running

    def run_until_empty(self) -> None:
        """Return when nothing on this dispatcher's routes is queued (backoffs included,
        later ``send_at`` excluded) and nothing is ``sending`` (expired leases of dead
        dispatchers are recovered first)."""
        self._run(until_empty=True)

    def run_forever(self) -> None:
        """Dispatch until SIGTERM or Ctrl-C (or ``stop()``): then claim nothing new, finish
        what is in flight and return."""
        previous: dict[signal.Signals, Any] = {}
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGTERM, signal.SIGINT):
                previous[sig] = signal.signal(sig, self._on_signal)
        try:
            self._run(until_empty=False)
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def stop(self) -> None:
        self._stopping.set()

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        logger.info("signal %d: finishing what is in flight, claiming nothing new", signum)
        self.stop()

    def _run(self, *, until_empty: bool) -> None:
        self._warn_unknown_routes()
        workers = [
            threading.Thread(target=self._work, args=(until_empty,), daemon=True)
            for _ in range(max(1, self.concurrency))
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            while worker.is_alive():
                worker.join(0.2)  # short joins keep the main thread responsive to signals

    def _work(self, until_empty: bool) -> None:
        while not self._stopping.is_set():
            entry = self._next_entry()
            if entry is not None:
                self._process(entry)
                continue
            if until_empty and self._store.busy(time.time(), self._senders) == (0, 0):
                return
            self._stopping.wait(self._poll * random.uniform(0.5, 1.0))

    def _next_entry(self) -> tuple[Entry, bool] | None:
        now = time.time()
        expired = self._store.claim_expired(now, now + self.lease, self.owner)
        if expired is not None:
            return expired, True
        vias = [v for v in self._senders if self._paused.get(v, 0.0) <= now]
        claimed = self._store.claim(now, now + self.lease, self.owner, vias)
        return None if claimed is None else (claimed, False)

    def _warn_unknown_routes(self) -> None:
        for entry in self._store.list(QUEUED, None):
            if entry.via not in self._senders and entry.via not in self._warned_routes:
                self._warned_routes.add(entry.via)
                logger.warning(
                    "outbox entries on route %r wait: this dispatcher has no such route", entry.via
                )

    # ---------------------------------------------------------------- one entry

    def _process(self, item: tuple[Entry, bool]) -> None:
        entry, expired = item
        sender = self._senders.get(entry.via)
        if sender is None:  # an expired lease on a route this dispatcher does not serve
            return
        if expired:
            self._recover(entry, sender, "the dispatcher holding it stopped")
            return
        self._step("claimed", entry)
        self._pacers[entry.via].wait()
        outcome: Any
        with _Renewal(self, entry):
            try:
                outcome = sender.send(entry.to, entry.text, reference=entry.reference)
            except errors.SmskitError as exc:
                outcome = exc
        self._step("replied", entry)
        self._record(entry, sender, outcome)

    def _record(self, entry: Entry, sender: Sender, outcome: Any) -> None:
        now = time.time()
        attempts = entry.attempts + (0 if isinstance(outcome, errors.ConnectError) else 1)
        if not isinstance(outcome, errors.SmskitError):
            self._finish(entry, SENT, None, provider=outcome.provider, ids=outcome.ids,
                         attempts=attempts, error=None)  # fmt: skip
        elif isinstance(outcome, _AMBIGUOUS):
            self._recover(entry, sender, _describe(outcome), attempts=attempts)
        elif isinstance(outcome, _TRY_AGAIN):
            if isinstance(outcome, errors.RateLimitError):
                self._paused[entry.via] = now + (outcome.retry_after or self.backoff)
            self._again(entry, outcome, attempts)
        else:  # the request itself is wrong: InvalidRequestError, ValidationError, ...
            self._finish(entry, FAILED, _describe(outcome), attempts=attempts,
                         error=_describe(outcome))  # fmt: skip

    def _again(self, entry: Entry, error: errors.SmskitError, attempts: int) -> None:
        tries = entry.tries + 1
        if tries >= self.max_attempts:
            self._finish(entry, FAILED, f"gave up after {tries} tries: {_describe(error)}",
                         attempts=attempts, tries=tries, error=_describe(error))  # fmt: skip
            return
        delay = min(300.0, self.backoff * 2 ** (tries - 1)) * random.uniform(0.8, 1.0)
        self._finish(entry, QUEUED, _describe(error), attempts=attempts, tries=tries,
                     error=_describe(error), next_attempt_at=time.time() + delay)  # fmt: skip

    def _recover(
        self, entry: Entry, sender: Sender, why: str, *, attempts: int | None = None
    ) -> None:
        """The send may have happened: decide by what the route can tell (module docstring)."""
        fields: dict[str, Any] = {} if attempts is None else {"attempts": attempts}
        recovery = sender.recovery
        if recovery is Recovery.RESEND:
            tries = entry.tries + 1
            if tries >= self.max_attempts:
                self._finish(entry, UNKNOWN, f"{why}; gave up resending", tries=tries, **fields)
            else:
                self._finish(entry, QUEUED, f"{why}; resending with the same reference",
                             tries=tries, next_attempt_at=time.time(), **fields)  # fmt: skip
            return
        if recovery is Recovery.LOOKUP:
            was_sent: Callable[[str], bool] | None = getattr(sender, "was_sent", None)
            if was_sent is not None:
                try:
                    arrived = was_sent(entry.reference)
                except errors.SmskitError as exc:
                    # Unknown for now: the lease runs out and a dispatcher looks again.
                    logger.info("outbox %s: lookup failed (%s), will look again", entry.key, exc)
                    return
                if arrived:
                    self._finish(entry, SENT, f"{why}; found at {sender.provider}",
                                 provider=sender.provider, **fields)  # fmt: skip
                else:
                    self._finish(entry, QUEUED, f"{why}; not at {sender.provider}: resending",
                                 next_attempt_at=time.time(), **fields)  # fmt: skip
                return
        self._finish(entry, UNKNOWN, f"{why}; {sender.provider} cannot tell: resolve by hand",
                     error=why, **fields)  # fmt: skip

    def _finish(self, entry: Entry, state: str, detail: str | None, **fields: Any) -> None:
        if not self._store.finish(entry.key, self.owner, state, time.time(), detail, fields):
            logger.warning("outbox %s: lost its lease before the outcome was recorded", entry.key)

    # ---------------------------------------------------------------- lifecycle

    def close(self) -> None:
        for sender in self._owned:
            sender.close()


class _Renewal:
    """Keeps an in-flight entry's lease alive: a slow request is not a dead dispatcher."""

    def __init__(self, dispatcher: Dispatcher, entry: Entry) -> None:
        self._dispatcher = dispatcher
        self._entry = entry
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._renew, daemon=True)

    def _renew(self) -> None:
        d = self._dispatcher
        while not self._done.wait(d.lease / 3):
            d._store.renew(self._entry.key, d.owner, time.time() + d.lease)

    def __enter__(self) -> None:
        self._thread.start()

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()


def _describe(error: errors.SmskitError) -> str:
    return f"{type(error).__name__}: {error}"
