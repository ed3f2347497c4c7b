"""The async dispatcher's store process (an SQLite file or PostgreSQL, POSIX): its turns run
in a child process with a lock of its own. It lives exactly as long as a run, survives the
Ctrl-C meant for the dispatcher, never shows a password in the process list, and when it
dies mid-run the dispatcher stops with ``StorageError``: nothing is sent twice and nothing
recorded is lost."""

from __future__ import annotations

import asyncio
import logging
import os
import resource
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from loopback import LoopbackServer, Reply
from servers import PG_PASSWORD

import smskit
from smskit import errors

pytestmark = pytest.mark.skipif(os.name != "posix", reason="a store process needs POSIX")


@pytest.fixture(autouse=True)
def _debug_log(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="smskit.outbox")


MARK = b"smskit.outbox._turns"


def store_processes() -> list[int]:
    """Pids of this process's children that serve store turns."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            command = (entry / "cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue
        if ppid == os.getpid() and MARK in command:
            found.append(int(entry.name))
    return found


def add_messages(outbox: smskit.Outbox, count: int) -> None:
    outbox.add_many({"to": f"+4917012345{n:02d}", "text": "hi", "key": f"k{n}"}
                    for n in range(count))  # fmt: skip


def queued(url: str, count: int) -> str:
    """The outbox at ``url`` holding ``count`` queued messages: its URL."""
    with smskit.Outbox(url) as outbox:
        add_messages(outbox, count)
    return url


def queued_file(tmp_path: Path, count: int) -> str:
    """An SQLite outbox file holding ``count`` queued messages: its URL."""
    return queued(f"sqlite:///{tmp_path}/o.db", count)


def wait_until_the_child_serves(caplog: pytest.LogCaptureFixture, child: int) -> None:
    """Until the dispatcher says the child took its turns over (its start takes a fraction
    of a second, longer on a busy machine)."""
    said = f"store turns run in store process {child}"
    wait_for(lambda: any(said in r.getMessage() for r in caplog.records))


def wait_for(condition: object, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def dispatch_in_thread(
    url: str, dsn: str, **options: object
) -> tuple[threading.Thread, dict[str, object]]:
    """An async dispatcher's ``run_until_empty`` in a thread of its own (the test watches
    its processes meanwhile); the result or the error lands in the returned dict."""
    result: dict[str, object] = {}

    async def run() -> None:
        with smskit.Outbox(url) as outbox:
            async with outbox.async_dispatcher({"main": dsn}, **options) as dispatcher:  # type: ignore[arg-type]
                result["outcomes"] = await dispatcher.run_until_empty()

    def target() -> None:
        try:
            asyncio.run(run())
        except BaseException as exc:
            result["error"] = exc

    thread = threading.Thread(target=target)
    thread.start()
    return thread, result


def test_the_store_process_lives_as_long_as_a_run_and_every_entry_is_sent_once(
    server: LoopbackServer, outbox_url: str
) -> None:
    server.handle(lambda r: Reply(204, delay=0.05))
    url = queued(outbox_url, 60)
    assert store_processes() == []
    thread, result = dispatch_in_thread(
        url, f"sipgate://t:proc-secret@127.0.0.1:{server.port}", concurrency=4
    )
    wait_for(lambda: store_processes() or not thread.is_alive())
    assert thread.is_alive(), result  # the run had a store process while it ran
    thread.join(60)
    assert result.get("outcomes") == {"sent": 60}, result
    assert store_processes() == []  # ended with the run, and waited for
    bodies = [r.body for r in server.received]
    assert len(bodies) == 60
    assert len(set(bodies)) == 60  # one request per entry, none twice
    with smskit.Outbox(url) as outbox:
        assert outbox.counts()["sent"] == 60


def test_the_store_process_ignores_the_ctrl_c_meant_for_the_dispatcher(
    server: LoopbackServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A terminal's Ctrl-C reaches every process of the group; the dispatcher handles it,
    and still needs its store to record what is in flight."""
    server.handle(lambda r: Reply(204, delay=0.2))
    url = queued_file(tmp_path, 20)
    thread, result = dispatch_in_thread(
        url, f"sipgate://t:int-secret@127.0.0.1:{server.port}", concurrency=2
    )
    wait_for(lambda: store_processes() or not thread.is_alive())
    (child,) = store_processes()
    wait_until_the_child_serves(caplog, child)
    os.kill(child, signal.SIGINT)
    os.kill(child, signal.SIGTERM)
    thread.join(60)
    assert result.get("outcomes") == {"sent": 20}, result


