"""The ``smskit`` command: send (one or in bulk), segments, balance, status, extensions, and
the local sandbox with its demo. Errors are one line and a non-zero exit, unless --debug."""

from __future__ import annotations

import copy
import re
import sys
from typing import Annotated, Any

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
    click_command().main(args=args, prog_name="smskit")


def click_command() -> Any:
    """The ``smskit`` command as click runs it, its help made readable."""
    made = typer.main.get_command(app)
    try:
        _readable_help(made)
    except Exception:
        made = typer.main.get_command(app)  # the help as typer writes it, unchanged
    return made


def _readable_help(command: Any) -> None:
    """Help as a person reads it: placeholders named in capitals (URL, KEY) instead of
    ``<str>`` and ``{key}``, and docstrings' ``code`` quoted plainly."""
    if command.help:
        command.help = re.sub(r"``([^`]+)``", r"'\1'", command.help)
    if command.short_help:
        command.short_help = re.sub(r"``([^`]+)``", r"'\1'", command.short_help)
    for param in command.params:
        kind = getattr(param, "param_type_name", "")  # typer carries its own click
        if kind == "argument" or (
            kind == "option" and not getattr(param, "is_flag", False)
            and not getattr(param, "count", False)
        ):  # fmt: skip
            name = (
                param.metavar
                or _PLACEHOLDERS.get(param.name or "", "")
                or ((param.name or "value").upper())
            )
            param.metavar = name
            if kind == "argument":  # KEY, not typer's {KEY} and <str>
                param.get_usage_pieces = lambda ctx, _name=name: [_name]
                shown = getattr(param, "type", None)
                if shown is not None:
                    param.type = copy.copy(shown)
                    param.type.get_metavar = lambda *args, **kwargs: ""
    for sub in getattr(command, "commands", {}).values():
        _readable_help(sub)


# What an option's value is, where its name does not say it.
_PLACEHOLDERS = {"outbox": "URL", "dsn": "DSN", "sandbox": "URL", "config": "FILE",
                 "to_file": "FILE", "report": "FILE", "from_file": "FILE", "route": "NAME=DSN",
                 "host": "HOST", "port": "PORT"}  # fmt: skip
