"""The suppression check's cost on ``add`` (DESIGN §18), as a ratio in one run.

    python benchmarks/replies.py            # prints a small table
    python benchmarks/replies.py --smoke    # seconds; checks that the benchmark still works

(n) ``Outbox.add_many`` on SQLite in batches of 1,000 with 1,000,000 suppressed numbers stored
    (every added number is looked up in them) against the same adds with none stored. Target:
    at least 20,000 entries/s, and the check costing little (the ratio is printed).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

import smskit

TARGET = 20_000.0


def rate(path: Path, suppressed: int, count: int) -> float:
    with smskit.Outbox(f"sqlite:///{path}") as outbox:
        if suppressed:
            with sqlite3.connect(path) as db:
                db.executemany(
                    "INSERT INTO smskit_outbox_suppressed VALUES (?, 'STOP', 0)",
                    ((f"+4916{n:09d}",) for n in range(suppressed)),
                )
        items = [{"to": f"+4917{n:09d}", "text": "Your code is 1234"} for n in range(count)]
        started = time.perf_counter()
        for first in range(0, count, 1000):
            outbox.add_many(items[first : first + 1000])
        elapsed = time.perf_counter() - started
        assert outbox.counts()["queued"] == count
    return count / elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--smoke", action="store_true")
    smoke = parser.parse_args().smoke
    suppressed, count, rounds = (10_000, 2_000, 1) if smoke else (1_000_000, 20_000, 3)
    rates: dict[str, list[float]] = {"none": [], "many": []}
    with tempfile.TemporaryDirectory() as name:
        for n in range(rounds):
            rates["none"].append(rate(Path(name) / f"none{n}.db", 0, count))
            rates["many"].append(rate(Path(name) / f"many{n}.db", suppressed, count))
    none, many = statistics.median(rates["none"]), statistics.median(rates["many"])
    print("| suppressed numbers stored | add_many entries/s (median) |\n|---|---|")
    print(f"| none (baseline) | {none:,.0f} |\n| {suppressed:,} | {many:,.0f} |")
    verdict = "met" if many >= TARGET else "MISSED"
    print(
        f"\n(n) {many:,.0f} entries/s with {suppressed:,} suppressed, {many / none:.2f}x without"
        f" (target >= {TARGET:,.0f}/s): {verdict}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
