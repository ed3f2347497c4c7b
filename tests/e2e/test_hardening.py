"""Regression tests of the hardening review: each names the defect it reproduces.

Every one of them failed before its fix (over real HTTP on 127.0.0.1); the fault matrix and
the bad-input table hold the rest of the cases.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from canaries import canary
from loopback import LoopbackServer, Reply
from smscx_replies import accepted

import smskit
from smskit import errors
from smskit._error_map import error_from_response

TRANSPORTS = ["aiohttp", "httpx"]


# -- 2: an accepted request never ends in a foreign exception or None ----------------------


def test_read_answered_204_is_a_transport_error_not_a_crash(server: LoopbackServer) -> None:
    server.handle(lambda r: Reply(204))
    sg = smskit.Sipgate(token_id="token-X1", token="t-204-secret", base_url=server.url)
    with sg, pytest.raises(errors.TransportError, match="answered 204"):
        sg.sms_extensions("w0")
    se = smskit.Smsend(user_key="UK", access_token="at-204-secret", base_url=server.url)
    with se, pytest.raises(errors.TransportError, match="answered 204"):
        se.order_status("order-1")


def test_balance_answered_202_is_read_as_the_documented_answer(server: LoopbackServer) -> None:
    server.handle(lambda r: Reply(202, {"balance": 7.5, "currency": "eur", "billing": "prepaid"}))
    with smskit.Smscx(api_key="k-202-secret", base_url=server.url) as cx:
        balance = cx.balance()
    assert balance is not None
    assert balance.balance == 7.5


def test_smsend_200_instead_of_201_is_a_sent_order(server: LoopbackServer) -> None:
    server.handle(
        lambda r: Reply(200, {"result": "OK", "order_id": r.json()["order_id"], "total_sent": 1})
    )
    with smskit.Smsend(user_key="UK", access_token="at-200-secret", base_url=server.url) as se:
        result = se.send(to="+393471234567", text="Ciao", order_id="ord-200")
    assert result.ids == ("ord-200",)
    assert len(server.received) == 1


def test_smscx_201_is_a_sent_message(server: LoopbackServer) -> None:
    server.handle(lambda r: Reply(201, accepted(r).body))
    with smskit.Smscx(api_key="k-201-secret", base_url=server.url) as cx:
        result = cx.send(to="+491701234567", text="Hi", sender="InfoText")
    assert len(result.ids) == 1


# -- 3: aiohttp's messages carry the URL in its own encoding -------------------------------


@pytest.fixture
def unanswered_port() -> Iterator[int]:
    """A port whose accept queue is full: a connection attempt hangs until it times out."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    for _ in range(3):
        filler = socket.socket()
        filler.setblocking(False)
        with contextlib.suppress(BlockingIOError):  # non-blocking: the handshake is queued
            filler.connect(("127.0.0.1", port))
        fillers.append(filler)
    yield port
    for filler in fillers:
        filler.close()
    listener.close()


def test_acrobits_password_is_not_in_aiohttp_error_text(unanswered_port: int) -> None:
    password = canary("p@ss w0rd-canary")
    template = "/send?u=%account[username]%&pw=%account[password]%&to=%sms_to%&b=%sms_body%"

    async def main() -> errors.SmskitError:
        async with smskit.AsyncAcrobitsWebService(
            send_url=f"http://127.0.0.1:{unanswered_port}{template}",
            username="u",
            password=password,
            timeout=0.3,
            max_retries=0,
        ) as ws:
            with pytest.raises(errors.TransportError) as caught:
                await ws.send(to="+15551231234", text="hi")
            return caught.value

    error = asyncio.run(main())
    assert "timeout" in str(error).lower()
    assert "p@ss%20w0rd" not in str(error)
    assert "w0rd" not in str(error)


# -- 4: error bodies cost bounded, linear work ------------------------------------------


def test_huge_repetitive_error_body_is_mapped_quickly() -> None:
    request = httpx.Request("POST", "https://example.test/send")
    body = b"<message>" * 400_000  # 3.6 MB; the old regex took minutes on this
    response = httpx.Response(500, content=body, request=request)
    started = time.perf_counter()
    error = error_from_response("acrobits", response)
    assert time.perf_counter() - started < 1.0
    assert isinstance(error, errors.ServerError)
    assert len(error.body) <= 64 * 1024


def test_xml_message_is_still_found() -> None:
    request = httpx.Request("GET", "https://example.test/send")
    body = b"<response><MESSAGE> No credit </MESSAGE></response>"
    error = error_from_response("acrobits", httpx.Response(402, content=body, request=request))
    assert error.message == "No credit"


# -- 7: credentials never follow a redirect -------------------------------------------------


