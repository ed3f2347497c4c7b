"""The sandbox, driven by smskit's own clients (and the SMS.CX SDK) over real HTTP."""

from __future__ import annotations

import time
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import smscx_client
from reaper import spawn
from smscx_client.api import sms_api
from smscx_client.model.send_sms_message_request import SendSmsMessageRequest

import smskit
from smskit import errors
from smskit.cli import sandbox_settings
from smskit.sandbox import Limits, RunningSandbox, Sessions, start


def client(provider: str, sb: RunningSandbox, **extra: Any) -> Any:
    cls = {"sipgate": smskit.Sipgate, "smscx": smskit.Smscx, "smsend": smskit.Smsend,
           "acrobits": smskit.AcrobitsWebService}[provider]  # fmt: skip
    return cls(**{**sandbox_settings(provider, sb.url), **extra})


def caught(sb: RunningSandbox) -> list[dict[str, Any]]:
    return httpx.get(sb.url + "/_sandbox/messages").json()  # type: ignore[no-any-return]


SEND = {
    "sipgate": {"to": "+491701234567", "text": "hallo"},
    "smscx": {"to": "+491701234567", "text": "hallo", "sender": "InfoText"},
    "smsend": {"to": "+393471234567", "text": "ciao"},
    "acrobits": {"to": "+14155552671", "text": "hello"},
}


@pytest.mark.parametrize("provider", list(SEND))
def test_each_provider_is_caught_with_the_documented_fields(
    sandbox: RunningSandbox, provider: str
) -> None:
    with client(provider, sandbox) as c:
        result = c.send(**SEND[provider])
    (message,) = caught(sandbox)
    assert message["provider"] == provider
    assert message["to"] == result.recipients[0]
    assert message["text"] == SEND[provider]["text"]
    assert (message["status"], message["encoding"], message["segments"]) == ("ACCEPTED", "GSM-7", 1)
    assert message["created_at"]


def test_messages_survive_a_restart(tmp_path: Path) -> None:
    db = tmp_path / "kept.sqlite3"
    with start(db) as first, client("sipgate", first) as c:
        c.send(to="+491701234567", text="before the restart")
    with start(db) as second:
        assert [m["text"] for m in caught(second)] == ["before the restart"]


