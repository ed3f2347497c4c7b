"""What every ``smskit`` command shares: where it prints, and how an error ends it (one line
and a non-zero exit, unless --debug)."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from typing import NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from .. import errors

out = Console()
err = Console(stderr=True)
state = {"debug": False}


def fail(message: str, code: int = 1) -> NoReturn:
    if state["debug"] and sys.exc_info()[1] is not None:  # --debug: the why, then the line
        traceback.print_exc()
    err.print(f"[red]error:[/red] {escape(message)}", highlight=False, markup=True, soft_wrap=True)
    raise typer.Exit(code)


def guard(action: Callable[[], None]) -> None:
    """Run a command: smskit's errors become one line and exit 1, unless --debug."""
    try:
        action()
    except errors.SmskitError as exc:
        if state["debug"]:
            raise
        # A provider's error that leaves the send open says so; a storage fault does not.
        uncertain = exc.sent is None and isinstance(exc, errors.TransportError | errors.ApiError)
        warning = (
            " (the provider may have acted on it: check before repeating)" if uncertain else ""
        )
        fail(f"{type(exc).__name__}: {exc}{warning}")
    except (OSError, ValueError) as exc:
        if state["debug"]:
            raise
        fail(str(exc))
