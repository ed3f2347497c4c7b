"""What an outcome means for an outbox entry: one set of rules for the sync and the async
dispatcher (and any other runner, such as Celery tasks), which differ only in how they wait.

A rule never writes: it returns a ``Decision`` (the state to move to, the event's detail, the
columns to set). Recovery by lookup needs one more question to the provider first, so
``recover`` may answer ``LOOKUP`` and ``after_lookup`` decides once the answer is in.
"""

from __future__ import annotations

import random
import threading
import time
from typing import Any

import attrs

from .. import errors
from .._models import DeliveryStatus, SendResult
from .._sender import Recovery
from ._model import (
    EXPIRED,
    FAILED,
    PENDING,
    QUEUED,
    SENDING,
    SENT,
    UNKNOWN,
    DeliveryUpdate,
    Entry,
)

# Refusals (``sent is False``) that a later try may not meet: the entry stays queued and is
# tried after a backoff. Any other refusal is about the message itself: ``failed`` at once.
TRY_AGAIN = (
    errors.ConnectError,
    errors.RateLimitError,
    errors.AuthenticationError,
    errors.PermissionDeniedError,
    errors.InsufficientFundsError,
    errors.FailoverError,
)


@attrs.frozen
class Decision:
    """The next state of an entry and what to write with it."""

    state: str
    detail: str | None
    fields: dict[str, Any] = attrs.Factory(dict)
    pause_route_until: float | None = None  # a RateLimitError's retry_after


LOOKUP = Decision(state="lookup", detail=None)  # ask the provider (``was_sent``) first


@attrs.frozen
class Policy:
    """How often and how patiently an entry is tried."""

    max_attempts: int = 8
    backoff: float = 1.0  # seconds before the 2nd try; doubles each try, at most 5 minutes

    def delay(self, tries: int) -> float:
        return min(300.0, self.backoff * 2.0 ** (tries - 1)) * random.uniform(0.8, 1.0)

    def after_send(
        self, entry: Entry, outcome: SendResult | errors.SmskitError, recovery: Recovery, now: float
    ) -> Decision:
        """The decision after a request returned (a result) or raised (an smskit error)."""
        left = not isinstance(outcome, errors.ConnectError)  # a ConnectError never left
        attempts = entry.attempts + (1 if left else 0)
        if isinstance(outcome, SendResult):
            ids = list(outcome.ids)
            return Decision(SENT, None, {"provider": outcome.provider, "ids": ids,
                                         "attempts": attempts, "error": None})  # fmt: skip
        why = describe(outcome)
        if outcome.sent is not False:  # it may have been sent: recovered, never just resent
            return self.recover(entry, recovery, why, now, attempts=attempts)
        if isinstance(outcome, TRY_AGAIN):
            pause = None
            if isinstance(outcome, errors.RateLimitError):
                pause = now + (outcome.retry_after or self.backoff)
            decision = self._again(entry, why, attempts, now)
            return attrs.evolve(decision, pause_route_until=pause)
        # The request itself is wrong (InvalidRequestError, ValidationError, ...).
        return Decision(FAILED, why, {"attempts": attempts, "error": why})

    def _again(self, entry: Entry, why: str, attempts: int, now: float) -> Decision:
        tries = entry.tries + 1
        fields: dict[str, Any] = {"attempts": attempts, "tries": tries, "error": why}
        if tries >= self.max_attempts:
            return Decision(FAILED, f"gave up after {tries} tries: {why}", fields)
        return Decision(QUEUED, why, fields | {"next_attempt_at": now + self.delay(tries)})

    def recover(
        self, entry: Entry, recovery: Recovery, why: str, now: float, *, attempts: int | None = None
    ) -> Decision:
        """The send may have happened (a crash, a 5xx, a timeout): decide by what the route
        can tell, never by the provider's name. ``attempts`` is given after a send that
        answered ``sent is None``: its resend waits out a backoff (the provider is struggling);
        a crashed dispatcher's entry is resent at once."""
        fields: dict[str, Any] = {} if attempts is None else {"attempts": attempts}
        if recovery is Recovery.RESEND:
            tries = entry.tries + 1
            if tries >= self.max_attempts:
                return Decision(UNKNOWN, f"{why}; gave up resending",
                                fields | {"tries": tries, "error": why})  # fmt: skip
            wait = 0.0 if attempts is None else self.delay(tries)
            return Decision(QUEUED, f"{why}; resending with the same reference",
                            fields | {"tries": tries, "next_attempt_at": now + wait})  # fmt: skip
        if recovery is Recovery.LOOKUP:
            return attrs.evolve(LOOKUP, detail=why, fields=fields)
        return Decision(UNKNOWN, f"{why}; the provider cannot tell: resolve by hand",
                        fields | {"error": why})  # fmt: skip

    def after_lookup(
        self, entry: Entry, lookup: Decision, arrived: bool | errors.SmskitError, provider: str,
        now: float, ids: tuple[str, ...] = (),
    ) -> Decision:  # fmt: skip
        """The decision once ``was_sent`` answered. When the lookup itself failed the entry
        stays ``sending`` without an owner, its lease set to run out after a backoff, so a
        dispatcher asks again then (and gives up as ``unknown`` after ``max_attempts``)."""
        if isinstance(arrived, errors.SmskitError):
            tries = entry.tries + 1
            why = f"{lookup.detail}; the lookup failed ({describe(arrived)})"
            if tries >= self.max_attempts:
                return Decision(UNKNOWN, f"{why}: resolve by hand",
                                lookup.fields | {"tries": tries, "error": why})  # fmt: skip
            return Decision(SENDING, f"{why}: will look again",
                            lookup.fields | {"tries": tries,
                                             "lease_until": now + self.delay(tries)})  # fmt: skip
        if arrived:
            # It left (at least) once, whatever the dead run managed to record; its ids are
            # the ones the provider's lookup takes, where the route can name them.
            left = max(entry.attempts, lookup.fields.get("attempts", 0), 1)
            found = {"provider": provider, "attempts": left}
            return Decision(SENT, f"{lookup.detail}; found at {provider}",
                            lookup.fields | found | ({"ids": ids} if ids else {}))  # fmt: skip
        return Decision(QUEUED, f"{lookup.detail}; not at {provider}: resending",
                        lookup.fields | {"next_attempt_at": now})  # fmt: skip


