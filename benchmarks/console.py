"""The console's overview with a million entries in the outbox (DESIGN §19), in one run.

    python benchmarks/console.py                          # SQLite, 1,000,000 entries
    python benchmarks/console.py --postgres               # PostgreSQL (a server of its own)
    python benchmarks/console.py --smoke                  # seconds; checks that it still works

(o) ``GET /`` of ``smskit.console`` served by uvicorn on 127.0.0.1, 1,000,000 entries stored
    (90 % sent, the rest spread over every other state, 20,000 sends in the last hour): the
    median answer over 40 requests spread over 6 s (three of its refreshes). Target:
    <= 200 ms. Beside it, in the same run: the
    login page (no outbox work: the floor of an answer), ``/metrics`` (a fresh overview per
    scrape), one uncached overview (``Outbox.overview()``), and a page of entries with its
    total.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import uvicorn

import smskit
from smskit.console import create_app

TARGET_MS = 200.0
TOKEN = "benchmark-token-0123456789"
STATES = ["sent"] * 90 + ["queued"] * 4 + ["failed", "unknown", "cancelled", "suppressed"] * 1


def rows(count: int, now: float) -> Iterator[tuple[object, ...]]:
    pick = random.Random(7)
    for n in range(count):
        state = pick.choice(STATES)
        via = pick.choice(("main", "backup", "promo"))
        sent = state == "sent"
        delivery = (
            pick.choice(("pending", "delivered", "delivered", "undelivered")) if sent else None
        )
        age = pick.uniform(0, 30 * 86400)
        yield (f"key-{n}", f"+4917{n:09d}", f"Your order {n} has shipped", via, None,
               str(uuid.uuid4()), state, "smscx" if sent else None, '["id"]' if sent else "[]",
               None, 1 if sent else 0, 1 if sent else 0, now - age, None, None, now - age,
               now - age, delivery, now - age if delivery else None, None)  # fmt: skip


COLUMNS = ("key, recipient, text, via, send_at, reference, state, provider, ids, error, "
           "attempts, tries, next_attempt_at, lease_until, owner, created_at, updated_at, "
           "delivery, delivery_at, delivery_check_at")  # fmt: skip


def fill(url: str, count: int) -> None:
    """``count`` entries and their recent events, written in bulk (the outbox's own ``add``
    would take minutes for a million, and what is measured here is reading)."""
    smskit.Outbox(url).close()  # the schema
    now = time.time()
    recent = [(f"key-{n}", "sending", "sent", now - (n % 3600), None) for n in range(count // 50)]
    marks = ", ".join(["?"] * 20)
    if url.startswith("sqlite"):
        import sqlite3

        with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
            db.executemany(f"INSERT INTO smskit_outbox_entries ({COLUMNS}) VALUES ({marks})",  # noqa: S608
                           rows(count, now))  # fmt: skip
            db.executemany("INSERT INTO smskit_outbox_events (key, from_state, to_state, at,"
                           " detail) VALUES (?, ?, ?, ?, ?)", recent)  # fmt: skip
        return
    import psycopg

    with psycopg.connect(url) as conn, conn.cursor() as cur:
        with cur.copy(f"COPY smskit_outbox_entries ({COLUMNS}) FROM STDIN") as copy:
            for row in rows(count, now):
                copy.write_row(row)
        with cur.copy("COPY smskit_outbox_events (key, from_state, to_state, at, detail)"
                      " FROM STDIN") as copy:  # fmt: skip
            for row in recent:
                copy.write_row(row)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE smskit_outbox_entries")  # what autovacuum would do
        conn.execute("VACUUM ANALYZE smskit_outbox_events")


@contextmanager
def serving(outbox: smskit.Outbox) -> Iterator[str]:
    config = uvicorn.Config(create_app(outbox, token=TOKEN), host="127.0.0.1", port=0,
                            log_level="warning", lifespan="off")  # fmt: skip
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


@contextmanager
def postgres_url(wanted: bool) -> Iterator[str | None]:
    """A fresh database on a PostgreSQL server of the run's own (the tests' helper)."""
    if not wanted:
        yield None
        return
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from servers import Postgres, fresh_database

    server = Postgres()
    try:
        yield fresh_database(server.url, "console_benchmark")
    finally:
        server.close()


def median_ms(http: httpx.Client, path: str, times: int, gap: float = 0.0) -> float:
    """The median answer; with ``gap`` seconds between requests, so that a run spans
    several of the overview's refreshes (which happen beside the requests, not in them)."""
    taken = []
    for _ in range(times):
        started = time.perf_counter()
        answer = http.get(path)
        taken.append((time.perf_counter() - started) * 1000)
        assert answer.status_code == 200, (path, answer.status_code)
        time.sleep(gap)
    return statistics.median(taken)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--postgres", action="store_true", help="start PostgreSQL and use it")
    options = parser.parse_args()
    count, times = (20_000, 5) if options.smoke else (1_000_000, 40)
    with tempfile.TemporaryDirectory() as folder, postgres_url(options.postgres) as pg:
        url = pg or f"sqlite:///{Path(folder) / 'console.db'}"
        started = time.perf_counter()
        fill(url, count)
        print(f"filled {count:,} entries in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        with smskit.Outbox(url) as outbox:
            started = time.perf_counter()
            view = outbox.overview()
            uncached = (time.perf_counter() - started) * 1000
            assert view.total == count, view.total
            with (
                serving(outbox) as base,
                httpx.Client(
                    base_url=base, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60
                ) as http,
            ):
                figures = {
                    "login page (floor)": median_ms(http, "/login", times),
                    "GET / (overview)": median_ms(http, "/", times, gap=0.15),
                    "GET /api/overview": median_ms(http, "/api/overview", times),
                    "GET /entries (page 1 and the total)": median_ms(
                        http, "/entries", max(3, times // 8)
                    ),
                    "GET /entries?q=order 4242 (text search)": median_ms(
                        http, "/entries?q=order%204242", max(3, times // 8)
                    ),
                    "GET /metrics (fresh)": median_ms(http, "/metrics", max(3, times // 8)),
                    "GET /entries?state=unknown": median_ms(
                        http, "/entries?state=unknown", max(3, times // 8)
                    ),
                }
    store = "PostgreSQL" if options.postgres else "SQLite"
    print(f"| {store}, {count:,} entries | median ms | x floor |\n|---|---|---|")
    floor = figures["login page (floor)"]
    for name, ms in figures.items():
        print(f"| {name} | {ms:.1f} | {ms / floor:.1f} |")
    print(f"| Outbox.overview(), uncached, once | {uncached:.1f} | {uncached / floor:.1f} |")
    overview = figures["GET / (overview)"]
    verdict = "met" if overview <= TARGET_MS else "MISSED"
    print(f"\n(o) GET / answers in {overview:.1f} ms with {count:,} entries "
          f"(target <= {TARGET_MS:.0f} ms): {verdict}")  # fmt: skip
    return 0


if __name__ == "__main__":
    asyncio.set_event_loop_policy(None)
    raise SystemExit(main())
