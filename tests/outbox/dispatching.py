"""Run a dispatcher of either kind the same way, so every outbox test covers both twins."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

import smskit

MODES = ["sync", "async"]


def run_until_empty(
    outbox: smskit.Outbox, routes: Mapping[str, Any], mode: str, **options: Any
) -> None:
    """Dispatch with connection-string routes (or ready senders of the mode's kind)."""
    if mode == "sync":
        with outbox.dispatcher(routes, **options) as dispatcher:
            dispatcher.run_until_empty()
        return

    async def run() -> None:
        async with outbox.async_dispatcher(routes, **options) as dispatcher:
            await dispatcher.run_until_empty()

    asyncio.run(run())
