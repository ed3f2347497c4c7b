"""Value objects every provider returns."""

from __future__ import annotations

from typing import Any

import attrs


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
    raw: Any = attrs.field(default=None, repr=False, eq=False)
    parts: tuple[SendResult, ...] = attrs.field(default=(), repr=False)

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
            raw=tuple(part.raw for part in parts),
        )


@attrs.frozen
class DeliveryStatus:
    """Where one sent message stands at its provider, in one vocabulary for every provider
    (DESIGN §17): ``state`` is ``pending``, ``delivered``, ``undelivered`` or ``expired``;
    ``detail`` is the provider's own status (``DELIVERED``, ``DLVRD``, ``NO COVERAGE`` ...)."""

    state: str
    detail: str
