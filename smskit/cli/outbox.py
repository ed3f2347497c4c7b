"""The outbox on the command line: ``smskit send --to-file F --outbox URL`` (queue, then
dispatch; the same command again resumes the job) and ``smskit outbox
status|list|resolve|retry|cancel`` for the operator."""

from __future__ import annotations

import csv
import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from .. import errors
from ..outbox import Entry, Outbox
from ..outbox.dispatcher import Dispatcher
from ._bulk import Bulk, job_name, progress_bar, statuses, summarize
from ._console import fail, guard, out

CLI_LEASE = 15.0  # a resumed run waits at most this long for a dead run's claims
OUTCOME = {"sent": "sent", "failed": "failed", "unknown": "unknown", "cancelled": "not sent"}

OutboxUrl = Annotated[
    str | None,
    typer.Option(
        "--outbox",
        envvar="SMSKIT_OUTBOX",
        help="Outbox URL, e.g. sqlite:///smskit-outbox.db (also SMSKIT_OUTBOX).",
        show_default=False,
    ),
]
outbox_app = typer.Typer(
    no_args_is_help=True,
    help="Look after an outbox: what is in it, and the operator's decisions.",
)


def shown(url: str) -> str:
    """The URL as printed in advice: a URL with credentials is named, never shown."""
    return "$SMSKIT_OUTBOX" if "@" in url else url


def _open(url: str | None) -> Outbox:
    if not url:
        fail("give --outbox URL (or set SMSKIT_OUTBOX), e.g. sqlite:///smskit-outbox.db", 2)
    try:
        return Outbox(url)
    except errors.ValidationError as exc:
        fail(f"ValidationError: {exc}", 2)


def send_via_outbox(sender: Any, url: str, bulk: Bulk, *, job: str | None, lease: float) -> None:
    """Queue every planned line as ``JOB:LINE`` (a rerun finds them there), then dispatch
    until each has an outcome, streaming outcomes to the report as they are recorded."""
    text, outcomes, to_send, report = bulk.text, bulk.outcomes, bulk.to_send, bulk.report
    name = job or job_name(bulk.lines, text)
    by_key = {f"{name}:{o['line']}": o for o in to_send}
    with _open(url) as outbox:
        try:
            entries = outbox.add_many(
                {"to": o["to"], "text": text, "via": name, "key": key} for key, o in by_key.items()
            )
        except errors.ValidationError as exc:
            report.close()
            fail(f"ValidationError: {exc} (a --job name is one file and one text)", 2)
        for outcome in outcomes:
            if "status" in outcome:
                report.write(outcome)
        with progress_bar() as progress:
            task = progress.add_task("send", total=len(by_key))

            def record(entry: Entry) -> None:
                outcome = by_key[entry.key]
                outcome.update(status=OUTCOME.get(entry.state, entry.state))
                if entry.ids:
                    outcome["ids"] = list(entry.ids)
                if entry.error and entry.state != "sent":
                    outcome["error"] = entry.error
                report.write(outcome)
                progress.advance(task)

            for entry in entries:
                if entry.state in OUTCOME:  # settled by an earlier run of this job
                    record(entry)
            resumed = progress.tasks[0].completed
            dispatcher = Dispatcher(outbox, {name: sender}, lease=lease,
                                    concurrency=bulk.concurrency, on_outcome=record)  # fmt: skip
            with dispatcher:
                dispatcher.run_until_empty()
        report.close()
        if resumed:
            out.print(f"resumed job {name}: {int(resumed)} line(s) were settled by an earlier run")
        counts = summarize(statuses(outcomes))
        _advise(outbox, url, [o for o in by_key.items() if o[1].get("status") != "sent"])
    if counts.get("not sent") or dispatcher.stopped_by_signal:
        out.print(
            f"stopped: {counts.get('not sent', 0)} line(s) still queued. Run the same command "
            "again to resume the job: nothing is sent twice."
        )
        raise typer.Exit(1)
    if counts.get("failed") or counts.get("unknown") or counts.get("invalid"):
        raise typer.Exit(1)


