"""``smskit send --to-file``: one outcome per input line, streamed to the report as it is known
(a line written and flushed per outcome, so a kill loses nothing that was sent).

Two ways to send: straight through an async client (fast; a rerun after a crash sends again
what was sent), or through an outbox (``--outbox URL``): lines become entries keyed
``JOB:LINE`` and a dispatcher sends them, so rerunning the same command resumes the job and
never sends a line twice.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import attrs
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from .. import errors
from .._phone import normalize_recipients
from .._seen import FirstSeen
from ._console import err, out

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


class LinePlanner:
    """Each input line's outcome before sending: invalid, a duplicate of an earlier line (after
    normalisation ``0170 …`` and ``+49170…`` are one number; dropped as ``send(to=[a, a])``
    sends once, unless allowed), or ready to send (``to`` set, no ``status``)."""

    def __init__(self, provider: str, region: str | None, allow_duplicates: bool) -> None:
        self._allow_sip = provider in {"acrobits", "failover"}
        self._region, self._allow_duplicates = region, allow_duplicates
        self._seen = FirstSeen()

    def outcome(self, item: InputLine) -> dict[str, Any]:
        outcome: dict[str, Any] = {"line": item.line, "input": item.raw}
        if item.problem is not None:
            outcome.update(status="invalid", error=f"to: {item.problem}")
            return outcome
        try:
            (recipient,) = normalize_recipients(
                item.raw, default_region=self._region, allow_sip=self._allow_sip
            )
        except errors.ValidationError as exc:
            outcome.update(status="invalid", error=str(exc))
            return outcome
        outcome["to"] = recipient
        earlier = self._seen.first(recipient, item.line)
        if earlier is not None and not self._allow_duplicates:
            outcome.update(status="duplicate", duplicate_of=earlier)
        return outcome


def plan(
    provider: str, lines: list[InputLine], region: str | None, allow_duplicates: bool
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every line's outcome so far (``LinePlanner``), and the lines to send."""
    planner = LinePlanner(provider, region, allow_duplicates)
    outcomes = [planner.outcome(item) for item in lines]
    return outcomes, [o for o in outcomes if "status" not in o]


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


def summarize(counts: Counter[str]) -> Counter[str]:
    """The summary table of a bulk send's outcomes (``"not sent"``: lines without one)."""
    table = Table(title=f"{sum(counts.values())} line(s)")
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


def statuses(outcomes: list[dict[str, Any]]) -> Counter[str]:
    return Counter(o.get("status", "not sent") for o in outcomes)


def job_name(lines: list[InputLine], text: str) -> str:
    """The default --job: a digest of the input and the text, so the same command names the
    same job and a changed file or text is a new one."""
    digest = hashlib.sha256(text.encode())
    for item in lines:
        digest.update(f"\n{item.line}:{item.raw}".encode())
    return "job-" + digest.hexdigest()[:12]
