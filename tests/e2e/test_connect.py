"""smskit.connect / connect_async: every scheme over real HTTP against the sandbox (sync and
async), percent-decoded credentials, references on the wire, and bad connection strings."""

from __future__ import annotations

import asyncio
import base64
from typing import Any

import httpx
import pytest
from canaries import canary
from loopback import LoopbackServer, Reply

import smskit
from smskit import errors
from smskit.sandbox import RunningSandbox

NUMBER = "+491701234567"
SE = "/smsend/API/v1.0/REST"


def smsend_token(sandbox: RunningSandbox) -> tuple[str, str]:
    answer = httpx.get(sandbox.url + SE + "/token", params={"username": "u", "password": "sandbox"})
    user_key, _, token = answer.text.partition(";")
    return user_key, token


def dsns(sandbox: RunningSandbox) -> dict[str, tuple[str, str]]:
    """name -> (connection string, the provider the sandbox records)."""
    host = sandbox.url.removeprefix("http://")
    user_key, token = smsend_token(sandbox)
    return {
        "sipgate": (f"sipgate://token-SBX:sandbox@{host}/sipgate/v2?sms_id=s0", "sipgate"),
        "sipgate-bearer": (f"sipgate://:sandbox@{host}/sipgate/v2", "sipgate"),
        "smscx": (f"smscx://sandbox@{host}/smscx?sender=InfoText&timeout=5", "smscx"),
        "smscx-oauth": (f"smscx://app:sandbox@{host}/smscx?sender=InfoText&scope=sms", "smscx"),
        "smsend": (f"smsend://u:sandbox@{host}{SE}?sender=Shop&message_type=N", "smsend"),
        "smsend+token": (f"smsend+token://{user_key}:{token}@{host}{SE}?max_retries=1", "smsend"),
        "acrobits-query": (f"acrobits://johndoe:sandbox@{host}/acrobits/send_message", "acrobits"),
        "acrobits-form": (f"acrobits://johndoe:sandbox@{host}/acrobits/send_message?format=form", "acrobits"),
        "acrobits-json": (f"acrobits://johndoe:sandbox@{host}/acrobits/send_message?format=json", "acrobits"),
    }  # fmt: skip


NAMES = ["sipgate", "sipgate-bearer", "smscx", "smscx-oauth", "smsend", "smsend+token",
         "acrobits-query", "acrobits-form", "acrobits-json"]  # fmt: skip


@pytest.mark.parametrize("mode", ["sync", "aiohttp", "httpx"])
@pytest.mark.parametrize("name", NAMES)
def test_every_scheme_sends(sandbox: RunningSandbox, name: str, mode: str) -> None:
    dsn, provider = dsns(sandbox)[name]
    text = f"via {name} {mode}"
    if mode == "sync":
        with smskit.connect(dsn) as sms:
            assert isinstance(sms, smskit.Sender)
            result = sms.send(NUMBER, text)
    else:
        separator = "&" if "?" in dsn else "?"

        async def main() -> smskit.SendResult:
            async with smskit.connect_async(f"{dsn}{separator}transport={mode}") as sms:
                assert isinstance(sms, smskit.AsyncSender)
                return await sms.send(NUMBER, text)

        result = asyncio.run(main())
    assert result.provider == provider
    assert result.recipients == (NUMBER,)
    caught = httpx.get(sandbox.url + "/_sandbox/messages", params={"provider": provider}).json()
    assert caught[0]["text"] == text
    assert caught[0]["to"] == NUMBER


