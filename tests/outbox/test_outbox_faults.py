"""Faults around the outbox: a database another program holds locked, paths that cannot be an
outbox, a route no dispatcher knows, a clock that jumps. Each is a clear error or a
documented behaviour, never a lost entry and never a second SMS."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from dispatching import MODES, run_until_empty
from loopback import LoopbackServer, Reply

import smskit
from smskit import errors
from smskit.outbox import Dispatcher


def test_a_database_locked_by_another_program_is_a_clear_error_and_loses_nothing(
    tmp_path: Path,
) -> None:
    db = tmp_path / "o.db"
    with smskit.Outbox(f"sqlite:///{db}?timeout=0.3") as outbox:
        outbox.add(to="+491701234567", text="before", key="before")
        other = sqlite3.connect(db, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")  # another program holds the write lock
        started = time.monotonic()
        with pytest.raises(errors.OutboxError, match="another program holds a lock"):
            outbox.add(to="+491701234567", text="during", key="during")
        assert 0.25 < time.monotonic() - started < 5  # it waited its timeout, then said so
        other.execute("ROLLBACK")
        other.close()
        assert outbox.get("during") is None  # nothing half-written
        assert outbox.add(to="+491701234567", text="during", key="during").state == "queued"
        assert [e.key for e in outbox.list()] == ["before", "during"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: f"sqlite:///{p}", "cannot be used as an outbox"),  # a folder, not a file
        (lambda p: f"sqlite:///{p / 'file.txt' / 'o.db'}", "does not exist"),
        (lambda p: f"sqlite:///{p}/o.db?timeout=soon", "timeout"),
        (lambda p: f"sqlite:///{p}/o.db?journal=off", "unknown option"),
    ],
)
def test_paths_and_options_that_cannot_be_an_outbox(
    tmp_path: Path, make: object, message: str
) -> None:
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(errors.ValidationError, match=message):
        smskit.Outbox(make(tmp_path))  # type: ignore[operator]


def test_a_route_no_dispatcher_knows_waits_and_is_logged_once(
    server: LoopbackServer, outbox_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    server.handle(lambda r: Reply(204))
    with smskit.Outbox(outbox_url) as outbox:
        outbox.add(to="+491701234567", text="known", via="main", key="known")
        outbox.add(to="+491701234567", text="lost", via="typo", key="lost")
        routes = {"main": f"sipgate://t:route-secret@127.0.0.1:{server.port}"}
        with outbox.dispatcher(routes, lease=0.6) as dispatcher:
            runner = threading.Thread(target=dispatcher.run_forever)
            runner.start()
            time.sleep(2.0)  # several idle polls
            dispatcher.stop()
            runner.join(10)
        assert outbox.get("known").state == "sent"  # type: ignore[union-attr]
        assert outbox.get("lost").state == "queued"  # type: ignore[union-attr]
    warnings = [r for r in caplog.records if "'typo'" in r.getMessage()]
    assert len(warnings) == 1


@pytest.mark.parametrize("mode", MODES)
def test_an_idle_dispatcher_does_not_busy_poll(outbox_url: str, mode: str) -> None:
    """Nothing due (only a message for tomorrow): a second of run_forever costs a handful of
    queries, not thousands. (Claims are counted where each dispatcher makes them: the sync
    one calls the store; the async one's turns may run in a store process, so they are
    counted as this process asks for them.)"""
    with smskit.Outbox(outbox_url) as outbox:
        outbox.add(to="+491701234567", text="tomorrow", key="t", send_at=timedelta(days=1))
        store = outbox._store
        calls = 0
        routes = {"main": "sipgate://t:idle-secret@127.0.0.1:9"}
        if mode == "sync":
            claim = store.claim

            def counting(*args: object, **kwargs: object) -> object:
                nonlocal calls
                calls += 1
                return claim(*args, **kwargs)  # type: ignore[arg-type]

            store.claim = counting  # type: ignore[method-assign]
            with outbox.dispatcher(routes, lease=30) as d:
                threading.Timer(1.5, d.stop).start()
                d.run_forever()
        else:
            import asyncio

            async def run() -> None:
                async with outbox.async_dispatcher(routes, lease=30) as d:
                    turn = d._exchange

                    async def counting_turn(carrier: Any, batch: Any, want: int) -> Any:
                        nonlocal calls
                        calls += 1 if want else 0
                        return await turn(carrier, batch, want)

                    d._exchange = counting_turn  # type: ignore[method-assign]
                    asyncio.get_running_loop().call_later(1.5, d.stop)
                    await d.run_forever()

            asyncio.run(run())
    workers = 4 if mode == "sync" else 1
    assert 1 <= calls <= workers * 5  # about one poll a second per worker


def test_a_clock_jump_past_the_lease_never_resends_and_keeps_the_truth(
    server: LoopbackServer, tmp_path: Path
) -> None:
    """A dispatcher whose clock jumped forward past the lease takes an entry that is still in
    flight for a dead one's. sipgate cannot be asked, so it is marked unknown, not resent;
    when the live request then comes back sent, that settles it."""
    server.handle(lambda r: Reply(204, delay=1.5))
    url = f"sqlite:///{tmp_path}/o.db"
    dsn = f"sipgate://t:jump-secret@127.0.0.1:{server.port}?timeout=10"
    with smskit.Outbox(url) as outbox:
        outbox.add(to="+491701234567", text="jump", key="jump")
        live = Dispatcher(outbox, {"main": dsn}, lease=5.0)
        runner = threading.Thread(target=live.run_until_empty)
        runner.start()
        while not server.received:
            time.sleep(0.01)
        jumped = Dispatcher(outbox, {"main": dsn}, lease=5.0, clock=lambda: time.time() + 60)
        jumped._claim(1)  # what its worker does first: takes the "expired" lease
        entry = outbox.get("jump")
        assert entry is not None
        jumped._record(entry, jumped._decide_recovery(entry))
        assert outbox.get("jump").state == "unknown"  # type: ignore[union-attr]
        runner.join(10)
        live.close()
        jumped.close()
        settled = outbox.get("jump")
        assert settled is not None
        assert settled.state == "sent"
        assert "lease had run out" in (outbox.events("jump")[-1].detail or "")
    assert len(server.received) == 1  # never resent


@pytest.mark.parametrize("mode", MODES)
def test_rate_limit_pauses_the_route_then_sends(
    server: LoopbackServer, outbox_url: str, mode: str
) -> None:
    server.script(Reply(429, "slow down", {"Retry-After": "1"}))
    server.handle(lambda r: Reply(204))
    with smskit.Outbox(outbox_url) as outbox:
        outbox.add(to="+491701234567", text="a", key="a")
        outbox.add(to="+491701234568", text="b", key="b")
        dsn = f"sipgate://t:rl-secret@127.0.0.1:{server.port}?max_retries=0"
        started = time.monotonic()
        run_until_empty(outbox, {"main": dsn}, mode, lease=2.0, concurrency=1)
        assert outbox.counts()["sent"] == 2
        assert outbox.get("a").attempts + outbox.get("b").attempts == 3  # type: ignore[union-attr]
    times = [r for r in server.received]
    assert len(times) == 3
    assert time.monotonic() - started >= 0.9  # the route waited out Retry-After


@pytest.mark.parametrize("mode", MODES)
def test_a_route_per_second_spaces_the_sends(
    server: LoopbackServer, outbox_url: str, mode: str
) -> None:
    server.handle(lambda r: Reply(204))
    with smskit.Outbox(outbox_url) as outbox:
        outbox.add_many({"to": f"+4917012345{n:02d}", "text": "paced"} for n in range(6))
        dsn = f"sipgate://t:pace-secret@127.0.0.1:{server.port}"
        started = time.monotonic()
        run_until_empty(outbox, {"main": smskit.Route(dsn, per_second=5)}, mode, concurrency=6)
        elapsed = time.monotonic() - started
        assert outbox.counts()["sent"] == 6
    assert elapsed >= 0.95  # six starts, 0.2 s apart
    with pytest.raises(errors.ValidationError, match="per_second"):
        smskit.Route(dsn, per_second=0)  # type: ignore[arg-type]
