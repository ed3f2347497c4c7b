"""No sipgate secret in any log at DEBUG, any repr, or any error, in any encoding."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest
from canaries import canary, forms, leaks
from loopback import LoopbackServer, Reply

import smskit
from smskit import errors

TOKEN_ID = "token-CANARY"
TOKEN = canary(
    "pat/canary+secret=value&1", user=TOKEN_ID
)  # characters that percent- and form-encode differently
REFRESH = canary("refresh+canary/token==")
CLIENT_SECRET = canary("client secret&canary")


def test_no_secret_in_debug_logs_reprs_or_errors(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    secrets = (
        forms(TOKEN, user=TOKEN_ID)
        | forms(REFRESH)
        | forms(CLIENT_SECRET)
        | forms("access-new-canary")
    )
    server.route(
        "POST",
        "/token",
        lambda r: Reply(
            200, {"access_token": "access-new-canary", "refresh_token": REFRESH, "expires_in": 300}
        ),
    )
    server.script(Reply(204), Reply(401, f"bad token {TOKEN}"), Reply(500, "oops"))
    seen: list[str] = []

    with smskit.Sipgate(token_id=TOKEN_ID, token=TOKEN, base_url=server.url) as sg:
        sg.send(to="+491701234567", text="Hi")
        with pytest.raises(errors.AuthenticationError) as auth_error:
            sg.send(to="+491701234567", text="Hi")
        seen += [
            repr(sg),
            str(auth_error.value),
            repr(auth_error.value),
            auth_error.value.body,
            str(auth_error.value.headers),
            repr(sg._auth),
        ]
        with pytest.raises(errors.ServerError) as server_error:
            sg.send(to="+491701234567", text="Hi")
        seen += [str(server_error.value), repr(server_error.value)]

    oauth = smskit.Sipgate(
        access_token="access-old-canary",
        access_token_expires_at=datetime.now(UTC) - timedelta(1),
        refresh_token=REFRESH,
        client_id="app",
        client_secret=CLIENT_SECRET,
        token_url=server.url + "/token",
        base_url=server.url,
    )
    secrets |= forms("access-old-canary")
    server.script(Reply(204))
    oauth.send(to="+491701234567", text="Hi")
    seen += [repr(oauth), repr(oauth._auth)]
    oauth.close()

    assert any(r.name.startswith("httpx") for r in caplog.records)  # the libraries did log
    assert any(r.name.startswith("httpcore") for r in caplog.records)
    everything = "\n".join([caplog.text, *(r.getMessage() for r in caplog.records), *seen])
    assert leaks(everything, secrets) == []
    # and the secrets did travel: the test would prove nothing otherwise
    assert server.received[0].headers["Authorization"] != ""


def test_token_in_error_body_is_redacted(server: LoopbackServer) -> None:
    server.script(Reply(400, {"message": f"token {TOKEN} is not allowed here"}))
    with (
        smskit.Sipgate(token_id=TOKEN_ID, token=TOKEN, base_url=server.url) as sg,
        pytest.raises(errors.InvalidRequestError) as caught,
    ):
        sg.send(to="+491701234567", text="Hi")
    assert "[REDACTED]" in caught.value.message
    assert leaks(caught.value.message + caught.value.body, forms(TOKEN)) == []
