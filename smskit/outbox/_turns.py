"""The async dispatcher's store turns: record the outcomes that came in, then claim entries
for the free room, in one transaction where the store can (``Store.together``).

``turn`` says what a turn does, wherever it runs: in a worker thread, or in the child process
``_store_process`` starts for an SQLite file or PostgreSQL; ``serve`` is that child.
"""

from __future__ import annotations

import logging
import pickle
import signal
import socket
import struct
import sys
from contextlib import closing, suppress
from typing import Any

import attrs

from .. import errors
from ._model import Entry, Outcome

logger = logging.getLogger("smskit.outbox")

LENGTH = struct.Struct("!I")  # each message: its length, then its pickle
READY = b"R"  # the child's first byte: its store is open


@attrs.frozen
class Claim:
    """What a turn claims after recording: up to ``limit`` due entries on ``vias``; with
    ``expired_vias``, one expired lease on those first if there is one (a recovery)."""

    lease_until: float
    vias: list[str]
    limit: int
    expired_vias: list[str] | None  # None: no look for expired leases this turn


@attrs.frozen
class Turned:
    """What a turn did: which outcomes were written (False: the lease was lost), what it
    claimed, and whether that is a recovered expired lease (None: no expired lease was
    looked for, or looking failed)."""

    written: list[bool]
    claimed: list[Entry]
    recovered: bool | None


def turn(
    store: Any, owner: str, now: float, outcomes: list[Outcome], claim: Claim | None
) -> Turned:
    """Record ``outcomes``, then claim. A batch that could not be recorded raises (the
    dispatcher tries it again later); a claim that could not be made after it was recorded
    claims nothing this turn."""
    with store.together():
        written: list[bool] = store.finish(owner, now, outcomes) if outcomes else []
        if claim is None:
            return Turned(written, [], None)
        try:
            return Turned(written, *claim_due(store, owner, now, claim))
        except errors.OutboxError as exc:
            busy(exc)
            return Turned(written, [], None)


def busy(exc: errors.OutboxError) -> None:
    """The database was locked past its timeout. What was committed stands; an outcome that
    could not be recorded is recovered when the lease runs out, like after a crash."""
    logger.warning("outbox: %s; trying again", exc)


def claim_due(store: Any, owner: str, now: float, claim: Claim) -> tuple[list[Entry], bool | None]:
    """Claim as ``claim`` says: an expired lease first where it says to look (one at a
    time: each is a recovery), else due entries. Also says whether the entry is a recovery
    (None: no look for one)."""
    if claim.expired_vias is not None:
        found = store.claim_expired(now, claim.lease_until, owner, claim.expired_vias)
        if found is not None:
            return [found], True
    claimed = store.claim(now, claim.lease_until, owner, claim.vias, claim.limit)
    return claimed, None if claim.expired_vias is None else False


def open_store(opener: tuple[Any, ...]) -> Any:
    """The store ``opener`` names (a store's ``opener()``): ``("sqlite", file, timeout)``
    or ``("postgres", url)``."""
    kind, *args = opener
    if kind == "sqlite":
        from .sqlite import SqliteStore

        return SqliteStore(*args)
    from .postgres import PostgresStore

    return PostgresStore(*args, pool_size=1)  # one turn at a time


def serve() -> None:
    """The child (``_store_process``): read which store to open (the socket's first message:
    a PostgreSQL URL may hold a password, which no process list should show), open it, say
    so, then answer turns until the socket closes. Its argument: the socket's descriptor."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, signal.SIG_IGN)
    with (
        socket.socket(fileno=int(sys.argv[1])) as sock,
        sock.makefile("rwb") as stream,
        suppress(OSError),  # the dispatcher is gone: nothing is left to answer
    ):
        opener = _read(stream)
        if opener is None:
            return
        try:
            store = open_store(opener)
        except Exception:  # the dispatcher's own store says what is wrong: its turns stay local
            return
        with closing(store):
            _answer_turns(store, stream)


def _read(stream: Any) -> Any:
    """The next message from the parent, or None when it closed its end (or is gone)."""
    head = stream.read(LENGTH.size)
    if len(head) < LENGTH.size:
        return None
    return pickle.loads(stream.read(LENGTH.unpack(head)[0]))  # noqa: S301 (our parent's)


def _answer_turns(store: Any, stream: Any) -> None:
    stream.write(READY)
    stream.flush()
    while True:
        asked = _read(stream)
        if asked is None:
            return
        owner, now, outcomes, claim = asked
        answer: tuple[str, Any]
        try:
            answer = ("ok", turn(store, owner, now, outcomes, claim))
        except errors.OutboxError as exc:
            answer = ("busy", str(exc))
        except errors.StorageError as exc:
            answer = ("storage", str(exc))
        except Exception as exc:
            answer = ("fault", f"{type(exc).__name__}: {exc}")
        stream.write(framed(answer))
        stream.flush()


def framed(message: Any) -> bytes:
    """``message`` as it travels between the two processes: its length, then its pickle."""
    told = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    return LENGTH.pack(len(told)) + told
