"""The async dispatcher's store turns: record the outcomes that came in, then claim entries
for the free room, in one transaction where the store can (``Store.together``).

``turn`` says what a turn does, wherever it runs: in a worker thread, or in the child process
``_store_process`` starts for an SQLite file; ``serve`` is that child.
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


def serve() -> None:
    """The child (``_store_process``): open the store, say so, then answer turns until the
    socket closes. Its arguments: the socket's descriptor, the file, the lock timeout."""
    fd, path, timeout = int(sys.argv[1]), sys.argv[2], float(sys.argv[3])
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, signal.SIG_IGN)
    from .sqlite import SqliteStore

    try:
        store = SqliteStore(path, timeout)
    except Exception:  # the dispatcher's own store says what is wrong: its turns stay local
        return
    with (
        socket.socket(fileno=fd) as sock,
        sock.makefile("rwb") as stream,
        closing(store),
        suppress(OSError),  # the dispatcher is gone: nothing is left to answer
    ):
        stream.write(READY)
        stream.flush()
        while True:
            head = stream.read(LENGTH.size)
            if len(head) < LENGTH.size:
                return  # the dispatcher closed its end, or is gone
            asked = stream.read(LENGTH.unpack(head)[0])
            owner, now, outcomes, claim = pickle.loads(asked)  # noqa: S301 (our parent's)
            answer: tuple[str, Any]
            try:
                answer = ("ok", turn(store, owner, now, outcomes, claim))
            except errors.OutboxError as exc:
                answer = ("busy", str(exc))
            except errors.StorageError as exc:
                answer = ("storage", str(exc))
            except Exception as exc:
                answer = ("fault", f"{type(exc).__name__}: {exc}")
            told = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
            stream.write(LENGTH.pack(len(told)) + told)
            stream.flush()
