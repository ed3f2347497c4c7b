"""``smskit sandbox``: every provider's wire protocol on 127.0.0.1, each SMS caught in SQLite
and shown in a web inbox. Point any smskit client's ``base_url`` (or ``send_url``) at it."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterable
from pathlib import Path

import attrs
import uvicorn

from ._app import SECRET, Limits, Sandbox, Sessions, create_app
from ._guard import LOOPBACK_NAMES
from ._store import Message, Store

__all__ = [
    "LOOPBACK_NAMES",
    "SECRET",
    "Limits",
    "Message",
    "RunningSandbox",
    "Sandbox",
    "Sessions",
    "Store",
    "create_app",
    "default_db",
    "server",
    "start",
]


def default_db() -> Path:
    """``sandbox.sqlite3`` in the user's data directory."""
    import platformdirs

    return Path(platformdirs.user_data_dir("smskit")) / "sandbox.sqlite3"


@attrs.define
class RunningSandbox:
    url: str
    store: Store
    server: uvicorn.Server
    thread: threading.Thread

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.store.close()

    def __enter__(self) -> RunningSandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


GRACE = 1  # seconds a stopping sandbox gives open requests (the inbox's live stream)


def _free_port(host: str) -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        port: int = probe.getsockname()[1]
        return port


def server(
    store: Store,
    host: str,
    port: int,
    limits: Limits | None = None,
    sessions: Sessions | None = None,
    allowed_hosts: Iterable[str] | None = LOOPBACK_NAMES,
) -> uvicorn.Server:
    """The sandbox as a uvicorn server (not yet running). A stopping server ends the inbox's
    open live streams itself and gives open requests ``GRACE`` seconds: stopping must not
    wait for a browser tab to close."""
    servers: list[uvicorn.Server] = []
    app = create_app(store, limits, sessions, allowed_hosts=allowed_hosts,
                     stopping=lambda: servers[0].should_exit)  # fmt: skip
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="off",
                            timeout_graceful_shutdown=GRACE)  # fmt: skip
    servers.append(uvicorn.Server(config))
    return servers[0]


def start(
    db: str | Path = ":memory:",
    host: str = "127.0.0.1",
    port: int = 0,
    limits: Limits | None = None,
    sessions: Sessions | None = None,
    allowed_hosts: Iterable[str] | None = LOOPBACK_NAMES,
) -> RunningSandbox:
    """Run the sandbox in a background thread (the demo and tests); ``stop()`` ends it."""
    store = Store(db)
    port = port or _free_port(host)
    running = server(store, host, port, limits, sessions, allowed_hosts)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not running.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError(f"the sandbox did not start on {host}:{port}")
        time.sleep(0.01)
    return RunningSandbox(f"http://{host}:{port}", store, running, thread)
