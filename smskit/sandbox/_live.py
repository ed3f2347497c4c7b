"""The inbox's live feed: ``GET /_sandbox/stream``, Server-Sent Events.

Every time the store changes (a message caught, a status set, the inbox cleared) the stream
sends one ``messages`` event holding the newest 500 messages as JSON, the same items as
``GET /_sandbox/messages``; the first event is sent at once. The page re-renders from it,
so what it shows is always the store's state, whatever events it missed while away.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable

from starlette.requests import Request
from starlette.responses import StreamingResponse

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
        while not self.stopping() and not await request.is_disconnected():
            if self.store.version != seen:
                seen = self.store.version
                items = [m.as_json() for m in self.store.messages(500)]
                yield f"event: messages\ndata: {json.dumps(items)}\n\n"
                quiet = 0.0
            elif quiet >= KEEPALIVE:
                yield ": keep-alive\n\n"
                quiet = 0.0
            await asyncio.sleep(POLL)
            quiet += POLL
