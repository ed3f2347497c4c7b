"""``smskit bridge``: serve the Acrobits web services; ``hash-password``; ``account-xml``."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer

from .. import errors
from .._logging import log_to_stderr
from ._console import fail, out

bridge_app = typer.Typer(help="The Acrobits Send Message web service over smskit routes.")


@bridge_app.callback(invoke_without_command=True)
def serve(
    ctx: typer.Context,
    config: Annotated[
        Path | None, typer.Option("--config", help="bridge.toml (see docs/bridge.md).")
    ] = None,
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8790,
) -> None:
    """Serve /send_message and /fetch_messages (put TLS in front: softphones send passwords)."""
    if ctx.invoked_subcommand is not None:
        return
    if config is None:
        fail("give --config bridge.toml", 2)
    import uvicorn

    from ..bridge import create_app

    try:
        app = create_app(config)
    except errors.ValidationError as exc:
        fail(f"ValidationError: {exc}", 2)
    log_to_stderr(logging.INFO)  # the bridge's access log, unless SMSKIT_LOG asked for more
    out.print(f"smskit bridge on http://{host}:{port}/send_message", highlight=False)
    # uvicorn's own access log would print query strings, and the GET form carries the
    # password there: the bridge logs its own lines instead.
    uvicorn.run(app, host=host, port=port, access_log=False, log_level="info")


@bridge_app.command("hash-password")
def hash_password_command() -> None:
    """Ask for a password (never on the command line) and print its hash for the config."""
    from ..bridge import hash_password

    # Prompts go to stderr, so that H=$(smskit bridge hash-password) holds only the hash.
    password = typer.prompt("password", hide_input=True, confirmation_prompt=True, err=True)
    try:
        typer.echo(hash_password(password))
    except errors.ValidationError as exc:
        fail(f"ValidationError: {exc}", 2)


@bridge_app.command("account-xml")
def account_xml_command(
    url: Annotated[str, typer.Option("--url", help="The bridge's public https:// address.")],
    form: Annotated[str, typer.Option("--form", help="json, form or get.")] = "json",
) -> None:
    """Print the Account XML keys for Send and Fetch Messages."""
    from ..bridge import account_xml

    try:
        keys = account_xml(url, form)
    except errors.ValidationError as exc:
        fail(f"ValidationError: {exc}", 2)
    for key, value in keys.items():
        typer.echo(f"<{key}>{_escape(value)}</{key}>")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
