"""Acrobits-compatible web services over real HTTP on 127.0.0.1: every template kind."""

from __future__ import annotations

import json
import logging
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from canaries import canary, forms, leaks
from hypothesis import given, settings
from hypothesis import strategies as st
from loopback import LoopbackServer, Received, Reply

import smskit
from smskit import errors

USER = "jöhn dow&co"
PASSWORD = canary("12345678 &=%+#?/€")
AWKWARD = 'Say "hi" & 50% off!\nnew line, emoji 😀, literal %sms_to% and %account[password]%'
GET_URL = "/send_message/?from=%account[username]%&password=%account[password]%&sms_to=%sms_to%&sms_body=%sms_body%&smart=%smart%"
FORM = "from=%account[username]%&password=%account[password]%&sms_to=%sms_to%&sms_body=%sms_body%"
JSON_TEMPLATE = '{ "from" : "%account[username]%", "password" : "%account[password]%", "sms_to" : "%sms_to%", "sms_body" : "%sms_body%" }'


def query(request: Received) -> dict[str, list[str]]:
    return parse_qs(urlsplit(request.path).query, keep_blank_values=True)


def service(server: LoopbackServer, **kwargs: Any) -> smskit.AcrobitsWebService:
    kwargs.setdefault("send_url", server.url + GET_URL)
    kwargs.setdefault("retry_backoff", 0.01)
    return smskit.AcrobitsWebService(username=USER, password=PASSWORD, **kwargs)


def test_get_template_values_arrive_exactly(server: LoopbackServer) -> None:
    server.handle(lambda r: Reply(200, ""))
    with service(server) as ws:
        result = ws.send(to="+1 (555) 123-1234", text=AWKWARD, smart=True)
    (request,) = server.received
    assert request.method == "GET"
    assert urlsplit(request.path).path == "/send_message/"
    assert query(request) == {
        "from": [USER],
        "password": [PASSWORD],
        "sms_to": ["+15551231234"],
        "sms_body": [AWKWARD],
        "smart": ["1"],
    }
    assert result == smskit.SendResult(provider="acrobits", ids=(), recipients=("+15551231234",))


def test_form_template_values_arrive_exactly(server: LoopbackServer) -> None:
    server.handle(lambda r: Reply(200, ""))
    with service(server, send_url=server.url + "/send_message/", post_data=FORM) as ws:
        ws.send(to="+15551231234", text=AWKWARD)
    (request,) = server.received
    assert request.method == "POST"
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qs(request.body.decode(), keep_blank_values=True) == {
        "from": [USER],
        "password": [PASSWORD],
        "sms_to": ["+15551231234"],
        "sms_body": [AWKWARD],
    }


def test_json_template_values_arrive_exactly(server: LoopbackServer) -> None:
    server.handle(lambda r: Reply(200, {"sms_id": "42"}))
    with service(server, send_url=server.url + "/send_message/", post_data=JSON_TEMPLATE,
                 content_type="application/json") as ws:  # fmt: skip
        result = ws.send(to="sip:alice@example.com", text=AWKWARD)
    (request,) = server.received
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.body) == {
        "from": USER,
        "password": PASSWORD,
        "sms_to": "sip:alice@example.com",
        "sms_body": AWKWARD,
    }
    assert result.ids == ("42",)
    assert result.recipients == ("sip:alice@example.com",)


def test_sip_addresses_pass_through_and_numbers_become_e164(server: LoopbackServer) -> None:
    server.handle(lambda r: Reply(204))
    with service(server) as ws:
        result = ws.send(
            to=["alice@example.com", "sip:bob@pbx.example.org", "0170 1234567"],
            text="x",
            default_region="DE",
        )
    assert [query(r)["sms_to"][0] for r in server.received] == [
        "alice@example.com",
        "sip:bob@pbx.example.org",
        "+491701234567",
    ]
    assert result.recipients == ("alice@example.com", "sip:bob@pbx.example.org", "+491701234567")