def _advise(outbox: Outbox, url: str, unsettled: list[tuple[str, dict[str, Any]]]) -> None:
    """List entries that need a person (failed, unknown) with the commands that settle them."""
    needing = [(k, o) for k, o in unsettled if o.get("status") in {"failed", "unknown"}]
    if not needing:
        return
    table = Table(title="need a decision")
    for column in ("key", "to", "outcome", "why"):
        table.add_column(column, no_wrap=column != "why")
    for key, outcome in needing[:20]:
        table.add_row(key, outcome["to"], outcome["status"], outcome.get("error", ""))
    out.print(table)
    if len(needing) > 20:
        out.print(f"... and {len(needing) - 20} more: smskit outbox list --state unknown")
    target = f"--outbox {shown(url)}"
    out.print(
        f"unknown (the provider cannot tell whether it went out): smskit outbox resolve KEY "
        f"--sent|--not-sent {target}\nfailed: smskit outbox retry KEY {target}"
    )


# ------------------------------------------------------------------ smskit outbox ...


@outbox_app.command()
def status(outbox: OutboxUrl = None) -> None:
    """How many entries are in each state."""

    def run() -> None:
        with _open(outbox) as box:
            counts = box.counts()
            deliveries = box.delivery_counts()
        table = Table(title="outbox")
        table.add_column("state")
        table.add_column("entries", justify="right")
        for state, count in counts.items():
            table.add_row(state, str(count))
        out.print(table)
        delivered = Table(title="delivery of sent entries (routes that report it)")
        delivered.add_column("delivery")
        delivered.add_column("entries", justify="right")
        for state, count in deliveries.items():
            delivered.add_row(state, str(count))
        out.print(delivered)

    guard(run)


