"""Delivery reports (DESIGN §17) end to end against the sandbox, over real HTTP, on SQLite and
PostgreSQL with both dispatchers: SMS.CX's webhook into ``smskit.webhooks``, polling of SMS.CX
reports and smsend order statuses, and what a third party may send to the webhook."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from asgi import serving
from dispatching import MODES, run_until_empty

import smskit
from smskit.outbox import DeliveryUpdate
from smskit.webhooks import create_app

SECRET = "webhook-secret-0123456789"


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def mark(sandbox: Any, text: str, status: str) -> None:
    (message,) = [m for m in sandbox.store.messages(None) if m.text == text]
    answer = httpx.post(f"{sandbox.url}/_sandbox/messages/{message.msg_id}/status",
                        json={"status": status})  # fmt: skip
    assert answer.status_code == 200, answer.text


def delivery(outbox: smskit.Outbox, key: str) -> str | None:
    entry = outbox.get(key)
    assert entry is not None
    return entry.delivery


def route(sandbox: Any, provider: str, **params: str) -> str:
    host = sandbox.url.removeprefix("http://")
    extra = "".join(f"&{k}={v}" for k, v in params.items())
    if provider == "smscx":
        return f"smscx://sandbox@{host}/smscx?sender=Shop{extra}"
    return f"smsend://u:sandbox@{host}/smsend/API/v1.0/REST?sender=Shop&message_type=N{extra}"


@contextmanager
def dispatching(
    outbox: smskit.Outbox, routes: dict[str, str], mode: str, **options: Any
) -> Iterator[None]:
    """A dispatcher running (``run_forever``) in the background until the block ends."""
    if mode == "sync":
        dispatcher = outbox.dispatcher(routes, **options)
        runner = threading.Thread(target=dispatcher.run_forever)
        runner.start()
        try:
            yield
        finally:
            dispatcher.stop()
            runner.join(20)
            dispatcher.close()
        return
    loop = asyncio.new_event_loop()
    holder: dict[str, Any] = {}

    async def main() -> None:
        async with outbox.async_dispatcher(routes, **options) as d:
            holder["d"] = d
            await d.run_forever()

    runner = threading.Thread(target=loop.run_until_complete, args=(main(),))
    runner.start()
    try:
        wait_for(lambda: "d" in holder, "the async dispatcher")
        yield
    finally:
        loop.call_soon_threadsafe(holder["d"].stop)
        runner.join(20)
        loop.close()


@pytest.mark.parametrize("mode", MODES)
def test_smscx_webhook_reports_reach_the_outbox(outbox_url: str, sandbox: Any, mode: str) -> None:
    with smskit.Outbox(outbox_url) as outbox, serving(create_app(outbox, secret=SECRET)) as hook:
        dlr = quote(f"{hook}/smscx/dlr?secret={SECRET}", safe="")
        outbox.add(to="+491701234567", text="will arrive", key="arrives")
        outbox.add(to="+491701234568", text="will fail", key="fails")
        run_until_empty(outbox, {"main": route(sandbox, "smscx", dlr_url=dlr)}, mode)
        assert delivery(outbox, "arrives") == delivery(outbox, "fails") == "pending"
        assert outbox.delivery_counts() == {"pending": 2, "delivered": 0, "undelivered": 0,
                                            "expired": 0}  # fmt: skip
        mark(sandbox, "will arrive", "delivered")
        mark(sandbox, "will fail", "failed")
        wait_for(lambda: delivery(outbox, "arrives") == "delivered", "delivered")
        wait_for(lambda: delivery(outbox, "fails") == "undelivered", "undelivered")
        last = outbox.events("arrives")[-1]
        assert (last.from_state, last.to_state, last.detail) == ("sent", "delivered", "DELIVERED")
        entry = outbox.get("arrives")
        assert entry is not None
        assert entry.delivery_at is not None
        assert [e.key for e in outbox.list(delivery="undelivered")] == ["fails"]
        # A late report never overwrites a final state.
        mark(sandbox, "will arrive", "failed")
        time.sleep(0.3)
        assert delivery(outbox, "arrives") == "delivered"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("provider", ["smscx", "smsend"])
def test_polling_reaches_delivered_and_expired(
    outbox_url: str, sandbox: Any, mode: str, provider: str
) -> None:
    with smskit.Outbox(outbox_url) as outbox:
        outbox.add(to="+393471234567", text="polled and delivered", key="arrives")
        outbox.add(to="+393471234568", text="never reported", key="silent")  # fmt: skip
        routes = {"main": route(sandbox, provider)}
        with dispatching(outbox, routes, mode, track_delivery=True, poll_after=0.2,
                         track_for=2.5):  # fmt: skip
            wait_for(lambda: outbox.counts()["sent"] == 2, "both sent")
            assert delivery(outbox, "arrives") == "pending"
            mark(sandbox, "polled and delivered", "delivered")
            wait_for(lambda: delivery(outbox, "arrives") == "delivered", "delivered by polling")
            wait_for(lambda: delivery(outbox, "silent") == "expired", "expired")
        detail = outbox.events("arrives")[-1].detail
        assert detail == ("DELIVERED" if provider == "smscx" else "DLVRD")
        expired = outbox.events("silent")[-1].detail
        assert expired == "no final report within 2.5 s"


def test_routes_that_cannot_report_carry_no_delivery_and_cost_no_request(
    outbox_url: str, sandbox: Any
) -> None:
    host = sandbox.url.removeprefix("http://")
    with smskit.Outbox(outbox_url) as outbox:
        outbox.add(to="+491701234567", text="sipgate", key="sg")
        with dispatching(outbox, {"main": f"sipgate://token-B:sandbox@{host}/sipgate/v2?sms_id=s0"},
                         "sync", track_delivery=True, poll_after=0.05):  # fmt: skip
            wait_for(lambda: outbox.counts()["sent"] == 1, "sent")
            time.sleep(0.5)
        entry = outbox.get("sg")
        assert entry is not None
        assert (entry.delivery, entry.delivery_at) == (None, None)
        assert outbox.delivery_counts()["pending"] == 0


def test_what_a_third_party_may_send_to_the_webhook(outbox_url: str, sandbox: Any) -> None:
    with smskit.Outbox(outbox_url) as outbox, serving(create_app(outbox, secret=SECRET)) as hook:
        outbox.add(to="+491701234567", text="tracked", key="t")
        run_until_empty(outbox, {"main": route(sandbox, "smscx")}, "sync")
        entry = outbox.get("t")
        assert entry is not None
        (msg_id,) = entry.ids
        report = {"event": "dlr_update", "data": [{"msgId": msg_id, "status": "DELIVERED",
                                                   "statusCode": 102}]}  # fmt: skip
        events = len(outbox.events("t"))
        for url in (f"{hook}/smscx/dlr", f"{hook}/smscx/dlr?secret=wrong-secret-0123456789",
                    f"{hook}/smscx/dlr?secret={SECRET[:-1]}"):  # fmt: skip
            assert httpx.post(url, json=report).status_code == 401
        assert delivery(outbox, "t") == "pending"
        good = f"{hook}/smscx/dlr?secret={SECRET}"
        for bad in (b"not json", b'{"event": "other", "data": []}', b'{"data": [{"x": 1}]}',
                    b"[]"):  # fmt: skip
            assert httpx.post(good, content=bad).status_code == 400
        too_many = {"event": "dlr_update", "data": [{"msgId": f"m{n}", "status": "SENT"}
                                                     for n in range(201)]}  # fmt: skip
        assert httpx.post(good, json=too_many).status_code == 400
        unknown = {"event": "dlr_update", "data": [{"msgId": "not-ours", "status": "DELIVERED"}]}
        assert httpx.post(good, json=unknown).json() == {"received": 1, "changed": 0}
        assert len(outbox.events("t")) == events  # nothing changed so far
        assert httpx.post(good, json=report).json() == {"received": 1, "changed": 1}
        assert httpx.post(good, json=report).json() == {"received": 1, "changed": 0}  # repeated
        assert delivery(outbox, "t") == "delivered"
        assert len(outbox.events("t")) == events + 1


def test_two_hundred_reports_apply_in_one_request(outbox_url: str) -> None:
    with smskit.Outbox(outbox_url) as outbox:
        keys = [f"k{n}" for n in range(200)]
        outbox.add_many(
            {"to": f"+4917012{n:05d}", "text": "x", "key": k} for n, k in enumerate(keys)
        )
        _sent_pending(outbox, {k: f"msg-{k}" for k in keys})  # as a dispatcher leaves them
        changed = outbox.apply_delivery_reports(
            DeliveryUpdate("delivered", "DELIVERED", provider="smscx", id=f"msg-{k}") for k in keys
        )
        assert sorted(changed) == sorted(keys)
        assert outbox.delivery_counts()["delivered"] == 200


def _sent_pending(outbox: smskit.Outbox, msg_ids: dict[str, str]) -> None:
    """Move queued entries to sent with delivery pending, through the store calls a
    dispatcher makes (claim, then finish with the fields of a tracked send)."""
    from smskit.outbox._model import Outcome

    store = outbox._store
    now = time.time()
    claimed = store.claim(now, now + 30, "test", ["main"], len(msg_ids))
    assert sorted(e.key for e in claimed) == sorted(msg_ids)
    fields = {"provider": "smscx", "delivery": "pending", "delivery_at": now,
              "delivery_check_at": now + 60}  # fmt: skip
    store.finish("test", now, [Outcome(e.key, "sent", None, fields | {"ids": [msg_ids[e.key]]})
                               for e in claimed])  # fmt: skip


V1_FILE = Path(__file__).parent / "data" / "outbox-v1.sqlite3"


def test_an_outbox_file_of_the_previous_release_is_upgraded_in_place(
    tmp_path: Path, sandbox: Any
) -> None:
    """``data/outbox-v1.sqlite3`` was written by smskit before delivery tracking (schema 1):
    it opens, keeps its entries and events, gains the delivery columns, and tracks."""
    path = tmp_path / "old.sqlite3"
    shutil.copy(V1_FILE, path)
    with smskit.Outbox(f"sqlite:///{path}") as outbox:
        assert outbox.counts()["queued"] == 1
        assert outbox.counts()["cancelled"] == 1
        old = outbox.get("old-queued")
        assert old is not None
        assert (old.delivery, old.delivery_at) == (None, None)
        assert [e.to_state for e in outbox.events("old-cancelled")] == ["queued", "cancelled"]
        run_until_empty(outbox, {"main": route(sandbox, "smscx")}, "sync")
        assert delivery(outbox, "old-queued") == "pending"
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT value FROM smskit_outbox_meta").fetchone() == ("2",)
    with smskit.Outbox(f"sqlite:///{path}") as again:  # opening it twice changes nothing
        assert delivery(again, "old-queued") == "pending"


def test_a_postgresql_outbox_of_schema_1_is_upgraded_in_place(postgres_url: str) -> None:
    import psycopg

    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("""CREATE TABLE smskit_outbox_entries (id BIGSERIAL PRIMARY KEY,
            key TEXT NOT NULL UNIQUE, recipient TEXT NOT NULL, text TEXT NOT NULL,
            via TEXT NOT NULL, send_at DOUBLE PRECISION, reference TEXT NOT NULL,
            state TEXT NOT NULL, provider TEXT, ids TEXT NOT NULL DEFAULT '[]', error TEXT,
            attempts INTEGER NOT NULL DEFAULT 0, tries INTEGER NOT NULL DEFAULT 0,
            next_attempt_at DOUBLE PRECISION NOT NULL, lease_until DOUBLE PRECISION,
            owner TEXT, created_at DOUBLE PRECISION NOT NULL,
            updated_at DOUBLE PRECISION NOT NULL)""")
        conn.execute("CREATE TABLE smskit_outbox_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.execute("INSERT INTO smskit_outbox_meta VALUES ('schema', '1')")
        conn.execute("""INSERT INTO smskit_outbox_entries (key, recipient, text, via, reference,
            state, next_attempt_at, created_at, updated_at)
            VALUES ('old', '+491701234567', 'x', 'main', 'r', 'queued', 0, 0, 0)""")
    with smskit.Outbox(postgres_url) as outbox:
        old = outbox.get("old")
        assert old is not None
        assert (old.state, old.delivery) == ("queued", None)
        assert outbox.delivery_counts()["pending"] == 0
    with psycopg.connect(postgres_url) as conn:
        assert conn.execute("SELECT value FROM smskit_outbox_meta").fetchone() == ("2",)


def test_the_delivery_vocabulary_is_one_for_every_provider() -> None:
    from smskit.providers.smscx._results import delivery_of
    from smskit.providers.smsend import DELIVERY_STATES

    assert {s: delivery_of(s).state for s in ("DELIVERED", "FAILED", "REJECTED", "NO COVERAGE",
            "ACCEPTED", "SENT", "SCHEDULED", "SOMETHING NEW")} == {
        "DELIVERED": "delivered", "FAILED": "undelivered", "REJECTED": "undelivered",
        "NO COVERAGE": "undelivered", "ACCEPTED": "pending", "SENT": "pending",
        "SCHEDULED": "pending", "SOMETHING NEW": "pending"}  # fmt: skip
    assert DELIVERY_STATES["DLVRD"] == "delivered"
    assert DELIVERY_STATES["TIMEOUT"] == "expired"
    assert {DELIVERY_STATES[s] for s in ("ERROR", "KO", "TOOM4USER", "TOOM4NUM", "UNKNRCPT",
            "UNKNPFX", "INVALIDDST", "BLACKLISTED", "INVALIDCONTENTS")} == {"undelivered"}  # fmt: skip
    assert {DELIVERY_STATES[s] for s in ("WAITING", "SENT", "WAIT4DLVR", "SCHEDULED")} == {
        "pending"
    }


def test_polls_come_first_after_poll_after_then_with_doubling_gaps() -> None:
    from datetime import UTC, datetime

    from smskit._models import DeliveryStatus
    from smskit.outbox._model import Entry
    from smskit.outbox._rules import DeliveryPolicy

    policy = DeliveryPolicy(poll_after=60, track_for=72 * 3600)
    sent = 1_000_000.0
    entry = Entry(key="k", to="+491701234567", text="x", via="main", state="sent",
                  provider="smscx", ids=("m",), error=None, attempts=1,
                  created_at=datetime.fromtimestamp(sent, UTC), updated_at=datetime.fromtimestamp(sent, UTC),
                  delivery="pending", delivery_at=datetime.fromtimestamp(sent, UTC))  # fmt: skip
    assert policy.on_sent(sent)["delivery_check_at"] == sent + 60
    pending = DeliveryStatus("pending", "ACCEPTED")
    assert policy.after_poll(entry, pending, sent + 60) == sent + 120
    assert policy.after_poll(entry, pending, sent + 120) == sent + 240
    assert policy.after_poll(entry, None, sent + 10_000) == sent + 10_000 + 3600  # at most 1 h
    expired = policy.after_poll(entry, pending, sent + 72 * 3600)
    assert isinstance(expired, DeliveryUpdate)
    assert expired.state == "expired"
    final = policy.after_poll(entry, DeliveryStatus("delivered", "DELIVERED"), sent + 61)
    assert final == DeliveryUpdate("delivered", "DELIVERED", key="k")


def test_celery_beat_schedules_delivery_polling_and_the_task_polls(
    outbox_url: str, sandbox: Any
) -> None:
    from celery import Celery

    import smskit.celery

    app = Celery("delivery-test")
    routes = {"main": route(sandbox, "smscx")}
    smskit.celery.install(app, outbox=outbox_url, routes=routes, track_delivery=True,
                          poll_after=0.01, track_every=5)  # fmt: skip
    assert app.conf.beat_schedule["smskit-outbox-track"] == {
        "task": smskit.celery.TRACK_TASK, "schedule": 5.0}  # fmt: skip
    plain = Celery("no-tracking")
    smskit.celery.install(plain, outbox=outbox_url, routes=routes)
    assert "smskit-outbox-track" not in plain.conf.beat_schedule
    with smskit.Outbox(outbox_url) as outbox:
        outbox.add(to="+491701234567", text="tracked by beat", key="beat")
        run_until_empty(outbox, routes, "sync", poll_after=0.01)  # its first poll is due soon
        mark(sandbox, "tracked by beat", "delivered")
        deadline = time.monotonic() + 15
        while delivery(outbox, "beat") != "delivered":  # beat runs it again and again
            assert time.monotonic() < deadline, "the track task never saw the report"
            time.sleep(0.05)
            result = app.tasks[smskit.celery.TRACK_TASK].apply()  # what a worker runs
            assert result.successful(), result.traceback


def test_an_install_registers_its_tasks_on_its_own_app_only(tmp_path: Path) -> None:
    """Celery's tasks are shared with every later app by default: a second install in one
    process (tests, two outboxes) then ran the first one's closures."""
    from celery import Celery

    import smskit.celery

    first, second = Celery("first"), Celery("second")
    smskit.celery.install(
        first, outbox=f"sqlite:///{tmp_path}/a.db", routes={"main": "sipgate://t:x@127.0.0.1:9/v2"}
    )
    smskit.celery.install(
        second, outbox=f"sqlite:///{tmp_path}/b.db", routes={"main": "sipgate://t:x@127.0.0.1:9/v2"}
    )
    assert first.tasks[smskit.celery.SWEEP_TASK] is not second.tasks[smskit.celery.SWEEP_TASK]
    assert smskit.celery.SWEEP_TASK not in Celery("third").tasks