@pytest.mark.parametrize(
    ("reply", "cls", "message"),
    [
        (Reply(402, "<response><message>Not enough credit</message></response>", {"Content-Type": "text/xml"}),
         errors.InsufficientFundsError, "Not enough credit"),
        (Reply(406, {"message": "Invalid recipient"}), errors.InvalidRequestError, "Invalid recipient"),
        (Reply(400, "x" * 300), errors.InvalidRequestError, "x" * 100),
        (Reply(500, ""), errors.ServerError, "HTTP 500 with an empty body"),
        (Reply(401, {"message": "Bad password"}), errors.AuthenticationError, "Bad password"),
    ],
)  # fmt: skip
def test_errors_show_the_services_message(
    server: LoopbackServer, reply: Reply, cls: type[errors.ApiError], message: str
) -> None:
    server.handle(lambda r: reply)
    with service(server, max_retries=3) as ws, pytest.raises(cls) as caught:
        ws.send(to="+15551231234", text="Hello World")
    assert caught.value.message == message
    assert caught.value.provider == "acrobits"
    assert len(server.received) == 1  # never resent, GET or not


def test_a_get_send_that_timed_out_is_not_resent(server: LoopbackServer) -> None:
    server.handle(lambda r: Reply(200, "", delay=1.0))
    with (
        service(server, timeout=0.3, max_retries=3) as ws,
        pytest.raises(errors.DeliveryUnknownError),
    ):
        ws.send(to="+15551231234", text="Hello World")
    assert len(server.received) == 1


def test_one_request_per_recipient_and_partial(server: LoopbackServer) -> None:
    server.script(Reply(200, ""), Reply(402, {"message": "Not enough credit"}))
    with service(server) as ws, pytest.raises(errors.InsufficientFundsError) as caught:
        ws.send(to=["+15551231234", "+15551231235", "+15551231236"], text="x")
    assert len(server.received) == 2
    assert caught.value.partial is not None
    assert caught.value.partial.recipients == ("+15551231234",)


async def test_async_sends_concurrently(server: LoopbackServer) -> None:
    server.handle(lambda r: Reply(200, ""))
    async with smskit.AsyncAcrobitsWebService(
        send_url=server.url + GET_URL, username=USER, password=PASSWORD
    ) as ws:
        result = await ws.send(to=["+15551231234", "bob@example.com"], text=AWKWARD)
    assert sorted(result.recipients) == ["+15551231234", "bob@example.com"]
    assert all(query(r)["sms_body"] == [AWKWARD] for r in server.received)


@pytest.mark.parametrize("scheme", ["basic", "digest"])
def test_service_credentials(server: LoopbackServer, scheme: str) -> None:
    def handler(request: Received) -> Reply:
        header = request.headers.get("Authorization", "")
        if scheme == "digest" and not header.startswith("Digest "):
            return Reply(
                401, "", {"WWW-Authenticate": 'Digest realm="sms", nonce="abc123", qop="auth"'}
            )
        return Reply(200, "") if header.startswith(scheme.capitalize()) else Reply(401, "")

    server.handle(handler)
    with service(
        server, auth_username="svc", auth_password="svc-secret-1", auth_scheme=scheme
    ) as ws:
        ws.send(to="+15551231234", text="x")
    assert server.received[-1].headers["Authorization"].lower().startswith(scheme)


def test_extra_variables_and_unknown_placeholders(server: LoopbackServer) -> None:
    server.handle(lambda r: Reply(200, ""))
    url = server.url + "/s?to=%sms_to%&dev=%installid%&x=%unknown%&body=%C3%A9%sms_body%"
    with service(server, send_url=url, variables={"installid": "dev 1"}) as ws:
        ws.send(to="+15551231234", text="hi")
    assert query(server.received[0]) == {
        "to": ["+15551231234"],
        "dev": ["dev 1"],
        "x": ["%unknown%"],
        "body": ["éhi"],
    }


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"send_url": "http://sms.example.com/send?to=%sms_to%"}, "send_url"),
        ({"send_url": "ftp://sms.example.com/send"}, "send_url"),
        ({"send_url": "https://%account[username]%.example.com/send"}, "send_url"),
        ({"content_type": "application/json\r\nX-Evil: 1", "post_data": "{}"}, "content_type"),
        ({"password": "pa\nss"}, "account[password]"),
    ],
)
def test_bad_configuration_is_refused(kwargs: dict[str, Any], field: str) -> None:
    settings = {
        "send_url": "https://sms.example.com/send?to=%sms_to%",
        "username": "u",
        "password": "p",
        **kwargs,
    }
    with pytest.raises(errors.ValidationError) as caught:
        smskit.AcrobitsWebService(**settings)
    assert caught.value.field == field


