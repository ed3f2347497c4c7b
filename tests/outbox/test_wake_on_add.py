"""An idle dispatcher on PostgreSQL wakes on an add (LISTEN / NOTIFY, DESIGN §15) instead of
waiting out its poll: the poll is set to 30 s here, so only the notification can explain a
send within a second. Adds from another process (a plain connection) wake it too."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from typing import Any

import pytest
from loopback import LoopbackServer, Reply

import smskit


def _sent_within(outbox: smskit.Outbox, key: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        entry = outbox.get(key)
        if entry is not None and entry.state == "sent":
            return True
        time.sleep(0.02)
    return False


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_idle_dispatcher_wakes_on_an_add(
    postgres_url: str, server: LoopbackServer, mode: str
) -> None:
    server.handle(lambda r: Reply(204))
    route = {"main": f"sipgate://t:wake-secret@127.0.0.1:{server.port}"}
    with smskit.Outbox(postgres_url) as outbox:
        dispatcher: Any = (outbox.dispatcher(route) if mode == "sync"
                           else outbox.async_dispatcher(route))  # fmt: skip
        dispatcher._poll = 30.0  # the fallback poll, out of the way: only NOTIFY can wake it
        if mode == "sync":
            runner = threading.Thread(target=dispatcher.run_forever, daemon=True)
        else:
            loop = asyncio.new_event_loop()
            runner = threading.Thread(
                target=loop.run_until_complete, args=(dispatcher.run_forever(),), daemon=True
            )
        runner.start()
        try:
            time.sleep(1.5)  # idle now, in its 30 s wait
            outbox.add(to="+491701234567", text="wake up", key="first")
            assert _sent_within(outbox, "first", 3.0)
            time.sleep(0.5)
            with smskit.Outbox(postgres_url) as elsewhere:  # another writer, same database
                elsewhere.add(to="+491701234568", text="from elsewhere", key="second")
            assert _sent_within(outbox, "second", 3.0)
        finally:
            if mode == "sync":
                dispatcher.stop()
            else:
                loop.call_soon_threadsafe(dispatcher.stop)
            runner.join(20)
            dispatcher.close() if mode == "sync" else loop.run_until_complete(dispatcher.close())
        assert not runner.is_alive()
    assert len(server.received) == 2


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_run_ends_without_sitting_out_the_listen_wait(
    postgres_url: str, server: LoopbackServer, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``run_until_empty`` returned only when the LISTEN thread's current wait ran out (up to
    half a second on every run; a third of a 5,000-message benchmark run). Stopping now
    interrupts the wait: with the wait made a minute long, the run still ends at once."""
    from smskit.outbox._core import _Core

    monkeypatch.setattr(_Core, "_listen_wait", 60.0)
    server.handle(lambda r: Reply(204))
    route = {"main": f"sipgate://t:wake-secret@127.0.0.1:{server.port}"}
    with smskit.Outbox(postgres_url) as outbox:
        outbox.add(to="+491701234567", text="one", key="only")
        started = time.monotonic()
        if mode == "sync":
            with outbox.dispatcher(route) as dispatcher:
                outcomes = dispatcher.run_until_empty()
        else:

            async def run() -> dict[str, int]:
                async with outbox.async_dispatcher(route) as dispatcher:
                    return await dispatcher.run_until_empty()

            outcomes = asyncio.run(run())
        took = time.monotonic() - started
        assert outcomes == {"sent": 1}
        assert outbox.get("only").state == "sent"  # type: ignore[union-attr]
    assert took < 20, f"the run waited for the LISTEN wait to run out ({took:.1f} s)"


def test_an_interrupted_waiter_stops_waiting_at_once(postgres_url: str) -> None:
    with smskit.Outbox(postgres_url) as outbox:
        waiter = outbox._store.waiter()  # type: ignore[attr-defined]
        results: list[bool] = []
        waiting = threading.Thread(target=lambda: results.append(waiter.wait(60.0)))
        waiting.start()
        time.sleep(0.5)  # connected and listening, inside its select()
        assert waiting.is_alive()
        started = time.monotonic()
        waiter.interrupt()
        waiting.join(20)
        assert not waiting.is_alive()
        assert results == [False]
        assert time.monotonic() - started < 10
        assert waiter.wait(60.0) is False  # and every later wait returns at once
        waiter.close()


def test_an_interrupt_ends_the_pause_after_a_lost_connection() -> None:
    """With its database gone, a waiter pauses before connecting again: a stopping
    dispatcher must not sit that out either."""
    import psycopg

    from smskit.outbox._pg_waiter import Waiter

    with socket.socket() as closed_port:
        closed_port.bind(("127.0.0.1", 0))
        port = closed_port.getsockname()[1]  # nothing listens once it is closed
    waiter = Waiter(psycopg, f"host=127.0.0.1 port={port} connect_timeout=2", "smskit_outbox")
    results: list[bool] = []
    waiting = threading.Thread(target=lambda: results.append(waiter.wait(60.0)))
    started = time.monotonic()
    waiting.start()
    time.sleep(0.3)  # refused at once: now inside its pause
    waiter.interrupt()
    waiting.join(20)
    assert results == [False]
    assert time.monotonic() - started < 0.9  # the pause is a second long
    waiter.close()
