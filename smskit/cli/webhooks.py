"""``smskit webhooks``: the receiver of providers' delivery reports, into an outbox
(``smskit.webhooks``). The secret comes from ``SMSKIT_WEBHOOK_SECRET`` only: a command line
is visible to every user of the machine."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from .. import errors
from ._console import fail, out
from .outbox import OutboxUrl, _open

SECRET_VARIABLE = "SMSKIT_WEBHOOK_SECRET"  # noqa: S105 - a variable name, not a secret


def webhooks(
    outbox: OutboxUrl = None,
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8791,
) -> None:
    """Serve POST /smscx/dlr?secret=... (SMS.CX delivery reports) into the outbox."""
    secret = os.environ.get(SECRET_VARIABLE, "")
    if not secret:
        fail(f"set {SECRET_VARIABLE} (the secret the provider sends as ?secret=)", 2)
    import uvicorn

    from ..webhooks import create_app

    box = _open(outbox)
    try:
        app = create_app(box, secret=secret)
    except errors.ValidationError as exc:
        fail(f"{SECRET_VARIABLE}: {exc.problem}", 2)
    out.print(
        f"smskit webhooks on http://{host}:{port}/smscx/dlr?secret=... (the secret from "
        f"{SECRET_VARIABLE}); put TLS in front of it",
        highlight=False,
    )
    try:
        # uvicorn's access log would print the query string, which holds the secret.
        uvicorn.run(app, host=host, port=port, access_log=False, log_level="warning")
    finally:
        box.close()
