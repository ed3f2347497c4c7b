"""The outbox's value objects and the rules every store shares (states, transitions)."""

from __future__ import annotations

import json
import operator
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import attrs

from .. import errors

QUEUED, SENDING, SENT, FAILED, UNKNOWN, CANCELLED, SUPPRESSED = (
    "queued", "sending", "sent", "failed", "unknown", "cancelled", "suppressed"
)  # fmt: skip
STATES = (QUEUED, SENDING, SENT, FAILED, UNKNOWN, CANCELLED, SUPPRESSED)
# ``suppressed``: its number opted out (DESIGN §18), so it is never sent.
FINAL = frozenset({SENT, FAILED, UNKNOWN, CANCELLED, SUPPRESSED})
# Delivery, a second dimension of a ``sent`` entry (DESIGN §17): None where the route cannot
# report; pending until a final report.
PENDING, DELIVERED, UNDELIVERED, EXPIRED = "pending", "delivered", "undelivered", "expired"
DELIVERIES = (PENDING, DELIVERED, UNDELIVERED, EXPIRED)
DELIVERY_FINAL = frozenset({DELIVERED, UNDELIVERED, EXPIRED})


def aware(seconds: float | None) -> datetime | None:
    return None if seconds is None else datetime.fromtimestamp(seconds, UTC)


def _column(row: Mapping[str, Any], name: str) -> Any:
    """A column some queries leave out (None then); a database row type may have no
    ``get``."""
    try:
        return row[name]
    except (KeyError, IndexError):
        return None


@attrs.frozen
class Entry:
    """One message in the outbox and where it stands."""

    key: str
    to: str
    text: str
    via: str
    state: str
    provider: str | None
    ids: tuple[str, ...]
    error: str | None
    attempts: int  # requests that left for it
    created_at: datetime
    updated_at: datetime
    send_at: datetime | None = None
    reference: str = attrs.field(default="", repr=False)
    next_attempt_at: datetime | None = attrs.field(default=None, repr=False)
    tries: int = attrs.field(default=0, repr=False)  # for max_attempts: left or not
    owner: str | None = attrs.field(default=None, repr=False)  # who holds it while sending
    delivery: str | None = None  # None | pending | delivered | undelivered | expired
    delivery_at: datetime | None = None  # the last change of ``delivery``

    def __reduce__(self) -> tuple[type[Entry], tuple[Any, ...]]:
        """Pickled as its values in field order, rebuilt through ``__init__``: half the bytes
        and time of attrs' state dict (a dispatcher's store process sends every entry it
        claims: 2.4 -> 1.0 µs an entry to pickle, 2.8 -> 1.4 to unpickle)."""
        return Entry, _ENTRY_VALUES(self)

    @classmethod
    def from_row(
        cls, row: Mapping[str, Any], state: str | None = None, updated_at: float | None = None
    ) -> Entry:
        """An entry from a row of the entries table (a dict, or a database's row type with
        every column); ``state`` and ``updated_at`` as a claim just wrote them."""
        ids = row["ids"]
        return cls(
            key=row["key"],
            to=row["recipient"],
            text=row["text"],
            via=row["via"],
            state=row["state"] if state is None else state,
            provider=row["provider"],
            ids=() if not ids or ids == "[]" else tuple(json.loads(ids)),
            error=row["error"],
            attempts=row["attempts"],
            created_at=aware(row["created_at"]),  # type: ignore[arg-type]
            updated_at=aware(row["updated_at"] if updated_at is None else updated_at),  # type: ignore[arg-type]
            send_at=aware(row["send_at"]),
            reference=row["reference"],
            next_attempt_at=aware(row["next_attempt_at"]),
            tries=row["tries"],
            owner=_column(row, "owner"),
            delivery=_column(row, "delivery"),
            delivery_at=aware(_column(row, "delivery_at")),
        )


_ENTRY_VALUES = operator.attrgetter(*(field.name for field in attrs.fields(Entry)))


