"""``smskit send``: one message, or a file of numbers streamed in batches (``--to-file``),
directly or through an outbox (``--outbox``: resumable, never a duplicate)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from .._phone import normalize_recipients
from ._bulk import Bulk, InputLine, LinePlanner, Report, plan, read_lines
from ._console import fail, guard, out
from ._settings import AllowInsecure, Config, Connection, Dsn, ProviderChoice, Sandbox
from ._stream import send_streaming
from .outbox import CLI_LEASE, OutboxUrl, send_via_outbox


def _send_kwargs(provider: str, sender: str | None, extra: dict[str, Any]) -> dict[str, Any]:
    kwargs = dict(extra)
    if sender is not None:
        if provider not in {"smscx", "smsend"}:
            fail(f"--sender is not supported by {provider}", 2)
        kwargs["sender"] = sender
    elif provider == "smscx":
        kwargs["sender"] = "InfoText"
    return kwargs


SMSCX_BATCH = 500


def send(
    text: Annotated[str, typer.Option("--text", "-t", help="The message.")],
    provider: ProviderChoice = None,
    dsn: Dsn = None,
    to: Annotated[
        list[str] | None, typer.Option("--to", help="A recipient; repeat for more.")
    ] = None,
    to_file: Annotated[
        str | None, typer.Option("--to-file", help="Numbers, one a line or CSV; - for stdin.")
    ] = None,
    sender: Annotated[
        str | None, typer.Option("--sender", help="Sender id (SMS.CX, smsend).")
    ] = None,
    region: Annotated[
        str | None, typer.Option("--region", help="Region for national numbers, e.g. DE.")
    ] = None,
    concurrency: Annotated[int, typer.Option("--concurrency", min=1, max=100)] = 8,
    report: Annotated[
        Path | None, typer.Option("--report", help="Write one JSON line per input line.")
    ] = None,
    allow_duplicates: Annotated[
        bool,
        typer.Option(
            "--allow-duplicates", help="Send again to a number that is in the file twice."
        ),
    ] = False,
    outbox: OutboxUrl = None,
    lease: Annotated[
        float,
        typer.Option(
            "--lease",
            min=0.1,
            help="With --outbox: seconds before a dead run's claims are picked up.",
        ),
    ] = CLI_LEASE,
    job: Annotated[
        str | None,
        typer.Option(
            "--job",
            help="With --outbox: the job's name (default: a digest of the "
            "file and the text); keys are JOB:LINE.",
            show_default=False,
        ),
    ] = None,
    sandbox: Sandbox = None,
    config: Config = None,
    allow_insecure: AllowInsecure = False,
) -> None:
    """Send TEXT to --to numbers, or to every line of --to-file, with progress and a report
    streamed line by line. With --outbox the job survives Ctrl-C, kill -9 and outages: run
    the same command again to resume it, without sending any line twice."""
    connection = Connection.choose(provider, sandbox, config, allow_insecure, dsn)
    if connection.dsn is not None:
        if sender is not None:
            fail("--sender goes into the connection string (?sender=...)", 2)
        kwargs: dict[str, Any] = {}
    else:
        kwargs = _send_kwargs(
            connection.provider, sender, {"default_region": region} if region else {}
        )
    if not to_file and not to:
        fail("give --to or --to-file", 2)
    if outbox is None and (lease != CLI_LEASE or job is not None):
        fail("--lease and --job go with --outbox", 2)
    if not to_file and outbox is None:

        def single() -> None:
            recipients: Any = to or []
            if connection.dsn is not None:  # a Sender takes E.164 (or SIP) only
                recipients = normalize_recipients(recipients, default_region=region, allow_sip=True)
            with connection.client() as client:
                result = client.send(to=recipients, text=text, **kwargs)
            out.print(
                f"sent via {result.provider} to {', '.join(result.recipients)}"
                + (f"  ids: {', '.join(result.ids)}" if result.ids else "")
            )

        guard(single)
        return
    if outbox is None and to_file:
        # Straight through an async client, streamed: a batch of recipients per request where
        # the provider takes many (SMS.CX), one request per recipient elsewhere.
        batch = SMSCX_BATCH if connection.provider == "smscx" and not allow_duplicates else 1

        def send_many(client: Any, recipients: list[str]) -> Any:
            return client.send(to=recipients, text=text, **kwargs)

        planner = LinePlanner(connection.provider, region, allow_duplicates)
        guard(lambda: send_streaming(connection.client(use_async=True), to_file,
                                     read_lines(to_file), planner, send_many, report=Report(report),
                                     concurrency=concurrency, batch=batch))  # fmt: skip
        return
    lines = (
        list(read_lines(to_file))
        if to_file
        else [InputLine(n, number) for n, number in enumerate(to or [], start=1)]
    )
    outcomes, to_send = plan(connection.provider, lines, region, allow_duplicates)
    bulk = Bulk(lines, text, outcomes, to_send, concurrency, Report(report))
    assert outbox is not None  # every other case returned above
    # The outbox sends through the Sender interface: what a send call would take (``sender``)
    # is given to the client when it is built instead.
    defaults = {k: v for k, v in kwargs.items() if k == "sender"}

    def queue_and_dispatch() -> None:
        with connection.client(defaults=defaults) as client:
            send_via_outbox(client, outbox, bulk, job=job, lease=lease)

    guard(queue_and_dispatch)


# Recipients per SMS.CX request in a streamed bulk send (the API takes up to 25,000): few
# requests, and a refused batch costs a few hundred lines' retry, not a whole file's.
