"""``smskit send --to-file``: one outcome per input line, streamed to the report as it is known
(a line written and flushed per outcome, so a kill loses nothing that was sent).

Two ways to send: straight through an async client (fast; a rerun after a crash sends again
what was sent), or through an outbox (``--outbox URL``): lines become entries keyed
``JOB:LINE`` and a dispatcher sends them, so rerunning the same command resumes the job and
never sends a line twice.
"""

from __future__ import annotations

import asyncio
import csv
import hashlib
import json
import signal
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import IO, Any

import attrs
import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from . import errors
from ._console import err, out
from ._phone import normalize_recipients

MAX_LINE = 1000  # characters; no recipient is longer, and csv refuses huge fields anyway
STATUSES = ("sent", "invalid", "duplicate", "failed", "unknown", "not sent")
SAFE_RERUN = "--outbox sqlite:///smskit-outbox.db"


@attrs.frozen
class InputLine:
    """One line of a --to-file: its number, the recipient as written, or why it is unusable."""

    line: int
    raw: str
    problem: str | None = None


def read_lines(source: str) -> Iterator[InputLine]:
    """Every input line: one number per line, or CSV (first column). A line that cannot be
    read (too long, broken quoting) is an input error of that line, not of the whole file."""
    handle = sys.stdin if source == "-" else open(source, encoding="utf-8-sig", newline="")  # noqa: SIM115
    with handle:
        for number, text in enumerate(handle, start=1):
            text = text.lstrip("\ufeff") if number == 1 else text
            if len(text) > MAX_LINE:
                yield InputLine(number, text[:40] + "...", f"line is over {MAX_LINE} characters")
                continue
            try:
                row = next(csv.reader([text]), [])
            except csv.Error as exc:
                yield InputLine(number, text.strip()[:40], f"not a CSV line ({exc})")
                continue
            yield InputLine(number, row[0].strip() if row else "")


def plan(
    provider: str, lines: list[InputLine], region: str | None, allow_duplicates: bool
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every line's outcome so far, and the lines to send. A number that an earlier line
    already holds (after normalisation: ``0170 …`` and ``+49170…`` are one number) is
    dropped as ``duplicate``, as ``send(to=[a, a])`` sends once, unless allowed."""
    outcomes: list[dict[str, Any]] = []
    to_send: list[dict[str, Any]] = []
    first_line: dict[str, int] = {}
    for item in lines:
        outcome: dict[str, Any] = {"line": item.line, "input": item.raw}
        outcomes.append(outcome)
        if item.problem is not None:
            outcome.update(status="invalid", error=f"to: {item.problem}")
            continue
        try:
            (recipient,) = normalize_recipients(
                item.raw, default_region=region, allow_sip=provider in {"acrobits", "failover"}
            )
        except errors.ValidationError as exc:
            outcome.update(status="invalid", error=str(exc))
            continue
        outcome["to"] = recipient
        if recipient in first_line and not allow_duplicates:
            outcome.update(status="duplicate", duplicate_of=first_line[recipient])
            continue
        first_line.setdefault(recipient, item.line)
        to_send.append(outcome)
    return outcomes, to_send


class Report:
    """The --report file: one JSON line per outcome, written and flushed as soon as it is
    known (from any thread), so what a kill leaves in it is true."""

    def __init__(self, path: Path | None) -> None:
        self._file: IO[str] | None = path.open("w", encoding="utf-8") if path else None
        self._lock = threading.Lock()

    def write(self, outcome: dict[str, Any]) -> None:
        if self._file is None:
            return
        with self._lock:
            self._file.write(json.dumps(outcome, ensure_ascii=False) + "\n")
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


@attrs.frozen
class Bulk:
    """One bulk send: the input, every line's outcome (filled in as they are known), the
    lines still to send, and where outcomes are reported."""

    lines: list[InputLine]
    text: str
    outcomes: list[dict[str, Any]]
    to_send: list[dict[str, Any]]
    concurrency: int
    report: Report


def progress_bar() -> Progress:
    return Progress(TextColumn("sending"), BarColumn(), MofNCompleteColumn(),
                    TimeRemainingColumn(), console=err)  # fmt: skip


def summarize(outcomes: list[dict[str, Any]]) -> Counter[str]:
    counts = Counter(o.get("status", "not sent") for o in outcomes)
    table = Table(title=f"{len(outcomes)} line(s)")
    table.add_column("outcome")
    table.add_column("count", justify="right")
    for status in STATUSES:
        if counts.get(status) or status in {"sent", "invalid", "duplicate", "failed"}:
            table.add_row(status, str(counts.get(status, 0)))
    out.print(table)
    if counts.get("duplicate"):
        out.print(
            f"{counts['duplicate']} duplicate line(s) dropped "
            "(the same number after normalisation); --allow-duplicates sends them"
        )
    return counts


def send_directly(client: Any, bulk: Bulk, send: Callable[[Any, str], Any]) -> None:
    """Send each planned line through an async client, ``concurrency`` at a time. Ctrl-C or
    SIGTERM stops it: the report keeps every outcome known by then, and the summary says how
    to rerun safely."""
    outcomes, to_send, report = bulk.outcomes, bulk.to_send, bulk.report
    for outcome in outcomes:
        if "status" in outcome:
            report.write(outcome)
    interrupted = False

    async def run() -> None:
        gate = asyncio.Semaphore(bulk.concurrency)
        async with client:
            with progress_bar() as progress:
                task = progress.add_task("send", total=len(to_send))

                async def one(outcome: dict[str, Any]) -> None:
                    async with gate:
                        try:
                            result = await send(client, outcome["to"])
                            outcome.update(status="sent", ids=list(result.ids))
                        except errors.ValidationError as exc:
                            outcome.update(status="invalid", error=str(exc))
                        except errors.SmskitError as exc:
                            outcome.update(status="failed", error=f"{type(exc).__name__}: {exc}")
                    report.write(outcome)
                    progress.advance(task)

                await asyncio.gather(*(one(outcome) for outcome in to_send))

    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        if to_send:
            asyncio.run(run())
    except KeyboardInterrupt:
        interrupted = True
    finally:
        signal.signal(signal.SIGTERM, previous)
        report.close()
    counts = summarize(outcomes)
    if interrupted:
        left = counts.get("not sent", 0)
        out.print(
            f"stopped: {left} line(s) without an outcome (some may have been in flight). "
            f"Running the same command again would send the sent lines twice; with {SAFE_RERUN} "
            "a rerun resumes the job instead."
        )
        raise typer.Exit(1)
    if counts.get("failed"):
        out.print(f"tip: with {SAFE_RERUN}, failed lines can be retried without resending.")
        raise typer.Exit(1)


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def job_name(lines: list[InputLine], text: str) -> str:
    """The default --job: a digest of the input and the text, so the same command names the
    same job and a changed file or text is a new one."""
    digest = hashlib.sha256(text.encode())
    for item in lines:
        digest.update(f"\n{item.line}:{item.raw}".encode())
    return "job-" + digest.hexdigest()[:12]
