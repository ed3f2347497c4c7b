"""The benchmarks keep working: a smoke run with tiny counts (figures not meaningful)."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import reaper

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.heavy(seconds=15)
def test_benchmark_smoke_run(tmp_path: Path) -> None:
    output = tmp_path / "RESULTS.md"
    done = reaper.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--smoke", "--output", str(output)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    text = output.read_text()
    for section in (
        "(a) Sync send",
        "(b) Async bulk",
        "(c) Import time",
        "(d) SMS.CX bulk",
        "(e) Peak RSS",
        "## Targets",
    ):
        assert section in text
    assert "smskit AsyncSipgate" in text
    # The targets read each pair's own rounds' ratio, not a ratio of two medians.
    assert re.search(r"single calls \d+\.\d\d\u00d7\.", text)
    assert re.search(r"sync smscx send: client CPU ≤ 1\.05\u00d7 \| \d+\.\d\d\u00d7 \| raw httpx posting the "
                     r"same JSON \(median of the rounds' ratios\)", text)  # fmt: skip
    if "## (f) Outbox on PostgreSQL" in text:
        assert re.search(r"PostgreSQL on loopback \(a plain one-row INSERT in its place: "
                         r"\d+\.\d\d\u00d7; part by part: benchmarks/ADD_FLOOR\.md\)", text), text  # fmt: skip
    if shutil.which("redis-server") and "## (f) Outbox on PostgreSQL" in text:
        # the Celery fleet in the same run: one worker's CPU per message, and what it predicts
        assert "## (h) Celery fleet" in text, text
        assert re.search(
            r"Celery fleet: 4 worker processes ≥ 3\u00d7 one, a core each \| "
            r"\d+\.\d\d\u00d7 \| one worker, predicted from its CPU",
            text,
        ), text
        assert re.search(r"1 worker \d[\d,]* sends/s \(1\.00x\)\. Per message, with one "
                         r"worker: \d+\.\d\d ms of CPU in all", text), text  # fmt: skip


def test_outbox_benchmark_smoke_run(tmp_path: Path) -> None:
    output = tmp_path / "OUTBOX.md"
    done = reaper.run(
        [sys.executable, str(ROOT / "benchmarks" / "outbox.py"), "--smoke", "--output", str(output)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    text = output.read_text()
    assert "(f) Outbox.add" in text
    assert "(g) Dispatch throughput" in text
    assert "AsyncDispatcher (SQLite)" in text
    # the CPU behind each dispatch ratio, and the ratio it predicts (SQLite; PostgreSQL too
    # where it is installed, with the server's own CPU read from /proc)
    assert re.search(r"dispatcher's process \d[\d,]* µs(, its store process \d[\d,]* µs)?; "
                     r"with a core for each, the ratio "
                     r"they predict is \d+\.\d\dx", text)  # fmt: skip
    # ... and where the dispatcher's CPU goes: the loop's thread, its other threads, the
    # store's own work timed alone
    assert re.search(r"its event loop's thread \d[\d,]* µs and its other threads \(the "
                     r"store's turns where they run in it\) -?\d[\d,]* µs; the store's claims "
                     r"and records alone, in one thread: \d[\d,]* µs", text)  # fmt: skip
    busy = re.search(r"Cores kept busy \(every process's CPU over the run's wall time, of "
                     r"\d+\): the dispatcher's runs (\d+\.\d\d), the direct client's "
                     r"(\d+\.\d\d); of the dispatcher's, its own process (\d+\.\d\d)\.",
                     text)  # fmt: skip
    assert busy, text
    assert 0.1 < float(busy[1]) < (os.cpu_count() or 1) + 0.5
    assert 0.05 < float(busy[3]) <= float(busy[1])
    if "(g) Dispatch throughput on PostgreSQL" in text:
        assert re.search(r"PostgreSQL \d[\d,]* µs; with a core", text)
        assert re.search(r"at most 1\.5x from d = \d+\.\d\d ms", text)
        # ... and measured at a distance: PostgreSQL behind a relay that holds each packet
        far = re.search(r"relay adding (\d+\.\d\d) ms to a round trip \(benchmarks/distance"
                        r"\.py\): (\d+\.\d+) ms alone", text)  # fmt: skip
        assert far, text
        assert float(far[1]) > 0.05  # the relay did hold the packets
        # beside add(connection=), the floor: a plain one-row INSERT in its place, here and
        # at the distance
        plain = re.search(r"\| with a plain one-row INSERT instead \| (\d+\.\d{3}) \| "
                          r"(\d+\.\d\d)x \|", text)  # fmt: skip
        assert plain, text
        assert float(plain[2]) > 1.0  # a statement of its own costs the transaction something
        assert re.search(r"a plain one-row INSERT instead: \d+\.\d\dx\.", text)


@pytest.mark.heavy(seconds=20)
def test_fleet_benchmark_smoke_run(tmp_path: Path) -> None:
    """Needs PostgreSQL and redis-server (the Debian packages .ci/run installs)."""
    from servers import _missing

    if not shutil.which("redis-server"):
        _missing("redis-server")
    output = tmp_path / "FLEET.md"
    done = reaper.run(
        [sys.executable, str(ROOT / "benchmarks" / "fleet.py"), "--smoke", "--output", str(output)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    text = output.read_text()
    assert "(h) Celery dispatch" in text
    assert re.search(r"\| with add\(connection=\) \| \d[\d,]* \| \d+\.\d\dx \|", text), text
    assert re.search(r"\| with a plain one-row INSERT instead \| \d[\d,]* \| \d+\.\d\dx \|", text)


def test_add_floor_benchmark_smoke_run(tmp_path: Path) -> None:
    """benchmarks/add_floor.py climbs from a plain row to the whole add(connection=), each
    step against the caller's transaction alone (needs PostgreSQL)."""
    import glob

    from servers import _missing

    if not glob.glob("/usr/lib/postgresql/*/bin/initdb") and not shutil.which("initdb"):
        _missing("PostgreSQL (the Debian postgresql package)")
    output = tmp_path / "ADD_FLOOR.md"
    done = reaper.run(
        [sys.executable, str(ROOT / "benchmarks" / "add_floor.py"), "--count", "40",
         "--rounds", "1", "--output", str(output)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    ratios = [float(x) for x in re.findall(r"^\| \d\. .+? \| (\d+\.\d\d)\u00d7 \|",
                                           output.read_text(), re.MULTILINE)]  # fmt: skip
    assert len(ratios) == 7, output.read_text()
    assert all(ratio > 1.0 for ratio in ratios)  # every step costs the transaction something
    assert ratios[-1] > ratios[0]  # the whole add costs more than a plain row


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:  # it ended while we looked
        return b""


@pytest.mark.heavy(seconds=15)
def test_a_killed_fleet_benchmark_leaves_no_celery_process_behind(tmp_path: Path) -> None:
    """The fleet's workers and beat run in sessions of their own, out of reach of a signal
    to the benchmark's group: they must still end with it (they kept retrying a Redis that
    was gone)."""
    from servers import _missing

    if not shutil.which("redis-server"):
        _missing("redis-server")
    benchmark = reaper.spawn(
        [sys.executable, str(ROOT / "benchmarks" / "fleet.py"), "--smoke", "--output",
         str(tmp_path / "FLEET.md")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import procstat

    deadline = time.monotonic() + 60
    fleet: list[int] = []
    while not fleet and time.monotonic() < deadline and benchmark.poll() is None:
        children = [pid for pid, _, fields in procstat.processes()
                    if int(fields[1]) == benchmark.pid]  # fmt: skip
        fleet = [pid for pid in children if b"celery" in _cmdline(pid)]
        time.sleep(0.1)
    assert fleet, "the fleet benchmark started no Celery process"
    os.killpg(benchmark.pid, signal.SIGKILL)
    benchmark.wait()
    assert not [pid for pid in fleet if not reaper.ends_within(pid, 10)]


def test_quick_mode_flags_only_regressions_beyond_the_tolerance() -> None:
    import runpy

    run = runpy.run_path(str(ROOT / "benchmarks" / "run.py"), run_name="benchmarks_run")
    target = run["Target"]
    baseline = {"faster": 1.0, "smaller": 1.0}
    steady = [target("faster", "async", 0.75, 0.8, True, "aiohttp"),
              target("smaller", "import", 1.25, 1.3, False, "httpx")]  # fmt: skip
    assert run["regressions"](steady, baseline) == []  # within 30 % of the baseline
    worse = [target("faster", "async", 0.65, 0.8, True, "aiohttp"),
             target("smaller", "import", 1.35, 1.3, False, "httpx")]  # fmt: skip
    assert len(run["regressions"](worse, baseline)) == 2
    assert not worse[0].ok
    assert steady[1].ok


def test_sandbox_benchmark_smoke_run() -> None:
    done = reaper.run(
        [sys.executable, str(ROOT / "benchmarks" / "sandbox.py"), "--smoke"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert "(j) file store" in done.stdout
    assert "| in memory (baseline) |" in done.stdout


def test_delivery_benchmark_smoke_run() -> None:
    done = reaper.run(
        [sys.executable, str(ROOT / "benchmarks" / "delivery.py"), "--smoke"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    for figure in ("(k) ", "(l) ", "(m) "):
        assert figure in done.stdout


def test_replies_benchmark_smoke_run() -> None:
    done = reaper.run(
        [sys.executable, str(ROOT / "benchmarks" / "replies.py"), "--smoke"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert "(n) " in done.stdout


def test_console_benchmark_smoke_run() -> None:
    done = reaper.run(
        [sys.executable, str(ROOT / "benchmarks" / "console.py"), "--smoke"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert "(o) GET / answers in" in done.stdout
    assert "GET /metrics (fresh)" in done.stdout


def test_inbox_benchmark_smoke_run() -> None:
    done = reaper.run(
        [sys.executable, str(ROOT / "benchmarks" / "inbox.py"), "--smoke"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert "(p) the slowest inbox answer" in done.stdout
