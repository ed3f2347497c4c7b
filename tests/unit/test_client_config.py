"""Constructor rules shared by every client (DESIGN §2-3), shown on sipgate."""

from __future__ import annotations

import logging
import subprocess
import sys
from typing import Any

import httpx
import pytest
from canaries import canary
from loopback import LoopbackServer, Reply

import smskit
from smskit import errors

CREDS = {
    "token_id": "token-ABC123",
    "token": canary("00000000-0000-4000-8000-000000000000", user="token-ABC123"),
}


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8765",
        "http://localhost/v2",
        "http://[::1]:8080",
        "https://api.example.com",
    ],
)
def test_allowed_base_urls(url: str) -> None:
    assert smskit.Sipgate(**CREDS, base_url=url).base_url == url.rstrip("/")


@pytest.mark.parametrize(
    "url", ["http://api.sipgate.com/v2", "ftp://x/", "not a url", "http://10.0.0.1", "//host"]
)
def test_refused_base_urls(url: str) -> None:
    with pytest.raises(errors.ValidationError, match="allow_insecure") as caught:
        smskit.Sipgate(**CREDS, base_url=url)
    assert caught.value.field == "base_url"


def test_allow_insecure_opts_in() -> None:
    sg = smskit.Sipgate(**CREDS, base_url="http://api.example.com/v2/", allow_insecure=True)
    assert sg.base_url == "http://api.example.com/v2"


def test_token_url_follows_the_same_rule() -> None:
    with pytest.raises(errors.ValidationError) as caught:
        smskit.Sipgate(
            refresh_token="r-token", client_id="c", client_secret="s-secret",
            token_url="http://login.example.com/token",
        )  # fmt: skip
    assert caught.value.field == "token_url"


def test_default_base_url_and_timeout() -> None:
    sg = smskit.Sipgate(**CREDS)
    assert sg.base_url == "https://api.sipgate.com/v2"
    assert sg.timeout.read == 30
    assert sg.timeout.connect == 5
    assert sg.retry_policy.max_retries == 2
    assert sg.retry_policy.max_retry_wait == 60


def test_timeout_none_is_refused() -> None:
    with pytest.raises(errors.ValidationError, match="never hang"):
        smskit.Sipgate(**CREDS, timeout=None)  # type: ignore[arg-type]


def test_float_timeout() -> None:
    assert smskit.Sipgate(**CREDS, timeout=3.5).timeout == httpx.Timeout(3.5)


def test_negative_retries_refused() -> None:
    with pytest.raises(errors.ValidationError):
        smskit.Sipgate(**CREDS, max_retries=-1)


def test_from_env_personal_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIPGATE_TOKEN_ID", "token-ENV123")
    monkeypatch.setenv("SIPGATE_TOKEN", "env-token-secret")
    monkeypatch.setenv("SIPGATE_BASE_URL", "http://127.0.0.1:9/v2")
    sg = smskit.Sipgate.from_env()
    assert sg.base_url == "http://127.0.0.1:9/v2"
    request = httpx.Request("GET", "http://127.0.0.1:9/")
    flow = sg._auth.sync_auth_flow(request)  # type: ignore[union-attr]
    assert (
        next(flow).headers["Authorization"]
        == httpx.BasicAuth("token-ENV123", "env-token-secret")._auth_header
    )


def test_from_env_access_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SIPGATE_TOKEN_ID", raising=False)
    monkeypatch.delenv("SIPGATE_TOKEN", raising=False)
    monkeypatch.setenv("SIPGATE_ACCESS_TOKEN", "env-access-token")
    sg = smskit.AsyncSipgate.from_env(timeout=2)
    assert isinstance(sg, smskit.AsyncSipgate)
    assert sg.timeout == httpx.Timeout(2)


def test_from_env_without_credentials_names_the_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SIPGATE_TOKEN_ID", "SIPGATE_TOKEN", "SIPGATE_ACCESS_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(
        errors.ValidationError, match="SIPGATE_TOKEN_ID and SIPGATE_TOKEN or SIPGATE_ACCESS_TOKEN"
    ):
        smskit.Sipgate.from_env()


def test_context_manager_closes_the_owned_client() -> None:
    with smskit.Sipgate(**CREDS) as sg:
        http = sg._http
    assert http.is_closed


