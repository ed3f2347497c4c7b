"""How a store records a batch of outcomes and how the async dispatcher shares transactions
(issue 32): outcomes that set the same columns are one statement, each outcome still says
whether this dispatcher held its entry, and on SQLite the outcomes of one turn are
recorded in the same transaction as the next claim (``_turns.turn``)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from loopback import LoopbackServer, Reply

import smskit
from smskit.outbox._model import Outcome
from smskit.outbox._turns import Claim, turn

SENT = {"provider": "sipgate", "ids": ("m-1",), "attempts": 1, "error": None}


def _run_watched(
    outbox: smskit.Outbox, dsn: str, watch: Callable[[], None], every: float, **options: Any
) -> dict[str, int]:
    """``run_until_empty`` on an async dispatcher while another thread calls ``watch`` every
    ``every`` seconds, from before the run starts until it ends."""
    done = threading.Event()

    def watching() -> None:
        while not done.wait(every):
            watch()

    watcher = threading.Thread(target=watching)
    watcher.start()

    async def run() -> dict[str, int]:
        async with outbox.async_dispatcher({"main": dsn}, **options) as d:
            return await d.run_until_empty()

    try:
        return asyncio.run(run())
    finally:
        done.set()
        watcher.join()


def _claimed(outbox: smskit.Outbox, owner: str, count: int) -> list[str]:
    now = time.time()
    return [e.key for e in outbox._store.claim(now, now + 30, owner, ["main"], count)]


def test_finish_says_per_outcome_whether_it_held_the_entry(outbox_url: str) -> None:
    with smskit.Outbox(outbox_url) as outbox:
        for n in range(4):
            outbox.add(to=f"+49170123456{n}", text="hi", key=f"k{n}")
        mine = _claimed(outbox, "me", 3)
        theirs = _claimed(outbox, "other", 1)
        assert sorted(mine + theirs) == ["k0", "k1", "k2", "k3"]
        done = outbox._store.finish("me", time.time(), [
            Outcome(mine[0], "sent", None, SENT),
            Outcome(theirs[0], "sent", None, SENT),  # held by another dispatcher
            Outcome(mine[1], "failed", "refused", {"attempts": 1, "error": "refused"}),
            Outcome(mine[0], "failed", "again", {"attempts": 1, "error": "again"}),  # twice
            Outcome("no-such-key", "sent", None, SENT),
        ])  # fmt: skip
        assert done == [True, False, True, False, False]
        first, second = outbox.get(mine[0]), outbox.get(mine[1])
        assert first is not None
        assert second is not None
        assert (first.state, first.ids, first.error) == ("sent", ("m-1",), None)
        assert (second.state, second.error) == ("failed", "refused")  # its own columns
        assert outbox.get(theirs[0]).state == "sending"  # type: ignore[union-attr]
        assert [e.to_state for e in outbox.events(mine[0])] == ["queued", "sending", "sent"]
        # Any holder (owner None), as an operator's tools record: only what is sending.
        assert outbox._store.finish(None, time.time(), [
            Outcome(theirs[0], "unknown", "by hand", {"error": "by hand"}),
            Outcome(mine[2], "sent", None, SENT),
            Outcome(mine[0], "sent", None, SENT),  # already sent
        ]) == [True, True, False]  # fmt: skip


def test_a_failure_inside_together_leaves_sqlite_untouched(tmp_path: Path) -> None:
    with smskit.Outbox(f"sqlite:///{tmp_path}/o.db") as outbox:
        outbox.add(to="+491701234567", text="hi", key="a")
        outbox.add(to="+491701234568", text="hi", key="b")
        (key,) = _claimed(outbox, "me", 1)

        def fail_between() -> None:
            with outbox._store.together():
                outbox._store.finish("me", time.time(), [Outcome(key, "sent", None, SENT)])
                assert _claimed(outbox, "me", 1) == ["b"]
                raise RuntimeError("between the outcome and the claim")

        with pytest.raises(RuntimeError, match="between"):
            fail_between()
        assert outbox.get(key).state == "sending"  # type: ignore[union-attr]
        assert outbox.get("b").state == "queued"  # type: ignore[union-attr]
        assert [e.to_state for e in outbox.events("b")] == ["queued"]
        with outbox._store.together():  # and one that succeeds commits both
            outbox._store.finish("me", time.time(), [Outcome(key, "sent", None, SENT)])
            assert _claimed(outbox, "me", 1) == ["b"]
        assert outbox.counts()["sent"] == 1
        assert outbox.counts()["sending"] == 1


def test_a_turn_records_and_claims_in_one_sqlite_transaction(tmp_path: Path) -> None:
    """What every async dispatcher's turn runs (in its store process or a worker thread)."""
    transactions: list[list[str]] = [[]]

    def trace(statement: str) -> None:
        if statement == "COMMIT":
            transactions.append([])
        else:
            transactions[-1].append(statement)

    with smskit.Outbox(f"sqlite:///{tmp_path}/o.db") as outbox:
        outbox.add_many({"to": f"+4917012{n:05d}", "text": "hi"} for n in range(6))
        sent = [Outcome(key, "sent", None, SENT) for key in _claimed(outbox, "me", 3)]
        outbox._store._db.set_trace_callback(trace)
        now = time.time()
        turned = turn(outbox._store, "me", now, sent, Claim(now + 30, ["main"], 3, None))
        outbox._store._db.set_trace_callback(None)
        assert turned.written == [True, True, True]
        assert len(turned.claimed) == 3
    (one,) = [t for t in transactions if t]  # one transaction, then nothing after it
    assert any("SET state = 'sent'" in s for s in one)
    assert any("SET state = 'sending'" in s for s in one)