def test_a_store_process_killed_mid_run_stops_the_dispatcher_and_sends_nothing_twice(
    server: LoopbackServer, outbox_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    server.handle(lambda r: Reply(204, delay=1.5))
    url = queued(outbox_url, 6)
    thread, result = dispatch_in_thread(
        url, f"sipgate://t:kill-secret@127.0.0.1:{server.port}", concurrency=3, lease=30
    )
    wait_for(lambda: len(server.received) >= 3)
    (child,) = store_processes()
    wait_until_the_child_serves(caplog, child)  # the first sends are still in flight (1.5 s)
    os.kill(child, signal.SIGKILL)
    thread.join(60)
    error = result.get("error")
    assert isinstance(error, errors.StorageError), result
    assert "store process ended" in str(error)
    assert PG_PASSWORD not in f"{error} {error!r} {vars(error)}"  # the store named, no secret
    assert error.sent is None  # outcomes it could not record: "may have been sent"
    bodies = [r.body for r in server.received]
    assert len(bodies) == len(set(bodies))  # none twice
    with smskit.Outbox(url) as outbox:
        states = sorted(e.state for e in outbox.list())
    # Entries claimed before the store went away may still have been started (a freed slot
    # takes a ready one); nothing was claimed after it. Each request's entry is sent, or
    # left "sending" to recovery under its lease when the turn that failed held its outcome
    # (that turn may have been written: never a blind resend). Claimed but never started:
    # put back, through the dispatcher's own connection.
    assert states.count("sending") >= 1
    assert states.count("sending") + states.count("sent") == len(bodies)
    assert states.count("queued") == 6 - len(bodies)
    assert store_processes() == []


def test_a_run_without_a_backlog_starts_no_store_process(
    server: LoopbackServer,
    outbox_url: str,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    """A few messages (every claim comes back short of what it asked for): the turns stay
    in a thread, and no process is started for them (a tenth of a second of CPU or more)."""
    server.handle(lambda r: Reply(204))
    url = queued(outbox_url, 3)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    thread, result = dispatch_in_thread(url, f"sipgate://t:few-secret@127.0.0.1:{server.port}")
    thread.join(30)
    assert result.get("outcomes") == {"sent": 3}, result
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # a child that ran and was waited for
    assert (after.ru_utime, after.ru_stime) == (before.ru_utime, before.ru_stime)
    assert not any("store process" in r.getMessage() for r in caplog.records)
    assert "Traceback" not in capfd.readouterr().err


def test_a_short_run_ends_without_waiting_for_its_store_process_or_leaving_noise(
    server: LoopbackServer,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    """A backlog starts the child, and the run ends before it is ready: the run's turns
    stay local, and its end does not wait out the child's start."""
    server.handle(lambda r: Reply(204))
    url = queued_file(tmp_path, 2)  # one claim of two at concurrency 1: a full one
    started = time.monotonic()
    thread, result = dispatch_in_thread(
        url, f"sipgate://t:short-secret@127.0.0.1:{server.port}", concurrency=1
    )
    thread.join(30)
    assert result.get("outcomes") == {"sent": 2}, result
    assert any("starting store process" in r.getMessage() for r in caplog.records)
    assert time.monotonic() - started < 2.0
    assert store_processes() == []
    assert "Traceback" not in capfd.readouterr().err


def test_the_store_process_opens_the_file_the_outbox_opened_whatever_the_folder_is_now(
    server: LoopbackServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.handle(lambda r: Reply(204, delay=0.05))
    (tmp_path / "here").mkdir()
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "here")

    async def run() -> dict[str, int]:
        with smskit.Outbox("sqlite:///relative.db") as outbox:
            add_messages(outbox, 40)
            os.chdir(tmp_path / "elsewhere")  # a relative path now names another file
            dsn = f"sipgate://t:cwd-secret@127.0.0.1:{server.port}"
            async with outbox.async_dispatcher({"main": dsn}, concurrency=2) as dispatcher:
                return await dispatcher.run_until_empty()

    assert asyncio.run(run()) == {"sent": 40}
    assert not (tmp_path / "elsewhere" / "relative.db").exists()
    assert len({r.body for r in server.received}) == 40


def test_a_cancelled_run_records_what_came_back_and_puts_back_the_rest(
    server: LoopbackServer, outbox_url: str
) -> None:
    """A timeout around ``run_forever`` cancels it: like ``stop()``, what is in flight
    finishes and is recorded, and what was claimed but not started is put back."""
    server.handle(lambda r: Reply(204, delay=0.3))
    with smskit.Outbox(outbox_url) as outbox:
        add_messages(outbox, 30)
        dsn = f"sipgate://t:cancel-secret@127.0.0.1:{server.port}"

        async def run() -> None:
            async with outbox.async_dispatcher({"main": dsn}, concurrency=2) as dispatcher:
                with pytest.raises(TimeoutError):
                    await asyncio.wait_for(dispatcher.run_forever(), 1.0)

        asyncio.run(run())
        counts = outbox.counts()
    sent = len(server.received)
    assert 0 < sent < 30
    assert counts["sent"] == sent
    assert counts["queued"] == 30 - sent
    assert counts["sending"] == 0


def test_a_postgresql_store_process_never_shows_the_password(
    server: LoopbackServer, postgres_url: str
) -> None:
    """The child gets the URL over its socket, not in its arguments or its environment:
    both are readable by anyone who can list processes. (The test server checks passwords.)"""
    server.handle(lambda r: Reply(204, delay=0.05))
    assert PG_PASSWORD in postgres_url
    url = queued(postgres_url, 40)
    thread, result = dispatch_in_thread(
        url, f"sipgate://t:pw-secret@127.0.0.1:{server.port}", concurrency=2
    )
    wait_for(lambda: store_processes() or not thread.is_alive())
    (child,) = store_processes()
    seen = Path(f"/proc/{child}/cmdline").read_bytes() + Path(f"/proc/{child}/environ").read_bytes()
    thread.join(60)
    assert result.get("outcomes") == {"sent": 40}, result
    assert MARK in seen  # what was read is the child's
    assert PG_PASSWORD.encode() not in seen


def test_the_store_process_imports_neither_asyncio_nor_the_dispatchers() -> None:
    """What the child imports is its start-up time, paid on every run: the store and the
    turn, not the sending machinery."""
    found = subprocess.run(
        [sys.executable, "-c",
         "import sys, smskit.outbox._turns, smskit.outbox.sqlite; "
         "print(sorted(m for m in ('asyncio', 'smskit.outbox.dispatcher', 'smskit.outbox._core',"
         " 'smskit.outbox._async', 'httpx') if m in sys.modules))"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert found.strip() == "[]"


def test_entries_and_outcomes_cross_to_the_store_process_unchanged() -> None:
    """They travel as their values in field order (``__reduce__``): every field, set to
    something other than its default, comes back equal and of the same type."""
    import pickle
    from datetime import UTC, datetime, timedelta

    import attrs

    from smskit.outbox._model import Entry, Outcome

    at = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
    entry = Entry(
        key="k", to="+491701234567", text="hi", via="main", state="sending", provider="sipgate",
        ids=("m1", "m2"), error="e", attempts=2, created_at=at, updated_at=at + timedelta(1),
        send_at=at + timedelta(2), reference="ref", next_attempt_at=at + timedelta(3), tries=3,
        owner="owner", delivery="pending", delivery_at=at + timedelta(4),
    )  # fmt: skip
    defaults = Entry(key="k", to="+491701234567", text="hi", via="main", state="queued",
                     provider=None, ids=(), error=None, attempts=0, created_at=at,
                     updated_at=at)  # fmt: skip
    assert all(getattr(entry, f.name) != getattr(defaults, f.name)
               for f in attrs.fields(Entry) if f.name not in ("key", "to", "text", "via",
                                                              "created_at"))  # fmt: skip
    outcome = Outcome("k", "sent", "ok", {"ids": ("m1",), "attempts": 1})
    for value in (entry, outcome):
        back = pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))  # noqa: S301
        assert back == value
        assert attrs.asdict(back, recurse=False) == attrs.asdict(value, recurse=False)
