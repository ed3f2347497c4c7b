"""Failover: try senders in order, and move on only when nothing can have been sent.

The rules (one implementation, shared by ``Failover`` and ``AsyncFailover``):

- The next member is tried only after an error whose ``sent`` is ``False`` (DESIGN §16):
  nothing can have been sent (``ConnectError``, 401/402/403/404, no coverage, a 429 not
  waited out). An error with ``sent is None`` is raised at once: the member may have sent
  it, and another member would send it again. Input errors (``ValidationError``,
  ``InvalidRequestError``) are raised at once too: every member would refuse them alike.
- A member that failed is skipped for ``cooldown`` seconds; when every other member has
  failed too, it is tried last rather than not at all.
- A member that failed part-way (``.partial``) hands only the recipients it did not send to
  the next member; the result joins both (``provider`` ``"a+b"``, ``parts``).
- When every member failed: ``FailoverError`` with ``.errors``, one per member tried.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Generator, Iterable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from . import errors
from ._closing import AsyncClosing, Closing
from ._models import DeliveryStatus, SendResult
from ._phone import normalize_recipients
from ._sender import AsyncSender, Recovery, Sender, fail_fast, tracks_delivery

if TYPE_CHECKING:
    from ._inbound import InboundSms

__all__ = ["AsyncFailover", "Failover"]

DEFAULT_COOLDOWN = 30.0


def _moves_on(error: errors.SmskitError) -> bool:
    """Whether the next member may try: only when this one certainly sent nothing
    (``sent is False``, DESIGN §16), and the refusal was not about the caller's input, which
    every member would refuse alike (a provider's "no coverage" is about the provider)."""
    if error.sent is not False:
        return False
    if isinstance(error, errors.NoCoverageError):
        return True
    return not isinstance(error, errors.InvalidRequestError | errors.ValidationError)


# (member index, recipients for it) out; its result or error in; the final result back.
Route = Generator[tuple[int, list[str]], SendResult | errors.SmskitError, SendResult]


class _Rules:
    """Ordering, cooldowns and what each outcome means: everything but the I/O."""

    def __init__(self, members: Sequence[Any], cooldown: float, clock: Callable[[], float]) -> None:
        if not members:
            raise errors.ValidationError("members", "a failover needs at least one sender")
        if (
            isinstance(cooldown, bool)
            or not isinstance(cooldown, int | float)
            or not math.isfinite(cooldown)  # nan compares false with everything: no cooldown
            or cooldown < 0
        ):
            raise errors.ValidationError(
                "cooldown", "must be a finite number of seconds, 0 or more"
            )
        self._members = list(members)
        self._cooldown = float(cooldown)
        self._clock = clock
        self._failed_at: dict[int, float] = {}
        self._lock = threading.Lock()

    @property
    def provider(self) -> str:
        return "failover(" + " ".join(m.provider for m in self._members) + ")"

    @property
    def recovery(self) -> Recovery:
        """The member's own for a route of one; otherwise none can be promised: a resend
        or a lookup after an uncertain send may reach another member, which knows nothing of
        the first one's request (a second account deduplicates nothing)."""
        if len(self._members) == 1:
            return self._members[0].recovery  # type: ignore[no-any-return]
        return Recovery.NONE

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.provider}, cooldown={self._cooldown})"

    def _tracker(self, provider: str | None) -> Any:
        """The member that sent through ``provider`` and can report its delivery, or None."""
        for member in self._members:
            if member.provider == provider and tracks_delivery(member, provider):
                return member
        return None

    def tracks_delivery(self, provider: str | None) -> bool:
        return self._tracker(provider) is not None

    def _receivers(self) -> list[Any]:
        return [m for m in self._members if callable(getattr(m, "receive", None))]

    def _order(self) -> list[int]:
        """Members not cooling down first, in order; those cooling down after them."""
        now = self._clock()
        with self._lock:
            cooling = {i for i, at in self._failed_at.items() if now - at < self._cooldown}
        ready = [i for i in range(len(self._members)) if i not in cooling]
        return ready + [i for i in range(len(self._members)) if i in cooling]

    def _route(self, to: str | Iterable[str]) -> Route:
        remaining = normalize_recipients(to, allow_sip=True)
        sent: list[SendResult] = []
        failures: list[errors.SmskitError] = []
        for index in self._order():
            outcome = yield index, remaining
            if isinstance(outcome, SendResult):
                self._recovered(index)
                return SendResult.shared([*sent, outcome])
            if outcome.partial is not None:
                sent.append(outcome.partial)
                done = set(outcome.partial.recipients)
                remaining = [r for r in remaining if r not in done]
            if not _moves_on(outcome):
                if sent:
                    outcome.partial = SendResult.shared(sent)
                raise outcome
            self._failed(index)
            failures.append(outcome)
        error = errors.FailoverError(
            "every member failed without sending: "
            + "; ".join(f"{type(e).__name__}: {e}" for e in failures),
            failures,
        )
        if sent:
            error.partial = SendResult.shared(sent)
        raise error

    def _failed(self, index: int) -> None:
        with self._lock:
            self._failed_at[index] = self._clock()

    def _recovered(self, index: int) -> None:
        with self._lock:
            self._failed_at.pop(index, None)


