"""``with_raw_response``: the usual result plus the HTTP responses it came from."""

from __future__ import annotations

import pytest
from loopback import LoopbackServer, Reply
from smscx_replies import accepted

import smskit
from smskit import errors


def test_sync_send_exposes_status_and_headers(server: LoopbackServer) -> None:
    server.handle(
        lambda r: Reply(204, headers={"X-Request-Id": f"req-{r.json()['recipient'][-2:]}"})
    )
    with smskit.Sipgate(token_id="token-RAW001", token="raw-token-1", base_url=server.url) as sg:
        raw = sg.with_raw_response.send(to=["+491701234567", "+491701234568"], text="Hi")
        plain = sg.send(to="+491701234567", text="Hi")
    assert raw.parsed.recipients == ("+491701234567", "+491701234568")
    assert [r.status_code for r in raw.responses] == [204, 204]
    assert [r.headers["X-Request-Id"] for r in raw.responses] == ["req-67", "req-68"]
    assert raw.response is raw.responses[-1]
    assert isinstance(plain, smskit.SendResult)  # the plain method is unchanged


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
async def test_async_operations_too(server: LoopbackServer, transport: str) -> None:
    server.route("POST", "/sms", accepted)
    server.route(
        "GET",
        "/account/balance",
        lambda r: Reply(200, {"balance": 2, "currency": "eur"}, {"X-Rate-Limit-Remaining": "9"}),
    )
    async with smskit.AsyncSmscx(
        api_key="raw-api-key-1", base_url=server.url, transport=transport
    ) as cx:
        sent = await cx.with_raw_response.send(to="+491701234567", text="Hi", sender="InfoText")
        balance = await cx.with_raw_response.balance()
    assert (
        sent.response.headers["X-Idempotency-Id"]
        == server.requests_to("/sms")[0].json()["idempotencyId"]
    )
    assert sent.parsed.ids == (sent.response.json()["data"][0]["msgId"],)
    assert (balance.parsed.balance, balance.response.headers["X-Rate-Limit-Remaining"]) == (2, "9")


def test_errors_still_raise_and_unknown_names_are_attribute_errors(server: LoopbackServer) -> None:
    server.handle(lambda r: Reply(402))
    with smskit.Sipgate(token_id="token-RAW001", token="raw-token-1", base_url=server.url) as sg:
        with pytest.raises(errors.InsufficientFundsError):
            sg.with_raw_response.send(to="+491701234567", text="Hi")
        with pytest.raises(AttributeError):
            sg.with_raw_response.close  # noqa: B018 - not an operation
