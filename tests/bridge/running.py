"""The bridge served by uvicorn on 127.0.0.1 (a free port) in a background thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import uvicorn
from servers import free_port

from smskit.bridge import create_app, hash_password

PASSWORD = "12345678"  # the seed's example password
HASH = hash_password(PASSWORD)


def account(route: str, username: str = "johndow", **extra: Any) -> dict[str, Any]:
    return {"username": username, "password_hash": HASH, "route": route, **extra}


@contextmanager
def running(config: Mapping[str, Any]) -> Iterator[str]:
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(config), host="127.0.0.1", port=port,
                                           log_level="warning", access_log=False))  # fmt: skip
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "the bridge did not start"
        assert thread.is_alive(), "the bridge did not start"
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
