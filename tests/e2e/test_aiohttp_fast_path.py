"""The async clients' aiohttp fast path (plain parts instead of httpx objects) puts the same
request on the wire as the httpx transport, and everything a rule needs still works through
it: error mapping, retries, encoded bodies, raw responses, credentials kept out of errors."""

from __future__ import annotations

import asyncio
import gzip
import json
from typing import Any

import pytest
from loopback import Drop, LoopbackServer, Reply

import smskit
from smskit import errors

CREDS = {"token_id": "token-FAST1", "token": "fast-path-secret-1"}
SMSCX_OK = {"info": {"totalPhoneNumbers": 1}, "data": [{"msgId": "m-1", "to": "+4915112345678"}]}


def _send(server: LoopbackServer, transport: str, **options: Any) -> Any:
    async def run() -> Any:
        async with smskit.AsyncSipgate(
            **CREDS, base_url=server.url, transport=transport, **options
        ) as sg:
            return await sg.send(["+4915112345678", "+4915112345679"], "Grüße 👋")

    return asyncio.run(run())


def test_same_request_as_the_httpx_transport(server: LoopbackServer) -> None:
    server.handle(lambda request: Reply(204))
    _send(server, "aiohttp")
    _send(server, "httpx")
    # Two recipients each, sent concurrently: they may arrive in either order.
    fast_pair = sorted(server.received[:2], key=lambda r: r.body)
    slow_pair = sorted(server.received[2:], key=lambda r: r.body)
    for fast, slow in zip(fast_pair, slow_pair, strict=True):
        assert (fast.method, fast.path, fast.body) == (slow.method, slow.path, slow.body)
        for name in ("Authorization", "Content-Type", "User-Agent", "Content-Length"):
            assert fast.headers[name] == slow.headers[name]
        assert json.loads(fast.body)["message"] == "Grüße 👋"
    assert [json.loads(r.body)["recipient"] for r in fast_pair] == [
        "+4915112345678",
        "+4915112345679",
    ]


def test_smscx_answer_parsed_through_the_fast_path(server: LoopbackServer) -> None:
    server.handle(lambda request: Reply(200, SMSCX_OK))

    async def run() -> Any:
        async with smskit.AsyncSmscx(api_key="fast-path-key-1", base_url=server.url) as cx:
            return await cx.send("+4915112345678", "hi", "Shop")

    assert asyncio.run(run()).ids == ("m-1",)


def test_a_compressed_answer_is_decoded(server: LoopbackServer) -> None:
    body = gzip.compress(json.dumps(SMSCX_OK).encode())
    server.handle(lambda request: Reply(200, body, {"Content-Type": "application/json",
                                                   "Content-Encoding": "gzip"}))  # fmt: skip

    async def run() -> Any:
        async with smskit.AsyncSmscx(api_key="fast-path-key-1", base_url=server.url) as cx:
            return await cx.send("+4915112345678", "hi", "Shop")

    assert asyncio.run(run()).ids == ("m-1",)
    assert server.received[0].headers["Accept-Encoding"] == "identity"


def test_errors_are_mapped_and_carry_no_secret(server: LoopbackServer) -> None:
    server.handle(lambda request: Reply(402, {"message": "no credit"}))
    with pytest.raises(errors.InsufficientFundsError) as raised:
        _send(server, "aiohttp")
    assert CREDS["token"] not in repr(raised.value)
    assert len(server.received) == 2  # both recipients tried, neither repeated


def test_a_dropped_connection_is_not_resent(server: LoopbackServer) -> None:
    server.handle(lambda request: Drop())
    with pytest.raises(errors.DeliveryUnknownError):
        _send(server, "aiohttp", max_retries=3)
    assert len(server.received) == 2  # one request per recipient, none repeated


def test_raw_responses_still_come_back(server: LoopbackServer) -> None:
    server.handle(lambda request: Reply(204, b"", {"X-Request-Id": "r-9"}))

    async def run() -> Any:
        async with smskit.AsyncSipgate(**CREDS, base_url=server.url) as sg:
            return await sg.with_raw_response.send("+4915112345678", "hi")

    raw = asyncio.run(run())
    assert raw.response.headers["X-Request-Id"] == "r-9"
    assert raw.response.request.headers["Authorization"] != "Basic " + CREDS["token"]
    assert CREDS["token"] not in repr(raw.response.request.headers)


def test_partial_results_when_one_recipient_fails(server: LoopbackServer) -> None:
    answers = iter([Reply(204), Reply(500, {"message": "boom"})])
    server.handle(lambda request: next(answers))
    with pytest.raises(errors.ServerError) as raised:
        _send(server, "aiohttp", max_concurrency=1)
    assert raised.value.partial is not None
    assert raised.value.partial.recipients == ("+4915112345678",)


def test_concurrent_single_sends_are_not_queued_behind_a_small_pool(
    server: LoopbackServer,
) -> None:
    """A web service awaits many one-recipient sends at once: 40 of them, answered after
    0.3 s, each get a connection of their own (``max_concurrency`` bounds one bulk send, not
    the pool; a pool of 10 made them take turns on 10 connections)."""
    server.handle(lambda r: Reply(204, delay=0.3))

    async def forty() -> None:
        async with smskit.AsyncSipgate(**CREDS, base_url=server.url + "/v2") as sg:
            await asyncio.gather(*(sg.send(f"+4917012345{n:02d}", "Hi") for n in range(40)))

    asyncio.run(forty())
    assert len(server.received) == 40
    assert len({r.peer for r in server.received}) == 40


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
def test_a_single_recipient_send_is_planned_once(
    server: LoopbackServer, transport: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lazily planned call is built on every read: the single-recipient path (how the
    dispatcher and a web service call) must build its request description once."""
    from smskit.providers import sipgate

    reads: list[object] = []
    original = sipgate.generated_call

    def counted(*args: Any, **kwargs: Any) -> Any:
        reads.append(kwargs["recipients"])
        return original(*args, **kwargs)

    monkeypatch.setattr(sipgate, "generated_call", counted)
    server.handle(lambda request: Reply(204))

    async def run() -> Any:
        async with smskit.AsyncSipgate(**CREDS, base_url=server.url, transport=transport) as sg:
            return await sg.send("+4915112345678", "once")

    assert asyncio.run(run()).recipients == ("+4915112345678",)
    assert reads == [("+4915112345678",)]
    assert len(server.received) == 1