@pytest.fixture
def elsewhere() -> Iterator[LoopbackServer]:
    srv = LoopbackServer()
    yield srv
    srv.close()


def _redirect_to(target: LoopbackServer) -> Any:
    return lambda r: Reply(307, "", {"Location": target.url + r.path})


def test_sync_caller_client_that_follows_redirects_does_not_carry_the_key(
    server: LoopbackServer, elsewhere: LoopbackServer
) -> None:
    server.handle(_redirect_to(elsewhere))
    elsewhere.handle(lambda r: Reply(200, {"balance": 1, "currency": "eur"}))
    key = canary("redirect-canary-key")
    with httpx.Client(follow_redirects=True) as http:
        cx = smskit.Smscx(api_key=key, base_url=server.url, http_client=http)
        with pytest.raises(errors.ApiError, match="does not follow redirects") as caught:
            cx.balance()
    assert caught.value.status_code == 307
    assert elsewhere.received == []


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_async_caller_client_that_follows_redirects_does_not_carry_the_keys(
    server: LoopbackServer, elsewhere: LoopbackServer, transport: str
) -> None:
    server.handle(_redirect_to(elsewhere))
    elsewhere.handle(lambda r: Reply(201, {"result": "OK", "order_id": "x"}))

    async def main() -> None:
        http = httpx.AsyncClient(follow_redirects=True) if transport == "httpx" else None
        async with smskit.AsyncSmsend(
            user_key="UK-redirect",
            access_token=canary("redirect-canary-access"),
            base_url=server.url,
            http_client=http,
        ) as se:
            with pytest.raises(errors.ApiError):
                await se.send(to="+393471234567", text="Ciao")
        if http is not None:
            await http.aclose()

    asyncio.run(main())
    assert elsewhere.received == []
    assert len(server.received) == 1


# -- 10, 11: short secrets and raw responses ------------------------------------------------


