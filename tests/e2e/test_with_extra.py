"""``client.with_extra(body=, query=, headers=)``: a field smskit does not know yet reaches the
wire on any operation, sync and async; what cannot be added is refused before sending."""

from __future__ import annotations

import asyncio
from urllib.parse import parse_qs, urlsplit

import pytest
from loopback import LoopbackServer, Reply
from smscx_replies import accepted

import smskit
from smskit import errors


def test_extra_fields_reach_the_wire(server: LoopbackServer) -> None:
    server.route("POST", "/sg/sessions/sms", lambda r: Reply(204))
    server.route("POST", "/cx/sms", accepted)
    with smskit.Sipgate(token_id="t", token="extra-secret-1", base_url=server.url + "/sg") as sg:
        sg.with_extra(body={"newField": 1}, query={"trace": "on"},
                      headers={"X-Trace": "abc"}).send("+491701234567", "hi")  # fmt: skip
        sg.send("+491701234567", "plain")  # the client itself is unchanged
    with smskit.Smscx(api_key="extra-key-2", sender="Shop", base_url=server.url + "/cx") as cx:
        result = cx.with_extra(body={"campaignName": "spring"}).send("+491701234567", "hi")
    assert result.ids
    first, plain, cx_sent = server.received
    assert first.json()["newField"] == 1
    assert first.json()["message"] == "hi"
    assert parse_qs(urlsplit(first.path).query) == {"trace": ["on"]}
    assert first.headers["X-Trace"] == "abc"
    assert "newField" not in plain.json()
    assert "X-Trace" not in plain.headers
    assert cx_sent.json()["campaignName"] == "spring"
    assert cx_sent.json()["idempotencyId"]  # the operation's own fields stay


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
def test_async_clients_take_extras_too(server: LoopbackServer, transport: str) -> None:
    server.handle(lambda r: Reply(204))

    async def run() -> None:
        async with smskit.AsyncSipgate(token_id="t", token="extra-secret-3", base_url=server.url,
                                       transport=transport) as sg:  # fmt: skip
            await sg.with_extra(headers={"X-Trace": "async"}).send("+491701234567", "hi")

    asyncio.run(run())
    assert server.received[0].headers["X-Trace"] == "async"


def test_what_cannot_be_added_is_refused_before_sending(server: LoopbackServer) -> None:
    with smskit.Smsend(user_key="UK", access_token="extra-secret-4", base_url=server.url) as se:
        with pytest.raises(errors.ValidationError, match="no JSON or form body"):
            se.with_extra(body={"x": 1}).order_status("abc123")
        with pytest.raises(errors.ValidationError):
            se.with_extra(headers={"X-Evil": "a\r\nInjected: 1"})
        with pytest.raises(errors.ValidationError):
            se.with_extra(query={"n": 1})  # type: ignore[dict-item]
        with pytest.raises(AttributeError):
            se.with_extra(query={"a": "b"}).no_such_operation()
    assert server.received == []