@outbox_app.command("list")
def list_entries(
    outbox: OutboxUrl = None,
    state: Annotated[
        str | None, typer.Option("--state", help="Only entries in this state.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1)] = 50,
    delivery: Annotated[
        str | None,
        typer.Option("--delivery", help="Only sent entries with this delivery (undelivered ...)."),
    ] = None,
) -> None:
    """Entries, oldest first."""

    def run() -> None:
        with _open(outbox) as box:
            entries = box.list(state=state, limit=limit, delivery=delivery)
        table = Table(title=f"{len(entries)} entr{'y' if len(entries) == 1 else 'ies'}")
        for column in ("key", "to", "via", "state", "delivery", "provider", "attempts",
                       "updated", "error"):  # fmt: skip
            table.add_column(column, no_wrap=column in {"key", "to", "state"})
        for e in entries:
            table.add_row(e.key, e.to, e.via, e.state, e.delivery or "", e.provider or "",
                          str(e.attempts), _when(e.updated_at), e.error or "")  # fmt: skip
        out.print(table)

    guard(run)


@outbox_app.command()
def resolve(
    key: Annotated[str, typer.Argument(help="The entry's key.")],
    sent: Annotated[
        bool | None,
        typer.Option(
            "--sent/--not-sent", help="Whether it reached the recipient.", show_default=False
        ),
    ] = None,
    outbox: OutboxUrl = None,
) -> None:
    """Decide an ``unknown`` entry: --sent marks it sent; --not-sent queues it again."""
    if sent is None:
        fail("say --sent or --not-sent", 2)
    _operate(outbox, key, lambda box: box.resolve(key, sent=bool(sent)))


@outbox_app.command()
def retry(
    key: Annotated[str, typer.Argument(help="The entry's key.")], outbox: OutboxUrl = None
) -> None:
    """Queue a ``failed`` entry again."""
    _operate(outbox, key, lambda box: box.retry(key))


@outbox_app.command()
def cancel(
    key: Annotated[str, typer.Argument(help="The entry's key.")], outbox: OutboxUrl = None
) -> None:
    """Cancel a ``queued`` entry: it will not be sent."""
    _operate(outbox, key, lambda box: box.cancel(key))


def _operate(url: str | None, key: str, action: Any) -> None:
    def run() -> None:
        with _open(url) as box:
            try:
                entry = action(box)
            except KeyError:
                fail(f"no entry with key {key!r}")
        out.print(f"{entry.key}: {entry.state}")

    guard(run)


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


@outbox_app.command()
def inbound(
    outbox: OutboxUrl = None,
    limit: Annotated[int, typer.Option("--limit", min=1)] = 50,
) -> None:
    """Received SMS (replies), oldest first, as dispatchers with receive=True stored them."""

    def run() -> None:
        with _open(outbox) as box:
            messages = box.inbound(limit=limit)
        table = Table(title=f"{len(messages)} received message(s)")
        for column in ("received", "from", "to", "provider", "text"):
            table.add_column(column)
        for m in messages:
            table.add_row(_when(m.received_at or m.stored_at), m.sender, m.recipient or "",
                          m.provider, m.text)  # fmt: skip
        out.print(table)

    guard(run)


@outbox_app.command()
def suppress(
    number: Annotated[str | None, typer.Argument(help="The number to stop sending to.")] = None,
    reason: Annotated[str | None, typer.Option("--reason")] = None,
    from_file: Annotated[
        Path | None,
        typer.Option(
            "--from-file", help="CSV: number[,reason] a line (as suppressed --csv writes)."
        ),
    ] = None,
    outbox: OutboxUrl = None,
) -> None:
    """Opt a number out (or every number of --from-file): nothing is sent to it any more."""
    if (number is None) == (from_file is None):
        fail("give a NUMBER or --from-file F", 2)

    def run() -> None:
        rows = [[number, reason or ""]] if number is not None else _csv_rows(from_file)
        added = 0
        with _open(outbox) as box:
            for line, row in enumerate(rows, start=1):
                try:
                    added += box.suppress(row[0], reason=(row[1] if len(row) > 1 else "") or None)
                except errors.ValidationError as exc:
                    fail(f"line {line}: {exc}" if number is None else str(exc), 2)
        out.print(f"{added} number(s) suppressed, {len(rows) - added} already were")

    guard(run)


@outbox_app.command()
def unsuppress(
    number: Annotated[str, typer.Argument(help="The number to send to again.")],
    outbox: OutboxUrl = None,
) -> None:
    """Opt a number back in (entries already suppressed stay so)."""

    def run() -> None:
        with _open(outbox) as box:
            changed = box.unsuppress(number, detail="unsuppressed by an operator")
        out.print(f"{number}: {'unsuppressed' if changed else 'was not suppressed'}")

    guard(run)


@outbox_app.command()
def suppressed(
    outbox: OutboxUrl = None,
    csv_out: Annotated[bool, typer.Option("--csv", help="number,reason,since as CSV.")] = False,
) -> None:
    """The suppressed numbers, oldest first (--csv to export; suppress --from-file imports)."""

    def run() -> None:
        with _open(outbox) as box:
            numbers = box.suppressed()
        if csv_out:
            writer = csv.writer(sys.stdout, lineterminator="\n")
            writer.writerow(["number", "reason", "since"])
            for s in numbers:
                writer.writerow([s.number, s.reason or "", s.at.isoformat()])
            return
        table = Table(title=f"{len(numbers)} suppressed number(s)")
        for column in ("number", "reason", "since"):
            table.add_column(column)
        for s in numbers:
            table.add_row(s.number, s.reason or "", _when(s.at))
        out.print(table)

    guard(run)


def _csv_rows(path: Path | None) -> list[list[str]]:
    """Rows of a suppression CSV (a header line ``number,...`` is skipped)."""
    assert path is not None
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = [row for row in csv.reader(handle) if row and row[0].strip()]
    if rows and rows[0][0].strip().lower() == "number":
        rows = rows[1:]
    return rows