@attrs.frozen
class Event:
    """One transition of one entry: the audit trail of what happened to a message."""

    key: str
    from_state: str | None
    to_state: str
    at: datetime
    detail: str | None


@attrs.frozen
class NewEntry:
    """What ``add`` writes: validated and normalised before it reaches a store."""

    key: str
    to: str
    text: str
    via: str
    send_at: float | None
    reference: str

    def written(self, state: str, now: float) -> Entry:
        """The entry a store wrote for this, as reading it back would give it."""
        at = aware(now)
        assert at is not None
        return Entry(key=self.key, to=self.to, text=self.text, via=self.via, state=state,
                     provider=None, ids=(), error=None, attempts=0, created_at=at,
                     updated_at=at, send_at=aware(self.send_at), reference=self.reference,
                     next_attempt_at=aware(self.send_at or now), tries=0)  # fmt: skip

    def same_message(self, row: dict[str, Any]) -> bool:
        return (row["recipient"], row["text"], row["via"], row["send_at"]) == (
            self.to,
            self.text,
            self.via,
            self.send_at,
        )

    def check_same(self, row: dict[str, Any]) -> None:
        """A key added again must carry the same message (``add`` is idempotent by key)."""
        if not self.same_message(row):
            raise errors.ValidationError(
                "key", f"{self.key!r} is in the outbox with another message"
            )


def check_transition(key: str, state: str | None, allowed: tuple[str, ...]) -> None:
    """An operator's transition: ``KeyError`` for an unknown key (``state`` None),
    ``ValidationError`` naming the state when it is not one of ``allowed``."""
    if state is None:
        raise KeyError(key)
    if state not in allowed:
        raise errors.ValidationError(
            "key", f"{key!r} is {state}; this needs {' or '.join(allowed)}"
        )


@attrs.frozen
class Outcome:
    """What a dispatcher writes when an entry leaves ``sending``: the new state, the event's
    detail, and the columns to set."""

    key: str
    state: str
    detail: str | None
    fields: dict[str, Any] = attrs.Factory(dict)

    def __reduce__(self) -> tuple[type[Outcome], tuple[Any, ...]]:
        """As ``Entry``'s: every outcome goes to a store process."""
        return Outcome, (self.key, self.state, self.detail, self.fields)


_ALLOWED_FIELDS = frozenset(
    {"provider", "ids", "error", "attempts", "tries", "next_attempt_at", "reference",
     "lease_until", "delivery", "delivery_at", "delivery_check_at"}
)  # fmt: skip


@attrs.frozen
class DeliveryUpdate:
    """A delivery report to apply: by entry ``key`` (polling knows it) or by the provider's
    message ``id`` (a webhook knows only that). ``detail`` is the provider's own status."""

    state: str
    detail: str
    key: str | None = None
    provider: str | None = None
    id: str | None = None


def columns(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Columns a store may set when an entry moves (``ids`` is kept as a JSON list)."""
    unknown = set(fields) - _ALLOWED_FIELDS
    assert not unknown, unknown  # a programming error, never input
    return {k: json.dumps(list(v)) if k == "ids" else v for k, v in fields.items()}


@attrs.frozen
class Inbound:
    """An SMS received on one of the routes' numbers, as the outbox stored it (once)."""

    provider: str
    id: str
    sender: str
    recipient: str | None
    text: str
    received_at: datetime | None
    stored_at: datetime

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Inbound:
        return cls(row["provider"], row["id"], row["sender"], row["recipient"], row["text"],
                   aware(row["received_at"]), aware(row["stored_at"]))  # type: ignore[arg-type]  # fmt: skip


@attrs.frozen
class Suppression:
    """A number that opted out, why, and since when."""

    number: str
    reason: str | None
    at: datetime

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Suppression:
        return cls(row["number"], row["reason"], aware(row["at"]))  # type: ignore[arg-type]
