"""The sandbox inbox holding 100,000 messages (DESIGN §20), in one run.

    python benchmarks/inbox.py            # prints a small table
    python benchmarks/inbox.py --smoke    # seconds; checks that the benchmark still works

(p) The inbox's answers with 100,000 messages stored, beside the same answers with 100
    stored (the baseline: what an answer costs before the store grows): the first page, the
    last page, a recipient filter, a text search, and the JSON API's page. Medians of 20.
    Target: each <= 200 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "sandbox"))
from test_inbox_at_scale import fill

from smskit.sandbox import start
from smskit.sandbox._store import Store

TARGET_MS = 200.0


def answers(count: int, folder: Path, times: int) -> dict[str, float]:
    path = folder / f"inbox-{count}.sqlite3"
    store = Store(path)
    fill(store, count)
    store.close()
    paths = {
        "first page": "/",
        "last page": f"/?offset={max(0, count - 100)}",
        "recipient filter": "/?to=%2B4915100000001",
        "text search": "/?q=number%2042",
        "JSON page": "/_sandbox/messages?limit=100&offset=100",
    }
    found = {}
    with start(path) as sandbox, httpx.Client(base_url=sandbox.url) as http:
        for name, url in paths.items():
            taken = []
            for _ in range(times):
                started = time.perf_counter()
                assert http.get(url).status_code == 200
                taken.append((time.perf_counter() - started) * 1000)
            found[name] = statistics.median(taken)
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--smoke", action="store_true")
    smoke = parser.parse_args().smoke
    count, times = (2_000, 3) if smoke else (100_000, 20)
    with tempfile.TemporaryDirectory() as name:
        small = answers(100, Path(name), times)
        big = answers(count, Path(name), times)
    print(f"| answer | 100 stored, ms | {count:,} stored, ms | ratio |\n|---|---|---|---|")
    for key in big:
        print(f"| {key} | {small[key]:.1f} | {big[key]:.1f} | {big[key] / small[key]:.1f} |")
    worst = max(big.values())
    verdict = "met" if worst <= TARGET_MS else "MISSED"
    print(f"\n(p) the slowest inbox answer with {count:,} messages: {worst:.1f} ms "
          f"(target <= {TARGET_MS:.0f} ms): {verdict}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