def test_plain_http_needs_allow_insecure() -> None:
    ws = smskit.AcrobitsWebService(
        send_url="http://sms.example.com/s?to=%sms_to%", allow_insecure=True
    )
    assert ws.base_url == "http://sms.example.com"


@pytest.mark.parametrize(
    ("to", "field"), [("not a number", "to"), ("sip:", "to"), ("a b@example.com", "to")]
)
def test_bad_recipients_are_refused(server: LoopbackServer, to: str, field: str) -> None:
    with service(server) as ws, pytest.raises(errors.ValidationError) as caught:
        ws.send(to=to, text="x")
    assert caught.value.field == field
    assert server.received == []


def test_password_in_the_url_never_reaches_a_log(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server.handle(lambda r: Reply(403, {"message": f"wrong password {PASSWORD}"}))
    with service(server) as ws, pytest.raises(errors.PermissionDeniedError) as caught:
        ws.send(to="+15551231234", text="x")
    assert any("send_message" in r.getMessage() for r in caplog.records)
    everything = caplog.text + str(caught.value) + repr(caught.value) + caught.value.body + repr(ws)
    assert leaks(everything, forms(PASSWORD)) == []


@pytest.fixture(scope="module")
def shared_server():  # type: ignore[no-untyped-def]
    srv = LoopbackServer()
    srv.handle(lambda r: Reply(200, ""))
    yield srv
    srv.close()


@settings(max_examples=40, deadline=None)
@given(
    text=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1).filter(str.strip),
    password=st.text(
        # Control characters are refused in credentials (see test_bad_input_table.py).
        st.characters(blacklist_categories=("Cs", "Cc")),
        min_size=1,
    ),
    kind=st.sampled_from(["get", "form", "json"]),
)
def test_any_text_and_password_survive_the_wire(
    shared_server: LoopbackServer, text: str, password: str, kind: str
) -> None:
    shared_server.received.clear()
    password = "pw-" + password  # registered as a secret: keep it from masking ordinary words
    settings_by_kind: dict[str, dict[str, Any]] = {
        "get": {"send_url": shared_server.url + GET_URL},
        "form": {"send_url": shared_server.url + "/send_message/", "post_data": FORM},
        "json": {
            "send_url": shared_server.url + "/send_message/",
            "post_data": JSON_TEMPLATE,
            "content_type": "application/json",
        },
    }
    with smskit.AcrobitsWebService(
        username=USER, password=password, **settings_by_kind[kind]
    ) as ws:
        ws.send(to="+15551231234", text=text)
    (request,) = shared_server.received
    if kind == "get":
        got = {k: v[0] for k, v in query(request).items()}
    elif kind == "form":
        got = {k: v[0] for k, v in parse_qs(request.body.decode(), keep_blank_values=True).items()}
    else:
        got = json.loads(request.body)
    assert (got["sms_body"], got["password"], got["from"]) == (text, password, USER)


def test_from_env(monkeypatch: pytest.MonkeyPatch, server: LoopbackServer) -> None:
    server.handle(lambda r: Reply(200, ""))
    monkeypatch.setenv("ACROBITS_SEND_URL", server.url + "/send_message/")
    monkeypatch.setenv("ACROBITS_POST_DATA", FORM)
    monkeypatch.setenv("ACROBITS_USERNAME", USER)
    monkeypatch.setenv("ACROBITS_PASSWORD", PASSWORD)
    monkeypatch.delenv("ACROBITS_CONTENT_TYPE", raising=False)
    with smskit.AcrobitsWebService.from_env() as ws:
        ws.send(to="+15551231234", text="hi")
    assert parse_qs(server.received[0].body.decode())["password"] == [PASSWORD]
