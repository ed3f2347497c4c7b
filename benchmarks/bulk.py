"""``smskit send --to-file`` of a million lines: memory stays flat, progress starts at once.

    python benchmarks/bulk.py                 # 1,000,000 lines, sipgate and SMS.CX
    python benchmarks/bulk.py --lines 50000   # quicker

Each case runs the real CLI in a subprocess against benchmarks/server.py (sipgate: one request
per line; SMS.CX: 500 recipients a request) and reports its peak RSS (VmHWM, polled), the
seconds until the report's first line, and the throughput. The baseline in the same run is
the same command on 1% of the lines: "flat" means the peak barely moves with 100 times the input.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import server

CASES = {
    "sipgate": "sipgate://token-BENCH1:bench-token@{host}/v2",
    "smscx": "smscx://bench-api-key@{host}?sender=InfoText",
}


def _peak_kib(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in status.splitlines()
                 if line.startswith("VmHWM")), 0)  # fmt: skip


def run_case(url: str, provider: str, numbers: Path, workdir: Path) -> dict[str, float]:
    report = workdir / f"{provider}-{numbers.stem}.jsonl"
    dsn = CASES[provider].format(host=url.removeprefix("http://"))
    command = [sys.executable, "-m", "smskit", "send", "--dsn", dsn, "--to-file", str(numbers),
               "-t", "Hello", "--report", str(report), "--concurrency", "50"]  # fmt: skip
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             env={**os.environ, "COLUMNS": "120"})  # fmt: skip
    peak, first = 0, None
    while child.poll() is None:
        peak = max(peak, _peak_kib(child.pid))
        if first is None and report.exists() and report.stat().st_size:
            first = time.perf_counter() - started
        time.sleep(0.05)
    elapsed = time.perf_counter() - started
    statuses: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    with report.open() as outcomes:
        for line in outcomes:
            outcome = json.loads(line)
            statuses[outcome["status"]] += 1
            if "error" in outcome:
                errors[outcome["error"][:120]] += 1
    if statuses["sent"] != sum(statuses.values()):
        print(f"{provider}: {dict(statuses)}; most common errors: {errors.most_common(3)}",
              file=sys.stderr)  # fmt: skip
    lines = sum(statuses.values())
    return {"lines": lines, "sent": statuses["sent"], "peak_mib": peak / 1024,
            "first_s": first or elapsed, "per_s": lines / elapsed, "seconds": elapsed}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1_000_000)
    args = parser.parse_args()
    url, process = server.start()
    results: dict[str, dict[str, dict[str, float]]] = {}
    try:
        with tempfile.TemporaryDirectory() as scratch:
            workdir = Path(scratch)
            sizes = {"small": max(args.lines // 100, 1000), "full": args.lines}
            files = {}
            for name, count in sizes.items():
                files[name] = workdir / f"{name}.csv"
                with files[name].open("w") as handle:
                    handle.writelines(f"+4915{n:09d}\n" for n in range(count))
            for provider in CASES:
                results[provider] = {name: run_case(url, provider, files[name], workdir)
                                     for name in sizes}  # fmt: skip
    finally:
        process.terminate()
    print("| case | lines | peak RSS MiB | vs 1% of the lines | first outcome s | lines/s |")
    print("|---|---:|---:|---:|---:|---:|")
    for provider, by_size in results.items():
        small, full = by_size["small"], by_size["full"]
        print(f"| {provider} | {full['lines']:,.0f} | {full['peak_mib']:.0f} | "
              f"{full['peak_mib'] / small['peak_mib']:.2f}× | {full['first_s']:.2f} | "
              f"{full['per_s']:,.0f} |")  # fmt: skip
    ok = all(r["full"]["peak_mib"] <= 150 and r["full"]["first_s"] <= 1.5 for r in results.values())
    print("target (peak RSS ≤ 150 MB, first outcome within the first second or so):",
          "met" if ok else "NOT met")  # fmt: skip
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
