"""No SMS.CX secret in any log at DEBUG, any repr, or any error, in any encoding."""

from __future__ import annotations

import logging

import pytest
from canaries import canary, forms, leaks
from loopback import LoopbackServer, Reply
from smscx_replies import accepted, smscx_error

import smskit
from smskit import errors

API_KEY = canary("cx/api+key=canary&9")
APP_ID = "app-canary-id"
APP_SECRET = canary("app secret/canary+7", user="app-canary-id")
ACCESS = canary("issued-access-canary-5")


def test_no_secret_in_debug_logs_reprs_or_errors(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    secrets = forms(API_KEY) | forms(APP_SECRET, user=APP_ID) | forms(ACCESS)
    server.route(
        "POST",
        "/oauth/token",
        lambda r: Reply(200, {"access_token": ACCESS, "expires_in": 3600, "scope": "sms"}),
    )
    answers = iter(
        [
            accepted,
            lambda r: smscx_error(401, "invalid_api_key", 1001, f"Invalid API key {API_KEY}"),
        ]
    )
    server.route("POST", "/sms", lambda r: next(answers)(r))
    seen: list[str] = []
    with smskit.Smscx(api_key=API_KEY, base_url=server.url) as cx:
        cx.send(to="+491701234567", text="Hi", sender="InfoText")
        with pytest.raises(errors.AuthenticationError) as caught:
            cx.send(to="+491701234567", text="Hi", sender="InfoText")
        seen += [
            repr(cx),
            repr(cx._auth),
            str(caught.value),
            repr(caught.value),
            caught.value.body,
            caught.value.message,
        ]
    server.route("GET", "/account/balance", lambda r: Reply(200, {"balance": 1, "currency": "eur"}))
    with smskit.Smscx(
        application_id=APP_ID, application_secret=APP_SECRET, base_url=server.url
    ) as oauth:
        oauth.balance()
        seen += [repr(oauth), repr(oauth._auth)]
    assert server.requests_to("/oauth/token")  # the secret did travel
    assert any(r.name.startswith("httpx") for r in caplog.records)
    everything = "\n".join([caplog.text, *(r.getMessage() for r in caplog.records), *seen])
    assert leaks(everything, secrets) == []