def test_connect_reads_smskit_dsn(sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    dsn, _ = dsns(sandbox)["smscx"]
    monkeypatch.setenv("SMSKIT_DSN", dsn)
    with smskit.connect() as sms:
        assert sms.send(NUMBER, "from the environment").provider == "smscx"


def test_user_and_password_are_percent_decoded(server: LoopbackServer) -> None:
    secret = canary("p@ss:w/o%rd canary")
    server.handle(lambda r: Reply(204))
    encoded = "p%40ss%3Aw%2Fo%25rd%20canary"
    with smskit.connect(f"sipgate://token%2DX:{encoded}@127.0.0.1:{server.port}/v2") as sms:
        sms.send(NUMBER, "hi")
    expected = base64.b64encode(f"token-X:{secret}".encode()).decode()
    assert server.received[0].headers["Authorization"] == f"Basic {expected}"
    assert server.received[0].path == "/v2/sessions/sms"


def test_reference_is_the_idempotency_key_and_the_order_id(sandbox: RunningSandbox) -> None:
    all_dsns = dsns(sandbox)
    with smskit.connect(all_dsns["smscx"][0]) as cx:
        first = cx.send(NUMBER, "once", reference="order-42-shipped")
        again = cx.send(NUMBER, "once", reference="order-42-shipped")
    assert first.ids == again.ids  # the sandbox saw one idempotencyId twice: one message
    assert (
        len(httpx.get(sandbox.url + "/_sandbox/messages", params={"provider": "smscx"}).json()) == 1
    )
    with smskit.connect(all_dsns["smsend"][0]) as se:
        sent = se.send(NUMBER, "order", reference="order-42-shipped")
        long = se.send(NUMBER, "order", reference="x" * 100)
    assert sent.ids == ("order-42-shipped",)
    assert len(long.ids[0]) == 32  # a digest: smsend order ids are at most 32 characters


BAD: list[tuple[str, str]] = [
    ("nope://k@default", "unknown scheme 'nope'"),
    ("sipgate://t:s3cret-canary@default?bogus=1", "unknown parameter bogus"),
    ("smscx://k3y-canary@default?timeout=abc", "timeout='abc' is not a number"),
    ("smscx://k3y-canary@default?max_retries=x", "max_retries='x' is not a number"),
    ("sipgate://token-only@default", "the token"),
    ("smsend://user@default", "USERNAME:PASSWORD@ is missing"),
    ("acrobits://u:p@default", "HOST/PATH"),
    ("acrobits://u:p@127.0.0.1:1/s?format=xml", "format="),
    ("smscx://k3y-canary@default?transport=httpx", "connect_async"),
    ("failover()", "failover() is empty"),
    ("failover(sipgate://t:s@default", "not closed"),
    ("failover(sipgate://t:s@default)?cooldown=soon", "cooldown= is not a number"),
    ("just words", "SCHEME://"),
    ("sipgate://t:s@[::1", "needs its closing ']'"),
]


@pytest.mark.parametrize(("dsn", "says"), BAD, ids=[b[1] for b in BAD])
def test_bad_connection_strings_are_validation_errors(dsn: str, says: str) -> None:
    canary("s3cret-canary")
    canary("k3y-canary")
    with pytest.raises(errors.ValidationError) as caught:
        smskit.connect(dsn)
    assert caught.value.field == "dsn"
    assert says in str(caught.value)
    assert "canary" not in str(caught.value)


def test_missing_dsn_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SMSKIT_DSN", raising=False)
    with pytest.raises(errors.ValidationError, match="SMSKIT_DSN"):
        smskit.connect()


def test_http_to_a_remote_host_is_never_built() -> None:
    """A connection string has no scheme of its own for the wire: remote hosts get https."""
    sms: Any = smskit.connect("smscx://k@sms.example.com:8443/api?sender=InfoText")
    assert sms.base_url == "https://sms.example.com:8443/api"
    local: Any = smskit.connect("smscx://k@localhost:8443/api?sender=InfoText")
    assert local.base_url == "http://localhost:8443/api"


def test_connection_string_repr_hides_credentials() -> None:
    from smskit._dsn import parse

    cs = parse("smscx://repr-canary-key@default?sender=InfoText")
    canary("repr-canary-key")
    assert "repr-canary-key" not in repr(cs)
    assert cs.username == "repr-canary-key"
    assert cs.base_url is None
    assert dict(cs.params) == {"sender": "InfoText"}
