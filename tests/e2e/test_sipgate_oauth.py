"""sipgate OAuth2: bearer tokens, refresh before expiry and on 401, one refresh for all callers."""

from __future__ import annotations

import asyncio
import itertools
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs

import pytest
from canaries import canary
from loopback import LoopbackServer, Received, Reply

import smskit
from smskit import errors

OLD = canary("old-access-canary-7d1e")
REFRESH = canary("refresh-canary-93ab4f")
CLIENT_SECRET = canary("client-secret-canary-55c2")
SEND = "/v2/sessions/sms"


class TokenEndpoint:
    """Issues access-1, access-2, ... for a valid refresh request, slowly, and counts."""

    def __init__(self, server: LoopbackServer, delay: float = 0.2) -> None:
        self.forms: list[dict[str, list[str]]] = []
        self._numbers = itertools.count(1)
        self._lock = threading.Lock()
        self.delay = delay
        server.route("POST", "/token", self)

    def __call__(self, request: Received) -> Reply:
        form = parse_qs(request.body.decode())
        with self._lock:
            self.forms.append(form)
            number = next(self._numbers)
        if form.get("refresh_token") != [REFRESH] or form.get("client_secret") != [CLIENT_SECRET]:
            return Reply(
                400, {"error": "invalid_grant", "error_description": "Invalid refresh token"}
            )
        return Reply(
            200,
            {
                "access_token": f"access-{number}",
                "refresh_token": REFRESH,
                "expires_in": 300,
                "token_type": "bearer",
            },
            delay=self.delay,
        )


def only_current_token(current: str):  # type: ignore[no-untyped-def]
    def handler(request: Received) -> Reply:
        ok = request.headers.get("Authorization") == f"Bearer {current}"
        return Reply(204) if ok else Reply(401, "Invalid token supplied")

    return handler


def oauth_kwargs(server: LoopbackServer, expires_in: timedelta) -> dict[str, object]:
    return {
        "access_token": OLD,
        "access_token_expires_at": datetime.now(UTC) + expires_in,
        "refresh_token": REFRESH,
        "client_id": "my-app",
        "client_secret": CLIENT_SECRET,
        "token_url": server.url + "/token",
        "base_url": server.url + "/v2",
    }


def test_expired_token_is_refreshed_with_the_documented_form(server: LoopbackServer) -> None:
    tokens = TokenEndpoint(server, delay=0)
    server.route("POST", SEND, only_current_token("access-1"))
    with smskit.Sipgate(**oauth_kwargs(server, timedelta(minutes=-1))) as sg:  # type: ignore[arg-type]
        sg.send(to="+491701234567", text="Hi")
    assert tokens.forms == [
        {
            "grant_type": ["refresh_token"],
            "refresh_token": [REFRESH],
            "client_id": ["my-app"],
            "client_secret": [CLIENT_SECRET],
        }
    ]
    assert len(server.requests_to(SEND)) == 1


def test_token_with_less_than_30s_left_is_renewed_first(server: LoopbackServer) -> None:
    tokens = TokenEndpoint(server, delay=0)
    server.route("POST", SEND, only_current_token("access-1"))
    with smskit.Sipgate(**oauth_kwargs(server, timedelta(seconds=20))) as sg:  # type: ignore[arg-type]
        sg.send(to="+491701234567", text="Hi")
    assert len(tokens.forms) == 1


def test_fresh_token_is_used_as_is(server: LoopbackServer) -> None:
    tokens = TokenEndpoint(server, delay=0)
    server.route("POST", SEND, only_current_token(OLD))
    with smskit.Sipgate(**oauth_kwargs(server, timedelta(minutes=4))) as sg:  # type: ignore[arg-type]
        sg.send(to="+491701234567", text="Hi")
        sg.send(to="+491701234567", text="Again")
    assert tokens.forms == []


def test_401_refreshes_once_and_replays_once(server: LoopbackServer) -> None:
    tokens = TokenEndpoint(server, delay=0)
    server.route("POST", SEND, only_current_token("access-1"))
    with smskit.Sipgate(**oauth_kwargs(server, timedelta(minutes=4))) as sg:  # type: ignore[arg-type]
        sg.send(to="+491701234567", text="Hi")
    assert len(tokens.forms) == 1
    assert [r.headers["Authorization"] for r in server.requests_to(SEND)] == [
        f"Bearer {OLD}",
        "Bearer access-1",
    ]


