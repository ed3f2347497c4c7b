"""Delivery tracking in the outbox's database, one set of statements for SQLite and
PostgreSQL (DESIGN §17): the columns and table a store adds, the reports applied in one
transaction, the entries due for a poll, the counts.

A report never overwrites a final state (delivered, undelivered, expired) and a repeated one
changes nothing, so both ways in (webhook and polling) may deliver the same report any number
of times. The provider's message ids are indexed in their own table, because a webhook knows
only those.
"""

# ruff: noqa: S608 - table names come from a validated prefix; every value is bound
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ._model import DELIVERIES, DELIVERY_FINAL, PENDING, SENT, DeliveryUpdate

# Added to the entries table by the migration to schema 2 (name, SQLite type, PostgreSQL type).
COLUMNS = (
    ("delivery", "TEXT", "TEXT"),
    ("delivery_at", "REAL", "DOUBLE PRECISION"),
    ("delivery_check_at", "REAL", "DOUBLE PRECISION"),
)


def schema(prefix: str) -> list[str]:
    """The statements that create what tracking needs (idempotent)."""
    return [
        f"""CREATE TABLE IF NOT EXISTS {prefix}_ids (
            provider TEXT NOT NULL,
            id TEXT NOT NULL,
            key TEXT NOT NULL,
            PRIMARY KEY (provider, id))""",
        f"CREATE INDEX IF NOT EXISTS {prefix}_delivery_due"
        f" ON {prefix}_entries (delivery, delivery_check_at)",
    ]


class Statements:
    """SQL for one table prefix and one parameter mark (``?`` for SQLite, ``%s`` for
    psycopg): the statements are written with ``?`` and marked for the database."""

    def __init__(self, prefix: str, mark: str) -> None:
        self.prefix = prefix
        self.mark = mark

    def _sql(self, text: str) -> str:
        return text.replace("?", self.mark)


class Tracking(Statements):
    """Delivery tracking's statements."""

    def record_ids(self, db: Any, key: str, provider: str, ids: Iterable[str]) -> None:
        """Index a sent entry's message ids (the webhook's way to it)."""
        for message_id in ids:
            db.execute(
                self._sql(
                    f"INSERT INTO {self.prefix}_ids (provider, id, key) VALUES (?, ?, ?)"
                    " ON CONFLICT DO NOTHING"
                ),
                (provider, message_id, key),
            )

    def apply(self, db: Any, updates: Sequence[DeliveryUpdate], now: float) -> list[str]:
        """Apply reports in the caller's transaction; the keys whose delivery changed."""
        changed: list[str] = []
        for update in updates:
            assert update.state in DELIVERIES, update.state  # mapped by the provider
            key = update.key
            if key is None:
                row = db.execute(
                    self._sql(f"SELECT key FROM {self.prefix}_ids WHERE provider = ? AND id = ?"),
                    (update.provider, update.id),
                ).fetchone()
                if row is None:
                    continue  # not ours, or not tracked: ignored
                key = row["key"]
            row = db.execute(
                self._sql(f"SELECT state, delivery FROM {self.prefix}_entries WHERE key = ?"),
                (key,),
            ).fetchone()
            if row is None or row["state"] != SENT or row["delivery"] is None:
                continue
            if row["delivery"] in DELIVERY_FINAL or row["delivery"] == update.state:
                continue
            db.execute(
                self._sql(
                    f"UPDATE {self.prefix}_entries SET delivery = ?, delivery_at = ?,"
                    " delivery_check_at = NULL, updated_at = ? WHERE key = ?"
                ),
                (update.state, now, now, key),
            )
            db.execute(
                self._sql(
                    f"INSERT INTO {self.prefix}_events (key, from_state, to_state, at, detail)"
                    " VALUES (?, ?, ?, ?, ?)"
                ),
                (key, SENT, update.state, now, update.detail),
            )
            changed.append(key)
        return changed

    def due(self, db: Any, now: float, vias: Sequence[str], limit: int) -> list[Any]:
        """Pending entries on ``vias`` whose next poll is due, the longest waiting first."""
        if not vias:
            return []
        marks = ",".join("?" * len(vias))
        return list(
            db.execute(
                self._sql(
                    f"SELECT * FROM {self.prefix}_entries WHERE delivery = ?"
                    f" AND delivery_check_at <= ? AND via IN ({marks})"
                    " ORDER BY delivery_check_at LIMIT ?"
                ),
                (PENDING, now, *vias, limit),
            ).fetchall()
        )

    def reschedule(self, db: Any, checks: Iterable[tuple[str, float]]) -> None:
        """The next poll of each (key, at) that is still pending."""
        for key, at in checks:
            db.execute(
                self._sql(
                    f"UPDATE {self.prefix}_entries SET delivery_check_at = ?"
                    " WHERE key = ? AND delivery = ?"
                ),
                (at, key, PENDING),
            )

    def counts(self, db: Any) -> dict[str, int]:
        found = {state: 0 for state in DELIVERIES}
        for row in db.execute(
            f"SELECT delivery, COUNT(*) AS n FROM {self.prefix}_entries"
            " WHERE delivery IS NOT NULL GROUP BY delivery"
        ).fetchall():
            found[row["delivery"]] = int(row["n"])
        return found