def test_short_password_is_masked_in_logs(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    short = canary("Qz7")
    server.handle(lambda r: Reply(200, ""))
    with smskit.AcrobitsWebService(
        send_url=server.url + "/send/%account[password]%/?to=%sms_to%&b=%sms_body%",
        username="u",
        password=short,
    ) as ws:
        ws.send(to="+15551231234", text="hi")
    assert server.received[0].path.startswith("/send/Qz7/")
    assert "/send/[REDACTED]/" in caplog.text


def test_raw_response_request_headers_hide_the_key(server: LoopbackServer) -> None:
    key = canary("raw-canary-api-key")
    server.handle(lambda r: Reply(200, {"balance": 1, "currency": "eur"}))
    with smskit.Smscx(api_key=key, base_url=server.url) as cx:
        raw = cx.with_raw_response.balance()
    assert raw.parsed.balance == 1
    shown = repr(raw.response.request.headers) + str(dict(raw.response.request.headers))
    assert key not in shown
    assert "x-api-key" in shown.lower()
    assert server.received[0].headers["X-API-KEY"] == key  # sent as it is, shown masked


# -- 12: an async client outlives its event loop --------------------------------------------


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_async_client_works_across_two_event_loops(server: LoopbackServer, transport: str) -> None:
    server.handle(lambda r: Reply(204))
    sg = smskit.AsyncSipgate(
        token_id="token-LOOP1", token="loop-secret-1", base_url=server.url, transport=transport
    )
    first = asyncio.run(sg.send(to="+491701234567", text="one"))
    second = asyncio.run(sg.send(to="+491701234567", text="two"))
    asyncio.run(sg.close())
    assert first.recipients == second.recipients == ("+491701234567",)
    assert [r.json()["message"] for r in server.received] == ["one", "two"]


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_async_client_closed_and_used_again_in_one_loop_sends(
    server: LoopbackServer, transport: str
) -> None:
    """``close`` releases the client's connections; using it again opens new ones (the
    aiohttp sender checks a session's loop on every request, not whether it was closed,
    which only ``close`` does and then forgets the session)."""
    server.handle(lambda r: Reply(204))

    async def twice() -> None:
        sg = smskit.AsyncSipgate(
            token_id="token-LOOP2", token="loop-secret-2", base_url=server.url,
            transport=transport,
        )  # fmt: skip
        await sg.send(to="+491701234567", text="one")
        await sg.close()
        await sg.send(to="+491701234567", text="two")
        await sg.close()

    asyncio.run(twice())
    assert [r.json()["message"] for r in server.received] == ["one", "two"]


def test_sync_client_closed_and_used_again_sends(server: LoopbackServer) -> None:
    """The sync twin: httpx refuses a closed client with a bare RuntimeError, which once
    became "may have been sent" (``DeliveryUnknownError``) though nothing left."""
    server.handle(lambda r: Reply(204))
    sg = smskit.Sipgate(token_id="token-LOOP3", token="loop-secret-3", base_url=server.url)
    sg.send(to="+491701234567", text="one")
    sg.close()
    assert sg.send(to="+491701234567", text="two").recipients == ("+491701234567",)
    sg.close()
    assert [r.json()["message"] for r in server.received] == ["one", "two"]


def test_a_closed_caller_http_client_is_refused_before_sending(server: LoopbackServer) -> None:
    """A caller's client cannot be reopened by smskit: a send on it once it is closed raises
    an error saying nothing was sent (``sent`` False: failover may try the next route), on
    the sync and the async client alike."""
    server.handle(lambda r: Reply(204))
    http = httpx.Client()
    http.close()
    sg = smskit.Sipgate(token_id="t", token="closed-secret", base_url=server.url, http_client=http)
    with pytest.raises(errors.ConnectError) as sync_error:
        sg.send(to="+491701234567", text="one")

    async def on_async() -> None:
        ahttp = httpx.AsyncClient()
        await ahttp.aclose()
        asg = smskit.AsyncSipgate(
            token_id="t", token="closed-secret", base_url=server.url, http_client=ahttp
        )
        await asg.send(to="+491701234567", text="two")

    with pytest.raises(errors.ConnectError) as async_error:
        asyncio.run(on_async())
    for caught in (sync_error.value, async_error.value):
        assert caught.sent is False
        assert "closed; nothing was sent" in str(caught)
        assert "closed-secret" not in f"{caught} {caught!r}"
    assert server.received == []


def test_caller_async_client_under_a_new_loop_is_refused_before_sending(
    server: LoopbackServer,
) -> None:
    server.handle(lambda r: Reply(204))
    http = httpx.AsyncClient()
    sg = smskit.AsyncSipgate(
        token_id="token-LOOP2", token="loop-secret-2", base_url=server.url, http_client=http
    )
    asyncio.run(sg.send(to="+491701234567", text="one"))
    with pytest.raises(errors.TransportError, match="nothing was sent"):
        asyncio.run(sg.send(to="+491701234567", text="two"))
    assert len(server.received) == 1


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_renewing_auth_works_across_two_event_loops(server: LoopbackServer, transport: str) -> None:
    server.route(
        "POST", "/oauth/token", lambda r: Reply(200, {"access_token": "a1", "expires_in": 3600})
    )
    server.handle(lambda r: Reply(200, {"balance": 2, "currency": "eur"}))
    cx = smskit.AsyncSmscx(
        application_id="app", application_secret="loop-app-secret", base_url=server.url,
        transport=transport,
    )  # fmt: skip
    assert asyncio.run(cx.balance()).balance == 2
    assert asyncio.run(cx.balance()).balance == 2
    asyncio.run(cx.close())
    assert len(server.requests_to("/oauth/token")) == 1


# -- 15: schemes and hosts are case-insensitive ---------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "aiohttp", "httpx"])
def test_upper_case_scheme_reaches_the_template_path(server: LoopbackServer, mode: str) -> None:
    server.handle(lambda r: Reply(200, ""))
    url = server.url.replace("http://", "HTTP://").replace("127.0.0.1", "127.0.0.1")
    kwargs: dict[str, Any] = {"send_url": url + "/send?to=%sms_to%&b=%sms_body%"}
    if mode == "sync":
        with smskit.AcrobitsWebService(**kwargs) as ws:
            ws.send(to="+15551231234", text="hi")
    else:

        async def main() -> None:
            async with smskit.AsyncAcrobitsWebService(**kwargs, transport=mode) as ws:
                await ws.send(to="+15551231234", text="hi")

        asyncio.run(main())
    assert [r.path.split("?")[0] for r in server.received] == ["/send"]


# -- extras: one User-Agent on every transport ----------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "aiohttp", "httpx"])
def test_user_agent_is_smskit_on_every_transport_and_token_request(
    server: LoopbackServer, mode: str
) -> None:
    server.route(
        "POST", "/oauth/token", lambda r: Reply(200, {"access_token": "a1", "expires_in": 3600})
    )
    server.handle(lambda r: Reply(200, {"balance": 2, "currency": "eur"}))
    options = {"application_id": "app", "application_secret": "ua-secret", "base_url": server.url}
    if mode == "sync":
        with smskit.Smscx(**options) as cx:
            cx.balance()
    else:

        async def main() -> None:
            async with smskit.AsyncSmscx(**options, transport=mode) as cx:
                await cx.balance()

        asyncio.run(main())
    agents = {r.headers.get("User-Agent") for r in server.received}
    assert agents == {f"smskit/{smskit.__version__}"}