class Failover(Closing, _Rules):
    """A ``Sender`` over several senders, tried in order (see the module docstring)::

    sms = smskit.Failover([smskit.Sipgate(...), smskit.Smscx(..., sender="Shop")])
    sms.send(to="+491701234567", text="Hi").provider   # "sipgate" or "smscx"
    """

    def __init__(
        self,
        members: Sequence[Sender],
        cooldown: float = DEFAULT_COOLDOWN,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        for member in members:
            if not isinstance(member, Sender):
                raise errors.ValidationError("members", f"{member!r} is not a smskit.Sender")
        super().__init__(members, cooldown, clock)

    def send(
        self,
        to: str | Iterable[str],
        text: str,
        *,
        send_at: datetime | timedelta | None = None,
        reference: str | None = None,
    ) -> SendResult:
        route = self._route(to)
        step = next(route)
        while True:
            index, recipients = step
            outcome: SendResult | errors.SmskitError
            try:
                with fail_fast():
                    outcome = self._members[index].send(
                        recipients, text, send_at=send_at, reference=reference
                    )
            except errors.SmskitError as exc:
                outcome = exc
            try:
                step = route.send(outcome)
            except StopIteration as done:
                result: SendResult = done.value
                return result

    def delivery_status(
        self, ids: Sequence[str], reference: str | None = None, provider: str | None = None
    ) -> DeliveryStatus | None:
        """The delivery of a message this route sent through ``provider`` (its member's
        answer), or None when that member cannot tell."""
        member = self._tracker(provider)
        if member is None:
            return None
        status: DeliveryStatus = member.delivery_status(ids, reference, provider)
        return status

    def receive(self) -> list[InboundSms]:
        """What every member that can receive has received."""
        return [m for member in self._receivers() for m in member.receive()]

    def close(self) -> None:
        for member in self._members:
            member.close()


class AsyncFailover(AsyncClosing, _Rules):
    """The ``AsyncSender`` twin of ``Failover``: the same rules, awaited sends."""

    def __init__(
        self,
        members: Sequence[AsyncSender],
        cooldown: float = DEFAULT_COOLDOWN,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        for member in members:
            if not isinstance(member, AsyncSender):
                raise errors.ValidationError("members", f"{member!r} is not a smskit.AsyncSender")
        super().__init__(members, cooldown, clock)

    async def send(
        self,
        to: str | Iterable[str],
        text: str,
        *,
        send_at: datetime | timedelta | None = None,
        reference: str | None = None,
    ) -> SendResult:
        route = self._route(to)
        step = next(route)
        while True:
            index, recipients = step
            outcome: SendResult | errors.SmskitError
            try:
                with fail_fast():
                    outcome = await self._members[index].send(
                        recipients, text, send_at=send_at, reference=reference
                    )
            except errors.SmskitError as exc:
                outcome = exc
            try:
                step = route.send(outcome)
            except StopIteration as done:
                result: SendResult = done.value
                return result

    async def delivery_status(
        self, ids: Sequence[str], reference: str | None = None, provider: str | None = None
    ) -> DeliveryStatus | None:
        """The async twin of ``Failover.delivery_status``."""
        member = self._tracker(provider)
        if member is None:
            return None
        status: DeliveryStatus = await member.delivery_status(ids, reference, provider)
        return status

    async def receive(self) -> list[InboundSms]:
        """The async twin of ``Failover.receive``."""
        return [m for member in self._receivers() for m in await member.receive()]

    async def close(self) -> None:
        for member in self._members:
            await member.close()