async def test_async_context_manager_closes_the_owned_client() -> None:
    async with smskit.AsyncSipgate(**CREDS, transport="httpx") as sg:
        http = sg._sender.client  # type: ignore[union-attr]
    assert http.is_closed


async def test_async_context_manager_closes_the_aiohttp_session(server: LoopbackServer) -> None:
    server.handle(lambda r: Reply(204))
    async with smskit.AsyncSipgate(**CREDS, base_url=server.url) as sg:
        await sg.send(to="+491701234567", text="Hi")
        session = sg._sender._sender._session  # type: ignore[union-attr]
        assert session is not None
        assert not session.closed
    assert session.closed


def test_unknown_transport_is_refused() -> None:
    with pytest.raises(errors.ValidationError) as caught:
        smskit.AsyncSipgate(**CREDS, transport="curl")
    assert caught.value.field == "transport"


def test_repr_shows_no_credentials() -> None:
    text = repr(smskit.Sipgate(**CREDS)) + repr(smskit.Sipgate(access_token="bearer-canary-1"))
    assert CREDS["token"] not in text
    assert "bearer-canary-1" not in text


def test_smskit_log_env_turns_on_a_stderr_handler() -> None:
    code = (
        "import logging, smskit; smskit.Sipgate(token_id='token-ABC123', token='log-canary-77');"
        "logging.getLogger('smskit').debug('hello %s', 'log-canary-77')"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True,
        env={"SMSKIT_LOG": "debug", "PATH": ""},
    )  # fmt: skip
    assert "hello [REDACTED]" in done.stderr
    assert "log-canary-77" not in done.stderr


def test_public_surface() -> None:
    for name in smskit.__all__:
        assert hasattr(smskit, name)
    assert logging.getLogger("smskit").name == "smskit"


def test_url_cache_does_not_grow_with_ids_in_paths() -> None:
    sg = smskit.Sipgate(**CREDS)
    for n in range(500):
        sg._url(f"/w{n}/sms")
    assert len(sg._urls) <= 64
    assert str(sg._url("/w499/sms")) == "https://api.sipgate.com/v2/w499/sms"


@pytest.mark.parametrize(
    ("client", "default"),
    [
        (lambda: smskit.Sipgate(**CREDS), "https://api.sipgate.com/v2"),
        (lambda: smskit.Smscx(api_key="default-url-key"), "https://api.sms.cx"),
        (
            lambda: smskit.Smsend(username="u", password="default-url-pw"),
            "https://app.gateway.smsend.it/API/v1.0/REST",
        ),
        (lambda: smskit.AsyncSmscx(api_key="default-url-key"), "https://api.sms.cx"),
    ],
)
def test_documented_default_base_urls_and_retries(client: Any, default: str) -> None:
    made = client()
    assert made.base_url == default
    assert made.retry_policy.max_retries == 2


@pytest.mark.parametrize(
    ("client", "variable", "dsn"),
    [
        (smskit.Sipgate, "SIPGATE_BASE_URL", "sipgate://t:x@default"),
        (smskit.Smscx, "SMSCX_BASE_URL", "smscx://key@default"),
        (smskit.Smsend, "SMSEND_BASE_URL", "smsend://u:p@default"),
    ],
)
def test_the_base_url_variable_stands_in_for_the_default_everywhere(
    monkeypatch: pytest.MonkeyPatch, client: type, variable: str, dsn: str
) -> None:
    default = client.default_base_url.rstrip("/")
    monkeypatch.delenv(variable, raising=False)
    assert smskit.connect(dsn).base_url == default
    monkeypatch.setenv(variable, "http://127.0.0.1:9/staging/")
    assert smskit.connect(dsn).base_url == "http://127.0.0.1:9/staging"  # @default reads it
    creds = {"sipgate": CREDS, "smscx": {"api_key": "k"}, "smsend": {"user_key": "u",
             "access_token": "t"}}[client.provider]  # fmt: skip
    assert client(**creds).base_url == "http://127.0.0.1:9/staging"
    assert client(**creds, base_url="https://elsewhere.example/v2").base_url == (
        "https://elsewhere.example/v2"  # an explicit base_url wins
    )
    monkeypatch.setenv(variable, "http://sandbox.example/v2")  # still checked: not https
    with pytest.raises(errors.ValidationError, match="base_url"):
        client(**creds)
