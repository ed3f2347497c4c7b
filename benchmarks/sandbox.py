"""The sandbox's own cost of keeping what it catches, as a ratio in one run.

    python benchmarks/sandbox.py            # prints a small table
    python benchmarks/sandbox.py --smoke    # seconds; checks that the benchmark still works

(j) sipgate sends per second through the sandbox with its store in a file (messages, their
    timelines and the masked request that created them, as ``smskit sandbox`` keeps them)
    against the same sandbox on an in-memory store (nothing reaches a disk). Rounds
    interleave, medians are compared. Target: at least 0.7x: a test suite sending through
    the sandbox should not wait for the disk.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import smskit
from smskit.cli import sandbox_settings
from smskit.sandbox import start

TARGET = 0.7


def rate(database: str, sends: int) -> float:
    with (
        start(database) as sandbox,
        smskit.Sipgate(**sandbox_settings("sipgate", sandbox.url)) as sg,
    ):
        for _ in range(20):  # warm: connection, first compile of the spec checks
            sg.send("+4915112345678", "warm up")
        started = time.perf_counter()
        for _ in range(sends):
            sg.send("+4915112345678", "Your table for two is booked for 8pm")
        return sends / (time.perf_counter() - started)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--smoke", action="store_true")
    smoke = parser.parse_args().smoke
    sends, rounds = (30, 1) if smoke else (400, 5)
    rates: dict[str, list[float]] = {"file": [], "memory": []}
    with tempfile.TemporaryDirectory() as folder:
        for n in range(rounds):
            rates["file"].append(rate(str(Path(folder) / f"round{n}.sqlite3"), sends))
            rates["memory"].append(rate(":memory:", sends))
    file_rate, memory_rate = (statistics.median(rates[k]) for k in ("file", "memory"))
    ratio = file_rate / memory_rate
    print("| store | sends/s (median) |\n|---|---|")
    print(f"| in memory (baseline) | {memory_rate:,.0f} |\n| file | {file_rate:,.0f} |")
    verdict = "met" if ratio >= TARGET else "MISSED"
    print(f"\n(j) file store {ratio:.2f}x the in-memory store (target >= {TARGET}x): {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
