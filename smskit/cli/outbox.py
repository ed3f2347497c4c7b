"""The outbox on the command line: ``smskit send --to-file F --outbox URL`` (queue, then
dispatch; the same command again resumes the job) and ``smskit outbox
status|list|resolve|retry|cancel`` for the operator."""

from __future__ import annotations

import csv
import json
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from .. import errors
from .._env import expand_env
from ..outbox import Entry, Outbox
from ..outbox.dispatcher import Dispatcher
from ._bulk import Bulk, job_name, progress_bar, statuses, summarize
from ._console import fail, guard, out
from ._settings import DEFAULT_CONFIG, Config, read_config

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
    delivery: Annotated[
        str | None,
        typer.Option("--delivery", help="Only sent entries with this delivery (undelivered ...)."),
    ] = None,
    job: Annotated[
        str | None, typer.Option("--job", help="Only the entries of this send --to-file job.")
    ] = None,
    offset: Annotated[int, typer.Option("--offset", min=0, help="Skip this many.")] = 0,
    limit: Annotated[int, typer.Option("--limit", min=1, max=1000)] = 50,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print a JSON array of the entries (only that).")
    ] = False,
) -> None:
    """Entries, oldest first, with how many match in all. Into a pipe (or with --json) the
    output is for programs: tab-separated columns with a header line, or JSON."""

    def run() -> None:
        with _open(outbox) as box:
            page = box.search(state=state, delivery=delivery, offset=offset, limit=limit,
                              key_prefix=f"{job}:" if job else None, oldest_first=True)  # fmt: skip
        rows = [_listed(e) for e in page.entries]
        if as_json:
            sys.stdout.write(json.dumps(rows, ensure_ascii=False) + "\n")
            return
        first, last = offset + 1, offset + len(rows)
        summary = f"{page.total} entr{'y' if page.total == 1 else 'ies'}"
        if rows and len(rows) < page.total:
            summary += f"; showing {first} to {last}"
        if not sys.stdout.isatty():  # a pipe: every column whole, one line per entry
            sys.stdout.write("\t".join(LISTED) + "\n")
            for row in rows:
                sys.stdout.write("\t".join(_cell(row[c]) for c in LISTED) + "\n")
            sys.stderr.write(summary + "\n")
            return
        table = Table(title=summary)
        for column in LISTED:
            table.add_column(column, no_wrap=column in {"key", "to", "state", "updated"})
        for row in rows:
            table.add_row(*(_cell(row[c]) for c in LISTED))
        out.print(table)

    guard(run)


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


LISTED = ("key", "to", "via", "state", "delivery", "provider", "attempts", "updated", "error")


def _listed(entry: Entry) -> dict[str, Any]:
    return {"key": entry.key, "to": entry.to, "via": entry.via, "state": entry.state,
            "delivery": entry.delivery, "provider": entry.provider, "attempts": entry.attempts,
            "ids": list(entry.ids), "updated": _when(entry.updated_at), "error": entry.error,
            "text": entry.text}  # fmt: skip


@outbox_app.command()
def dispatch(
    outbox: OutboxUrl = None,
    route: Annotated[
        list[str] | None,
        typer.Option(
            "--route",
            help="NAME=DSN: the route NAME's entries go through DSN (repeat). Also [routes] in "
            "smskit.toml, or SMSKIT_DSN as the route 'main'.",
            show_default=False,
        ),
    ] = None,
    forever: Annotated[
        bool,
        typer.Option("--forever/--until-empty", help="Keep waiting for new entries (a worker)."),
    ] = False,
    concurrency: Annotated[int, typer.Option("--concurrency", min=1, max=256)] = 4,
    config: Config = None,
) -> None:
    """Send what the outbox holds (entries added from Python, say): until nothing is due,
    or --forever. Exit 1 when entries ended failed or unknown."""
    routes = _routes(route or [], config)

    def run() -> None:
        with _open(outbox) as box, box.dispatcher(routes, concurrency=concurrency) as worker:
            if forever:
                worker.run_forever()
                done: dict[str, int] = dict(worker.outcomes)
            else:
                done = worker.run_until_empty()
            counted = ", ".join(f"{state} {n}" for state, n in sorted(done.items()) if n)
            out.print(f"dispatched: {counted or 'nothing was due'}")
            if done.get("failed") or done.get("unknown"):
                target = f"--outbox {shown(outbox or '')}"
                out.print(f"see them: smskit outbox list --state unknown {target} (or --state "
                          f"failed); settle: smskit outbox resolve KEY --sent|--not-sent, "
                          f"smskit outbox retry KEY")  # fmt: skip
                raise typer.Exit(1)

    guard(run)


def _routes(given: list[str], config: Path | None) -> dict[str, str]:
    """--route NAME=DSN, else ``[routes]`` in smskit.toml, else SMSKIT_DSN as ``main``. The
    connection strings are never printed: they hold secrets."""
    routes: dict[str, str] = {}
    for spec in given:
        name, sep, dsn = spec.partition("=")
        if not sep or not name.strip() or not dsn.strip():
            fail("--route takes NAME=DSN, e.g. --route main=sipgate://ID:TOKEN@default", 2)
        routes[name.strip()] = dsn.strip()
    if routes:
        return routes
    path = config or (DEFAULT_CONFIG if DEFAULT_CONFIG.is_file() else None)
    table = read_config(path).get("routes") if path is not None else None
    if table is not None:
        if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
            fail(f'{path}: [routes] holds NAME = "DSN" lines', 2)
        return {name: expand_env(f"{path} [routes] {name}", dsn) for name, dsn in table.items()}
    if os.environ.get("SMSKIT_DSN"):
        return {"main": os.environ["SMSKIT_DSN"]}
    fail("give --route NAME=DSN (or [routes] in smskit.toml, or SMSKIT_DSN)", 2)


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
    """Local time with its offset from UTC, so a pasted line says when it was."""
    return moment.astimezone().isoformat(sep=" ", timespec="seconds")


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
