"""What an operator asks of the outbox (DESIGN §19), one set of statements for SQLite and
PostgreSQL: the overview (counts, activity per route, lag, leases) and a search that states
its true total.

The overview reads indexes, not rows: the counts are one scan of the ``tally`` index (state,
delivery, route, provider), the lag one probe of the queue index, the activity a range of the
events' time index. Consoles keep the result for a second or two, so a room full of browsers
costs one such scan, not one per page.
"""

# ruff: noqa: S608 - table names come from a validated prefix; every value is bound
from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from ._model import DELIVERIES, FAILED, QUEUED, SENDING, SENT, STATES, UNKNOWN, Entry, aware
from ._tracking import Statements

SEARCH_FIELDS = ("key", "to", "state", "via", "q")


def schema(prefix: str) -> list[str]:
    """The indexes the overview reads (idempotent; no schema version: older readers ignore
    them)."""
    return [
        # delivery before via: a query on "state = queued AND via = ANY(...)" must not find
        # this index better than the queue index (it would sort the whole queue).
        f"CREATE INDEX IF NOT EXISTS {prefix}_tally"
        f" ON {prefix}_entries (state, delivery, via, provider)",
        f"CREATE INDEX IF NOT EXISTS {prefix}_events_at ON {prefix}_events (at)",
    ]


@attrs.frozen
class RouteActivity:
    """One route's last minute and hour, by the events that ended its entries' sends."""

    via: str
    sent_last_minute: int
    sent_last_hour: int
    failed_last_hour: int
    unknown_last_hour: int
    queued: int


@attrs.frozen
class LeaseHolder:
    """A dispatcher (its owner id) holding entries while it sends them."""

    owner: str
    entries: int
    lease_until: datetime


@attrs.frozen
class SentTotal:
    via: str
    provider: str
    entries: int


@attrs.frozen
class Overview:
    """The outbox at one instant, as an operator's console shows it."""

    at: datetime
    counts: Mapping[str, int]  # every state, zeros included (``Outbox.counts``)
    deliveries: Mapping[str, int]  # sent entries per delivery state (``delivery_counts``)
    oldest_due_seconds: float  # now minus the due time of the oldest due queued entry
    routes: tuple[RouteActivity, ...]
    leases: tuple[LeaseHolder, ...]
    sent_totals: tuple[SentTotal, ...]  # sent entries in the store per route and provider

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@attrs.frozen
class EntryPage:
    """One page of a search: the entries (newest first) and how many matched in all."""

    entries: tuple[Entry, ...]
    total: int
    offset: int
    limit: int

    @property
    def has_next(self) -> bool:
        return self.offset + len(self.entries) < self.total


