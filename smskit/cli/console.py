"""``smskit console``: the operator's console for an outbox (``smskit.console``). The token
comes from ``SMSKIT_CONSOLE_TOKEN`` only: a command line is visible to every user of the
machine."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from .. import errors
from ._console import fail, out
from .outbox import OutboxUrl, _open


def console(
    outbox: OutboxUrl = None,
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8780,
    refresh: Annotated[
        float, typer.Option("--refresh", help="Seconds between overview recomputations.")
    ] = 2.0,
) -> None:
    """Serve the outbox's console: overview, entries, actions and /metrics, behind a token."""
    from ..console import TOKEN_VARIABLE, create_app

    token = os.environ.get(TOKEN_VARIABLE, "")
    if not token:
        fail(f"set {TOKEN_VARIABLE} (the token operators log in with, 16 characters or more)", 2)
    import uvicorn

    box = _open(outbox)
    try:
        app = create_app(box, token=token, refresh=refresh)
    except errors.ValidationError as exc:
        box.close()
        fail(f"{TOKEN_VARIABLE if exc.field == 'token' else exc.field}: {exc.problem}", 2)
    out.print(
        f"smskit console on http://{host}:{port}/ (log in with {TOKEN_VARIABLE}); "
        "put TLS in front of it beyond this machine",
        highlight=False,
    )
    try:
        # An open overview tab holds a live stream: stopping waits for it at most 2 s.
        uvicorn.run(app, host=host, port=port, log_level="warning",
                    timeout_graceful_shutdown=2)  # fmt: skip
    finally:
        box.close()
