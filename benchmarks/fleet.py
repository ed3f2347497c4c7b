"""Fleet benchmarks: the PostgreSQL outbox dispatched by Celery, as ratios within one run.

    python benchmarks/fleet.py            # writes benchmarks/FLEET.md (needs the Debian
    python benchmarks/fleet.py --smoke    #   postgresql and redis-server packages)

(h) Dispatch throughput with 1, 2 and 4 Celery worker processes (prefork, one process each,
    beat as its own process) sending sipgate messages to the sandbox; ratio against 1 worker.
(i) The cost of queueing an SMS inside the caller's own transaction: a business INSERT and
    commit, alone and with ``outbox.add(..., connection=conn)``, against ``outbox.add`` in a
    transaction of its own.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the real-server helpers the tests use
import psycopg  # noqa: E402
from servers import Postgres, Redis, fresh_database  # noqa: E402

import smskit  # noqa: E402
from smskit.sandbox import start  # noqa: E402

HERE = Path(__file__).resolve().parent
APP_DIR = ROOT / "tests" / "integration"  # the Celery app of the fleet test


def dispatch_rate(admin: str, redis: Redis, sandbox_url: str, workers: int, count: int) -> float:
    url = fresh_database(admin, f"bench_w{workers}")
    host = sandbox_url.removeprefix("http://")
    dsn = f"sipgate://token-B:sandbox@{host}/sipgate/v2?sms_id=s0"
    with smskit.Outbox(url) as outbox:
        outbox.add_many({"to": f"+4915{n:09d}", "text": f"bench-{n}"} for n in range(count))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(APP_DIR), *sys.path]),
           "FLEET_BROKER": redis.url.rsplit("/", 1)[0] + f"/{workers}",  # a queue of its own
           "FLEET_OUTBOX": url, "FLEET_MAIN_DSN": dsn,
           "FLEET_PACED_DSN": dsn, "FLEET_SWEEP_EVERY": "0.2", "FLEET_BATCH": "400"}  # fmt: skip
    folder = Path(tempfile.mkdtemp(prefix="smskit-bench-"))

    def celery(*args: str) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "celery_app", *args, "--loglevel", "ERROR"],
            cwd=APP_DIR, env=env, start_new_session=True,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip

    processes = [
        celery("worker", "--pool", "prefork", "--concurrency", "1", "-Q", "fleet",
               "-n", f"b{n}@%h", "--without-gossip", "--without-mingle")
        for n in range(workers)
    ]  # fmt: skip
    time.sleep(3.0)  # workers up before the clock starts
    started = time.perf_counter()
    processes.append(celery("beat", "--schedule", str(folder / "schedule")))
    try:
        with smskit.Outbox(url) as outbox:
            while outbox.counts()["sent"] < count:
                time.sleep(0.1)
        return count / (time.perf_counter() - started)
    finally:
        for process in processes:
            os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            process.wait(30)


def add_costs(admin: str, count: int) -> dict[str, float]:
    """Microseconds per operation (median of three rounds)."""
    url = fresh_database(admin, "bench_add")
    timings: dict[str, list[float]] = {"business INSERT + commit": [],
                                       "business INSERT + outbox.add(connection=) + commit": [],
                                       "outbox.add (own transaction)": []}  # fmt: skip
    with smskit.Outbox(url) as outbox, psycopg.connect(url) as conn:
        conn.execute("CREATE TABLE orders (id BIGINT PRIMARY KEY)")
        conn.commit()
        n = 0
        for _ in range(3):
            started = time.perf_counter()
            for _ in range(count):
                n += 1
                conn.execute("INSERT INTO orders VALUES (%s)", (n,))
                conn.commit()
            timings["business INSERT + commit"].append(time.perf_counter() - started)
            started = time.perf_counter()
            for _ in range(count):
                n += 1
                conn.execute("INSERT INTO orders VALUES (%s)", (n,))
                outbox.add(to="+491701234567", text="Shipped", key=f"o{n}", connection=conn)
                conn.commit()
            timings["business INSERT + outbox.add(connection=) + commit"].append(
                time.perf_counter() - started
            )
            started = time.perf_counter()
            for _ in range(count):
                n += 1
                outbox.add(to="+491701234567", text="Shipped", key=f"o{n}")
            timings["outbox.add (own transaction)"].append(time.perf_counter() - started)
    return {name: statistics.median(values) / count * 1e6 for name, values in timings.items()}


def report(rates: dict[int, float], costs: dict[str, float], smoke: bool) -> str:
    lines = ["# Fleet benchmark results", ""]
    if smoke:
        lines += ["_Smoke run: tiny counts, figures not meaningful._", ""]
    lines += ["## (h) Celery dispatch to the sandbox (sends/s)", "",
              "| worker processes | sends/s | vs 1 worker |", "|---:|---:|---:|"]  # fmt: skip
    lines += [f"| {w} | {rate:,.0f} | {rate / rates[1]:.2f}x |" for w, rate in rates.items()]
    lines += ["", "The sandbox, PostgreSQL, Redis and the workers share the machine's cores: "
              "scaling flattens once they are busy.", "",
              "## (i) Queueing inside the caller's transaction (µs per operation)", "",
              "| operation | µs | vs the business commit alone |", "|---|---:|---:|"]  # fmt: skip
    base = costs["business INSERT + commit"]
    lines += [f"| {name} | {us:,.0f} | {us / base:.2f}x |" for name, us in costs.items()]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny counts")
    parser.add_argument("--output", type=Path, default=HERE / "FLEET.md")
    args = parser.parse_args()
    count = 200 if args.smoke else 3000
    postgres, redis = Postgres(), Redis()
    try:
        with start() as sandbox:
            rates = {w: dispatch_rate(postgres.url, redis, sandbox.url, w, count)
                     for w in (1, 2, 4)}  # fmt: skip
        costs = add_costs(postgres.url, 50 if args.smoke else 1000)
    finally:
        redis.close()
        postgres.close()
    text = report(rates, costs, args.smoke)
    args.output.write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
