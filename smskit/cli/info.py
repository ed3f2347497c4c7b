"""Commands that measure a text or ask a provider: ``segments``, ``balance``, ``status``,
``extensions``."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from .._segments import segments as measure
from ._console import fail, guard, out
from ._settings import Config, Connection, Dsn, ProviderChoice, Sandbox


def segments(
    text: Annotated[str, typer.Argument(help="The message text.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """How TEXT travels as SMS: encoding, parts, characters left in the last part."""
    shape = measure(text)
    fields = {
        "encoding": shape.encoding,
        "characters": shape.characters,
        "units": shape.units,
        "parts": shape.parts,
        "per_part": shape.per_part,
        "remaining": shape.remaining,
        "outside_gsm7": list(shape.outside_gsm7),
    }
    if as_json:
        out.print_json(json.dumps(fields))
        return
    table = Table(show_header=False)
    for name, value in fields.items():
        if name == "outside_gsm7":
            value = ", ".join(f"{c} (U+{ord(c):04X})" for c in shape.outside_gsm7) or "none"
            name = "outside GSM-7"
        table.add_row(name, str(value))
    out.print(table)


def balance(
    provider: ProviderChoice = None, dsn: Dsn = None, sandbox: Sandbox = None,
    config: Config = None,
) -> None:  # fmt: skip
    """The account's credit (SMS.CX or smsend; SMS.CX's environment when nothing is given)."""
    connection = Connection.choose(provider, sandbox, config, False, dsn, "smscx")
    provider = connection.provider

    def run() -> None:
        with connection.client() as client:
            if provider == "smscx":
                b = client.balance()
                out.print(f"{b.balance} {b.currency}")
            elif provider == "smsend":
                status = client.credits()
                for credit in status.sms:
                    out.print(f"{credit.type_}: {credit.quantity}")
            else:
                fail(f"{provider} has no balance endpoint", 2)

    guard(run)


def status(
    message_id: Annotated[str, typer.Argument(help="SMS.CX msgId or smsend order id.")],
    provider: ProviderChoice = None,
    dsn: Dsn = None,
    sandbox: Sandbox = None,
    config: Config = None,
) -> None:
    """Where a message (SMS.CX) or an order (smsend) stands."""
    connection = Connection.choose(provider, sandbox, config, False, dsn, "smscx")
    provider = connection.provider

    def run() -> None:
        with connection.client() as client:
            if provider == "smscx":
                r = client.report(message_id)
                out.print(f"{r.msg_id}: {r.status} (to {r.to})")
            elif provider == "smsend":
                for recipient in client.order_status(message_id).recipients:
                    out.print(f"{recipient.destination}: {recipient.status}")
            else:
                fail(f"{provider} has no status endpoint", 2)

    guard(run)


def extensions(
    user_id: Annotated[
        str | None, typer.Option("--user-id", help="Defaults to the token's owner.")
    ] = None,
    dsn: Dsn = None,
    sandbox: Sandbox = None,
    config: Config = None,
) -> None:
    """sipgate web SMS extensions (the sms_id to send from)."""
    connection = Connection.choose(
        "sipgate" if sandbox else None, sandbox, config, False, dsn, "sipgate"
    )
    if connection.provider != "sipgate":
        fail(f"extensions are sipgate's; the connection string is {connection.provider}", 2)

    def run() -> None:
        with connection.client() as client:
            for ext in client.sms_extensions(user_id or client.userinfo().sub):
                out.print(f"{ext.id}  {ext.alias}  ({ext.caller_id})")

    guard(run)
