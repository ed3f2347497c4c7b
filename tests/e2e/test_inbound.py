"""Received SMS over real HTTP: SMS.CX rented-number inbound and smsend's inbound service,
sync and async, against the sandbox; odd answer shapes read defensively (the item fields are
UNCONFIRMED in the provider documents)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from loopback import LoopbackServer, Reply

import smskit
from smskit._inbound import items_of, parse_inbound

SE = "/smsend/API/v1.0/REST"


def inject(sandbox: Any, provider: str, text: str) -> None:
    answer = httpx.post(sandbox.url + "/_sandbox/inbound", json={
        "provider": provider, "from": "+491701111111", "to": "+491709999999", "text": text,
        "rent_id": "42"})  # fmt: skip
    assert answer.status_code == 201


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_smscx_and_smsend_read_what_the_sandbox_received(sandbox: Any, mode: str) -> None:
    inject(sandbox, "smscx", "cx ü")
    inject(sandbox, "smsend", "se 👋")
    if mode == "sync":
        with smskit.Smscx(api_key="sandbox", base_url=sandbox.url + "/smscx") as cx:
            cx_got = cx.inbound_sms("42")
        with smskit.Smsend(username="u", password="sandbox", base_url=sandbox.url + SE) as se:
            se_got, se_again = se.inbound_sms(), se.inbound_sms()
    else:

        async def run() -> tuple[Any, Any, Any]:
            async with (
                smskit.AsyncSmscx(api_key="sandbox", base_url=sandbox.url + "/smscx") as cx,
                smskit.AsyncSmsend(username="u", password="sandbox",
                                   base_url=sandbox.url + SE) as se,
            ):  # fmt: skip
                return await cx.inbound_sms("42"), await se.inbound_sms(), await se.inbound_sms()

        cx_got, se_got, se_again = asyncio.run(run())
    assert [(m.provider, m.sender, m.recipient, m.text) for m in cx_got] == [
        ("smscx", "+491701111111", "+491709999999", "cx ü")]  # fmt: skip
    assert [(m.provider, m.text) for m in se_got] == [("smsend", "se 👋")]
    assert se_again == []  # smsend hands each message out once
    for message in (*cx_got, *se_got):
        assert message.received_at is not None
        assert abs((message.received_at - datetime.now(UTC)).total_seconds()) < 60


def test_odd_shapes_are_read_defensively(server: LoopbackServer) -> None:
    server.handle(lambda r: Reply(200, {"data": [
        {"id": 7, "sender": "+491700000001", "message": "other names", "date": "2026-11-30T10:00:00Z"},
        {"from": "+491700000002", "text": "no id, no date"},
        {"id": "broken", "text": "no sender"},
    ]}))  # fmt: skip
    with smskit.Smscx(api_key="inbound-key-1", base_url=server.url, max_retries=0) as cx:
        got = cx.inbound_sms("1")
    assert [(m.id, m.sender, m.text) for m in got[:1]] == [("7", "+491700000001", "other names")]
    assert got[0].received_at == datetime(2026, 11, 30, 10, tzinfo=UTC)
    assert got[1].received_at is None
    assert len(got[1].id) == 24  # a digest stands in for a missing id
    assert len(got) == 2  # the item without a sender is skipped
    assert items_of([{"a": 1}]) == [{"a": 1}]
    assert items_of({"whatever": [{"from": "x", "text": "y"}]}, "data") == [
        {"from": "x", "text": "y"}
    ]
    assert parse_inbound("smsend", [{"sender": "+39", "message": "m", "sms_date": "20261130110000"}])[
        0].received_at == datetime(2026, 11, 30, 11, tzinfo=UTC)  # fmt: skip


def test_bad_arguments_are_refused_before_sending(server: LoopbackServer) -> None:
    with smskit.Smscx(api_key="inbound-key-2", base_url=server.url) as cx:
        with pytest.raises(smskit.errors.ValidationError):
            cx.inbound_sms("")
        with pytest.raises(smskit.errors.ValidationError):
            cx.inbound_sms("1", limit=0)
    assert server.received == []
