"""Where the async dispatcher's store turns (``_turns.turn``) run.

``LocalTurns`` runs them in a worker thread. ``StoreProcess`` runs them in a child process of
its own, for an SQLite file or PostgreSQL: in a thread the store's work competes with the
event loop for Python's lock (the benchmark's SQLite dispatch: the loop's thread spent 58 µs
a message more than the direct client's, the store thread 46 µs more than the same work
alone; psycopg's side of PostgreSQL's turns is 30-50 µs a message), and a process has a
lock of its own. The child starts when a claim comes back full (a backlog: a run that finds
a few messages never pays for a process), in the background; until it is ready, turns run
locally.
Both write the same database under its own locking, so switching between them changes
nothing a turn guarantees. The child learns which store to open from the socket's first
message, not its arguments: a PostgreSQL URL may hold a password.

A turn is all or nothing: the child either answers with what it committed, or the
dispatcher stops (``StorageError``) with the outcomes of that turn left to recovery, exactly
as if the process had crashed. The child ignores SIGINT and SIGTERM (the dispatcher's
process handles them, and still needs its store to record what is in flight) and ends when
its socket closes, whoever closed it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import pickle
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

from .. import errors
from ._model import Outcome
from ._turns import LENGTH, READY, Claim, Turned, framed, turn

logger = logging.getLogger("smskit.outbox")

# The child imports the same smskit as this process, found first where this one was. Once
# ``serve`` returns, its store is closed and its socket too: it leaves at once, without the
# interpreter's teardown, which the dispatcher would wait for at the end of every run
# (17 ms against 3.6 ms, measured on the benchmark's SQLite dispatch).
_CHILD = (
    "import sys; sys.path.insert(0, {root!r}); from smskit.outbox._turns import serve; serve(); "
    "import os; os._exit(0)"
)


class LocalTurns:
    """Turns in a worker thread of this process."""

    def __init__(self, store: Any) -> None:
        self._store = store

    async def turn(
        self, owner: str, now: float, outcomes: list[Outcome], claim: Claim | None
    ) -> Turned:
        return await asyncio.to_thread(turn, self._store, owner, now, outcomes, claim)

    def backlog(self) -> None:
        """A claim came back full (more is due than a turn takes): nothing to do here."""

    async def close(self) -> None:
        return None


class StoreProcess(LocalTurns):
    """Turns in a child process holding its own connection to the same store (``opener``:
    ``_turns.open_store``), once there is a backlog (``backlog``); local ones until the
    child says it is ready. Its start costs a tenth of a second of CPU or more (an
    interpreter and the store's import): a run that finds a few messages never pays it."""

    def __init__(self, store: Any, opener: tuple[Any, ...], place: str) -> None:
        super().__init__(store)
        self._opener = opener
        self._place = place  # where the store is, for errors (never a password)
        self._socket: socket.socket | None = None
        self._child: subprocess.Popen[bytes] | None = None
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None
        self._ready = False
        self._waiting: asyncio.Future[None] | None = None

    def backlog(self) -> None:
        """A claim came back full: start the child (once; it takes over when ready)."""
        if self._waiting is None:
            self._spawn()
            self._waiting = asyncio.ensure_future(self._await_ready())

    def _spawn(self) -> None:
        ours, theirs = socket.socketpair()
        self._socket = ours
        root = str(Path(__file__).resolve().parents[2])  # where ``smskit`` is imported from
        try:
            # This interpreter, on this module, with arguments of our own making.
            self._child = subprocess.Popen(  # noqa: S603
                # -P: nothing from the working folder (a file there named like a module)
                [sys.executable, "-P", "-c", _CHILD.format(root=root), str(theirs.fileno())],
                # It never writes to stdout: a caller reading the dispatcher's output to its
                # end must not wait on a copy of it held by the child.
                pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            )  # fmt: skip
        except OSError as exc:
            logger.debug("outbox: no store process (%s); store turns run in a thread", exc)
        finally:
            theirs.close()
        if self._child is not None:
            logger.debug("outbox: a backlog: starting store process %d", self._child.pid)
            # Small enough for the socket's buffer: sent before the child reads it.
            ours.sendall(framed(self._opener))

    async def _await_ready(self) -> None:
        if self._child is None or self._socket is None:
            return
        reader, writer = await asyncio.open_connection(sock=self._socket)
        self._reader, self._writer = reader, writer
        with contextlib.suppress(OSError, asyncio.IncompleteReadError):
            self._ready = await reader.readexactly(1) == READY
        if self._ready:
            logger.debug("outbox: store turns run in store process %d", self._child.pid)
        else:
            logger.debug("outbox: the store process did not start; store turns run in a thread")

    async def turn(
        self, owner: str, now: float, outcomes: list[Outcome], claim: Claim | None
    ) -> Turned:
        if not self._ready:
            return await super().turn(owner, now, outcomes, claim)
        assert self._reader is not None
        assert self._writer is not None
        try:
            self._writer.write(framed((owner, now, outcomes, claim)))
            size = LENGTH.unpack(await self._reader.readexactly(LENGTH.size))[0]
            # Pickle between this process and the child it started, over a socket pair
            # nobody else holds: no untrusted bytes reach it.
            kind, answer = pickle.loads(await self._reader.readexactly(size))  # noqa: S301
        except (OSError, asyncio.IncompleteReadError, EOFError) as exc:
            self._ready = False
            raise errors.StorageError(
                f"the outbox's store process ended during a turn ({type(exc).__name__}); "
                "what was in flight is left to recovery",
                path=self._place,
            ) from None
        if kind == "busy":
            raise errors.OutboxError(answer)
        if kind == "storage":
            raise errors.StorageError(answer, path=self._place)
        if kind == "fault":
            raise RuntimeError(f"the outbox's store process failed: {answer}")
        assert isinstance(answer, Turned)
        return answer

    async def close(self) -> None:
        if self._waiting is None:
            return  # never started
        self._waiting.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._waiting
        if self._writer is not None:
            self._writer.close()
            with contextlib.suppress(OSError):
                await self._writer.wait_closed()
        elif self._socket is not None:
            self._socket.close()
        if self._child is not None:
            child = self._child
            if not self._ready:  # still starting (a short run): it holds nothing yet
                child.kill()
            try:
                await asyncio.to_thread(child.wait, 10)
            except subprocess.TimeoutExpired:
                child.kill()
                await asyncio.to_thread(child.wait)


def turns_for(store: Any) -> LocalTurns:
    """A store process where this platform can pass it a socket and the store says how to
    open it again (``opener``: an SQLite file, PostgreSQL); turns in a thread otherwise
    (``:memory:``, a store of the caller's own, Windows)."""
    opener = getattr(store, "opener", None)
    found = opener() if os.name == "posix" and opener is not None else None
    if found is None:
        return LocalTurns(store)
    return StoreProcess(store, found, getattr(store, "path", None) or repr(store))