MAX_POLL_GAP = 3600.0  # seconds: the longest wait between two polls of one entry


@attrs.frozen
class DeliveryPolicy:
    """When a pending entry is asked about and when it is given up (DESIGN §17): first
    ``poll_after`` seconds after ``sent``, then with gaps that double (each as long as the
    entry has been pending) up to an hour; ``expired`` after ``track_for``."""

    poll_after: float = 60.0
    track_for: float = 72 * 3600.0

    def on_sent(self, now: float) -> dict[str, Any]:
        """The columns of an entry that became ``sent`` on a route that reports delivery."""
        return {"delivery": PENDING, "delivery_at": now, "delivery_check_at": now + self.poll_after}

    def after_poll(
        self, entry: Entry, status: DeliveryStatus | None, now: float
    ) -> DeliveryUpdate | float:
        """A report to apply, or when to ask next (``status`` None: the provider could not
        be asked this time)."""
        if status is not None and status.state != PENDING:
            return DeliveryUpdate(status.state, status.detail, key=entry.key)
        since = entry.delivery_at.timestamp() if entry.delivery_at else now
        if now - since >= self.track_for:
            return DeliveryUpdate(
                EXPIRED, f"no final report within {self.track_for:g} s", key=entry.key
            )
        return now + min(MAX_POLL_GAP, max(self.poll_after, now - since))


class Pacer:
    """Spaces the starts of sends on one route (``Route.per_second``) within this process:
    ``reserve()`` books the next start and says how long to wait for it."""

    def __init__(self, per_second: float | None) -> None:
        if per_second is not None and not (isinstance(per_second, int | float) and per_second > 0):
            raise errors.ValidationError("per_second", "must be a number above 0, or None")
        self._gap = 1.0 / per_second if per_second else 0.0
        self._next = 0.0
        self._lock = threading.Lock()

    def reserve(self) -> float:
        if not self._gap:
            return 0.0
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + self._gap
        return start - now


def describe(error: errors.SmskitError) -> str:
    return f"{type(error).__name__}: {error}"
