"""What each part of ``add(connection=)`` costs in the caller's transaction, step by step.

DESIGN §15 asks that ``outbox.add(..., connection=conn)`` cost at most 1.5x the caller's
transaction without it, with PostgreSQL on the same machine. This climbs from the least any
statement of its own adds to the whole ``add``, one part at a time, each step timed against
the transaction alone (interleaved, medians), so the figures say which part of the cost is
the machine's round trip, which the entry row's, and which each rule of the design's:

1. a plain one-row INSERT into a table of one key column;
2. the entry row in a table of the entries' own columns with only the key's index;
3. the entry row in the outbox's entries table (the indexes claims, per-recipient order,
   delivery polls and the console read);
4. with its event row in the same statement (DESIGN §11: creating an entry writes an event);
5. with the opt-out check deciding its state (DESIGN §18: ``add`` to a suppressed number
   returns a ``suppressed`` entry);
6. with the NOTIFY that wakes idle dispatchers: ``add``'s own statement, run raw;
7. ``outbox.add(connection=)`` itself: the statement with smskit's Python around it.

Run: ``python benchmarks/add_floor.py [--count N] [--rounds R]`` (writes ADD_FLOOR.md).
"""

# ruff: noqa: S608 (every name in the SQL here is one of this file's constants)
from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import smskit
from smskit.outbox import _pg_statements
from smskit.outbox._model import NewEntry

HERE = Path(__file__).resolve().parent

PREFIX = "smskit_outbox"  # the store's default
TO = "+491701234567"
TEXT = "Hello"
TARGET = 1.5
ALONE = "the transaction alone, ms"  # its median in each step's pairs

_COLUMNS = (
    "key, recipient, text, via, send_at, reference, state, next_attempt_at, created_at, updated_at"
)
_ROW = "%s, %s, %s, 'main', NULL, '', 'queued', %s, %s, %s"
_EVENT = f"""INSERT INTO {PREFIX}_events (key, from_state, to_state, at, detail)
             SELECT key, NULL, state, %s, NULL FROM added"""


def _steps(outbox: Any) -> list[tuple[str, Callable[[Any, int], None]]]:
    """(name, step): each step runs its part on the caller's connection for message ``n``."""
    entries = f"{PREFIX}_entries"

    def plain(conn: Any, n: int) -> None:
        conn.execute("INSERT INTO plain_rows VALUES (%s)", (n,))

    def wide(conn: Any, n: int) -> None:
        now = time.time()
        conn.execute(f"INSERT INTO wide_rows ({_COLUMNS}) VALUES ({_ROW})",
                     (f"k{n}", TO, TEXT, now, now, now))  # fmt: skip

    def entry(conn: Any, n: int) -> None:
        now = time.time()
        conn.execute(f"""INSERT INTO {entries} ({_COLUMNS}) VALUES ({_ROW})
                         ON CONFLICT (key) DO NOTHING RETURNING key, state""",
                     (f"e{n}", TO, TEXT, now, now, now)).fetchall()  # fmt: skip

    def with_event(conn: Any, n: int) -> None:
        now = time.time()
        conn.execute(f"""WITH added AS (
                INSERT INTO {entries} ({_COLUMNS}) VALUES ({_ROW})
                ON CONFLICT (key) DO NOTHING RETURNING key, state
            ), logged AS ({_EVENT}) SELECT * FROM added""",
                     (f"v{n}", TO, TEXT, now, now, now, now)).fetchall()  # fmt: skip

    def with_opt_out(conn: Any, n: int) -> None:
        now = time.time()
        conn.execute(f"""WITH added AS (
                INSERT INTO {entries} ({_COLUMNS})
                SELECT %s, %s::text, %s, 'main', NULL, '',
                       CASE WHEN EXISTS (SELECT 1 FROM {PREFIX}_suppressed WHERE number = %s)
                            THEN 'suppressed' ELSE 'queued' END, %s, %s, %s
                ON CONFLICT (key) DO NOTHING RETURNING key, state
            ), logged AS ({_EVENT}) SELECT * FROM added""",
                     (f"o{n}", TO, TEXT, TO, now, now, now, now)).fetchall()  # fmt: skip

    def raw_add(conn: Any, n: int) -> None:
        now = time.time()
        new = NewEntry(key=f"r{n}", to=TO, text=TEXT, via="main", send_at=None, reference="")
        sql, params = _pg_statements.add(PREFIX, f"{PREFIX}_added", [new], now)
        conn.execute(sql, params).fetchall()

    def through_smskit(conn: Any, n: int) -> None:
        outbox.add(to=TO, text=TEXT, key=f"s{n}", connection=conn)

    return [
        ("1. a plain one-row INSERT (one key column)", plain),
        ("2. the entry row, only the key's index", wide),
        ("3. the entry row in the entries table, its indexes", entry),
        ("4. + its event row (DESIGN §11)", with_event),
        ("5. + the opt-out check (DESIGN §18)", with_opt_out),
        ("6. + the NOTIFY: add's own statement, raw", raw_add),
        ("7. outbox.add(connection=)", through_smskit),
    ]