class Queries(Statements):
    """The operator's statements for one table prefix; ``like`` is the database's
    case-insensitive LIKE."""

    def __init__(self, prefix: str, mark: str, like: str) -> None:
        super().__init__(prefix, mark)
        self.like = like

    def overview(self, db: Any, now: float) -> Overview:
        entries, events = f"{self.prefix}_entries", f"{self.prefix}_events"
        counts = dict.fromkeys(STATES, 0)
        deliveries = dict.fromkeys(DELIVERIES, 0)
        totals: dict[tuple[str, str], int] = {}
        queued: dict[str, int] = {}
        tally = db.execute(
            f"SELECT state, via, provider, delivery, COUNT(*) AS n FROM {entries}"
            " GROUP BY state, via, provider, delivery"
        ).fetchall()
        for row in tally:
            n = int(row["n"])
            counts[row["state"]] = counts.get(row["state"], 0) + n
            if row["state"] == SENT:
                if row["delivery"] is not None:
                    deliveries[row["delivery"]] = deliveries.get(row["delivery"], 0) + n
                route = (row["via"], row["provider"] or "")
                totals[route] = totals.get(route, 0) + n
            elif row["state"] == QUEUED:
                queued[row["via"]] = queued.get(row["via"], 0) + n
        oldest = db.execute(
            self._sql(f"SELECT MIN(next_attempt_at) AS t FROM {entries}"
                      " WHERE state = ? AND next_attempt_at <= ?"),
            (QUEUED, now),
        ).fetchone()["t"]  # fmt: skip
        leases = db.execute(
            self._sql(f"SELECT owner, COUNT(*) AS n, MAX(lease_until) AS until FROM {entries}"
                      " WHERE state = ? AND owner IS NOT NULL GROUP BY owner ORDER BY owner"),
            (SENDING,),
        ).fetchall()  # fmt: skip
        activity = db.execute(
            self._sql(
                f"SELECT e.via AS via, ev.to_state AS state, COUNT(*) AS hour,"
                f" SUM(CASE WHEN ev.at >= ? THEN 1 ELSE 0 END) AS minute"
                f" FROM {events} ev JOIN {entries} e ON e.key = ev.key"
                f" WHERE ev.at >= ? AND ev.to_state IN (?, ?, ?) GROUP BY e.via, ev.to_state"
            ),
            (now - 60, now - 3600, SENT, FAILED, UNKNOWN),
        ).fetchall()
        per_route: dict[str, dict[str, int]] = {via: {} for via in queued}
        for row in activity:
            found = per_route.setdefault(row["via"], {})
            found[row["state"]] = int(row["hour"])
            found[row["state"] + "_minute"] = int(row["minute"] or 0)
        routes = tuple(
            RouteActivity(via, found.get("sent_minute", 0), found.get(SENT, 0),
                          found.get(FAILED, 0), found.get(UNKNOWN, 0), queued.get(via, 0))
            for via, found in sorted(per_route.items())
        )  # fmt: skip
        return Overview(
            at=aware(now),  # type: ignore[arg-type]
            counts=counts,
            deliveries=deliveries,
            oldest_due_seconds=0.0 if oldest is None else max(0.0, now - float(oldest)),
            routes=routes,
            leases=tuple(
                LeaseHolder(r["owner"], int(r["n"]), aware(r["until"] or 0.0))  # type: ignore[arg-type]
                for r in leases
            ),
            sent_totals=tuple(
                SentTotal(via, provider, n) for (via, provider), n in sorted(totals.items())
            ),
        )

    def search(
        self,
        db: Any,
        filters: Mapping[str, str],
        offset: int,
        limit: int,
        oldest_first: bool = False,
    ) -> tuple[int, list[Any]]:
        """(how many match, the rows of one page, newest first unless ``oldest_first``)."""
        conditions: list[str] = []
        args: list[Any] = []
        for field, column in (("key", "key"), ("to", "recipient"), ("state", "state"),
                              ("via", "via"), ("delivery", "delivery")):  # fmt: skip
            if filters.get(field):
                conditions.append(f"{column} = ?")
                args.append(filters[field])
        if filters.get("q"):
            conditions.append(f"text {self.like} ? ESCAPE '!'")
            args.append(f"%{_escaped(filters['q'])}%")
        if filters.get("key_prefix"):  # LIKE, not ILIKE: keys are exact
            conditions.append("key LIKE ? ESCAPE '!'")
            args.append(f"{_escaped(filters['key_prefix'])}%")
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        entries = f"{self.prefix}_entries"
        order = "ASC" if oldest_first else "DESC"
        total = db.execute(
            self._sql(f"SELECT COUNT(*) AS n FROM {entries} {where}"), tuple(args)
        ).fetchone()["n"]
        rows = db.execute(
            self._sql(f"SELECT * FROM {entries} {where} ORDER BY id {order} LIMIT ? OFFSET ?"),
            (*args, limit, offset),
        ).fetchall()
        return int(total), list(rows)


def _escaped(text: str) -> str:
    """``text`` taken literally by LIKE ... ESCAPE '!'."""
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_")
