"""Delivery reports from the sandbox: ``POST /_sandbox/messages/{id}/status`` changes what the
providers' status endpoints answer and posts SMS.CX's ``dlr_update`` webhook to the send's
``dlrCallbackUrl``, where ``smskit.smscx.parse_dlr`` reads it."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from loopback import LoopbackServer, Reply
from old_sandbox import old_sandbox_file

import smskit
from smskit.cli import sandbox_settings
from smskit.sandbox import RunningSandbox
from smskit.sandbox._store import Store

TRACK = "7d1c0b6e-2a4f-4c3e-9b8a-1f2e3d4c5b6a"


def _mark(sandbox: RunningSandbox, msg_id: str, status: str) -> httpx.Response:
    return httpx.post(f"{sandbox.url}/_sandbox/messages/{msg_id}/status", json={"status": status})


def test_delivered_reaches_the_webhook_and_the_report(
    sandbox: RunningSandbox, server: LoopbackServer
) -> None:
    server.handle(lambda request: Reply(200, {"ok": True}))
    with smskit.Smscx(**sandbox_settings("smscx", sandbox.url)) as cx:
        sent = cx.send("+4915112345678", "Your parcel is on its way", "Shop",
                       dlr_callback_url=server.url + "/hooks/sms", track_data=TRACK)  # fmt: skip
        (msg_id,) = sent.ids
        assert cx.report(msg_id).status == "ACCEPTED"

        marked = _mark(sandbox, msg_id, "delivered")

        assert marked.status_code == 200
        assert marked.json()["webhook"]["status_code"] == 200
        assert cx.report(msg_id).status == "DELIVERED"
    (hook,) = server.received
    assert (hook.method, hook.path) == ("POST", "/hooks/sms")
    (report,) = smskit.smscx.parse_dlr(hook.body)
    assert (report.msg_id, report.status, report.track_data) == (msg_id, "DELIVERED", TRACK)
    assert report.campaign_id is not None
    assert report.at is not None
    assert report.at.tzinfo is not None


def test_expired_shows_as_failed_at_smscx_and_timeout_at_smsend(
    sandbox: RunningSandbox, server: LoopbackServer
) -> None:
    server.handle(lambda request: Reply(204))
    with smskit.Smscx(**sandbox_settings("smscx", sandbox.url)) as cx:
        (cx_id,) = cx.send("+4915112345678", "hi", "Shop", dlr_callback_url=server.url).ids
        assert _mark(sandbox, cx_id, "EXPIRED").json()["status"] == "EXPIRED"
        assert cx.report(cx_id).status == "FAILED"
    (report,) = smskit.smscx.parse_dlr(server.received[0].body)
    assert (report.status, report.error_code) == ("FAILED", 1)

    with smskit.Smsend(**sandbox_settings("smsend", sandbox.url)) as se:
        order_id = se.send("+4915112345678", "hi").ids[0]
        message = httpx.get(sandbox.url + "/_sandbox/messages").json()[0]
        assert _mark(sandbox, message["id"], "expired").json()["webhook"] is None
        assert [r.status for r in se.order_status(order_id).recipients] == ["TIMEOUT"]


def test_bad_requests_are_refused(sandbox: RunningSandbox) -> None:
    with smskit.Smscx(**sandbox_settings("smscx", sandbox.url)) as cx:
        (msg_id,) = cx.send("+4915112345678", "hi", "Shop").ids
    assert _mark(sandbox, msg_id, "read").status_code == 400
    assert _mark(sandbox, "no-such-message", "delivered").status_code == 404
    assert httpx.post(f"{sandbox.url}/_sandbox/messages/{msg_id}/status",
                      content=b"{").status_code == 400  # fmt: skip


def test_an_unreachable_webhook_is_reported_and_the_status_still_set(
    sandbox: RunningSandbox,
) -> None:
    with smskit.Smscx(**sandbox_settings("smscx", sandbox.url)) as cx:
        (msg_id,) = cx.send("+4915112345678", "hi", "Shop",
                            dlr_callback_url="http://127.0.0.1:9/hook").ids  # fmt: skip
        webhook = _mark(sandbox, msg_id, "failed").json()["webhook"]
        assert "ConnectError" in webhook["error"]
        assert cx.report(msg_id).status == "FAILED"


def test_a_sandbox_file_from_before_delivery_reports_opens(tmp_path: Path) -> None:
    path = old_sandbox_file(tmp_path / "old.sqlite3", "smscx", "m-1")
    store = Store(path)
    try:
        (message,) = store.messages()
        assert (message.msg_id, message.callback_url) == ("m-1", None)
    finally:
        store.close()


@pytest.mark.parametrize("status", ["delivered", "failed", "expired"])
def test_every_final_status_is_accepted(sandbox: RunningSandbox, status: str) -> None:
    with smskit.Sipgate(**sandbox_settings("sipgate", sandbox.url)) as sg:
        sg.send("+4915112345678", "hi")
    message = httpx.get(sandbox.url + "/_sandbox/messages").json()[0]
    assert _mark(sandbox, message["id"], status).json()["status"] == status.upper()
    assert httpx.get(sandbox.url + "/_sandbox/messages").json()[0]["status"] == status.upper()


def test_automatic_mode_delivers_every_message_after_the_delay(
    sandbox: RunningSandbox, server: LoopbackServer
) -> None:
    import time

    server.handle(lambda request: Reply(204))
    turned_on = httpx.post(sandbox.url + "/_sandbox/delivery",
                           json={"after_seconds": 0.3, "status": "delivered"})  # fmt: skip
    assert turned_on.json()["automatic"] == {"after_seconds": 0.3, "status": "DELIVERED"}
    try:
        with smskit.Smscx(**sandbox_settings("smscx", sandbox.url)) as cx:
            (msg_id,) = cx.send("+4915112345678", "hi", "Shop", dlr_callback_url=server.url).ids
            assert cx.report(msg_id).status == "ACCEPTED"  # not before the delay
            deadline = time.monotonic() + 10
            while not server.received:
                assert time.monotonic() < deadline, "no delivery report arrived"
                time.sleep(0.05)
            assert cx.report(msg_id).status == "DELIVERED"
        (report,) = smskit.smscx.parse_dlr(server.received[0].body)
        assert (report.msg_id, report.status) == (msg_id, "DELIVERED")
    finally:
        assert httpx.delete(sandbox.url + "/_sandbox/delivery").json() == {"automatic": None}


def test_automatic_mode_refuses_a_bad_setting(sandbox: RunningSandbox) -> None:
    for body in ({"after_seconds": -1}, {"after_seconds": "5"}, {"after_seconds": 1, "status": "x"},
                 {"after_seconds": True}):  # fmt: skip
        assert httpx.post(sandbox.url + "/_sandbox/delivery", json=body).status_code == 400
