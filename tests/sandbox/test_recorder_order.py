"""The sandbox keeps a request before any byte of its answer leaves: the promise behind
"a message it answered for survives a kill with its request". An answer without a body
(sipgate's 204) is whole once its headers are out, so the headers wait for the record too."""

from __future__ import annotations

import asyncio
import sqlite3
from typing import Any

from starlette.responses import Response

from smskit.sandbox._store import Store
from smskit.sandbox._wire import Recorder


def test_the_exchange_is_kept_before_the_answer_starts_to_leave(tmp_path: Any) -> None:
    store = Store(tmp_path / "order.sqlite3")
    seen: list[str] = []

    async def provider(scope: Any, receive: Any, send: Any) -> None:
        from smskit.sandbox._store import SERVING

        tag = SERVING.get()
        assert tag is not None
        tag.used = True  # as Store.add marks a request that created messages
        await Response(status_code=204)(scope, receive, send)

    def kept() -> int:
        with sqlite3.connect(tmp_path / "order.sqlite3") as reader:  # another connection
            return int(reader.execute("SELECT COUNT(*) FROM exchanges").fetchone()[0])

    async def server_side_send(message: dict[str, Any]) -> None:
        seen.append(f"{message['type']} kept={kept()}")

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"{}", "more_body": False}

    scope = {"type": "http", "method": "POST", "path": "/sipgate/v2/sessions/sms",
             "query_string": b"", "headers": [(b"authorization", b"Basic dDpz")]}  # fmt: skip
    asyncio.run(Recorder(store).middleware(provider)(scope, receive, server_side_send))
    assert seen == ["http.response.start kept=1", "http.response.body kept=1"]
    store.close()
