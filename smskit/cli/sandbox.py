"""``smskit sandbox`` (the four providers on 127.0.0.1 with an inbox) and ``smskit demo``
(one SMS through each real client, then an outbox killed mid-run and recovered)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from ..providers.acrobits import AcrobitsWebService
from ..providers.sipgate import Sipgate
from ..providers.smscx import Smscx
from ..providers.smsend import Smsend
from ._console import fail, guard, out
from ._demo_outbox import act as outbox_act
from ._settings import PROVIDERS, SANDBOX_SECRET, sandbox_settings


def sandbox(
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port")] = 8765,
    db: Annotated[
        Path | None, typer.Option("--db", help="SQLite file; default in your data dir.")
    ] = None,
    balance_parts: Annotated[
        int | None, typer.Option("--balance", help="Parts that can be sent.")
    ] = None,
    rate_limit: Annotated[
        int | None, typer.Option("--rate-limit", help="Requests/s per provider.")
    ] = None,
    allow_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-host",
            help="Also answer requests for this Host name (repeat; '*' for any, e.g. in a "
            "container network). Loopback names always work.",
        ),
    ] = None,
) -> None:
    """Serve every provider's API on HOST:PORT; messages are caught, never sent."""
    from ..sandbox import LOOPBACK_NAMES, Limits, Store, default_db, server

    path = db or default_db()
    url = f"http://{host}:{port}"
    out.print(f"smskit sandbox on {url}  (inbox: {url}/, messages: {path})")
    out.print("credentials: every secret is the word 'sandbox', with any id or user name")
    for provider in PROVIDERS:
        settings = sandbox_settings(provider, url)
        out.print(f"  {provider:9} {settings.get('base_url') or settings.get('send_url')}")
    names = set(allow_host or ())
    hosts = None if "*" in names else {*LOOPBACK_NAMES, *names, host.lower()}
    server(Store(path), host, port, Limits(balance=balance_parts, rate=rate_limit),
           allowed_hosts=hosts).run()  # fmt: skip


def demo(
    db: Annotated[
        Path | None, typer.Option("--db", help="SQLite file; default in your data dir.")
    ] = None,
) -> None:
    """Start the sandbox, send through all four providers' clients, show what was caught;
    then queue messages in an outbox, kill its dispatcher mid-run and recover, sending none
    twice."""
    from ..sandbox import default_db, start

    path = db or default_db()

    def run() -> None:
        with start(path) as running:
            url = running.url
            out.print(f"sandbox started on {url} (messages kept in {path})")
            oauth: dict[str, Any] = {
                "application_id": "demo-app",
                "application_secret": SANDBOX_SECRET,
            }
            steps: list[tuple[str, Any, dict[str, Any]]] = [
                (
                    "sipgate",
                    Sipgate(**sandbox_settings("sipgate", url)),
                    {"to": "+49 170 1234567", "text": "Hallo from smskit via sipgate"},
                ),
                (
                    "SMS.CX (OAuth2)",
                    Smscx(**oauth, scope="sms", base_url=url + "/smscx"),
                    {
                        "to": ["+31 6 12469001"],
                        "text": "Hi from smskit via SMS.CX",
                        "sender": "InfoText",
                    },
                ),
                (
                    "smsend (login)",
                    Smsend(**sandbox_settings("smsend", url)),
                    {"to": "+39 347 1234567", "text": "Ciao from smskit via smsend"},
                ),
                (
                    "Acrobits (JSON)",
                    AcrobitsWebService(**sandbox_settings("acrobits", url)),
                    {"to": "+1 415 555 2671", "text": "Hello from smskit via Acrobits 👋"},
                ),
            ]
            for label, client, kwargs in steps:
                with client:
                    result = client.send(**kwargs)
                out.print(f"  sent with {label:18} -> {', '.join(result.recipients)}")
            caught = running.store.messages(limit=len(steps))
            table = Table(title="caught by the sandbox (newest first)")
            for column in ("provider", "to", "text", "segments", "encoding", "status"):
                table.add_column(column)
            for m in caught:
                table.add_row(m.provider, m.recipient, m.text, str(m.parts), m.encoding, m.status)
            out.print(table)
            out.print(
                f"browse them: run `smskit sandbox --db {path}` and open http://127.0.0.1:8765/"
            )
            if {m.provider for m in caught} != {"sipgate", "smscx", "smsend", "acrobits"}:
                fail("the sandbox did not catch a message from every provider")
            if not outbox_act(url, running.store, out, path):
                fail("the outbox act sent a message twice")

    guard(run)
