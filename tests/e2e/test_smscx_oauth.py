"""SMS.CX OAuth2 client credentials: one token fetch for everyone, renewal, replay on 401."""

from __future__ import annotations

import asyncio
import base64
import itertools
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import parse_qs

import pytest
from canaries import canary
from loopback import LoopbackServer, Received, Reply
from smscx_replies import accepted

import smskit
from smskit import errors

APP_ID = "app-1234"
APP_SECRET = canary("app-secret-canary-77e1", user="app-1234")


class TokenEndpoint:
    def __init__(self, server: LoopbackServer, expires_in: int = 86400, delay: float = 0.2) -> None:
        self.requests: list[Received] = []
        self._numbers = itertools.count(1)
        self._lock = threading.Lock()
        self.expires_in = expires_in
        self.delay = delay
        server.route("POST", "/oauth/token", self)

    def __call__(self, request: Received) -> Reply:
        with self._lock:
            self.requests.append(request)
            number = next(self._numbers)
        expected = "Basic " + base64.b64encode(f"{APP_ID}:{APP_SECRET}".encode()).decode()
        if request.headers.get("Authorization") != expected:
            return Reply(
                401,
                {"error": {"type": "invalid_client", "code": 1600, "message": "Invalid client"}},
            )
        body = {
            "access_token": f"token-{number}",
            "expires_in": self.expires_in,
            "token_type": "Bearer",
            "scope": "sms",
        }
        return Reply(200, body, delay=self.delay)


def balance_for(token: str):  # type: ignore[no-untyped-def]
    def handler(request: Received) -> Reply:
        if request.headers.get("Authorization") != f"Bearer {token}":
            return Reply(
                401, {"error": {"type": "invalid_client", "code": 1601, "message": "Expired token"}}
            )
        return Reply(200, {"balance": 3.5, "currency": "eur", "billing": "prepaid"})

    return handler


def oauth(server: LoopbackServer, secret: str = APP_SECRET, **kwargs: object) -> dict[str, object]:
    return {
        "application_id": APP_ID,
        "application_secret": secret,
        "scope": "sms",
        "base_url": server.url,
        **kwargs,
    }


def test_token_request_is_the_documented_one(server: LoopbackServer) -> None:
    tokens = TokenEndpoint(server, delay=0)
    server.route("GET", "/account/balance", balance_for("token-1"))
    with smskit.Smscx(**oauth(server)) as cx:  # type: ignore[arg-type]
        assert cx.balance().balance == 3.5
        cx.balance()
    (request,) = tokens.requests
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qs(request.body.decode()) == {
        "grant_type": ["client_credentials"],
        "scope": ["sms"],
    }
    assert "X-API-KEY" not in server.requests_to("/account/balance")[0].headers


def test_token_with_less_than_30s_left_is_renewed(server: LoopbackServer) -> None:
    tokens = TokenEndpoint(server, expires_in=40, delay=0)
    server.handle(lambda r: Reply(200, {"balance": 1, "currency": "eur"}))
    with smskit.Smscx(**oauth(server)) as cx:  # type: ignore[arg-type]
        cx.balance()
        cx.balance()
    # 40 s tokens are renewed 4 s before expiry (a tenth of their life): still fresh here.
    assert len(tokens.requests) == 1


def test_short_lived_token_is_reused_not_fetched_per_request(server: LoopbackServer) -> None:
    """A token that lives 20 s (under the 30 s margin) is renewed a tenth of its life before it
    expires, not before every request."""
    tokens = TokenEndpoint(server, expires_in=20, delay=0)
    server.handle(lambda r: Reply(200, {"balance": 1, "currency": "eur"}))
    with smskit.Smscx(**oauth(server)) as cx:  # type: ignore[arg-type]
        for _ in range(100):
            cx.balance()
    assert len(tokens.requests) == 1


def test_token_is_renewed_within_a_tenth_of_its_lifetime(server: LoopbackServer) -> None:
    tokens = TokenEndpoint(server, expires_in=1, delay=0)
    server.handle(lambda r: Reply(200, {"balance": 1, "currency": "eur"}))
    with smskit.Smscx(**oauth(server)) as cx:  # type: ignore[arg-type]
        cx.balance()
        cx.balance()
        assert len(tokens.requests) == 1
        time.sleep(0.95)  # 0.05 s left: inside the 0.1 s margin
        cx.balance()
    assert len(tokens.requests) == 2


def test_401_renews_once_and_replays_once(server: LoopbackServer) -> None:
    tokens = TokenEndpoint(server, delay=0)
    server.route("GET", "/account/balance", balance_for("token-2"))  # token-1 is "revoked"
    with smskit.Smscx(**oauth(server)) as cx:  # type: ignore[arg-type]
        assert cx.balance().currency == "eur"
    assert len(tokens.requests) == 2
    assert len(server.requests_to("/account/balance")) == 2


def test_second_401_is_final(server: LoopbackServer) -> None:
    tokens = TokenEndpoint(server, delay=0)
    server.route("GET", "/account/balance", balance_for("never"))
    cx = smskit.Smscx(**oauth(server))  # type: ignore[arg-type]
    with cx, pytest.raises(errors.AuthenticationError):
        cx.balance()
    assert len(tokens.requests) == 2
    assert len(server.requests_to("/account/balance")) == 2


def test_wrong_secret_is_an_authentication_error_and_nothing_is_sent(
    server: LoopbackServer,
) -> None:
    TokenEndpoint(server, delay=0)
    cx = smskit.Smscx(**oauth(server, secret="wrong-secret-1234"))  # type: ignore[arg-type]
    with cx, pytest.raises(errors.AuthenticationError) as caught:
        cx.send(to="+491701234567", text="Hi", sender="InfoText")
    assert "Invalid client" in caught.value.message
    assert server.requests_to("/sms") == []


@pytest.mark.parametrize("callers", [20, 100])
async def test_concurrent_async_calls_make_one_token_request(
    server: LoopbackServer, callers: int
) -> None:
    tokens = TokenEndpoint(server)
    server.route("GET", "/account/balance", balance_for("token-1"))
    async with smskit.AsyncSmscx(**oauth(server)) as cx:  # type: ignore[arg-type]
        results = await asyncio.gather(*(cx.balance() for _ in range(callers)))
    assert len(results) == callers
    assert len(tokens.requests) == 1


async def test_100_concurrent_async_sends_make_one_token_request(server: LoopbackServer) -> None:
    tokens = TokenEndpoint(server)
    server.route("POST", "/sms", accepted)
    async with smskit.AsyncSmscx(**oauth(server), max_concurrency=100) as cx:  # type: ignore[arg-type]
        results = await asyncio.gather(
            *(cx.send(to="+491701234567", text="Hi", sender="InfoText") for _ in range(100))
        )
    assert len(results) == 100
    assert len(tokens.requests) == 1
    assert {r.headers["Authorization"] for r in server.requests_to("/sms")} == {"Bearer token-1"}


def test_16_threads_make_one_token_request(server: LoopbackServer) -> None:
    tokens = TokenEndpoint(server)
    server.route("GET", "/account/balance", balance_for("token-1"))
    barrier = threading.Barrier(16)
    with smskit.Smscx(**oauth(server)) as cx:  # type: ignore[arg-type]

        def call(_: int) -> float:
            barrier.wait()
            return cx.balance().balance

        with ThreadPoolExecutor(16) as pool:
            assert list(pool.map(call, range(16))) == [3.5] * 16
    assert len(tokens.requests) == 1
