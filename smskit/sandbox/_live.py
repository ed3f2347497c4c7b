"""The inbox's live feed: ``GET /_sandbox/stream``, Server-Sent Events.

Every time the store changes (a message caught, a status set, one deleted, the inbox
cleared) the stream sends a ``total`` event (how many match the stream's query: ``provider``,
``to``, ``q``) and a ``messages`` event holding one page of them (``offset``, 100 a page) as
JSON, the same items as ``GET /_sandbox/messages``; the first pair is sent at once. The page
re-renders from it, so what it shows is always the store's state, whatever it missed while
away.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable

from starlette.requests import Request
from starlette.responses import StreamingResponse

from ._inbox import InboxView
from ._store import Store

POLL = 0.25  # seconds between looks at the store's version
KEEPALIVE = 15.0  # seconds between comments that keep proxies from closing an idle stream


class Live:
    def __init__(self, store: Store) -> None:
        self.store = store
        # Set by the server: a stream ends by itself when the sandbox stops, so stopping
        # never waits for an open inbox tab.
        self.stopping: Callable[[], bool] = lambda: False

    async def stream(self, request: Request) -> StreamingResponse:
        return StreamingResponse(
            self._events(request),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )

    async def _events(self, request: Request) -> AsyncIterator[str]:
        seen, quiet = -1, 0.0
        view = InboxView.of(request.query_params) or InboxView()
        while not self.stopping() and not await request.is_disconnected():
            if self.store.version != seen:
                seen = self.store.version
                found, total = view.read(self.store)
                items = json.dumps([m.as_json() for m in found])
                yield f"event: total\ndata: {total}\n\nevent: messages\ndata: {items}\n\n"
                quiet = 0.0
            elif quiet >= KEEPALIVE:
                yield ": keep-alive\n\n"
                quiet = 0.0
            await asyncio.sleep(POLL)
            quiet += POLL
