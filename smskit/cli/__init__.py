"""The ``smskit`` command: send (one or in bulk), segments, balance, status, extensions, and
the local sandbox with its demo. Errors are one line and a non-zero exit, unless --debug."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from . import console as console_commands
from . import info
from . import sandbox as sandbox_commands
from . import send as send_commands
from . import webhooks as webhook_commands
from ._console import state
from ._settings import sandbox_settings
from .bridge import bridge_app
from .outbox import outbox_app

__all__ = ["app", "main", "sandbox_settings"]

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
app.add_typer(outbox_app, name="outbox")
app.add_typer(bridge_app, name="bridge")
for command in (
    send_commands.send,
    info.segments,
    info.balance,
    info.status,
    info.extensions,
    sandbox_commands.sandbox,
    sandbox_commands.demo,
    webhook_commands.webhooks,
    console_commands.console,
):
    app.command()(command)


@app.callback()
def main_options(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
) -> None:
    state["debug"] = debug


def main() -> None:
    # --debug is the whole program's option, but people type it after the command too
    # (``smskit send --debug ...``): wherever it stands, it counts.
    args = sys.argv[1:]
    if "--debug" in args[1:]:
        args = ["--debug", *[a for a in args if a != "--debug"]]
    app(args=args, prog_name="smskit")
