"""Fleet benchmarks: the PostgreSQL outbox dispatched by Celery, as ratios within one run.

    python benchmarks/fleet.py            # writes benchmarks/FLEET.md (needs the Debian
    python benchmarks/fleet.py --smoke    #   postgresql and redis-server packages)

(h) Dispatch throughput with 1, 2 and 4 Celery worker processes (prefork, one process each,
    beat as its own process) sending sipgate messages to the benchmarks' fast server (a
    provider that costs next to nothing, so the fleet's own cost is what is measured; the
    sandbox, a full application, was the bottleneck before); ratio against 1 worker. Beside
    it, the CPU each part of the system spends per message (from /proc): the workers,
    PostgreSQL, Redis and the provider. On a machine with fewer cores than the parts need,
    scaling stops at the cores; the per-message costs say where it would go with more.
(i) The cost of queueing an SMS inside the caller's own transaction: a business INSERT and
    commit, alone, with ``outbox.add(..., connection=conn)``, and with a plain one-row INSERT
    in its place, against ``outbox.add`` in a transaction of its own (benchmarks/outbox.py's
    measure, as RESULTS.md has it).
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the real-server helpers the tests use
import procstat  # noqa: E402
import server  # noqa: E402  (benchmarks/server.py: the fast provider)
from reaper import spawn  # noqa: E402
from servers import Postgres, Redis, fresh_database  # noqa: E402

import smskit  # noqa: E402

HERE = Path(__file__).resolve().parent
APP_DIR = ROOT / "tests" / "integration"  # the Celery app of the fleet test


def cpu_seconds() -> dict[tuple[int, int, str], float]:
    """CPU seconds (user + system) of every process, by (pid, session id, command name)."""
    return {(pid, int(fields[3]), name): (int(fields[11]) + int(fields[12])) / procstat.TICK
            for pid, name, fields in procstat.processes()}  # fmt: skip


def spent(before: dict[tuple[int, int, str], float], after: dict[tuple[int, int, str], float],
          matches: Any) -> float:  # fmt: skip
    """CPU seconds spent between two ``cpu_seconds`` readings by the processes that match
    (processes that ended in between are not counted: none of the measured ones do)."""
    return sum(v - before.get(k, 0.0) for k, v in after.items() if matches(*k))


def dispatch_rate(
    admin: str, redis: Redis, provider: tuple[str, int], workers: int, count: int
) -> dict[str, float]:
    """Sends per second, and CPU milliseconds per message of each part."""
    url = fresh_database(admin, f"bench_w{workers}")
    provider_url, provider_pid = provider
    host = provider_url.removeprefix("http://")
    dsn = f"sipgate://token-B:bench@{host}/v2?sms_id=s0"
    with smskit.Outbox(url) as outbox:
        outbox.add_many({"to": f"+4915{n:09d}", "text": f"bench-{n}"} for n in range(count))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(APP_DIR), *sys.path]),
           "FLEET_BROKER": redis.url.rsplit("/", 1)[0] + f"/{workers}",  # a queue of its own
           "FLEET_OUTBOX": url, "FLEET_MAIN_DSN": dsn,
           "FLEET_PACED_DSN": dsn, "FLEET_SWEEP_EVERY": "0.2", "FLEET_BATCH": "400"}  # fmt: skip
    folder = Path(tempfile.mkdtemp(prefix="smskit-bench-"))

    def celery(*args: str) -> subprocess.Popen[bytes]:
        # In a session of its own (the fleet is stopped group by group), and killed when
        # this process ends however it ends: a killed benchmark left workers and beat
        # retrying a Redis that was gone.
        return spawn(
            [sys.executable, "-m", "celery", "-A", "celery_app", *args, "--loglevel", "ERROR"],
            cwd=APP_DIR, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip

    processes = [
        celery("worker", "--pool", "prefork", "--concurrency", "1", "-Q", "fleet",
               "-n", f"b{n}@%h", "--without-gossip", "--without-mingle")
        for n in range(workers)
    ]  # fmt: skip
    time.sleep(3.0)  # workers up before the clock starts
    before = cpu_seconds()
    started = time.perf_counter()
    processes.append(celery("beat", "--schedule", str(folder / "schedule")))
    try:
        with smskit.Outbox(url) as outbox:
            while outbox.counts()["sent"] < count:
                time.sleep(0.1)
        elapsed = time.perf_counter() - started
        after = cpu_seconds()
        fleet = {p.pid for p in processes}
        per_message = {
            "workers and beat": spent(before, after, lambda _, sid, __: sid in fleet),
            "PostgreSQL": spent(before, after, lambda _, __, name: name == "postgres"),
            "Redis": spent(before, after, lambda _, __, name: name.startswith("redis")),
            "provider": spent(before, after, lambda pid, _, __: pid == provider_pid),
        }
        return {"sends/s": count / elapsed,
                **{k: v / count * 1000 for k, v in per_message.items()}}  # fmt: skip
    finally:
        for process in processes:
            os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            process.wait(30)


def measure_fleet(
    provider: tuple[str, int], count: int, workers: tuple[int, ...]
) -> dict[int, dict[str, float]] | None:
    """``dispatch_rate`` for each worker count, on a PostgreSQL and a Redis of this run's
    own (None where either is not installed)."""
    try:
        postgres = Postgres()
    except BaseException:  # servers.py skips or fails a test; a benchmark leaves it out
        return None
    try:
        try:
            redis = Redis()
        except BaseException:
            return None
        try:
            return {w: dispatch_rate(postgres.url, redis, provider, w, count) for w in workers}
        finally:
            redis.close()
    finally:
        postgres.close()


SHARED = ("PostgreSQL", "Redis")  # the parts every worker shares


def predicted_rate(one: dict[str, float], workers: int = 4) -> float:
    """Sends per second of ``workers`` worker processes, each with a core of its own and as
    many cores again as this machine has for PostgreSQL and Redis, from one worker's CPU per
    message: the workers scale until the shared parts fill their cores."""
    shared_ms = sum(one[p] for p in SHARED)
    return min(workers / one["workers and beat"], (os.cpu_count() or 1) / shared_ms) * 1000


def predicted_scaling(one: dict[str, float], workers: int = 4) -> float:
    """``predicted_rate`` over one worker's rate with a core of its own."""
    return predicted_rate(one, workers) * one["workers and beat"] / 1000


