"""``smskit send --to-file`` straight through an async client, in flat memory.

The input is read as it is sent: a reader plans each line (``LinePlanner``) and hands the
sendable ones, in batches, to ``concurrency`` workers through a short queue, and every
outcome is written to the report and counted as it is known. Nothing grows with the file
but the duplicate check (``FirstSeen``, about 25 MB for a million numbers), so a million
lines send in the memory of a thousand. Progress shows from the start: the lines of a file
are counted first (a quick pass over its bytes).
"""

from __future__ import annotations

import asyncio
import signal
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any

import typer

from .. import errors
from ._bulk import SAFE_RERUN, InputLine, LinePlanner, Report, progress_bar, summarize
from ._console import out

Send = Callable[[Any, list[str]], Awaitable[Any]]


def count_lines(source: str) -> int | None:
    """How many lines a file has (None for stdin, which can be read once only)."""
    if source == "-":
        return None
    lines, last = 0, b"\n"
    with open(source, "rb") as handle:
        while chunk := handle.read(1 << 20):
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    return lines + (last != b"\n")


def _ids_by_recipient(result: Any, recipients: list[str]) -> dict[str, list[str]]:
    """Each recipient's message ids in a batch's result: from the provider's items when they
    name their recipient, else in order when there is one id per recipient."""
    found: dict[str, list[str]] = {}
    for item in getattr(getattr(result, "raw", None), "data", None) or ():
        to, msg_id = getattr(item, "to", None), getattr(item, "msg_id", None)
        if isinstance(to, str) and isinstance(msg_id, str):
            found.setdefault(to, []).append(msg_id)
    if not found and len(result.ids) == len(recipients):
        for to, msg_id in zip(recipients, result.ids, strict=True):
            found.setdefault(to, []).append(msg_id)
    return found


class _Run:
    def __init__(self, report: Report, total: int | None) -> None:
        self.report, self.total = report, total
        self.counts: Counter[str] = Counter()
        self.read = 0
        self.progress = progress_bar()
        self.task = self.progress.add_task("send", total=total)

    def settle(self, outcome: dict[str, Any]) -> None:
        self.report.write(outcome)
        self.counts[outcome["status"]] += 1
        self.progress.advance(self.task)


async def _stream(
    client: Any,
    lines: Iterator[InputLine],
    planner: LinePlanner,
    send: Send,
    run: _Run,
    concurrency: int,
    batch: int,
) -> None:
    # About two requests' worth of lines waiting per worker, whatever the batch size.
    waiting = max(2, concurrency * 2 // batch)
    queue: asyncio.Queue[list[dict[str, Any]] | None] = asyncio.Queue(maxsize=waiting)

    async def reader() -> None:
        group: list[dict[str, Any]] = []
        for item in lines:
            run.read += 1
            outcome = planner.outcome(item)
            if "status" in outcome:
                run.settle(outcome)
                continue
            group.append(outcome)
            if len(group) >= batch:
                await queue.put(group)
                group = []
        if group:
            await queue.put(group)
        for _ in range(concurrency):
            await queue.put(None)

    async def worker() -> None:
        while (group := await queue.get()) is not None:
            recipients = [outcome["to"] for outcome in group]
            try:
                result = await send(client, recipients)
                ids = _ids_by_recipient(result, recipients)
                for outcome in group:
                    outcome.update(status="sent", ids=ids.get(outcome["to"], []))
            except errors.ValidationError as exc:
                for outcome in group:
                    outcome.update(status="invalid", error=str(exc))
            except errors.SmskitError as exc:
                # "may it go again?" is answered by ``sent`` alone (DESIGN §16)
                status = "failed" if exc.sent is False else "unknown"
                for outcome in group:
                    outcome.update(status=status, error=f"{type(exc).__name__}: {exc}")
            for outcome in group:
                run.settle(outcome)

    async with client:
        work = asyncio.gather(reader(), *(worker() for _ in range(concurrency)))
        with _stopped_by_signals(work):
            await work


@contextmanager
def _stopped_by_signals(work: asyncio.Future[Any]) -> Iterator[None]:
    """Ctrl-C and SIGTERM cancel ``work`` and end in ``KeyboardInterrupt``. Handled by the
    event loop, not as an exception raised wherever the signal lands: raised inside a
    finalizer (aiohttp closes responses in ``__del__``), it was swallowed and the send
    went on to the end."""
    loop = asyncio.get_running_loop()
    signalled = False

    def stop() -> None:
        nonlocal signalled
        signalled = True
        work.cancel()

    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop)
    try:
        yield
    except asyncio.CancelledError:
        if not signalled:
            raise
        raise KeyboardInterrupt from None
    finally:
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(signum)


def send_streaming(
    client: Any,
    source: str,
    lines: Iterator[InputLine],
    planner: LinePlanner,
    send: Send,
    *,
    report: Report,
    concurrency: int,
    batch: int = 1,
) -> None:
    """Send every line of ``lines`` (read from ``source``), ``batch`` recipients a request.
    Ctrl-C or SIGTERM stops it: the report keeps every outcome known by then, and the
    summary says how to rerun safely."""
    run = _Run(report, count_lines(source) if source else None)
    interrupted = False
    try:
        with run.progress:
            asyncio.run(_stream(client, lines, planner, send, run, concurrency, batch))
    except KeyboardInterrupt:
        interrupted = True
    finally:
        report.close()
    settled = sum(run.counts.values())
    total = run.total if run.total is not None else run.read
    if total > settled:
        run.counts["not sent"] = total - settled
    counts = summarize(run.counts)
    if interrupted:
        out.print(
            f"stopped: {counts.get('not sent', 0)} line(s) without an outcome (some may have "
            f"been in flight). Running the same command again would send the sent lines twice; "
            f"with {SAFE_RERUN} a rerun resumes the job instead."
        )
        raise typer.Exit(1)
    if counts.get("unknown"):
        out.print(
            f"{counts['unknown']} line(s) may have been sent (the provider did not confirm): "
            "check them at the provider before sending them again."
        )
    if counts.get("failed"):
        out.print(f"tip: with {SAFE_RERUN}, failed lines can be retried without resending.")
    if counts.get("failed") or counts.get("unknown"):
        raise typer.Exit(1)
