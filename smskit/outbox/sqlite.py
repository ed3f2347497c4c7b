"""The embedded outbox: one SQLite file (WAL), shared safely by threads and processes.

Every write is a ``BEGIN IMMEDIATE`` transaction, so two dispatchers never claim one entry:
SQLite lets one writer in at a time and the claim reads and updates inside that transaction.
"""

from __future__ import annotations

import builtins
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from .. import errors
from ._model import (
    PENDING,
    QUEUED,
    SENDING,
    STATES,
    SUPPRESSED,
    DeliveryUpdate,
    Entry,
    Event,
    Inbound,
    NewEntry,
    Outcome,
    Suppression,
    aware,
    check_transition,
    columns,
)
from ._overview import Overview, Queries
from ._replies import Replies
from ._sqlite_schema import ENTRIES, PREFIX, create_or_upgrade
from ._tracking import Tracking

_TRACKING = Tracking(PREFIX, "?")
_REPLIES = Replies(PREFIX, "?")
_EVENTS = f"{PREFIX}_events"
_QUERIES = Queries(PREFIX, "?", "LIKE")  # SQLite's LIKE ignores ASCII case


class SqliteStore:
    def __init__(self, path: str, timeout: float = 30.0) -> None:
        """``timeout``: how long a write waits for another program's lock before
        ``OutboxError``."""
        self.path = path
        self.timeout = timeout
        if path != ":memory:":
            parent = Path(path).expanduser().resolve().parent
            if not parent.is_dir():
                raise errors.ValidationError("outbox", f"folder {parent} does not exist")
        try:
            self._db = sqlite3.connect(
                path, timeout=timeout, isolation_level=None, check_same_thread=False
            )
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            create_or_upgrade(self._db, path)
        except (sqlite3.DatabaseError, errors.StorageError) as exc:
            fault = self._fault(exc) if isinstance(exc, sqlite3.DatabaseError) else exc
            if isinstance(fault, errors.StorageError):  # at open, it is the URL that is wrong
                raise errors.ValidationError(
                    "outbox", f"{path} cannot be used as an outbox ({exc})"
                ) from None
            raise fault from None
        self._lock = threading.RLock()  # re-entered by the writes inside ``together``
        self._in_transaction = False

    def _fault(self, exc: sqlite3.DatabaseError) -> errors.SmskitError:
        """One translation of SQLite's errors: a lock held too long is ``OutboxError`` (try
        again later); anything else (a damaged file, a read-only one, a full disk, a file
        that is not a database) is ``StorageError`` naming the file."""
        if isinstance(exc, sqlite3.OperationalError) and (
            "locked" in str(exc) or "busy" in str(exc)
        ):
            return _locked(exc, self.timeout)
        return errors.StorageError(
            f"outbox {self.path} cannot be used ({type(exc).__name__}: {exc})", path=self.path
        )

    @contextmanager
    def together(self) -> Iterator[None]:
        """The writes inside share one transaction: one commit, which is most of a small
        write's cost on SQLite (the dispatcher records outcomes and claims in one)."""
        with self._write():
            yield

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            if self._in_transaction:  # inside ``together``: its transaction holds the lock
                try:
                    yield self._db
                except sqlite3.DatabaseError as exc:
                    raise self._fault(exc) from None
                return
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.DatabaseError as exc:
                raise self._fault(exc) from None
            self._in_transaction = True
            try:
                yield self._db
            except BaseException as exc:
                self._in_transaction = False
                with suppress(sqlite3.Error):  # a damaged file may refuse the rollback too
                    self._db.execute("ROLLBACK")
                if isinstance(exc, sqlite3.DatabaseError):
                    raise self._fault(exc) from None
                raise
            self._in_transaction = False
            try:
                self._db.execute("COMMIT")
            except sqlite3.DatabaseError as exc:
                with suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
                raise self._fault(exc) from None

    def _read(self, sql: str, args: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                return self._db.execute(sql, args).fetchall()
            except sqlite3.DatabaseError as exc:
                raise self._fault(exc) from None

    @classmethod
    def _event(
        cls, db: sqlite3.Connection, key: str, old: str | None, new: str, now: float,
        detail: str | None,
    ) -> None:  # fmt: skip
        cls._events(db, [(key, old, new, now, detail)])

    @staticmethod
    def _events(
        db: sqlite3.Connection, rows: builtins.list[tuple[str, str | None, str, float, str | None]]
    ) -> None:
        """Events (key, from, to, at, detail), one prepared statement for them all."""
        db.executemany(
            f"INSERT INTO {_EVENTS} (key, from_state, to_state, at, detail) VALUES (?, ?, ?, ?, ?)",  # noqa: S608
            rows,
        )

    def add(self, entries: list[NewEntry], now: float, connection: Any = None) -> list[Entry]:
        if connection is not None:
            raise errors.ValidationError(
                "connection", "joining the caller's transaction needs the PostgreSQL outbox"
            )
        keys = list(dict.fromkeys(e.key for e in entries))
        with self._write() as db:
            rows = self._rows(db, keys)
            fresh: dict[str, NewEntry] = {}
            for entry in entries:  # a key already known must carry the same message
                known = rows.get(entry.key)
                if known is not None:
                    entry.check_same(dict(known))
                elif entry.key in fresh:
                    fresh[entry.key].check_same(_row_of(entry))
                else:
                    fresh[entry.key] = entry
            # One statement for the batch: a row per round trip into SQLite was most of the
            # cost of a large add_many.
            blocked = _REPLIES.among(db, (e.to for e in fresh.values()))
            state = {k: SUPPRESSED if e.to in blocked else QUEUED for k, e in fresh.items()}
            db.executemany(
                f"INSERT INTO {ENTRIES} (key, recipient, text, via, send_at, reference,"  # noqa: S608
                " state, next_attempt_at, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(e.key, e.to, e.text, e.via, e.send_at, e.reference, state[e.key],
                  e.send_at or now, now, now) for e in fresh.values()],
            )  # fmt: skip
            db.executemany(
                f"INSERT INTO {_EVENTS} (key, from_state, to_state, at, detail)"  # noqa: S608
                " VALUES (?, ?, ?, ?, ?)",
                [(key, None, state[key], now,
                  "the number opted out" if state[key] == SUPPRESSED else None)
                 for key in fresh],
            )  # fmt: skip
        # New entries are what was just written: made here rather than read back.
        made = {k: e.written(state[k], now) for k, e in fresh.items()}
        return [made[e.key] if e.key in made else Entry.from_row(dict(rows[e.key]))
                for e in entries]  # fmt: skip

    @staticmethod
    def _rows(db: sqlite3.Connection, keys: builtins.list[str]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for first in range(0, len(keys), 500):  # SQLite's limit on bound parameters
            chunk = keys[first : first + 500]
            query = f"SELECT * FROM {ENTRIES} WHERE key IN ({','.join('?' * len(chunk))})"  # noqa: S608
            found.update((row["key"], row) for row in db.execute(query, chunk))
        return found

    def get(self, key: str) -> Entry | None:
        rows = self._read(f"SELECT * FROM {ENTRIES} WHERE key = ?", (key,))  # noqa: S608
        return Entry.from_row(dict(rows[0])) if rows else None

    def list(
        self, state: str | None, limit: int | None, delivery: str | None = None
    ) -> list[Entry]:
        conditions = [(c, v) for c, v in (("state", state), ("delivery", delivery)) if v]
        where = " AND ".join(f"{c} = ?" for c, _ in conditions)
        where, args = (f"WHERE {where}", tuple(v for _, v in conditions)) if where else ("", ())
        rows = self._read(
            f"SELECT * FROM {ENTRIES} {where} ORDER BY id LIMIT ?",  # noqa: S608
            (*args, -1 if limit is None else limit),
        )
        return [Entry.from_row(dict(r)) for r in rows]

    def counts(self) -> dict[str, int]:
        found: dict[str, int] = {
            row[0]: row[1]
            for row in self._read(f"SELECT state, COUNT(*) FROM {ENTRIES} GROUP BY state")  # noqa: S608
        }
        return {state: int(found.get(state, 0)) for state in STATES}

    def overview(self, now: float) -> Overview:
        with self._lock:
            try:
                self._db.execute("BEGIN")  # one snapshot for every figure
                try:
                    return _QUERIES.overview(self._db, now)
                finally:
                    self._db.execute("COMMIT")
            except sqlite3.DatabaseError as exc:
                raise self._fault(exc) from None

    def search(
        self, filters: Mapping[str, str], offset: int, limit: int, oldest_first: bool = False
    ) -> tuple[int, builtins.list[Entry]]:
        with self._lock:
            try:
                total, rows = _QUERIES.search(self._db, filters, offset, limit, oldest_first)
            except sqlite3.DatabaseError as exc:
                raise self._fault(exc) from None
        return total, [Entry.from_row(dict(r)) for r in rows]

    def events(self, key: str) -> builtins.list[Event]:
        rows = self._read(
            f"SELECT * FROM {_EVENTS} WHERE key = ? ORDER BY id",  # noqa: S608
            (key,),
        )
        return [
            Event(r["key"], r["from_state"], r["to_state"], aware(r["at"]), r["detail"])  # type: ignore[arg-type]
            for r in rows
        ]

    def claim(
        self, now: float, lease_until: float, owner: str, vias: Iterable[str], limit: int
    ) -> builtins.list[Entry]:
        names = list(vias)
        if not names or limit < 1:
            return []
        with self._write() as db:
            rows = db.execute(
                f"""SELECT e.*, {_REPLIES.opted_out("e")} FROM {ENTRIES} AS e
                WHERE e.state = ? AND e.next_attempt_at <= ?
                  AND e.via IN ({_marks(names)})
                  AND NOT EXISTS (
                    SELECT 1 FROM {ENTRIES} AS earlier
                    WHERE earlier.recipient = e.recipient AND earlier.via = e.via
                      AND earlier.id < e.id AND earlier.state IN (?, ?))
                ORDER BY e.next_attempt_at, e.id LIMIT ?""",  # noqa: S608
                (QUEUED, now, *names, QUEUED, SENDING, limit),
            ).fetchall()
            rows = _REPLIES.hold_back(db, rows, now, QUEUED)
            # One prepared statement each for the whole batch (executemany), not two per row.
            db.executemany(
                f"UPDATE {ENTRIES} SET state = ?, owner = ?, lease_until = ?,"  # noqa: S608
                " updated_at = ? WHERE id = ?",
                [(SENDING, owner, lease_until, now, row["id"]) for row in rows],
            )
            claimed_by = f"claimed by {owner}"
            self._events(db, [(row["key"], QUEUED, SENDING, now, claimed_by) for row in rows])
        return [Entry.from_row(r, state=SENDING, updated_at=now) for r in rows]

    def claim_expired(
        self, now: float, lease_until: float, owner: str, vias: Iterable[str]
    ) -> Entry | None:
        names = list(vias)
        if not names:
            return None
        with self._write() as db:
            row = db.execute(
                f"SELECT * FROM {ENTRIES} WHERE state = ? AND lease_until < ?"  # noqa: S608
                f" AND via IN ({_marks(names)}) ORDER BY id LIMIT 1",
                (SENDING, now, *names),
            ).fetchone()
            if row is None:
                return None
            db.execute(
                f"UPDATE {ENTRIES} SET owner = ?, lease_until = ? WHERE id = ?",  # noqa: S608
                (owner, lease_until, row["id"]),
            )
        return Entry.from_row(dict(row))

    def take(self, key: str, holder: str, owner: str, lease_until: float) -> Entry | None:
        with self._write() as db:
            row = db.execute(
                f"UPDATE {ENTRIES} SET owner = ?, lease_until = ?"  # noqa: S608
                " WHERE key = ? AND state = ? AND owner = ? RETURNING *",
                (owner, lease_until, key, SENDING, holder),
            ).fetchone()
        return Entry.from_row(dict(row)) if row else None

    def renew(self, owner: str, keys: Iterable[str], lease_until: float) -> int:
        names = list(keys)
        if not names:
            return 0
        with self._write() as db:
            done = db.execute(
                f"UPDATE {ENTRIES} SET lease_until = ? WHERE owner = ? AND state = ?"  # noqa: S608
                f" AND key IN ({_marks(names)})",
                (lease_until, owner, SENDING, *names),
            )
        return int(done.rowcount)

    def waiting_routes(self) -> set[str]:
        rows = self._read(f"SELECT DISTINCT via FROM {ENTRIES} WHERE state = ?", (QUEUED,))  # noqa: S608
        return {r[0] for r in rows}

    def finish(
        self, owner: str | None, now: float, outcomes: Iterable[Outcome]
    ) -> builtins.list[bool]:
        batch = builtins.list(outcomes)
        events: builtins.list[tuple[str, str | None, str, float, str | None]] = []
        # Outcomes that set the same columns are one prepared statement (executemany): a
        # statement per row was most of the cost of recording a dispatcher's batch.
        updates: dict[tuple[str, ...], builtins.list[tuple[Any, ...]]] = {}
        done: builtins.list[bool] = []
        with self._write() as db:
            held = self._held(db, owner, [o.key for o in batch])  # exact: the write lock is ours
            for outcome in batch:
                changed = outcome.key in held
                held.discard(outcome.key)  # a key twice in one batch moves once
                done.append(changed)
                if not changed:
                    continue
                values = {"owner": None, "lease_until": None} | columns(outcome.fields)
                updates.setdefault(tuple(values), []).append(
                    (outcome.state, now, *values.values(), outcome.key)
                )
                events.append((outcome.key, SENDING, outcome.state, now, outcome.detail))
                if outcome.fields.get("delivery") == PENDING:
                    _TRACKING.record_ids(db, outcome.key, outcome.fields["provider"],
                                         outcome.fields.get("ids", ()))  # fmt: skip
            for names, rows in updates.items():
                sets = "".join(f", {name} = ?" for name in names)
                db.executemany(
                    f"UPDATE {ENTRIES} SET state = ?, updated_at = ?{sets} WHERE key = ?",  # noqa: S608
                    rows,
                )
            self._events(db, events)
        return done

    @staticmethod
    def _held(db: sqlite3.Connection, owner: str | None, keys: builtins.list[str]) -> set[str]:
        """Which of ``keys`` are ``sending`` and held by ``owner`` (by anyone: None)."""
        held: set[str] = set()
        holder, args = (" AND owner = ?", (owner,)) if owner is not None else ("", ())
        for first in range(0, len(keys), 500):
            chunk = keys[first : first + 500]
            held.update(row[0] for row in db.execute(
                f"SELECT key FROM {ENTRIES} WHERE state = ?{holder}"  # noqa: S608
                f" AND key IN ({_marks(chunk)})",
                (SENDING, *args, *chunk),
            ))  # fmt: skip
        return held

    # ---------------------------------------------------------------- replies (DESIGN §18)

    def store_inbound(self, messages: Iterable[tuple[Any, ...]], now: float) -> builtins.list[int]:
        with self._write() as db:
            return _REPLIES.store(db, builtins.list(messages), now)

    def inbound(self, since: float | None, limit: int) -> builtins.list[Inbound]:
        with self._lock:
            try:
                rows = _REPLIES.inbound(self._db, since, limit)
            except sqlite3.DatabaseError as exc:
                raise self._fault(exc) from None
        return [Inbound.from_row(r) for r in rows]

    def suppress(self, number: str, reason: str | None, now: float) -> bool:
        with self._write() as db:
            return _REPLIES.suppress(db, number, reason, now)

    def unsuppress(self, number: str, now: float, detail: str) -> bool:
        with self._write() as db:
            return _REPLIES.unsuppress(db, number, now, detail)

    def suppressed_among(self, numbers: Iterable[str]) -> set[str]:
        with self._lock:
            try:
                return _REPLIES.among(self._db, numbers)
            except sqlite3.DatabaseError as exc:
                raise self._fault(exc) from None

    def suppressed(self) -> builtins.list[Suppression]:
        with self._lock:
            try:
                rows = _REPLIES.listed(self._db)
            except sqlite3.DatabaseError as exc:
                raise self._fault(exc) from None
        return [Suppression.from_row(r) for r in rows]

    # ---------------------------------------------------------------- delivery (DESIGN §17)

    def apply_deliveries(self, updates: Iterable[DeliveryUpdate], now: float) -> builtins.list[str]:
        with self._write() as db:
            return _TRACKING.apply(db, builtins.list(updates), now)

    def due_deliveries(self, now: float, vias: Iterable[str], limit: int) -> builtins.list[Entry]:
        with self._lock:
            try:
                rows = _TRACKING.due(self._db, now, builtins.list(vias), limit)
            except sqlite3.DatabaseError as exc:
                raise self._fault(exc) from None
        return [Entry.from_row(dict(r)) for r in rows]

    def reschedule_deliveries(self, checks: Iterable[tuple[str, float]]) -> None:
        with self._write() as db:
            _TRACKING.reschedule(db, checks)

    def delivery_counts(self) -> dict[str, int]:
        with self._lock:
            try:
                return _TRACKING.counts(self._db)
            except sqlite3.DatabaseError as exc:
                raise self._fault(exc) from None

    def transition(
        self,
        key: str,
        from_states: Iterable[str],
        to_state: str,
        now: float,
        detail: str | None,
        fields: Mapping[str, Any],
    ) -> Entry:
        allowed = tuple(from_states)
        values = columns(fields)
        sets = "".join(f", {name} = ?" for name in values)
        with self._write() as db:
            row = db.execute(
                f"SELECT state FROM {ENTRIES} WHERE key = ?",  # noqa: S608
                (key,),
            ).fetchone()
            old_state = row["state"] if row else None
            check_transition(key, old_state, allowed)
            db.execute(
                f"UPDATE {ENTRIES} SET state = ?, updated_at = ?{sets} WHERE key = ?",  # noqa: S608
                (to_state, now, *values.values(), key),
            )
            self._event(db, key, old_state, to_state, now, detail)
        entry = self.get(key)
        assert entry is not None
        return entry

    def busy(self, now: float, vias: Iterable[str]) -> tuple[int, int]:
        names = list(vias) or [""]
        rows = self._read(
            f"""SELECT
              (SELECT COUNT(*) FROM {ENTRIES} WHERE state = ? AND via IN ({_marks(names)})
                 AND (send_at IS NULL OR send_at <= ? OR tries > 0)),
              (SELECT COUNT(*) FROM {ENTRIES} WHERE state = ? AND via IN ({_marks(names)}))""",  # noqa: S608
            (QUEUED, *names, now, SENDING, *names),
        )
        return int(rows[0][0]), int(rows[0][1])

    def opener(self) -> tuple[Any, ...] | None:
        """How another process opens this store (``_turns.open_store``): the database file's
        absolute path as SQLite opened it, whatever the working folder is by then. None in
        memory: nothing else can reach it."""
        with self._lock:
            rows = self._db.execute("PRAGMA database_list").fetchall()
        file = next((str(r[2]) or None for r in rows if r[1] == "main"), None)
        return None if file is None else ("sqlite", file, self.timeout)

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _locked(exc: sqlite3.OperationalError, timeout: float) -> errors.OutboxError:
    return errors.OutboxError(
        f"the outbox database is busy ({exc}; waited {timeout:g} s): another program holds "
        "a lock on it; nothing was written"
    )


def _marks(names: list[str]) -> str:
    return ",".join("?" * len(names))


def _row_of(entry: NewEntry) -> dict[str, Any]:
    """What a row written for ``entry`` would hold, for comparing a key repeated in a batch."""
    return {"recipient": entry.to, "text": entry.text, "via": entry.via, "send_at": entry.send_at}
