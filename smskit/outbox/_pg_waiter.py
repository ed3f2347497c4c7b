"""How an idle PostgreSQL dispatcher hears of an ``add``: a connection of its own,
LISTENing on the channel every ``add`` notifies at commit."""

from __future__ import annotations

import select
import socket
from contextlib import suppress
from typing import Any


class Waiter:
    """A connection of its own, LISTENing: ``wait(seconds)`` is True when an ``add`` was
    committed meanwhile. A lost connection is opened again on the next wait (until then the
    dispatcher falls back on polling, which it does anyway). ``interrupt()`` ends a wait at
    once, from any thread: a stopping dispatcher must not sit out the rest of one (it was
    up to half a second at the end of every ``run_until_empty``)."""

    def __init__(self, psycopg: Any, conninfo: str, channel: str) -> None:
        self._psycopg, self._conninfo, self._channel = psycopg, conninfo, channel
        self._conn: Any = None
        # select() waits on the connection and on this pair's far end; a socket pair, not a
        # pipe, so the same code waits on every platform.
        self._woken, self._wake = socket.socketpair()
        self._woken.setblocking(False)
        self._interrupted = False

    def wait(self, seconds: float) -> bool:
        if self._interrupted:
            return False
        try:
            if self._conn is None or self._conn.closed:
                self._conn = self._psycopg.connect(self._conninfo, autocommit=True)
                self._conn.execute(f"LISTEN {self._channel}")
            if self._heard():  # one that came with an earlier reply waits in psycopg
                return True
            ready, _, _ = select.select([self._conn.fileno(), self._woken], [], [], seconds)
            return self._conn.fileno() in ready and not self._interrupted and self._heard()
        except self._psycopg.Error:
            self._disconnect()
            # A pause before connecting again, which an interrupt ends like any wait.
            select.select([self._woken], [], [], min(seconds, 1.0))
            return False

    def _heard(self) -> bool:
        """A notification that has arrived, read without waiting."""
        return any(True for _ in self._conn.notifies(timeout=0, stop_after=1))

    def interrupt(self) -> None:
        """End the wait in progress, and every later one, at once."""
        self._interrupted = True
        with suppress(OSError):  # closed already: nothing waits
            self._wake.send(b"\0")

    def close(self) -> None:
        """Close the connection and the socket pair (again is fine)."""
        self._disconnect()
        self._woken.close()
        self._wake.close()

    def _disconnect(self) -> None:
        if self._conn is not None:
            with suppress(Exception):
                self._conn.close()
            self._conn = None
