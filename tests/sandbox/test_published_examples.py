"""sipgate's and smsend's own published example calls against the sandbox (DESIGN §20),
written as their documents write them (``requests``, their bodies, their date handling), and
the sipgate caller-id operations through smskit's client."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
import requests

import smskit
from smskit import errors
from smskit.testing import SmsSandbox, start_sandbox


@pytest.fixture
def sandbox() -> Iterator[SmsSandbox]:
    kit = start_sandbox()
    yield kit
    kit.close()


def _scheduled(kit: SmsSandbox) -> datetime.datetime:
    (message,) = kit.messages
    return datetime.datetime.fromisoformat(kit.detail(message["id"])["scheduled_at"])


def test_sipgate_python_example_with_a_fractional_send_at(sandbox: SmsSandbox) -> None:
    base_url = sandbox.url + "/sipgate/v2"
    send_at = datetime.datetime.now() + datetime.timedelta(days=1, microseconds=654321)
    request_body = {"smsId": "s0", "recipient": "+4915799912345", "message": "Hi",
                    "sendAt": send_at.timestamp()}  # fmt: skip
    assert not float(request_body["sendAt"]).is_integer()  # type: ignore[arg-type]
    response = requests.post(base_url + "/sessions/sms",
                             headers={"Content-Type": "application/json"},
                             auth=requests.auth.HTTPBasicAuth("token-id", "sandbox"),
                             json=request_body, timeout=10)  # fmt: skip
    assert response.status_code == 204
    assert _scheduled(sandbox).timestamp() == int(send_at.timestamp())  # truncated


def test_sipgate_node_example_sends_the_seconds_as_a_string(sandbox: SmsSandbox) -> None:
    at = datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=2)
    send_at = str(at.timestamp() * 1000 / 1000)  # (timestamp.getTime() / 1000).toString()
    answer = requests.post(sandbox.url + "/sipgate/v2/sessions/sms",
                           auth=("token-id", "sandbox"), timeout=10,
                           json={"smsId": "s0", "recipient": "+4915799912345",
                                 "message": "Hi", "sendAt": send_at})  # fmt: skip
    assert answer.status_code == 204
    assert _scheduled(sandbox).timestamp() == int(at.timestamp())


def test_sipgate_wrong_method_is_405_as_its_readme_says(sandbox: SmsSandbox) -> None:
    answer = requests.get(sandbox.url + "/sipgate/v2/sessions/sms",
                          auth=("token-id", "sandbox"), timeout=10)  # fmt: skip
    assert answer.status_code == 405
    assert answer.headers["allow"] == "POST"


def test_sipgate_caller_ids_set_the_sender(sandbox: SmsSandbox) -> None:
    with smskit.Sipgate(token_id="token-id", token="sandbox",
                        base_url=sandbox.url + "/sipgate/v2") as client:  # fmt: skip
        user = client.userinfo().sub
        before = client.caller_ids(user)
        assert [(c.id, c.phonenumber, c.verified, c.default_number) for c in before] == [
            (1, "+4915799912345", True, False), (2, "+4915799912346", False, False)]  # fmt: skip
        client.send("+4915112345678", "from sipgate")
        client.set_default_caller_id(1, user_id=user)
        assert [c.default_number for c in client.caller_ids(user)] == [True, False]
        assert client.sms_extensions(user)[0].caller_id == "+4915799912345"
        client.send("+4915112345678", "from my number")
        with pytest.raises(errors.PermissionDeniedError):
            client.set_default_caller_id(2, user_id=user)  # not verified
        with pytest.raises(errors.NotFoundError):
            client.set_default_caller_id(9, user_id=user)
        with pytest.raises(errors.ValidationError, match="caller_id"):
            client.set_default_caller_id(-1, user_id=user)
    assert [m["sender"] for m in sandbox.messages] == ["sipgate", "+4915799912345"]


def test_smsend_python_quickstart_as_written(sandbox: SmsSandbox) -> None:
    """Their login() and sendSMS(), with their json_serial for the datetime (the number: a
    valid one in place of their placeholder, which has a digit too many)."""
    base = sandbox.url + "/smsend/API/v1.0/REST/"

    def json_serial(obj: object) -> str:
        if isinstance(obj, datetime.datetime):
            return obj.isoformat()
        raise TypeError("Type not serializable")

    r = requests.get(f"{base}login?username=someone&password=sandbox", timeout=10)
    assert r.status_code == 200
    user_key, session_key = r.text.split(";")
    when = datetime.datetime.now() + datetime.timedelta(minutes=5)
    sendsms = {"message": "Hello world!", "message_type": "N", "returnCredits": False,
               "recipient": ["+34912345678"], "sender": None,
               "scheduled_delivery_time": when}  # fmt: skip
    r = requests.post(f"{base}sms", timeout=10,
                      headers={"user_key": user_key, "Session_key": session_key,
                               "Content-type": "application/json"},
                      data=json.dumps(sendsms, default=json_serial))  # fmt: skip
    assert r.status_code == 201, r.text
    assert json.loads(r.text)["result"] == "OK"
    assert _scheduled(sandbox) == when.replace(tzinfo=ZoneInfo("Europe/Rome"))
    assert sandbox.messages[0]["sender"] is None  # the account's default sender


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("241226", "2026-12-24 00:00"),  # ddMMyy
        ("20261224", "2026-12-24 00:00"),  # yyyyMMdd
        ("2412261530", "2026-12-24 15:30"),  # ddMMyyHHmm (not the year 512)
        ("20261224153045", "2026-12-24 15:30:45"),  # yyyyMMddHHmmss
        ("2026-12-24 15:30", "2026-12-24 15:30"),  # yyyy-MM-dd HH:mm
        ("2026-12-24 15:30.0", "2026-12-24 15:30"),  # yyyy-MM-dd HH:mm.0
    ],
)
def test_smsend_reads_every_documented_schedule_format(
    sandbox: SmsSandbox, text: str, expected: str
) -> None:
    base = sandbox.url + "/smsend/API/v1.0/REST/"
    user_key, session_key = requests.get(f"{base}login?username=u&password=sandbox",
                                         timeout=10).text.split(";")  # fmt: skip
    r = requests.post(f"{base}sms", timeout=10,
                      headers={"user_key": user_key, "Session_key": session_key},
                      json={"message": "Later", "message_type": "N", "recipient": ["+39333"
                            "1234567"], "scheduled_delivery_time": text,
                            "scheduled_delivery_timezone": "UTC"})  # fmt: skip
    assert r.status_code == 201, r.text
    wanted = datetime.datetime.fromisoformat(expected).replace(tzinfo=datetime.UTC)
    assert _scheduled(sandbox) == wanted
    bad = requests.post(f"{base}sms", timeout=10,
                        headers={"user_key": user_key, "Session_key": session_key},
                        json={"message": "x", "message_type": "N", "recipient": ["+393331234567"],
                              "scheduled_delivery_time": "24/12/2026"})  # fmt: skip
    assert bad.status_code == 400
