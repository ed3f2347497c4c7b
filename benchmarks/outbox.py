"""Outbox benchmarks: every figure is a ratio against a baseline measured in the same run.

    python benchmarks/outbox.py            # writes benchmarks/OUTBOX.md
    python benchmarks/outbox.py --smoke    # seconds; checks that the benchmark still works

(f) ``Outbox.add`` on SQLite: entries per second, one transaction per entry against
    ``add_many`` (one transaction per batch of 1,000).
(g) Dispatch: sends per second of ``AsyncDispatcher`` over a sipgate route against the direct
    ``AsyncSipgate`` sending the same messages at the same concurrency to the same server
    (target: at least 0.5x). The dispatcher does, per message, a claim, the send, and the
    outcome's record (two SQLite transactions on a WAL file) on top.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import server

import smskit

HERE = Path(__file__).resolve().parent
TEXT = "Hello"
CONCURRENCY = 32


def numbers(count: int) -> list[str]:
    return [f"+4915{n:09d}" for n in range(count)]


def measure_add(folder: Path, count: int, rounds: int) -> dict[str, float]:
    """Entries per second: single adds against batches of 1,000."""
    rates: dict[str, list[float]] = {"add (one per call)": [], "add_many (1,000 per call)": []}
    for r in range(rounds):
        with smskit.Outbox(f"sqlite:///{folder}/add-{r}.db") as outbox:
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


def measure_dispatch(url: str, folder: Path, count: int, rounds: int) -> dict[str, float]:
    """Sends per second: the dispatcher against the direct async client (entries are added
    before the clock starts: dispatching is what is measured)."""
    rates: dict[str, list[float]] = {"direct AsyncSipgate": [], "AsyncDispatcher (SQLite)": []}
    for r in range(rounds):
        db = f"sqlite:///{folder}/dispatch-{r}.db"
        with smskit.Outbox(db) as outbox:
            outbox.add_many({"to": n, "text": TEXT} for n in numbers(count))
        started = time.perf_counter()
        asyncio.run(direct(url, count))
        rates["direct AsyncSipgate"].append(count / (time.perf_counter() - started))
        started = time.perf_counter()
        asyncio.run(dispatched(url, db, count))
        rates["AsyncDispatcher (SQLite)"].append(count / (time.perf_counter() - started))
    return {name: statistics.median(values) for name, values in rates.items()}


def report(add: dict[str, float], dispatch: dict[str, float], smoke: bool) -> str:
    lines = ["# Outbox benchmark results", ""]
    if smoke:
        lines += ["_Smoke run: tiny counts, figures not meaningful._", ""]
    lines += ["## (f) Outbox.add on SQLite (entries/s)", "", "| how | entries/s | ratio |",
              "|---|---:|---:|"]  # fmt: skip
    base = add["add (one per call)"]
    lines += [f"| {name} | {rate:,.0f} | {rate / base:.1f}x |" for name, rate in add.items()]
    lines += ["", "## (g) Dispatch throughput (sends/s)", "", "| how | sends/s | ratio |",
              "|---|---:|---:|"]  # fmt: skip
    base = dispatch["direct AsyncSipgate"]
    lines += [f"| {name} | {rate:,.0f} | {rate / base:.2f}x |" for name, rate in dispatch.items()]
    ratio = dispatch["AsyncDispatcher (SQLite)"] / base
    verdict = "met" if ratio >= 0.5 else "NOT met"
    lines += ["", f"Target: dispatch at least 0.5x the direct async client: **{verdict}** "
              f"({ratio:.2f}x).", ""]  # fmt: skip
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny counts")
    parser.add_argument("--output", type=Path, default=HERE / "OUTBOX.md")
    args = parser.parse_args()
    url, process = server.start()
    try:
        with tempfile.TemporaryDirectory() as folder:
            add = measure_add(Path(folder), 200 if args.smoke else 3000, 1 if args.smoke else 3)
            dispatch = measure_dispatch(url, Path(folder), 200 if args.smoke else 3000,
                                        1 if args.smoke else 3)  # fmt: skip
    finally:
        process.terminate()
    text = report(add, dispatch, args.smoke)
    args.output.write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