def test_messages_survive_the_sandbox_being_killed(tmp_path: Path) -> None:
    """The store commits without waiting for the disk (WAL, synchronous=NORMAL): a sandbox
    process killed outright keeps every message it answered for, timeline and request too."""
    import signal
    import subprocess
    import sys

    from servers import free_port

    port = free_port()
    db = tmp_path / "killed.sqlite3"
    process = spawn(
        [sys.executable, "-m", "smskit", "sandbox", "--port", str(port), "--db", str(db)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(url + "/_sandbox/messages")
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the sandbox did not start"
                time.sleep(0.1)
        with smskit.Sipgate(**sandbox_settings("sipgate", url)) as sg:
            sg.send(to="+491701234567", text="answered, then killed")
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    with start(db) as reopened:
        (message,) = caught(reopened)
        detail = httpx.get(f"{reopened.url}/_sandbox/messages/{message['id']}").json()
    assert message["text"] == "answered, then killed"
    assert [e["note"] for e in detail["events"]] == ["caught"]
    assert detail["exchange"]["request"]["path"] == "/sipgate/v2/sessions/sms"


def test_newest_first_and_the_inbox_page_shows_them(sandbox: RunningSandbox) -> None:
    with client("smscx", sandbox) as c:
        c.send(to="+491701234567", text="first", sender="InfoText")
        c.send(to="+491701234567", text="<b>second</b> & €", sender="InfoText")
    assert [m["text"] for m in caught(sandbox)] == ["<b>second</b> & €", "first"]
    page = httpx.get(sandbox.url + "/").text
    assert "&lt;b&gt;second&lt;/b&gt; &amp; €" in page  # escaped, never markup
    assert "<b>second</b>" not in page


def test_repeated_idempotency_id_is_one_message(sandbox: RunningSandbox) -> None:
    key = uuid.uuid4()
    with client("smscx", sandbox) as c:
        first = c.send(to="+491701234567", text="once", sender="InfoText", idempotency_id=key)
        again = c.send(to="+491701234567", text="once", sender="InfoText", idempotency_id=key)
    assert first.ids == again.ids
    assert len(caught(sandbox)) == 1


def test_repeated_order_id_is_one_message(sandbox: RunningSandbox) -> None:
    with client("smsend", sandbox) as c:
        c.send(to="+393471234567", text="once", order_id="order-1")
        c.send(to="+393471234567", text="once", order_id="order-1")
        order = c.order_status("order-1")
    assert len(caught(sandbox)) == 1
    assert [r.status for r in order.recipients] == ["WAIT4DLVR"]  # until a delivery report


def test_scheduled_messages_stay_scheduled_and_can_be_cancelled(sandbox: RunningSandbox) -> None:
    with (
        client("smscx", sandbox) as cx,
        client("smsend", sandbox) as se,
        client("sipgate", sandbox) as sg,
    ):
        later = cx.send(
            to="+491701234567", text="later", sender="InfoText", send_at=timedelta(days=1)
        )
        order = se.send(to="+393471234567", text="later", send_at=timedelta(hours=2))
        sg.send(to="+491701234567", text="later", send_at=timedelta(hours=3))
        assert {m["status"] for m in caught(sandbox)} == {"SCHEDULED"}
        assert cx.cancel_scheduled(later.ids[0]).info.msg_id == later.ids[0]
        se.cancel(order.ids[0])
        with pytest.raises(errors.PermissionDeniedError):  # no longer scheduled
            cx.cancel_scheduled(later.ids[0])
        with pytest.raises(errors.NotFoundError):
            se.cancel(order.ids[0])
    statuses = {m["provider"]: m["status"] for m in caught(sandbox)}
    assert statuses == {"smscx": "CANCELLED", "smsend": "CANCELLED", "sipgate": "SCHEDULED"}


@pytest.mark.parametrize(
    ("provider", "error"),
    [
        ("sipgate", errors.InsufficientFundsError),
        ("smscx", errors.InsufficientFundsError),
        ("smsend", errors.InvalidRequestError),  # smsend documents only "400: details in body"
        ("acrobits", errors.InsufficientFundsError),
    ],
)
def test_exhausted_balance_is_the_providers_funds_error(
    tmp_path: Path, provider: str, error: type
) -> None:
    with start(tmp_path / "b.sqlite3", limits=Limits(balance=1)) as sb, client(provider, sb) as c:
        c.send(**SEND[provider])
        with pytest.raises(error) as caught_error:
            c.send(**SEND[provider])
    assert (
        "credit" in caught_error.value.message.lower()
        or "funds" in caught_error.value.message.lower()
    )


@pytest.mark.parametrize("provider", list(SEND))
def test_rate_limit_answers_429_with_the_providers_headers(tmp_path: Path, provider: str) -> None:
    with (
        start(tmp_path / "r.sqlite3", limits=Limits(rate=1)) as sb,
        client(provider, sb, max_retries=0) as c,
    ):
        limited: errors.RateLimitError | None = None
        for _ in range(5):  # two calls within the same second: the second is limited
            try:
                c.send(**SEND[provider])
                c.send(**SEND[provider])
            except errors.RateLimitError as exc:
                limited = exc
                break
    assert limited is not None
    assert limited.retry_after is not None
    assert limited.retry_after <= 1


def test_rate_limited_send_is_waited_out_by_the_client(tmp_path: Path) -> None:
    with start(tmp_path / "w.sqlite3", limits=Limits(rate=1)) as sb, client("smscx", sb) as c:
        for _ in range(3):
            c.send(**SEND["smscx"])
        assert len(caught(sb)) == 3


@pytest.mark.parametrize(
    ("provider", "kwargs"),
    [
        ("sipgate", {"token": "wrong-token"}),
        ("smscx", {"api_key": "wrong-key"}),
        ("smsend", {"password": "wrong-password"}),
        ("acrobits", {"password": "wrong-password"}),
    ],
)
def test_wrong_credentials_get_the_providers_authentication_error(
    sandbox: RunningSandbox, provider: str, kwargs: dict[str, str]
) -> None:
    with client(provider, sandbox, **kwargs) as c, pytest.raises(errors.AuthenticationError):
        c.send(**SEND[provider])
    assert caught(sandbox) == []


def test_smscx_oauth_and_wrong_application_secret(sandbox: RunningSandbox) -> None:
    base = sandbox.url + "/smscx"
    with smskit.Smscx(application_id="app", application_secret="sandbox", base_url=base) as ok:
        ok.send(**SEND["smscx"])
    bad = smskit.Smscx(application_id="app", application_secret="wrong-app-secret", base_url=base)
    with bad, pytest.raises(errors.AuthenticationError):
        bad.send(**SEND["smscx"])
    assert len(caught(sandbox)) == 1


def test_expired_smsend_session_is_renewed_by_the_client(tmp_path: Path) -> None:
    with (
        start(tmp_path / "s.sqlite3", sessions=Sessions(session_idle=0.2)) as sb,
        client("smsend", sb) as c,
    ):
        c.send(**SEND["smsend"])
        time.sleep(0.4)  # the sandbox dropped the session; the client still believes in it
        c.send(**SEND["smsend"])
        assert len(caught(sb)) == 2


@pytest.mark.parametrize(
    ("path", "body", "status", "needle"),
    [
        ("/sipgate/v2/sessions/sms", {"smsId": "s0", "recipient": "+491701234567", "message": "x", "sendAt": "soon"}, 400, "sendAt"),
        ("/sipgate/v2/sessions/sms", {"smsId": "s0", "message": "x"}, 400, "recipient"),
        ("/smscx/sms", {"to": ["+491701234567"], "from": "ab", "text": "x"}, 400, "invalid_param"),
        ("/smsend/API/v1.0/REST/sms", {"message_type": "N", "message": "x", "recipient": ["+393471234567"], "order_id": "a b"}, 400, "order_id"),
    ],
)  # fmt: skip
def test_requests_the_spec_forbids_get_the_providers_error(
    sandbox: RunningSandbox, path: str, body: dict[str, Any], status: int, needle: str
) -> None:
    headers = {"Authorization": "Basic " + httpx.BasicAuth("token-X", "sandbox")._auth_header.split()[1],
               "X-API-KEY": "sandbox"}  # fmt: skip
    if path.startswith("/smsend"):
        login = httpx.get(
            sandbox.url + "/smsend/API/v1.0/REST/login",
            params={"username": "u", "password": "sandbox"},
        )
        user_key, session = login.text.split(";")
        headers.update(user_key=user_key, Session_key=session)
    response = httpx.post(sandbox.url + path, json=body, headers=headers)
    assert response.status_code == status
    assert needle in response.text
    assert caught(sandbox) == []


def test_sipgate_needs_json_content_type(sandbox: RunningSandbox) -> None:
    response = httpx.post(sandbox.url + "/sipgate/v2/sessions/sms", content=b"smsId=s0", auth=("t", "sandbox"),
                          headers={"Content-Type": "application/x-www-form-urlencoded"})  # fmt: skip
    assert response.status_code == 415


def test_the_published_smscx_sdk_parses_the_sandbox(sandbox: RunningSandbox) -> None:
    configuration = smscx_client.Configuration(host=sandbox.url + "/smscx", api_key="sandbox")
    with smscx_client.ApiClient(configuration) as api:
        response = sms_api.SmsApi(api).send_sms(
            SendSmsMessageRequest(
                to=["+31612469001", "+447400508501"], _from="InfoText", text="strict €"
            )
        )
    assert len(response.data) == 2
    assert response.info.total_valid == 2
    assert response.data[0].text_analysis.parts == 1


def test_acrobits_get_and_form_templates(sandbox: RunningSandbox) -> None:
    get = smskit.AcrobitsWebService(
        send_url=sandbox.url
        + "/acrobits/send_message?sms_to=%sms_to%&sms_body=%sms_body%&password=%account[password]%",
        password="sandbox",
    )
    form = smskit.AcrobitsWebService(
        send_url=sandbox.url + "/acrobits/send_message",
        post_data="to=%sms_to%&body=%sms_body%&password=%account[password]%",
        password="sandbox",
    )
    with get, form:
        get.send(to="sip:alice@example.com", text="via GET & more")
        form.send(to="+14155552671", text="via form = ok")
    assert [(m["to"], m["text"]) for m in caught(sandbox)] == [
        ("+14155552671", "via form = ok"),
        ("sip:alice@example.com", "via GET & more"),
    ]


def test_smscx_otp_numbers_and_lookup_in_the_sandbox(sandbox: RunningSandbox) -> None:
    with client("smscx", sandbox) as cx:
        otp = cx.otp_send("+491701234567", template="Code {{pin}}", max_attempts=3)
        (message,) = caught(sandbox)
        pin = message["text"].removeprefix("Code ")
        assert pin.isdigit()
        with pytest.raises(errors.InvalidPinError):
            cx.otp_verify(otp.otp_id, "x" + pin)
        assert cx.otp_status(otp.otp_id).attempts == 1
        assert cx.otp_verify(otp.otp_id, pin).status == "VERIFIED"
        with pytest.raises(errors.OtpAlreadyVerifiedError):
            cx.otp_verify(otp.otp_id, pin)
        with pytest.raises(errors.OtpActionNotAllowedError):
            cx.otp_cancel(otp.otp_id)
        assert cx.validate_number("+491701234567").country_iso == "DE"
        with pytest.raises(errors.InvalidPhoneNumberError):
            cx.validate_number("+1415555")
        bulk = cx.validate_numbers(["+491701234567", "0170 1234567", "+1415555"], country_iso="DE")
        assert [d.invalid for d in bulk.data] == [False, False, True]
        assert cx.lookup_number("+491701234567").status == "ACTIVE"


def test_wrong_pins_fail_the_otp(sandbox: RunningSandbox) -> None:
    with client("smscx", sandbox) as cx:
        otp = cx.otp_send("+491701234567", max_attempts=2)
        with pytest.raises(errors.InvalidPinError):
            cx.otp_verify(otp.otp_id, "nope")
        with pytest.raises(errors.OtpFailedError):
            cx.otp_verify(otp.otp_id, "nope")
        assert cx.otp_status(otp.otp_id).status == "FAILED"


def test_the_conversation_view_shows_replies_beside_what_was_sent(sandbox: RunningSandbox) -> None:
    with client("smscx", sandbox) as c:
        c.send(to="+491701234567", text="Your parcel ships today", sender="InfoText")
    reply = {"provider": "smscx", "from": "+491701234567", "to": "+4915100000001",
             "text": "<b>STOP</b> & thanks"}  # fmt: skip
    assert httpx.post(sandbox.url + "/_sandbox/inbound", json=reply).status_code == 201
    page = httpx.get(sandbox.url + "/conversations").text
    thread = page.split('data-to="+491701234567"')[1].split("</section>")[0]
    assert thread.index("Your parcel ships today") < thread.index(
        "&lt;b&gt;STOP&lt;/b&gt; &amp; thanks"
    )
    assert 'class="bubble reply"' in thread
    assert "<b>STOP</b>" not in page  # escaped, never markup
