"""Value objects every provider returns."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs


class Deferred:
    """A value made on first read (see ``SendResult.raw``): building a provider's full
    response model costs a send more than its I/O, and most callers read only the ids."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make


@attrs.frozen
class SendResult:
    """What a provider accepted for one ``send`` call.

    ``ids`` are the provider's message or order ids in the order it gave them (empty where the
    provider returns none, as sipgate does). ``recipients`` are the E.164 numbers (or SIP
    addresses) that were sent to. ``raw`` is the generated model of the response, or a tuple
    of them when the send took several requests. ``parts`` is filled when several senders
    shared one send (a failover route whose first member failed part-way): each member's own
    result, in order, and ``provider`` joins their names (``"sipgate+smscx"``).
    """

    provider: str
    ids: tuple[str, ...]
    recipients: tuple[str, ...]
    # Given as ``raw=``; may be a ``Deferred``, which the ``raw`` property resolves once.
    _raw: Any = attrs.field(default=None, repr=False, eq=False, alias="raw")
    parts: tuple[SendResult, ...] = attrs.field(default=(), repr=False)

    @property
    def raw(self) -> Any:
        """The generated model of the provider's answer, built on first read (the ids and
        recipients were read from the same answer when it arrived). ``None`` where the
        provider gave no body, or one that does not fit its documented model. (Two threads
        reading it at the same moment may both build it; every read after sees one.)"""
        value = self._raw
        if type(value) is Deferred:
            value = value.make()
            object.__setattr__(self, "_raw", value)  # frozen to callers; made once here
        return value

    @classmethod
    def shared(cls, parts: list[SendResult]) -> SendResult:
        """One result for a send that several senders shared (see ``parts``)."""
        if len(parts) == 1:
            return parts[0]
        names: list[str] = []
        for part in parts:
            names += [n for n in part.provider.split("+") if n not in names]
        merged = cls.merge("+".join(names), parts)
        return attrs.evolve(merged, parts=tuple(parts))

    @classmethod
    def merge(cls, provider: str, parts: list[SendResult]) -> SendResult:
        """One result for a send that took several requests (one per recipient or batch)."""
        return cls(
            provider=provider,
            ids=tuple(i for part in parts for i in part.ids),
            recipients=tuple(r for part in parts for r in part.recipients),
            raw=Deferred(lambda: tuple(part.raw for part in parts)),
        )


@attrs.frozen
class DeliveryStatus:
    """Where one sent message stands at its provider, in one vocabulary for every provider
    (DESIGN §17): ``state`` is ``pending``, ``delivered``, ``undelivered`` or ``expired``;
    ``detail`` is the provider's own status (``DELIVERED``, ``DLVRD``, ``NO COVERAGE`` ...)."""

    state: str
    detail: str
