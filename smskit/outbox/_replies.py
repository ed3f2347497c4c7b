# ruff: noqa: S608 - table names come from a validated prefix; every value is bound
"""Replies and opt-outs in the outbox's database, one set of statements for SQLite and
PostgreSQL (DESIGN §18): received SMS stored once (unique by provider and the provider's id),
and the suppression list that ``add`` and every claim consult.

A suppressed number's queued entries move to ``suppressed`` when it is suppressed; ``add``
writes a new entry for it as ``suppressed``; and a claim checks the entries it takes, in its
own transaction, so an entry added while its number was being suppressed is not sent either.
Suppression changes are events of their own, under the key ``number:+49...``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ._model import QUEUED, SUPPRESSED
from ._tracking import Statements


def schema(prefix: str) -> list[str]:
    return [
        f"""CREATE TABLE IF NOT EXISTS {prefix}_inbound (
            provider TEXT NOT NULL,
            id TEXT NOT NULL,
            sender TEXT NOT NULL,
            recipient TEXT,
            text TEXT NOT NULL,
            received_at DOUBLE PRECISION,
            stored_at DOUBLE PRECISION NOT NULL,
            PRIMARY KEY (provider, id))""",
        f"CREATE INDEX IF NOT EXISTS {prefix}_inbound_order ON {prefix}_inbound (stored_at)",
        f"""CREATE TABLE IF NOT EXISTS {prefix}_suppressed (
            number TEXT PRIMARY KEY,
            reason TEXT,
            at DOUBLE PRECISION NOT NULL)""",
    ]


def number_key(number: str) -> str:
    """The events key of a number's suppression changes."""
    return f"number:{number}"


class Replies(Statements):
    """Replies' and opt-outs' statements."""

    def _event(self, db: Any, key: str, old: str | None, new: str, now: float, detail: str) -> None:
        db.execute(
            self._sql(
                f"INSERT INTO {self.prefix}_events (key, from_state, to_state, at, detail)"
                " VALUES (?, ?, ?, ?, ?)"
            ),
            (key, old, new, now, detail),
        )

    # ---------------------------------------------------------------- inbound

    def store(self, db: Any, messages: Sequence[tuple[Any, ...]], now: float) -> list[int]:
        """Insert (provider, id, sender, recipient, text, received_at) rows; the indexes of
        those that were new (a message already stored is left as it is)."""
        new = []
        for index, message in enumerate(messages):
            cursor = db.execute(
                self._sql(
                    f"INSERT INTO {self.prefix}_inbound (provider, id, sender, recipient, text,"
                    " received_at, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT DO NOTHING"
                ),
                (*message, now),
            )
            if cursor.rowcount == 1:
                new.append(index)
        return new

    def inbound(self, db: Any, since: float | None, limit: int) -> list[Any]:
        when = "COALESCE(received_at, stored_at)"
        where, args = (f"WHERE {when} > ?", (since,)) if since is not None else ("", ())
        return list(
            db.execute(
                self._sql(
                    f"SELECT * FROM {self.prefix}_inbound {where}"
                    f" ORDER BY {when}, stored_at LIMIT ?"
                ),
                (*args, limit),
            ).fetchall()
        )

    # ---------------------------------------------------------------- suppression

    def suppress(self, db: Any, number: str, reason: str | None, now: float) -> bool:
        """Suppress ``number`` (False when it already was) and move its queued entries."""
        cursor = db.execute(
            self._sql(
                f"INSERT INTO {self.prefix}_suppressed (number, reason, at) VALUES (?, ?, ?)"
                " ON CONFLICT DO NOTHING"
            ),
            (number, reason, now),
        )
        if cursor.rowcount != 1:
            return False
        self._event(db, number_key(number), None, SUPPRESSED, now, reason or "suppressed")
        moved = db.execute(
            self._sql(
                f"UPDATE {self.prefix}_entries SET state = ?, updated_at = ?"
                " WHERE recipient = ? AND state = ? RETURNING key"
            ),
            (SUPPRESSED, now, number, QUEUED),
        ).fetchall()
        for row in moved:
            self._event(db, row["key"], QUEUED, SUPPRESSED, now, f"{number} opted out")
        return True

    def unsuppress(self, db: Any, number: str, now: float, detail: str) -> bool:
        cursor = db.execute(
            self._sql(f"DELETE FROM {self.prefix}_suppressed WHERE number = ?"), (number,)
        )
        if cursor.rowcount != 1:
            return False
        self._event(db, number_key(number), SUPPRESSED, "unsuppressed", now, detail)
        return True

    def among(self, db: Any, numbers: Iterable[str]) -> set[str]:
        """Which of ``numbers`` are suppressed (one indexed lookup per 500)."""
        wanted = list(dict.fromkeys(numbers))
        found: set[str] = set()
        for first in range(0, len(wanted), 500):
            chunk = wanted[first : first + 500]
            marks = ",".join("?" * len(chunk))
            found.update(
                row["number"]
                for row in db.execute(
                    self._sql(
                        f"SELECT number FROM {self.prefix}_suppressed WHERE number IN ({marks})"
                    ),
                    chunk,
                ).fetchall()
            )
        return found

    def listed(self, db: Any) -> list[Any]:
        return list(
            db.execute(
                f"SELECT number, reason, at FROM {self.prefix}_suppressed ORDER BY at, number"
            ).fetchall()
        )

    def opted_out(self, alias: str) -> str:
        """A column for a claim's own query: whether the row's number is suppressed (so a
        claim learns it in the statement it runs anyway, not in a round trip of its own)."""
        return (
            f"EXISTS (SELECT 1 FROM {self.prefix}_suppressed AS s"
            f" WHERE s.number = {alias}.recipient) AS opted_out"
        )

    def hold_back(self, db: Any, rows: Sequence[Any], now: float, was: str) -> list[Any]:
        """The claim's own check: of the rows just picked (in state ``was``), move those whose
        number is suppressed (``opted_out``) to ``suppressed``; the rest, which may be sent."""
        kept = []
        for row in rows:
            if not row["opted_out"]:
                kept.append(row)
                continue
            db.execute(
                self._sql(
                    f"UPDATE {self.prefix}_entries SET state = ?, updated_at = ?,"
                    " owner = NULL, lease_until = NULL WHERE key = ?"
                ),
                (SUPPRESSED, now, row["key"]),
            )
            self._event(db, row["key"], was, SUPPRESSED, now, f"{row['recipient']} opted out")
        return kept
