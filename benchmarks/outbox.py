"""Outbox benchmarks: every figure is a ratio against a baseline measured in the same run.

    python benchmarks/outbox.py            # writes benchmarks/OUTBOX.md
    python benchmarks/outbox.py --smoke    # seconds; checks that the benchmark still works

(f) ``Outbox.add`` on SQLite: entries per second, one transaction per entry against
    ``add_many`` (one transaction per batch of 1,000).
(g) Dispatch: sends per second of ``AsyncDispatcher`` over a sipgate route against the direct
    ``AsyncSipgate`` sending the same messages at the same concurrency to the same server
    (target: at least 0.75x, issue 32). The dispatcher does, per message, a claim, the send, and the
    outcome's record (two SQLite transactions on a WAL file) on top.
(f, g on PostgreSQL) The same two figures with the outbox in PostgreSQL 15 on this machine
    (a server of the run's own), targets DESIGN §15 / issue 32: ``add_many`` at least
    20,000 entries/s, dispatch at least 0.5x the direct client.
(q) ``add(connection=)`` inside the caller's transaction against that transaction alone
    (an ``INSERT`` into the caller's own table). Target: at most 1.5x.
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import itertools
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import procstat
import server

import smskit

HERE = Path(__file__).resolve().parent
TEXT = "Hello"
CONCURRENCY = 32
RATIO = "ratio"  # measure_dispatch's median of the rounds' ratios (not a rate)
# measure_dispatch's CPU per message (µs, not rates), and the ratio they predict
DIRECT_CPU, DISPATCH_CPU, SERVER_CPU = "direct cpu", "dispatcher cpu", "database cpu"
# ... and where the dispatcher's goes: its event loop's thread, and the store's claims and
# records timed alone (one thread, nothing else running in the process)
LOOP_CPU, STORE_ALONE_CPU = "dispatcher loop thread cpu", "store work alone cpu"
STORE_PROCESS_CPU = "store process cpu"  # the child a dispatcher runs its turns in
PREDICTED = "predicted ratio"
# How many cores each run kept busy: the CPU of every process it used (the provider's
# stand-in, the database, the store process) over its wall time. A run that keeps every core
# busy is bound by the machine, not by its own pipeline: there ``PREDICTED`` says more.
DIRECT_BUSY, DISPATCH_BUSY = "direct cores busy", "dispatch cores busy"
DISPATCHER_BUSY = "dispatcher process cores busy"  # of those, the dispatcher's own process
NOT_RATES = (RATIO, DIRECT_CPU, DISPATCH_CPU, SERVER_CPU, LOOP_CPU, STORE_ALONE_CPU,
             STORE_PROCESS_CPU, PREDICTED, DIRECT_BUSY, DISPATCH_BUSY,
             DISPATCHER_BUSY)  # fmt: skip


def numbers(count: int) -> list[str]:
    return [f"+4915{n:09d}" for n in range(count)]


def measure_add(make_url: Any, count: int, rounds: int) -> dict[str, float]:
    """Entries per second: single adds against batches of 1,000."""
    rates: dict[str, list[float]] = {"add (one per call)": [], "add_many (1,000 per call)": []}
    for r in range(rounds):
        with smskit.Outbox(make_url(f"add{r}")) as outbox:
            started = time.perf_counter()
            for n, number in enumerate(numbers(count)):
                outbox.add(to=number, text=TEXT, key=f"single-{n}")
            rates["add (one per call)"].append(count / (time.perf_counter() - started))
            started = time.perf_counter()
            items = [{"to": number, "text": TEXT, "key": f"batch-{n}"}
                     for n, number in enumerate(numbers(count))]  # fmt: skip
            for first in range(0, count, 1000):
                outbox.add_many(items[first : first + 1000])
            rates["add_many (1,000 per call)"].append(count / (time.perf_counter() - started))
    return {name: statistics.median(values) for name, values in rates.items()}


async def direct(url: str, count: int) -> None:
    async with smskit.AsyncSipgate(token_id="token-BENCH1", token="bench-token",
                                   base_url=url + "/v2") as sg:  # fmt: skip
        gate = asyncio.Semaphore(CONCURRENCY)

        async def one(number: str, n: int) -> None:
            async with gate:
                await sg.send(number, TEXT, reference=f"direct-{n}")

        await asyncio.gather(*(one(number, n) for n, number in enumerate(numbers(count))))


async def dispatched(url: str, db: str, count: int) -> None:
    dsn = url.replace("http://", "sipgate://token-BENCH1:bench-token@") + "/v2"
    with smskit.Outbox(db) as outbox:
        async with outbox.async_dispatcher({"main": dsn}, concurrency=CONCURRENCY) as d:
            await d.run_until_empty()
        assert outbox.counts()["sent"] == count, outbox.counts()


def children_cpu() -> float:
    """CPU seconds of this process's children that ended and were waited for."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) of process ``pid`` and its children, those that ended
    included (a PostgreSQL server: the postmaster and its backends)."""
    total = 0
    for found, _, fields in procstat.processes():
        if found == pid:  # its own, and its ended children's (waited for)
            total += sum(int(f) for f in fields[11:15])
        elif int(fields[1]) == pid:  # a child still running
            total += int(fields[11]) + int(fields[12])
    return total / procstat.TICK


def measure_dispatch(
    url: str, make_url: Any, count: int, rounds: int, store: str = "SQLite",
    server_pid: int | None = None, provider_pid: int | None = None,
) -> dict[str, float]:  # fmt: skip
    """Sends per second: the dispatcher against the direct async client (entries are added
    before the clock starts: dispatching is what is measured). The two run back to back in
    each round, and ``RATIO`` is the median of the rounds' ratios: on a shared machine the
    speed of both moves by a third between minutes, and a ratio of two medians taken at
    different minutes moves with it.

    Also the CPU each spends per message (medians, µs): this process's (every thread), and
    with ``server_pid`` the database server's. On a machine whose cores the client, the
    provider and the database share, the dispatcher's rate is bound by all three; with a
    core for each, by the slower of its own process and the database, so ``PREDICTED`` (the
    direct client's CPU over that) is the ratio the same code reaches there. With
    ``provider_pid`` (the provider's stand-in), how many cores each run kept busy."""
    mine = f"AsyncDispatcher ({store})"
    rates: dict[str, list[float]] = {"direct AsyncSipgate": [], mine: []}
    cpu: dict[str, list[float]] = {DIRECT_CPU: [], DISPATCH_CPU: [], SERVER_CPU: [],
                                   LOOP_CPU: [], STORE_ALONE_CPU: [], STORE_PROCESS_CPU: [],
                                   DIRECT_BUSY: [], DISPATCH_BUSY: [],
                                   DISPATCHER_BUSY: []}  # fmt: skip

    def others() -> float:
        """CPU seconds so far of the processes outside this one: the provider's stand-in,
        the database server, the store processes that ended."""
        return (
            (tree_cpu(provider_pid) if provider_pid else 0.0)
            + (tree_cpu(server_pid) if server_pid else 0.0)
            + children_cpu()
        )

    def busy(used: float, elsewhere: float, wall: float) -> float:
        """Cores kept busy since ``used`` (this process) and ``elsewhere`` (``others``)."""
        return (time.process_time() - used + others() - elsewhere) / wall

    ratios: list[float] = []

    def run_direct() -> None:
        elsewhere = others()
        started, used = time.perf_counter(), time.process_time()
        asyncio.run(direct(url, count))
        wall = time.perf_counter() - started
        rates["direct AsyncSipgate"].append(count / wall)
        cpu[DIRECT_CPU].append((time.process_time() - used) / count * 1e6)
        if provider_pid:
            cpu[DIRECT_BUSY].append(busy(used, elsewhere, wall))

    def run_dispatcher(db: str) -> None:
        served = tree_cpu(server_pid) if server_pid else 0.0
        elsewhere = others()
        started, used = time.perf_counter(), time.process_time()
        looped = time.thread_time()  # asyncio.run runs the event loop in this thread
        children = children_cpu()
        asyncio.run(dispatched(url, db, count))
        wall = time.perf_counter() - started
        rates[mine].append(count / wall)
        cpu[DISPATCHER_BUSY].append((time.process_time() - used) / wall)
        if provider_pid:
            cpu[DISPATCH_BUSY].append(busy(used, elsewhere, wall))
        cpu[LOOP_CPU].append((time.thread_time() - looped) / count * 1e6)
        # the store process has ended and was waited for: its CPU is counted here
        cpu[STORE_PROCESS_CPU].append((children_cpu() - children) / count * 1e6)
        cpu[DISPATCH_CPU].append((time.process_time() - used) / count * 1e6)
        if server_pid:
            cpu[SERVER_CPU].append((tree_cpu(server_pid) - served) / count * 1e6)

    for r in range(rounds):
        db = make_url(f"dispatch{r}")
        with smskit.Outbox(db) as outbox:
            outbox.add_many({"to": n, "text": TEXT} for n in numbers(count))
        if r % 2:  # every other round the other way round: a drift hits both alike
            run_dispatcher(db)
            run_direct()
        else:
            run_direct()
            run_dispatcher(db)
        ratios.append(rates[mine][-1] / rates["direct AsyncSipgate"][-1])
        cpu[STORE_ALONE_CPU].append(store_work_alone(make_url(f"alone{r}"), count))
    found = {**{name: statistics.median(values) for name, values in rates.items()},
             RATIO: statistics.median(ratios)}  # fmt: skip
    found |= {name: statistics.median(values) for name, values in cpu.items() if values}
    found[PREDICTED] = found[DIRECT_CPU] / max(
        found[DISPATCH_CPU], found.get(SERVER_CPU, 0.0), found.get(STORE_PROCESS_CPU, 0.0)
    )
    return found


def store_work_alone(db: str, count: int) -> float:
    """CPU µs per message of the dispatcher's store turns (``_turns.turn``: a batch of
    ``CONCURRENCY`` outcomes recorded and as many entries claimed, in one transaction) run
    in one thread with nothing else running: what the store costs without the event loop
    competing for Python's lock. (Reached by private names: a turn is not public API.)"""
    from smskit.outbox._model import Outcome
    from smskit.outbox._turns import Claim, turn

    with smskit.Outbox(db) as outbox:
        outbox.add_many({"to": n, "text": TEXT} for n in numbers(count))
        store, outcomes = outbox._store, []
        fields = {"provider": "sipgate", "ids": (), "tries": 1, "attempts": 1}
        used = time.process_time()
        while True:
            now = time.time()
            claim = Claim(now + 60, ["main"], CONCURRENCY, None)
            claimed = turn(store, "bench", now, outcomes, claim).claimed
            if not claimed and not outcomes:
                break
            outcomes = [Outcome(e.key, "sent", None, fields) for e in claimed]
        spent = time.process_time() - used
        assert outbox.counts()["sent"] == count, outbox.counts()
    return spent / count * 1e6


def measure_add_in_transaction(url: str, count: int) -> dict[str, float]:
    """Milliseconds (medians): the caller's transaction alone and with ``add(connection=)``
    in it, interleaved; then, interleaved in the same way with the transaction alone of
    their own, the same transaction with a plain one-row INSERT in place of ``add`` (a
    table of one key column: the least any statement of its own adds, which says how much
    of ``add``'s cost is the machine's and how much the entry's); then ``add`` in a
    transaction of its own. Each pair is measured apart: what ran before a transaction moves
    its time, and a third kind between the two would move the target's ratio."""
    import psycopg

    def timed(work: Any) -> float:
        started = time.perf_counter()
        work()
        return time.perf_counter() - started

    taken: dict[str, list[float]] = {"transaction alone": [], "with add(connection=)": [],
                                     "plain alone": [], "with a plain one-row INSERT instead": [],
                                     "add in a transaction of its own": []}  # fmt: skip
    with smskit.Outbox(url) as outbox, psycopg.connect(url) as conn:
        conn.execute("CREATE TABLE orders (id INT PRIMARY KEY, shipped BOOL)")
        conn.execute("CREATE TABLE plain_rows (id INT PRIMARY KEY)")
        conn.commit()
        ids = itertools.count()

        def business(then: Any = None) -> None:
            with conn.transaction():
                n = next(ids)
                conn.execute("INSERT INTO orders VALUES (%s, true)", (n,))
                if then is not None:
                    then(n)

        def add(n: int) -> None:
            outbox.add(to="+491701234567", text=TEXT, key=f"order-{n}", connection=conn)

        def plain(n: int) -> None:
            conn.execute("INSERT INTO plain_rows VALUES (%s)", (n,))

        for _ in range(count):
            taken["transaction alone"].append(timed(business))
            taken["with add(connection=)"].append(timed(lambda: business(add)))
        for _ in range(count):
            taken["plain alone"].append(timed(business))
            taken["with a plain one-row INSERT instead"].append(timed(lambda: business(plain)))
        for n in range(count):
            taken["add in a transaction of its own"].append(
                timed(lambda n=n: outbox.add(to="+491701234567", text=TEXT, key=f"own-{n}"))
            )
    found = {name: statistics.median(values) * 1000 for name, values in taken.items()}
    # the plain row against the transaction alone of its own pair, shown against this one's
    scale = found["transaction alone"] / found.pop("plain alone")
    found["with a plain one-row INSERT instead"] *= scale
    return found


# Each way, on top of what the relay's own hops add (benchmarks/distance.py): about 0.6 ms
# more a round trip in all, a database in the next building or availability zone.
RELAY_DELAY = 0.00025


def round_trip_ms(url: str, count: int = 400) -> float:
    """Milliseconds for ``SELECT 1`` (median): one round trip and the least work."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        spent = []
        for _ in range(count):
            started = time.perf_counter()
            conn.execute("SELECT 1").fetchone()
            spent.append(time.perf_counter() - started)
    return statistics.median(spent) * 1000


def measure_at_a_distance(url: str, count: int) -> dict[str, float]:
    """``measure_add_in_transaction`` with PostgreSQL behind a relay that holds each chunk
    (benchmarks/distance.py): as if it ran on another machine. ``added round trip`` is what
    the relay adds to one round trip, measured (its delay and its own hops)."""
    from urllib.parse import urlsplit

    import distance

    parts = urlsplit(url)
    port, relay = distance.start(parts.port or 5432, RELAY_DELAY)
    try:
        far = parts._replace(netloc=parts.netloc.rsplit(":", 1)[0] + f":{port}").geturl()
        added = round_trip_ms(far) - round_trip_ms(url)
        return {**measure_add_in_transaction(far, count), "added round trip": added}
    finally:
        relay.terminate()
        relay.wait()


def postgres_figures(
    url: str, count: int, rounds: int, provider_pid: int | None = None
) -> dict[str, dict[str, float]] | None:
    """The PostgreSQL figures, on a server of this run's own (None without PostgreSQL)."""
    sys.path.insert(0, str(HERE.parent / "tests"))
    try:
        from servers import Postgres, fresh_database

        pg = Postgres()
    except BaseException:
        return None
    try:

        def make(name: str) -> str:
            return str(fresh_database(pg.url, f"bench_{name}"))

        return {
            "add": measure_add(make, count, rounds),
            "dispatch": measure_dispatch(
                url,
                make,
                count,
                rounds,
                "PostgreSQL",
                server_pid=postmaster(pg),
                provider_pid=provider_pid,
            ),
            "transaction": measure_add_in_transaction(make("tx"), max(50, count // 10)),
            "distant": measure_at_a_distance(make("far"), max(50, count // 10)),
        }
    finally:
        pg.close()


def as_installed() -> None:
    """Write smskit's bytecode, as pip does when it installs a package. The store process a
    dispatcher starts imports smskit afresh; from a checkout run with
    PYTHONDONTWRITEBYTECODE it would compile every module it imports on every run (on
    PostgreSQL 0.24-0.26 s of CPU instead of 0.16 s), a cost no installed smskit has."""
    compileall.compile_dir(HERE.parent / "smskit", quiet=1)


def postmaster(pg: Any) -> int:
    """The pid of a test PostgreSQL server's postmaster (its data folder says)."""
    return int((pg.data / "postmaster.pid").read_text().split()[0])


def distance_line(tx: dict[str, float]) -> str:
    """What ``add(connection=)`` costs where PostgreSQL is on another machine: the caller's
    transaction alone is three round trips (BEGIN, its INSERT, COMMIT), with ``add`` four,
    so ``d`` ms more per round trip make the ratio ``(with + 4d) / (alone + 3d)``."""
    alone, joined = tx["transaction alone"], tx["with add(connection=)"]
    reach = max(0.0, 2 * joined - 3 * alone)
    return (f"The transaction alone is three round trips (BEGIN, its INSERT, COMMIT), with "
            f"`add` four: with PostgreSQL d ms further away than here the ratio is "
            f"({joined:.3f} + 4d) / ({alone:.3f} + 3d), at most 1.5x from d = {reach:.2f} ms.")  # fmt: skip


def plain_ratio(tx: dict[str, float]) -> float:
    """A plain one-row INSERT in the caller's transaction over the transaction alone: the
    floor under ``add(connection=)``'s ratio on that machine and distance."""
    return tx["with a plain one-row INSERT instead"] / tx["transaction alone"]


def cpu_line(dispatch: dict[str, float]) -> str:
    """The CPU per message behind a dispatch ratio, and the ratio it predicts."""
    database = dispatch.get(SERVER_CPU)
    server_part = "" if database is None else f", PostgreSQL {database:,.0f} µs"
    loop, process = dispatch[LOOP_CPU], dispatch[DISPATCH_CPU]
    child = dispatch.get(STORE_PROCESS_CPU, 0.0)
    child_part = f", its store process {child:,.0f} µs" if child >= 1 else ""
    return (f"CPU per message: direct client {dispatch[DIRECT_CPU]:,.0f} µs, the dispatcher's "
            f"process {process:,.0f} µs{child_part}{server_part}; with a core for each, "
            f"the ratio they predict is {dispatch[PREDICTED]:.2f}x. Of the dispatcher's "
            f"process, its event loop's thread {loop:,.0f} µs and its other threads (the "
            f"store's turns where they run in it) {process - loop:,.0f} µs; the store's claims "
            f"and records alone, in one "
            f"thread: {dispatch[STORE_ALONE_CPU]:,.0f} µs.{busy_line(dispatch)}")  # fmt: skip


def busy_line(dispatch: dict[str, float]) -> str:
    """How many of the machine's cores the two runs kept busy (where it was measured)."""
    if DISPATCH_BUSY not in dispatch:
        return ""
    return (f" Cores kept busy (every process's CPU over the run's wall time, of "
            f"{os.cpu_count()}): the dispatcher's runs {dispatch[DISPATCH_BUSY]:.2f}, the direct "
            f"client's {dispatch[DIRECT_BUSY]:.2f}; of the dispatcher's, its own process "
            f"{dispatch[DISPATCHER_BUSY]:.2f}.")  # fmt: skip


def _dispatch_rows(dispatch: dict[str, float]) -> list[str]:
    """Median rates; the ratio column is the median of the rounds' ratios (``RATIO``)."""
    base = dispatch["direct AsyncSipgate"]
    return [f"| {name} | {rate:,.0f} | {rate / base if name == 'direct AsyncSipgate' else dispatch[RATIO]:.2f}x |"
            for name, rate in dispatch.items() if name not in NOT_RATES]  # fmt: skip


def report(add: dict[str, float], dispatch: dict[str, float], smoke: bool,
           pg: dict[str, dict[str, float]] | None = None) -> str:  # fmt: skip
    lines = ["# Outbox benchmark results", ""]
    if smoke:
        lines += ["_Smoke run: tiny counts, figures not meaningful._", ""]
    lines += ["## (f) Outbox.add on SQLite (entries/s)", "", "| how | entries/s | ratio |",
              "|---|---:|---:|"]  # fmt: skip
    base = add["add (one per call)"]
    lines += [f"| {name} | {rate:,.0f} | {rate / base:.1f}x |" for name, rate in add.items()]
    lines += ["", "## (g) Dispatch throughput (sends/s)", "", "| how | sends/s | ratio |",
              "|---|---:|---:|"]  # fmt: skip
    lines += _dispatch_rows(dispatch)
    ratio = dispatch[RATIO]
    verdict = "met" if ratio >= 0.75 else "NOT met"
    lines += ["", f"Target: dispatch at least 0.75x the direct async client: **{verdict}** "
              f"({ratio:.2f}x). {cpu_line(dispatch)}", ""]  # fmt: skip
    if pg is None:
        lines += ["## PostgreSQL", "", "_Not measured: no PostgreSQL on this machine._", ""]
        return "\n".join(lines)
    lines += ["## (f) Outbox.add on PostgreSQL (entries/s)", "", "| how | entries/s | ratio |",
              "|---|---:|---:|"]  # fmt: skip
    base = pg["add"]["add (one per call)"]
    lines += [f"| {n} | {r:,.0f} | {r / base:.1f}x |" for n, r in pg["add"].items()]
    many = pg["add"]["add_many (1,000 per call)"]
    lines += ["", f"Target: add_many at least 20,000 entries/s: "
              f"**{'met' if many >= 20000 else 'NOT met'}** ({many:,.0f}/s).", ""]  # fmt: skip
    lines += ["## (g) Dispatch throughput on PostgreSQL (sends/s)", "",
              "| how | sends/s | ratio |", "|---|---:|---:|"]  # fmt: skip
    lines += _dispatch_rows(pg["dispatch"])
    ratio = pg["dispatch"][RATIO]
    lines += ["", f"Target: at least 0.5x: **{'met' if ratio >= 0.5 else 'NOT met'}** "
              f"({ratio:.2f}x). {cpu_line(pg['dispatch'])}", ""]  # fmt: skip
    tx = pg["transaction"]
    cost = tx["with add(connection=)"] / tx["transaction alone"]
    lines += ["## (q) add(connection=) in the caller's transaction (ms, medians)", "",
              "| how | ms | vs alone |", "|---|---:|---:|",
              *[f"| {n} | {v:.3f} | {v / tx['transaction alone']:.2f}x |" for n, v in tx.items()],
              "", f"Target: at most 1.5x the transaction alone: "
              f"**{'met' if cost <= 1.5 else 'NOT met'}** ({cost:.2f}x). {distance_line(tx)}",
              ""]  # fmt: skip
    far = pg["distant"]
    cost = far["with add(connection=)"] / far["transaction alone"]
    lines += [f"With PostgreSQL behind a relay adding {far['added round trip']:.2f} ms to a "
              f"round trip (benchmarks/distance.py): {far['transaction alone']:.3f} ms alone, "
              f"{far['with add(connection=)']:.3f} ms with `add(connection=)`: "
              f"**{'met' if cost <= 1.5 else 'NOT met'}** ({cost:.2f}x); a plain one-row "
              f"INSERT instead: {plain_ratio(far):.2f}x.", ""]  # fmt: skip
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny counts")
    parser.add_argument("--output", type=Path, default=HERE / "OUTBOX.md")
    args = parser.parse_args()
    as_installed()
    url, process = server.start()
    try:
        count, rounds = (200, 1) if args.smoke else (5000, 9)  # as run.py and issue 32
        with tempfile.TemporaryDirectory() as folder:

            def sqlite(name: str) -> str:
                return f"sqlite:///{folder}/{name}.db"

            add = measure_add(sqlite, count, rounds)
            dispatch = measure_dispatch(url, sqlite, count, rounds, provider_pid=process.pid)
        pg = postgres_figures(url, count, rounds, process.pid)
    finally:
        process.terminate()
    text = report(add, dispatch, args.smoke, pg)
    args.output.write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