def test_the_async_dispatcher_records_and_claims_in_the_same_turns(
    server: LoopbackServer, tmp_path: Path
) -> None:
    """Wherever its turns run (a store process: nothing to trace in this one), a turn that
    records outcomes also claims: its events share the turn's time."""
    server.handle(lambda r: Reply(204))
    with smskit.Outbox(f"sqlite:///{tmp_path}/o.db") as outbox:
        outbox.add_many({"to": f"+4917012{n:05d}", "text": "hi", "key": f"k{n}"}
                        for n in range(200))  # fmt: skip
        dsn = f"sipgate://t:tx-secret@127.0.0.1:{server.port}"

        async def run() -> dict[str, int]:
            async with outbox.async_dispatcher({"main": dsn}, concurrency=8) as d:
                return await d.run_until_empty()

        assert asyncio.run(run()) == {"sent": 200}
        moves: dict[datetime, set[str]] = {}
        for n in range(200):
            for event in outbox.events(f"k{n}"):
                moves.setdefault(event.at, set()).add(event.to_state)
    assert any({"sending", "sent"} <= states for states in moves.values())
    assert len(server.received) == 200


def test_stop_puts_back_what_was_claimed_ahead_and_records_what_left(
    server: LoopbackServer, outbox_url: str
) -> None:
    """The async dispatcher claims entries ahead of its sends (``concurrency`` of them while
    its sends are slow). On stop, those it had not started go back to the queue (due at once,
    with an event), the sends in flight finish and are recorded, and nothing is left
    ``sending``."""
    server.handle(lambda r: Reply(204, delay=0.3))
    with smskit.Outbox(outbox_url) as outbox:
        outbox.add_many({"to": f"+4917012{n:05d}", "text": "hi"} for n in range(20))
        dsn = f"sipgate://t:stop-secret@127.0.0.1:{server.port}"

        async def run() -> dict[str, int]:
            async with outbox.async_dispatcher({"main": dsn}, concurrency=2) as d:
                runner = asyncio.create_task(d.run_forever())
                while len(server.received) < 2:
                    await asyncio.sleep(0.02)
                held = outbox.counts()["sending"]
                d.stop()
                await asyncio.wait_for(runner, 10)
                assert held == 4  # two sending, two claimed ahead of them
                return dict(d.outcomes)

        outcomes = asyncio.run(run())
        counts = outbox.counts()
        assert counts["sending"] == 0
        assert counts["sent"] == len(server.received)  # each request that left, recorded
        assert counts["sent"] + counts["queued"] == 20
        assert outcomes["queued"] == 2  # the two claimed ahead, put back
        put_back = [e for e in outbox.list("queued") if len(outbox.events(e.key)) > 1]
        assert len(put_back) == 2
        for entry in put_back:
            assert [e.to_state for e in outbox.events(entry.key)] == ["queued", "sending", "queued"]
            assert outbox.events(entry.key)[-1].detail == "released: stopping"


def test_claimed_ahead_covers_two_turns_of_sends_within_bounds() -> None:
    """Entries held beyond the sends in flight: ``concurrency`` while the sends are slow
    against the store, what two and a half turns of sends use up when that is more, never
    more than twice ``concurrency`` (what a killed dispatcher leaves to recovery)."""
    from smskit.outbox._async import claimed_ahead

    assert claimed_ahead(32, 0) == 32
    assert claimed_ahead(32, 12.8) == 32
    assert claimed_ahead(32, 20) == 50
    assert claimed_ahead(32, 24.1) == 61
    assert claimed_ahead(32, 1000) == 64
    assert claimed_ahead(1, 5) == 2