def test_401_after_refresh_is_an_authentication_error(server: LoopbackServer) -> None:
    tokens = TokenEndpoint(server, delay=0)
    server.route("POST", SEND, only_current_token("never"))
    sg = smskit.Sipgate(**oauth_kwargs(server, timedelta(minutes=4)))  # type: ignore[arg-type]
    with sg, pytest.raises(errors.AuthenticationError):
        sg.send(to="+491701234567", text="Hi")
    assert len(tokens.forms) == 1
    assert len(server.requests_to(SEND)) == 2


def test_refused_refresh_is_an_authentication_error_and_nothing_is_sent(
    server: LoopbackServer,
) -> None:
    TokenEndpoint(server, delay=0)
    kwargs = oauth_kwargs(server, timedelta(minutes=-1))
    kwargs["refresh_token"] = "revoked"
    with smskit.Sipgate(**kwargs) as sg, pytest.raises(errors.AuthenticationError) as caught:  # type: ignore[arg-type]
        sg.send(to="+491701234567", text="Hi")
    assert "Invalid refresh token" in caught.value.message
    assert server.requests_to(SEND) == []


async def test_100_concurrent_async_sends_share_one_refresh(server: LoopbackServer) -> None:
    tokens = TokenEndpoint(server)
    server.route("POST", SEND, only_current_token("access-1"))
    async with smskit.AsyncSipgate(
        **oauth_kwargs(server, timedelta(minutes=-1)),
        max_concurrency=100,  # type: ignore[arg-type]
    ) as sg:
        await asyncio.gather(*(sg.send(to="+491701234567", text=f"n{i}") for i in range(100)))
    assert len(tokens.forms) == 1
    assert len(server.requests_to(SEND)) == 100


def test_16_threads_share_one_refresh(server: LoopbackServer) -> None:
    tokens = TokenEndpoint(server)
    server.route("POST", SEND, only_current_token("access-1"))
    barrier = threading.Barrier(16)
    with smskit.Sipgate(**oauth_kwargs(server, timedelta(minutes=-1))) as sg:  # type: ignore[arg-type]

        def send(i: int) -> smskit.SendResult:
            barrier.wait()
            return sg.send(to="+491701234567", text=f"n{i}")

        with ThreadPoolExecutor(16) as pool:
            results = list(pool.map(send, range(16)))
    assert len(results) == 16
    assert len(tokens.forms) == 1
    assert len(server.requests_to(SEND)) == 16


def test_static_bearer_token(server: LoopbackServer) -> None:
    server.route("POST", SEND, only_current_token("static-token-1234"))
    with smskit.Sipgate(access_token="static-token-1234", base_url=server.url + "/v2") as sg:
        sg.send(to="+491701234567", text="Hi")
    with (
        smskit.Sipgate(access_token="wrong-token-1234", base_url=server.url + "/v2") as sg,
        pytest.raises(errors.AuthenticationError),
    ):
        sg.send(to="+491701234567", text="Hi")
    assert len(server.requests_to(SEND)) == 2  # a static token cannot renew: no replay


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"token_id": "token-ABC123"},
        {"token_id": "token-ABC123", "token": "x", "access_token": "y"},
        {"token_id": "token-ABC123", "token": "abc\r\nX-Evil: 1"},
        {"access_token": "abc\ndef"},
        {"refresh_token": "r", "client_id": "c"},
    ],
)
def test_bad_credentials_are_refused_at_construction(kwargs: dict[str, str]) -> None:
    with pytest.raises(errors.ValidationError):
        smskit.Sipgate(**kwargs)  # type: ignore[arg-type]


def test_token_fetch_timeout_is_retried_because_the_send_never_left(server: LoopbackServer) -> None:
    answers = iter([Reply(200, {"access_token": "access-1", "expires_in": 300}, delay=1.0)])
    tokens: list[Received] = []

    def token(request: Received) -> Reply:
        tokens.append(request)
        return next(answers, Reply(200, {"access_token": "access-1", "expires_in": 300}))

    server.route("POST", "/token", token)
    server.route("POST", SEND, only_current_token("access-1"))
    kwargs = oauth_kwargs(server, timedelta(minutes=-1))
    with smskit.Sipgate(**kwargs, timeout=0.3, retry_backoff=0.01) as sg:  # type: ignore[arg-type]
        sg.send(to="+491701234567", text="Hi")
    assert len(tokens) == 2
    assert len(server.requests_to(SEND)) == 1
