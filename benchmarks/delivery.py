"""Delivery tracking's costs (DESIGN §17), each as a ratio in one run.

    python benchmarks/delivery.py            # prints a small table
    python benchmarks/delivery.py --smoke    # seconds; checks that the benchmark still works

(k) Reports applied per second through ``smskit.webhooks`` on an SQLite outbox, in requests
    of 200 ``dlr_update`` items over real HTTP, against ``outbox.add_many`` of the same number
    of entries (the outbox's own write rate on the same disk, in the same run). Target: at
    least 5,000 reports/s.
(l) Sync dispatch to a fast loopback server with delivery polling on, over a backlog of as
    many earlier sends all due for a poll (and ``poll_after`` so short that every new send is
    due at once too), against the same dispatch with polling off. Target: at least 0.9x
    (polling never slows sending: while sends are in flight it yields to them).
(m) One polling turn over N pending entries: the report requests it makes. Target: at most
    one per entry (N), and none for entries whose next poll is not due.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn

sys.path.insert(0, str(Path(__file__).parent))
import server

import smskit
from smskit.outbox._model import Outcome
from smskit.webhooks import create_app

SECRET = "benchmark-secret-0123456789"
DLR_TARGET, DISPATCH_TARGET = 5000.0, 0.9


def numbers(count: int) -> list[str]:
    return [f"+4917{n:09d}" for n in range(count)]


def pending(outbox: smskit.Outbox, count: int, via: str = "main") -> list[str]:
    """``count`` entries sent and pending, through the store calls a dispatcher makes."""
    outbox.add_many({"to": n, "text": "x", "via": via} for n in numbers(count))
    store, now, ids = outbox._store, time.time(), []
    claimed = store.claim(now, now + 600, "bench", [via], count)
    fields = {"provider": "smscx", "delivery": "pending", "delivery_at": now,
              "delivery_check_at": now}  # fmt: skip
    outcomes = []
    for n, entry in enumerate(claimed):
        ids.append(f"msg-{n}")
        outcomes.append(Outcome(entry.key, "sent", None, fields | {"ids": [f"msg-{n}"]}))
    store.finish("bench", now, outcomes)
    return ids


def serve(app: object) -> tuple[str, uvicorn.Server, threading.Thread]:
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", access_log=False)  # type: ignore[arg-type]
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    while not srv.started:
        time.sleep(0.01)
    port = srv.servers[0].sockets[0].getsockname()[1]
    return f"http://127.0.0.1:{port}", srv, thread


def measure_dlr(folder: Path, count: int) -> tuple[float, float]:
    """(reports/s through the webhook, entries/s through add_many) on fresh files."""
    with smskit.Outbox(f"sqlite:///{folder}/add.db") as outbox:
        started = time.perf_counter()
        outbox.add_many({"to": n, "text": "x"} for n in numbers(count))
        add_rate = count / (time.perf_counter() - started)
    with smskit.Outbox(f"sqlite:///{folder}/dlr.db") as outbox:
        ids = pending(outbox, count)
        url, srv, thread = serve(create_app(outbox, secret=SECRET))
        bodies = [{"event": "dlr_update", "data": [{"msgId": i, "status": "DELIVERED"}
                                                   for i in ids[first : first + 200]]}
                  for first in range(0, count, 200)]  # fmt: skip
        with httpx.Client() as client:
            warm = {"event": "dlr_update", "data": [{"msgId": "warm-up", "status": "SENT"}]}
            client.post(f"{url}/smscx/dlr?secret={SECRET}", json=warm)  # first-use imports
            started = time.perf_counter()
            for body in bodies:
                answer = client.post(f"{url}/smscx/dlr?secret={SECRET}", json=body)
                assert answer.status_code == 200, answer.text
            dlr_rate = count / (time.perf_counter() - started)
        srv.should_exit = True
        thread.join(10)
        assert outbox.delivery_counts()["delivered"] == count
    return dlr_rate, add_rate


def measure_dispatch(url: str, folder: Path, count: int, tracking: bool, n: int) -> float:
    route = f"smscx://bench-key@{url.removeprefix('http://')}?sender=InfoText"
    with smskit.Outbox(f"sqlite:///{folder}/dispatch-{tracking}-{n}.db") as outbox:
        pending(outbox, count, via="main")  # a backlog of earlier sends, all due for a poll
        outbox.add_many({"to": m, "text": "y"} for m in numbers(count))
        started = time.perf_counter()
        with outbox.dispatcher({"main": route}, concurrency=4, track_delivery=tracking,
                               poll_after=0.001) as d:  # fmt: skip
            d.run_until_empty()
        elapsed = time.perf_counter() - started
        assert outbox.counts()["sent"] == 2 * count
    return count / elapsed


def measure_turn(url: str, folder: Path, count: int) -> tuple[int, int]:
    """(requests in one polling turn over ``count`` due entries, in the next turn)."""
    route = f"smscx://bench-key@{url.removeprefix('http://')}?sender=InfoText"
    with smskit.Outbox(f"sqlite:///{folder}/turn.db") as outbox:
        pending(outbox, count)
        with outbox.dispatcher({"main": route}, track_delivery=True, poll_after=60) as d:
            sender = d._senders["main"]
            asked = [0]
            original = sender.delivery_status

            def counted(*args: object, **kwargs: object) -> object:  # counts what goes out
                asked[0] += 1
                return original(*args, **kwargs)

            sender.delivery_status = counted
            while d.poll_deliveries():
                pass
            first = asked[0]
            d.poll_deliveries()
            return first, asked[0] - first


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--smoke", action="store_true")
    smoke = parser.parse_args().smoke
    dlr_count, send_count, turn_count, rounds = (
        (400, 100, 200, 1) if smoke else (10_000, 2_000, 10_000, 3)
    )
    url, process = server.start()
    try:
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            dlr_rate, add_rate = measure_dlr(folder, dlr_count)
            rates: dict[bool, list[float]] = {False: [], True: []}
            for n in range(rounds):
                for tracking in (False, True):
                    rates[tracking].append(measure_dispatch(url, folder, send_count, tracking, n))
            first_turn, next_turn = measure_turn(url, folder, turn_count)
    finally:
        process.terminate()
    off, on = statistics.median(rates[False]), statistics.median(rates[True])
    print("| figure | value |\n|---|---|")
    print(
        f"| (k) webhook reports/s, 200 a request | {dlr_rate:,.0f} ({dlr_rate / add_rate:.2f}x add_many's {add_rate:,.0f} entries/s) |"
    )
    print(f"| (l) dispatch sends/s, polling off / on | {off:,.0f} / {on:,.0f} ({on / off:.2f}x) |")
    print(
        f"| (m) report requests in one turn over {turn_count:,} due / the next turn | {first_turn:,} / {next_turn:,} |"
    )
    verdicts = [
        f"(k) {dlr_rate:,.0f} reports/s (target >= {DLR_TARGET:,.0f}): {'met' if dlr_rate >= DLR_TARGET else 'MISSED'}",
        f"(l) {on / off:.2f}x (target >= {DISPATCH_TARGET}x): {'met' if on / off >= DISPATCH_TARGET else 'MISSED'}",
        f"(m) {first_turn:,} requests for {turn_count:,} entries, {next_turn} in the next turn (target <= {turn_count:,}, 0): "
        f"{'met' if first_turn <= turn_count and next_turn == 0 else 'MISSED'}",
    ]
    print("\n" + "\n".join(verdicts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