def test_a_dispatcher_never_holds_more_than_three_times_its_concurrency(
    server: LoopbackServer, outbox_url: str
) -> None:
    """However fast the sends finish, the entries one dispatcher holds ``sending`` (in
    flight and claimed ahead) stay at or under three times ``concurrency``: the most a
    dispatcher killed outright leaves to recovery. Sampled from another connection all
    through the run."""
    server.handle(lambda r: Reply(204))
    with smskit.Outbox(outbox_url) as outbox, smskit.Outbox(outbox_url) as looking:
        outbox.add_many({"to": f"+4917012{n:05d}", "text": "hi"} for n in range(400))
        dsn = f"sipgate://t:ahead-secret@127.0.0.1:{server.port}"
        seen: list[int] = []
        outcomes = _run_watched(outbox, dsn, lambda: seen.append(looking.counts()["sending"]),
                                0.003, concurrency=4)  # fmt: skip
        assert outcomes == {"sent": 400}
        # more than ``concurrency`` ahead at some point (the sends outran the store), never
        # more than twice it
        assert 8 < max(seen) <= 12, sorted(seen)[-10:]
    assert len(server.received) == 400


def test_default_keys_are_time_ordered_uuids(tmp_path: Path) -> None:
    """Keys smskit makes are version 7 UUIDs (RFC 9562): their first 48 bits are the
    millisecond they were made, so keys made later sort later and the key indexes grow at
    their right edge. References stay random (version 4): they go to providers."""
    import uuid

    with smskit.Outbox(f"sqlite:///{tmp_path}/o.db") as outbox:
        first = outbox.add_many({"to": f"+4917012{n:05d}", "text": "hi"} for n in range(50))
        time.sleep(0.002)
        later = outbox.add(to="+491701234567", text="later")
    made = [uuid.UUID(e.key) for e in [*first, later]]
    assert {u.version for u in made} == {7}
    assert {u.variant for u in made} == {uuid.RFC_4122}
    millis = [u.int >> 80 for u in made]
    assert millis == sorted(millis)
    assert abs(millis[0] - time.time() * 1000) < 60_000
    assert millis[-1] > millis[0]
    assert {uuid.UUID(e.reference).version for e in [*first, later]} == {4}
    assert len({e.key for e in first}) == 50


def test_entries_claimed_ahead_keep_their_lease_and_leave_once(
    server: LoopbackServer, outbox_url: str
) -> None:
    """Entries waiting for a slot hold a lease like those in flight, and the heartbeat
    renews it. Each entry here is held 1.6 s on a lease of 1 s (0.8 s waiting for the slot,
    0.8 s sending); another dispatcher looking for expired leases all the while never finds
    one (it would recover the entry: a second send or an ``unknown``)."""
    server.handle(lambda r: Reply(204, delay=0.8))
    with smskit.Outbox(outbox_url) as outbox:
        outbox.add_many({"to": f"+4917012{n:05d}", "text": "hi", "key": f"k{n}"}
                        for n in range(4))  # fmt: skip
        dsn = f"sipgate://t:lease-secret@127.0.0.1:{server.port}"
        taken: list[object] = []

        def other_dispatcher() -> None:
            now = time.time()
            found = outbox._store.claim_expired(now, now + 30, "other", ["main"])
            if found is not None:
                taken.append(found)

        outcomes = _run_watched(outbox, dsn, other_dispatcher, 0.1, concurrency=1, lease=1.0)
        assert taken == []
        assert outcomes == {"sent": 4}
        for n in range(4):
            assert [e.to_state for e in outbox.events(f"k{n}")] == ["queued", "sending", "sent"]
    assert len(server.received) == 4


@pytest.mark.parametrize("count", [1, 3])
def test_add_keeps_every_character_and_microsecond(outbox_url: str, count: int) -> None:
    """One message and a batch travel differently to PostgreSQL (a row of parameters, one
    JSON array): both keep what was given exactly."""
    text = 'quotes " and \\ backslash, emoji 😀, a line\nbreak, tab\t, \u2028 and ümlaut'
    at = datetime(2030, 1, 2, 3, 4, 5, 123456, tzinfo=UTC)
    items = [{"to": f"+49170123450{n}", "text": f"{text} {n}", "key": f"k{n}",
              "send_at": at if n == 0 else None} for n in range(count)]  # fmt: skip
    with smskit.Outbox(outbox_url) as outbox:
        added = outbox.add_many(items)
        read = [outbox.get(f"k{n}") for n in range(count)]
    for n, entry in enumerate(read):
        assert entry is not None
        assert (entry.text, entry.to) == (f"{text} {n}", f"+49170123450{n}")
        assert entry.send_at == (at if n == 0 else None)
        assert added[n].text == entry.text