def scaling_line(runs: dict[int, dict[str, float]]) -> str:
    """What one worker's CPU per message says about this machine and a larger one."""
    one = runs[1]
    worker_ms = one["workers and beat"]
    shared_ms = sum(one[p] for p in SHARED)
    total_ms = worker_ms + shared_ms + one["provider"]
    cores = os.cpu_count() or 1
    return (f"Per message, with one worker: {total_ms:.2f} ms of CPU in all, {worker_ms:.2f} ms "
            f"in the workers, {shared_ms:.2f} ms in PostgreSQL and Redis (shared by every "
            f"worker). All parts together cap this {cores}-core machine at about "
            f"{cores / total_ms * 1000:,.0f} sends/s, whatever the number of workers. With a "
            f"core per worker and {cores} more for PostgreSQL and Redis, 4 workers would reach "
            f"min(4 / {worker_ms:.2f} ms, {cores} / {shared_ms:.2f} ms) = "
            f"{predicted_rate(one):,.0f} sends/s, {predicted_scaling(one):.1f}x one worker.")  # fmt: skip


def add_costs(admin: str, count: int) -> dict[str, float]:
    """Microseconds per operation: benchmarks/outbox.py's measure of the caller's transaction
    (medians of interleaved transactions), the one RESULTS.md reads too."""
    import outbox

    url = fresh_database(admin, "bench_add")
    return {name: ms * 1000 for name, ms in outbox.measure_add_in_transaction(url, count).items()}


def report(runs: dict[int, dict[str, float]], costs: dict[str, float], smoke: bool) -> str:
    lines = ["# Fleet benchmark results", ""]
    if smoke:
        lines += ["_Smoke run: tiny counts, figures not meaningful._", ""]
    parts = [k for k in runs[1] if k != "sends/s"]
    lines += ["## (h) Celery dispatch to a fast provider (sends/s, CPU ms per message)", "",
              f"Machine: {os.cpu_count()} cores.", "",
              "| worker processes | sends/s | vs 1 worker | "
              + " | ".join(f"{p} ms/msg" for p in parts) + " |",
              "|---:|---:|---:|" + "---:|" * len(parts)]  # fmt: skip
    one = runs[1]["sends/s"]
    for w, run in runs.items():
        cells = " | ".join(f"{run[p]:.2f}" for p in parts)
        lines.append(f"| {w} | {run['sends/s']:,.0f} | {run['sends/s'] / one:.2f}x | {cells} |")
    lines += [
        "",
        scaling_line(runs),
        "",
        "## (i) Queueing inside the caller's transaction (µs per operation)", "",
    ]  # fmt: skip
    lines += [
              "| operation | µs | vs the transaction alone |", "|---|---:|---:|"]  # fmt: skip
    base = costs["transaction alone"]
    lines += [f"| {name} | {us:,.0f} | {us / base:.2f}x |" for name, us in costs.items()]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny counts")
    parser.add_argument("--output", type=Path, default=HERE / "FLEET.md")
    args = parser.parse_args()
    count = 200 if args.smoke else 3000
    provider_url, provider = server.start()
    try:
        assert provider.pid is not None
        workers = (1, 2) if args.smoke else (1, 2, 4)  # a smoke run checks it works: two do
        runs = measure_fleet((provider_url, provider.pid), count, workers)
        if runs is None:
            print("the fleet needs PostgreSQL and redis-server (Debian packages)", file=sys.stderr)
            return 1
        postgres = Postgres()
        try:
            costs = add_costs(postgres.url, 50 if args.smoke else 1000)
        finally:
            postgres.close()
    finally:
        provider.terminate()
    text = report(runs, costs, args.smoke)
    args.output.write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