def measure(url: str, count: int, rounds: int) -> dict[str, list[float]]:
    """Each step's ratio to the caller's transaction alone, one per round (and under
    ``ALONE`` the transaction alone's median, each step's pairs). Within a round a
    step is timed ``count`` times, each right after the transaction alone (interleaved, so
    the machine's drift falls on both); the ratio is the medians'."""
    import psycopg

    ratios: dict[str, list[float]] = {}
    with smskit.Outbox(url) as outbox, psycopg.connect(url) as conn:
        conn.execute("CREATE TABLE orders (id INT PRIMARY KEY, shipped BOOL)")
        conn.execute("CREATE TABLE plain_rows (id INT PRIMARY KEY)")
        conn.execute(f"CREATE TABLE wide_rows (LIKE {PREFIX}_entries INCLUDING DEFAULTS)")
        conn.execute("CREATE UNIQUE INDEX wide_rows_key ON wide_rows (key)")
        conn.commit()
        ids = itertools.count()
        steps = _steps(outbox)

        def timed(then: Callable[[Any, int], None] | None) -> float:
            started = time.perf_counter()
            with conn.transaction():
                n = next(ids)
                conn.execute("INSERT INTO orders VALUES (%s, true)", (n,))
                if then is not None:
                    then(conn, n)
            return time.perf_counter() - started

        for _ in range(rounds):
            for name, step in steps:
                alone, with_step = [], []
                for _ in range(count):
                    alone.append(timed(None))
                    with_step.append(timed(step))
                ratio = statistics.median(with_step) / statistics.median(alone)
                ratios.setdefault(name, []).append(ratio)
                ratios.setdefault(ALONE, []).append(statistics.median(alone) * 1000)
    return ratios


def report(ratios: dict[str, list[float]], count: int, rounds: int) -> str:
    alone = statistics.median(ratios.pop(ALONE))
    lines = [
        "# `add(connection=)`, part by part",
        "",
        f"PostgreSQL on the same machine; each step against the caller's transaction alone "
        f"(BEGIN, one INSERT, COMMIT), {count} interleaved pairs a round, {rounds} rounds: "
        f"the median round, and the spread. Target: ≤ {TARGET}×. "
        f"The transaction alone took {alone:.3f} ms (median). "
        "Written by `python benchmarks/add_floor.py`.",
        "",
        "| step | ratio (median round) | rounds' spread | step over the one before |",
        "|---|---|---|---|",
    ]
    before = 1.0
    for name, values in ratios.items():
        middle = statistics.median(values)
        lines.append(f"| {name} | {middle:.2f}× | {min(values):.2f}–{max(values):.2f}× "
                     f"| {middle - before:+.2f} ({(middle - before) * alone * 1000:+.0f} µs) |")  # fmt: skip
        before = middle
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1500)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--output", type=Path, default=HERE / "ADD_FLOOR.md")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE.parent / "tests"))  # the tests' PostgreSQL on a free port
    from servers import Postgres, fresh_database

    try:
        pg = Postgres()
    except BaseException:  # the tests' helper skips where PostgreSQL is not installed
        print("PostgreSQL is not installed (the Debian postgresql package)", file=sys.stderr)
        return 1
    try:
        ratios = measure(str(fresh_database(pg.url, "bench_floor")), args.count, args.rounds)
    finally:
        pg.close()
    text = report(ratios, args.count, args.rounds)
    args.output.write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
