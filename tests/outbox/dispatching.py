"""Run a dispatcher of either kind the same way, so every outbox test covers both twins."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import smskit

MODES = ["sync", "async"]


def run_until_empty(
    outbox: smskit.Outbox, routes: Mapping[str, Any], mode: str, **options: Any
) -> dict[str, int]:
    """Dispatch with connection-string routes (or ready senders of the mode's kind); what
    the run recorded, by state."""
    if mode == "sync":
        with outbox.dispatcher(routes, **options) as dispatcher:
            return dispatcher.run_until_empty()

    async def run() -> dict[str, int]:
        async with outbox.async_dispatcher(routes, **options) as dispatcher:
            return await dispatcher.run_until_empty()

    return asyncio.run(run())


def stored_text(url: str) -> str:
    """Everything an outbox stored, as text (to prove that no secret is in it)."""
    if url.startswith("sqlite:///"):
        return Path(url.removeprefix("sqlite:///")).read_bytes().decode("latin-1")
    import psycopg

    with psycopg.connect(url) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE tablename LIKE 'smskit_outbox_%'")]  # fmt: skip
        return "\n".join(str(conn.execute(f"SELECT * FROM {t}").fetchall()) for t in tables)  # noqa: S608
