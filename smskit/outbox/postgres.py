"""The outbox for fleets: PostgreSQL through psycopg 3, shared by any number of processes on
any number of machines.

Claims are ``SELECT ... FOR UPDATE SKIP LOCKED``: two dispatchers never wait for, nor take,
the same row. The schema lives under a prefix (``smskit_outbox_...``, ``?prefix=`` to change)
beside the caller's own tables, is versioned, and is created on first use under an advisory
lock, so processes that start together do not race. ``add(..., connection=conn)`` writes in
the caller's own transaction: the message is queued if and only if the caller commits.
"""

from __future__ import annotations

import builtins
import time
import weakref
from collections.abc import Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import TYPE_CHECKING, Any

from .. import errors
from . import _pg_statements as statements
from ._model import (
    QUEUED,
    SENDING,
    STATES,
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
from ._pg_schema import migrate, reason, split_url, where
from ._pg_waiter import Waiter
from ._replies import Replies
from ._tracking import Tracking

if TYPE_CHECKING:
    import psycopg
    from psycopg_pool import ConnectionPool


# A connection handed back less than this long ago is taken as alive without asking: the
# check is a round trip of its own, a third of a claim's or an outcome's cost under load.
# A server that restarts within the window costs one transaction an ``OutboxError``
# ("nothing was written"), which every caller already treats as "try again".
_FRESH_SECONDS = 1.0
_returned_at: weakref.WeakKeyDictionary[Any, float] = weakref.WeakKeyDictionary()


def _stamp_returned(conn: psycopg.Connection[Any]) -> None:
    _returned_at[conn] = time.monotonic()


def _check_when_idle(conn: psycopg.Connection[Any]) -> None:
    if time.monotonic() - _returned_at.get(conn, -_FRESH_SECONDS) >= _FRESH_SECONDS:
        from psycopg_pool import ConnectionPool

        ConnectionPool.check_connection(conn)


class PostgresStore:
    def __init__(self, url: str, *, pool_size: int = 8) -> None:
        try:
            import psycopg
            from psycopg.rows import dict_row
            from psycopg_pool import ConnectionPool
        except ImportError:
            raise errors.ValidationError(
                "outbox", "the PostgreSQL outbox needs: pip install 'smskit[postgres]'"
            ) from None
        self._psycopg = psycopg
        self._url = url  # for ``opener`` only: it may hold a password
        conninfo, self.prefix, self.timeout = split_url(url)
        self._where = where(url)
        lock_ms = int(self.timeout * 1000)

        def configure(conn: psycopg.Connection[Any]) -> None:
            conn.execute(f"SET lock_timeout = {lock_ms}")
            conn.commit()

        self._t = {name: f"{self.prefix}_{name}" for name in ("entries", "events", "slots", "meta")}
        self._tracking = Tracking(self.prefix, "%s")
        self._replies = Replies(self.prefix, "%s")
        self._queries = Queries(self.prefix, "%s", "ILIKE")
        self._channel = f"{self.prefix}_added"  # NOTIFY on add, delivered at commit
        self._conninfo = conninfo
        try:  # one direct connection first: an unreachable server fails now, not in a pool
            with psycopg.connect(conninfo, row_factory=dict_row) as conn:
                self._migrate(conn)
        except psycopg.OperationalError as exc:
            raise errors.ValidationError(
                "outbox", f"cannot connect to PostgreSQL at {self._where} ({reason(exc)})"
            ) from None
        self._pool: ConnectionPool[Any] = ConnectionPool(
            conninfo,
            min_size=1,
            max_size=pool_size,
            kwargs={"row_factory": dict_row, "autocommit": True},  # transactions: _tx
            configure=configure,
            check=_check_when_idle,  # a server restart leaves dead ones
            reset=_stamp_returned,
            open=True,
            timeout=self.timeout,
        )

    def __repr__(self) -> str:
        return f"PostgresStore({self._where}, prefix={self.prefix!r})"

    def opener(self) -> tuple[Any, ...]:
        """How another process opens this store (``_turns.open_store``). It holds the URL,
        password included: it travels over a socket, never in arguments or logs."""
        return ("postgres", self._url)

    # ---------------------------------------------------------------- plumbing

    def _migrate(self, conn: psycopg.Connection[Any]) -> None:
        migrate(conn, self.prefix, self._where)

    @contextmanager
    def _tx(self, *, one_statement: bool = False) -> Iterator[psycopg.Connection[Any]]:
        """One transaction on a pooled connection; database trouble is ``OutboxError``.

        ``one_statement``: the block runs a single statement, which is a transaction of its
        own (the pool's connections are in autocommit): no BEGIN and COMMIT round trips. On
        this path a round trip costs about 0.2 ms, as much as the statement itself; the
        dispatcher's claims and outcomes are written this way."""
        psycopg = self._psycopg
        try:
            with (
                self._pool.connection() as conn,
                nullcontext() if one_statement else conn.transaction(),
            ):
                yield conn
        except psycopg.errors.LockNotAvailable as exc:
            raise errors.OutboxError(
                f"the outbox at {self._where} is locked ({exc.sqlstate}; waited "
                f"{self.timeout:g} s); nothing was written"
            ) from None
        except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
            raise errors.OutboxError(
                f"PostgreSQL at {self._where} is unavailable ({type(exc).__name__}); "
                "nothing was written"
            ) from None
        except psycopg.DatabaseError as exc:
            # Refused by the database for what it holds (a damaged table, a value it cannot
            # store, a schema changed under us): retrying will not cure it.
            raise errors.StorageError(
                f"the outbox at {self._where} refused the operation ({type(exc).__name__}, "
                f"SQLSTATE {exc.sqlstate}); nothing was written",
                path=self._where,
            ) from None
        except Exception as exc:
            if type(exc).__module__.startswith("psycopg_pool"):  # PoolTimeout
                raise errors.OutboxError(
                    f"PostgreSQL at {self._where} is unavailable (no connection within "
                    f"{self.timeout:g} s); nothing was written"
                ) from None
            raise

    def _event(
        self, conn: psycopg.Connection[Any], rows: Iterable[tuple[Any, ...]]
    ) -> None:  # (key, from, to, at, detail)
        with conn.cursor() as cur:
            cur.executemany(
                f"INSERT INTO {self._t['events']} (key, from_state, to_state, at, detail)"  # noqa: S608
                " VALUES (%s, %s, %s, %s, %s)",
                list(rows),
            )

    # ---------------------------------------------------------------- the Store interface

    def add(
        self, entries: builtins.list[NewEntry], now: float, connection: Any = None
    ) -> builtins.list[Entry]:
        if connection is None:
            # The insert is one statement, its own transaction. A repeated key is read back
            # after it (entries are never deleted, so what made the key repeat is still there).
            with self._tx(one_statement=True) as conn:
                return self._add(conn, entries, now)
        if not isinstance(connection, self._psycopg.Connection):
            raise errors.ValidationError("connection", "expected an open psycopg Connection")
        # The caller's transaction: their commit queues the messages, their rollback does not.
        return self._add(connection, entries, now)

    def _add(self, conn: Any, entries: builtins.list[NewEntry], now: float) -> builtins.list[Entry]:
        """One statement for the whole batch (entries, their events, the opt-out check),
        then one read for keys that were there already. What the statement returns (key,
        state) is read as tuples: a dict per row and the row maker built for each result
        cost ``add(connection=)`` 8-15 µs of its 0.23 ms on loopback."""
        rows = self._psycopg.rows
        with conn.cursor(row_factory=rows.tuple_row) as cur:
            inserted = dict(cur.execute(*self._add_statement(entries, now)))
            existing: dict[str, Any] = {}
            statement = self._existing_statement(entries, inserted)
            if statement is not None:
                cur.row_factory = rows.dict_row
                existing = {row["key"]: row for row in cur.execute(*statement)}
        return self._added(entries, inserted, existing, now)

    def _add_statement(self, entries: builtins.list[NewEntry], now: float) -> tuple[str, Any]:
        return statements.add(self.prefix, self._channel, entries, now)

    def _existing_statement(
        self, entries: builtins.list[NewEntry], inserted: Mapping[str, str]
    ) -> tuple[str, Any] | None:
        repeated = [x.key for x in entries if x.key not in inserted]
        if not repeated:
            return None
        return (f"SELECT * FROM {self._t['entries']} WHERE key = ANY(%s)", (repeated,))  # noqa: S608

    @staticmethod
    def _added(
        entries: builtins.list[NewEntry],
        inserted: Mapping[str, str],
        existing: Mapping[str, Any],
        now: float,
    ) -> builtins.list[Entry]:
        """The entries in the caller's order (``inserted``: key to state; ``existing``: key
        to row); a key that was there must hold the same message (a key repeated within the
        batch too: the first one was inserted). What was inserted is built from what was
        given and the state the statement chose: reading every new row back cost a third of
        an ``add_many``."""
        found: builtins.list[Entry] = []
        first: dict[str, tuple[NewEntry, Entry]] = {}
        for entry in entries:
            state = inserted.get(entry.key)
            if state is None:
                entry.check_same(existing[entry.key])
                found.append(Entry.from_row(existing[entry.key]))
            elif entry.key in first:  # repeated within the batch: the same message as the first
                given, written = first[entry.key]
                entry.check_same({"recipient": given.to, "text": given.text, "via": given.via,
                                  "send_at": given.send_at})  # fmt: skip
                found.append(written)
            else:
                first[entry.key] = (entry, entry.written(state, now))
                found.append(first[entry.key][1])
        return found

    async def add_async(
        self, entries: builtins.list[NewEntry], now: float, connection: Any
    ) -> builtins.list[Entry]:
        """``add`` in the caller's ``psycopg.AsyncConnection`` and its transaction."""
        if not isinstance(connection, self._psycopg.AsyncConnection):
            raise errors.ValidationError("connection", "expected an open psycopg AsyncConnection")
        rows = self._psycopg.rows
        async with connection.cursor(row_factory=rows.tuple_row) as cur:
            await cur.execute(*self._add_statement(entries, now))
            inserted = dict(await cur.fetchall())
            existing: dict[str, Any] = {}
            statement = self._existing_statement(entries, inserted)
            if statement is not None:
                cur.row_factory = rows.dict_row
                await cur.execute(*statement)
                existing = {row["key"]: row for row in await cur.fetchall()}
        return self._added(entries, inserted, existing, now)

    def waiter(self) -> Waiter:
        """Something a dispatcher can idle on that wakes when entries are added (LISTEN on
        the channel every ``add`` notifies at commit), in whatever process added them."""
        return Waiter(self._psycopg, self._conninfo, self._channel)

    def get(self, key: str) -> Entry | None:
        with self._tx(one_statement=True) as conn:
            row = conn.execute(
                f"SELECT * FROM {self._t['entries']} WHERE key = %s",  # noqa: S608
                (key,),
            ).fetchone()
        return Entry.from_row(row) if row else None

    def list(
        self, state: str | None, limit: int | None, delivery: str | None = None
    ) -> builtins.list[Entry]:
        conditions = [(c, v) for c, v in (("state", state), ("delivery", delivery)) if v]
        where = " AND ".join(f"{c} = %s" for c, _ in conditions)
        where, args = (f"WHERE {where}", [v for _, v in conditions]) if where else ("", [])
        with self._tx(one_statement=True) as conn:
            rows = conn.execute(
                f"SELECT * FROM {self._t['entries']} {where} ORDER BY id LIMIT %s",  # noqa: S608
                [*args, limit],
            ).fetchall()
        return [Entry.from_row(r) for r in rows]

    def counts(self) -> dict[str, int]:
        with self._tx(one_statement=True) as conn:
            rows = conn.execute(
                f"SELECT state, COUNT(*) AS n FROM {self._t['entries']} GROUP BY state"  # noqa: S608
            ).fetchall()
        found = {r["state"]: int(r["n"]) for r in rows}
        return {state: found.get(state, 0) for state in STATES}

    def overview(self, now: float) -> Overview:
        with self._tx() as conn:
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            return self._queries.overview(conn, now)

    def search(
        self, filters: Mapping[str, str], offset: int, limit: int, oldest_first: bool = False
    ) -> tuple[int, builtins.list[Entry]]:
        with self._tx() as conn:
            total, rows = self._queries.search(conn, filters, offset, limit, oldest_first)
        return total, [Entry.from_row(r) for r in rows]

    def events(self, key: str) -> builtins.list[Event]:
        with self._tx(one_statement=True) as conn:
            rows = conn.execute(
                f"SELECT * FROM {self._t['events']} WHERE key = %s ORDER BY id",  # noqa: S608
                (key,),
            ).fetchall()
        return [
            Event(r["key"], r["from_state"], r["to_state"], aware(r["at"]), r["detail"])  # type: ignore[arg-type]
            for r in rows
        ]

    def claim(
        self, now: float, lease_until: float, owner: str, vias: Iterable[str], limit: int
    ) -> builtins.list[Entry]:
        names = builtins.list(vias)
        if not names or limit < 1:
            return []
        # One statement, so one round trip and its own transaction.
        with self._tx(one_statement=True) as conn:
            rows = conn.execute(
                *statements.claim(self.prefix, now, lease_until, owner, names, limit)
            ).fetchall()
        rows.sort(key=lambda r: (r["next_attempt_at"], r["id"]))
        return [Entry.from_row(r) for r in rows]

    def claim_expired(
        self, now: float, lease_until: float, owner: str, vias: Iterable[str]
    ) -> Entry | None:
        names = builtins.list(vias)
        if not names:
            return None
        t = self._t["entries"]
        with self._tx(one_statement=True) as conn:
            row = conn.execute(
                f"""WITH old AS (
                    SELECT id, owner FROM {t}
                    WHERE state = %s AND lease_until < %s AND via = ANY(%s)
                    ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
                UPDATE {t} SET owner = %s, lease_until = %s FROM old WHERE {t}.id = old.id
                RETURNING {t}.*, old.owner AS previous_owner""",  # noqa: S608
                (SENDING, now, names, owner, lease_until),
            ).fetchone()
        return Entry.from_row(row | {"owner": row["previous_owner"]}) if row else None

    def take(self, key: str, holder: str, owner: str, lease_until: float) -> Entry | None:
        with self._tx(one_statement=True) as conn:
            row = conn.execute(
                f"UPDATE {self._t['entries']} SET owner = %s, lease_until = %s"  # noqa: S608
                " WHERE key = %s AND state = %s AND owner = %s RETURNING *",
                (owner, lease_until, key, SENDING, holder),
            ).fetchone()
        return Entry.from_row(row) if row else None

    def renew(self, owner: str, keys: Iterable[str], lease_until: float) -> int:
        names = builtins.list(keys)
        if not names:
            return 0
        with self._tx(one_statement=True) as conn:
            done = conn.execute(
                f"UPDATE {self._t['entries']} SET lease_until = %s"  # noqa: S608
                " WHERE owner = %s AND state = %s AND key = ANY(%s)",
                (lease_until, owner, SENDING, names),
            )
        return done.rowcount

    def waiting_routes(self) -> set[str]:
        with self._tx(one_statement=True) as conn:
            rows = conn.execute(
                f"SELECT DISTINCT via FROM {self._t['entries']} WHERE state = %s",  # noqa: S608
                (QUEUED,),
            ).fetchall()
        return {r["via"] for r in rows}

    def together(self) -> AbstractContextManager[None]:
        """Each call is one statement already, committed on its own: a transaction around
        them would add two round trips and save nothing."""
        return nullcontext()

    def finish(
        self, owner: str | None, now: float, outcomes: Iterable[Outcome]
    ) -> builtins.list[bool]:
        outcomes = builtins.list(outcomes)
        # Outcomes that set the same columns (a batch of "sent" ones: nearly always all of
        # them) are one statement: the updates from arrays, their events and message ids in
        # the same statement, which is its own transaction. Each outcome stands alone, so
        # the statements of one batch need no transaction around them.
        shapes: dict[tuple[str, ...], builtins.list[tuple[Outcome, dict[str, Any]]]] = {}
        firsts: set[int] = set()  # a key twice in one batch moves once: by its first outcome
        seen: set[str] = set()
        for n, outcome in enumerate(outcomes):
            if outcome.key in seen:
                continue
            seen.add(outcome.key)
            firsts.add(n)
            values = {"owner": None, "lease_until": None} | columns(outcome.fields)
            shapes.setdefault(tuple(values), []).append((outcome, values))
        changed: set[str] = set()
        with self._tx(one_statement=True) as conn:
            for names, group in shapes.items():
                statement = statements.finish(self.prefix, owner, now, names, group)
                changed.update(row["key"] for row in conn.execute(*statement))
        return [n in firsts and o.key in changed for n, o in enumerate(outcomes)]

    # ---------------------------------------------------------------- replies (DESIGN §18)

    def store_inbound(self, messages: Iterable[tuple[Any, ...]], now: float) -> builtins.list[int]:
        with self._tx() as conn:
            return self._replies.store(conn, builtins.list(messages), now)

    def inbound(self, since: float | None, limit: int) -> builtins.list[Inbound]:
        with self._tx() as conn:
            rows = self._replies.inbound(conn, since, limit)
        return [Inbound.from_row(r) for r in rows]

    def suppress(self, number: str, reason: str | None, now: float) -> bool:
        with self._tx() as conn:
            return self._replies.suppress(conn, number, reason, now)

    def unsuppress(self, number: str, now: float, detail: str) -> bool:
        with self._tx() as conn:
            return self._replies.unsuppress(conn, number, now, detail)

    def suppressed_among(self, numbers: Iterable[str]) -> set[str]:
        with self._tx() as conn:
            return self._replies.among(conn, numbers)

    def suppressed(self) -> builtins.list[Suppression]:
        with self._tx() as conn:
            rows = self._replies.listed(conn)
        return [Suppression.from_row(r) for r in rows]

    # ---------------------------------------------------------------- delivery (DESIGN §17)

    def apply_deliveries(self, updates: Iterable[DeliveryUpdate], now: float) -> builtins.list[str]:
        with self._tx() as conn:
            return self._tracking.apply(conn, builtins.list(updates), now)

    def due_deliveries(self, now: float, vias: Iterable[str], limit: int) -> builtins.list[Entry]:
        with self._tx() as conn:
            rows = self._tracking.due(conn, now, builtins.list(vias), limit)
        return [Entry.from_row(r) for r in rows]

    def reschedule_deliveries(self, checks: Iterable[tuple[str, float]]) -> None:
        with self._tx() as conn:
            self._tracking.reschedule(conn, checks)

    def delivery_counts(self) -> dict[str, int]:
        with self._tx() as conn:
            return self._tracking.counts(conn)

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
        sets = "".join(f", {name} = %s" for name in values)
        t = self._t["entries"]
        with self._tx() as conn:
            row = conn.execute(
                f"SELECT state FROM {t} WHERE key = %s FOR UPDATE",  # noqa: S608
                (key,),
            ).fetchone()
            old_state = row["state"] if row else None
            check_transition(key, old_state, allowed)
            updated = conn.execute(
                f"UPDATE {t} SET state = %s, updated_at = %s{sets} WHERE key = %s RETURNING *",  # noqa: S608
                (to_state, now, *values.values(), key),
            ).fetchone()
            assert updated is not None  # locked above: it is there
            self._event(conn, [(key, old_state, to_state, now, detail)])
        return Entry.from_row(updated)

    def busy(self, now: float, vias: Iterable[str]) -> tuple[int, int]:
        names = builtins.list(vias)
        t = self._t["entries"]
        with self._tx(one_statement=True) as conn:
            row = conn.execute(
                f"""SELECT
                  (SELECT COUNT(*) FROM {t} WHERE state = %(queued)s AND via = ANY(%(vias)s)
                     AND (send_at IS NULL OR send_at <= %(now)s OR tries > 0)) AS queued,
                  (SELECT COUNT(*) FROM {t} WHERE state = %(sending)s
                     AND via = ANY(%(vias)s)) AS sending""",  # noqa: S608
                {"queued": QUEUED, "sending": SENDING, "now": now, "vias": names},
            ).fetchone()
        assert row is not None
        return int(row["queued"]), int(row["sending"])

    def take_slot(self, via: str, per_second: float) -> float:
        """Book the next start on ``via`` by the database's clock, shared by every worker:
        starts are spaced ``1 / per_second`` apart (plus a tenth, for the network's jitter
        between here and the provider), so no one-second window holds more than
        ``per_second`` of them. Returns how long to wait for the booked start."""
        gap = 1.1 / per_second
        t = self._t["slots"]
        with self._tx(one_statement=True) as conn:
            row = conn.execute(
                f"""INSERT INTO {t} (via, next_start)
                    VALUES (%(via)s, extract(epoch FROM clock_timestamp()) + %(gap)s)
                ON CONFLICT (via) DO UPDATE SET next_start =
                    greatest({t}.next_start, extract(epoch FROM clock_timestamp())) + %(gap)s
                RETURNING next_start - %(gap)s - extract(epoch FROM clock_timestamp()) AS wait""",  # noqa: S608
                {"via": via, "gap": gap},
            ).fetchone()
        assert row is not None
        return max(0.0, float(row["wait"]))

    def close(self) -> None:
        self._pool.close()
