"""One message in full, over HTTP: ``GET /_sandbox/messages/{id}`` and ``/messages/{id}`` show the
request that created it and the answer (every credential masked before it is stored), its
timeline and its ids; the masking rules themselves on hand-made exchanges."""

from __future__ import annotations

import base64
import json
import re
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from loopback import LoopbackServer, Reply
from old_sandbox import old_sandbox_file

import smskit
from smskit.cli import sandbox_settings
from smskit.sandbox import RunningSandbox
from smskit.sandbox._wire import MASK, masked_exchange

CANARY = "canary-7f3a91"


def _detail(sandbox: RunningSandbox, msg_id: str) -> dict[str, Any]:
    answer = httpx.get(f"{sandbox.url}/_sandbox/messages/{msg_id}")
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def _only(sandbox: RunningSandbox) -> dict[str, Any]:
    (message,) = httpx.get(sandbox.url + "/_sandbox/messages").json()
    return _detail(sandbox, message["id"])


def _headers(part: dict[str, Any]) -> dict[str, str]:
    return {name.lower(): value for name, value in part["headers"]}


def test_sipgate_basic_credentials_never_reach_the_store(sandbox: RunningSandbox) -> None:
    settings = {**sandbox_settings("sipgate", sandbox.url), "token_id": CANARY}
    with smskit.Sipgate(**settings) as sg:
        sg.send("+4915112345678", "Your code is 4821")

    detail = _only(sandbox)
    request, response = detail["exchange"]["request"], detail["exchange"]["response"]
    assert (request["method"], request["path"]) == ("POST", "/sipgate/v2/sessions/sms")
    assert _headers(request)["authorization"] == f"Basic {MASK}"
    assert json.loads(request["body"])["message"] == "Your code is 4821"
    assert response["status"] == 204
    database = Path(sandbox.store.path)
    stored = [f.read_bytes() for f in database.parent.glob(database.name + "*")]  # -wal too
    everything = json.dumps(detail) + b"".join(stored).decode("latin-1")
    basic = base64.b64encode(f"{CANARY}:sandbox".encode()).decode()
    assert CANARY not in everything
    assert basic not in everything
    page = httpx.get(f"{sandbox.url}/messages/{detail['id']}").text
    assert CANARY not in page
    assert basic not in page
    assert "authorization: Basic ••••••" in page


def test_smscx_shows_api_key_masked_ids_and_the_idempotency_key(sandbox: RunningSandbox) -> None:
    key = uuid.uuid4()
    with smskit.Smscx(**sandbox_settings("smscx", sandbox.url)) as cx:
        sent = cx.send("+4915112345678", "Table for two at 8pm", "Shop", idempotency_id=key)

    detail = _only(sandbox)
    assert detail["id"] == sent.ids[0]
    assert detail["idempotency_key"] == str(key)
    request, response = detail["exchange"]["request"], detail["exchange"]["response"]
    assert _headers(request)["x-api-key"] == MASK
    assert json.loads(request["body"])["idempotencyId"] == str(key)
    assert response["status"] == 200
    assert json.loads(response["body"])["data"][0]["msgId"] == detail["id"]
    assert "sandbox" not in json.dumps(detail["exchange"])  # the API key, wherever it was
    page = httpx.get(f"{sandbox.url}/messages/{detail['id']}").text
    assert f'<code id="idempotency-key">{key}</code>' in page
    assert "Campaign id" in page
    assert detail["batch"] in page


def test_smscx_oauth_bearer_token_is_masked(sandbox: RunningSandbox) -> None:
    settings = sandbox_settings("smscx", sandbox.url)
    with smskit.Smscx(
        application_id=CANARY, application_secret="sandbox", base_url=settings["base_url"]
    ) as cx:
        cx.send("+4915112345678", "hi", "Shop")

    exchange = _only(sandbox)["exchange"]
    assert _headers(exchange["request"])["authorization"] == f"Bearer {MASK}"
    assert not re.search(r"sbx-[0-9a-f]{32}", json.dumps(exchange))


def test_smsend_session_headers_are_masked_and_the_order_id_shown(sandbox: RunningSandbox) -> None:
    settings = {**sandbox_settings("smsend", sandbox.url), "username": CANARY}
    with smskit.Smsend(**settings) as se:
        se.send("+4915112345678", "Ciao", order_id="order-42")

    detail = _only(sandbox)
    headers = _headers(detail["exchange"]["request"])
    assert headers["user_key"] == MASK
    assert headers["session_key"] == MASK
    everything = json.dumps(detail)
    assert not re.search(r"SK[0-9a-f]{24}", everything)
    assert not re.search(r"UK[0-9a-f]{10}", everything)
    assert detail["batch"] == "order-42"
    page = httpx.get(f"{sandbox.url}/messages/{detail['id']}").text
    assert "Order id" in page
    assert "order-42" in page


@pytest.mark.parametrize("how", ["query", "form", "json"])
def test_acrobits_password_is_masked_in_query_form_and_json(
    sandbox: RunningSandbox, how: str
) -> None:
    fields = {"from": CANARY, "password": "sandbox", "to": "+4915112345678", "body": "hi"}
    url = sandbox.url + "/acrobits/send_message"
    if how == "query":
        answer = httpx.get(url, params=fields)
    elif how == "form":
        answer = httpx.post(url, data=fields)
    else:
        answer = httpx.post(url, json=fields)
    assert answer.status_code == 200

    request = _only(sandbox)["exchange"]["request"]
    shown = request["query"] if how == "query" else request["body"]
    assert "sandbox" not in json.dumps(request)
    assert CANARY in shown  # the account name is no credential: it stays readable
    assert ("password=" + "%E2%80%A2" * 6 in shown) if how != "json" else (MASK in shown)


def test_the_timeline_tells_the_whole_story(
    sandbox: RunningSandbox, server: LoopbackServer
) -> None:
    server.handle(lambda request: Reply(200, {"ok": True}))
    key = str(uuid.uuid4())
    body = {"to": ["+4915112345678"], "from": "Shop", "text": "hi", "idempotencyId": key,
            "dlrCallbackUrl": server.url + "/hook"}  # fmt: skip
    headers = {"X-API-KEY": "sandbox"}
    first = httpx.post(sandbox.url + "/smscx/sms", json=body, headers=headers)
    again = httpx.post(sandbox.url + "/smscx/sms", json=body, headers=headers)
    assert first.json() == again.json()
    msg_id = first.json()["data"][0]["msgId"]
    marked = httpx.post(
        f"{sandbox.url}/_sandbox/messages/{msg_id}/status", json={"status": "delivered"}
    )
    assert marked.status_code == 200

    events = _detail(sandbox, msg_id)["events"]
    assert [e["status"] for e in events] == ["ACCEPTED", None, "DELIVERED", None]
    assert "same idempotencyId" in events[1]["note"]
    assert "POST /_sandbox/messages/{id}/status" in events[2]["note"]
    assert events[3]["note"] == f"dlr_update webhook POST {server.url}/hook answered 200"
    times = [e["at"] for e in events]
    assert times == sorted(times)
    page = httpx.get(f"{sandbox.url}/messages/{msg_id}").text
    assert "answered 200" in page
    assert 'data-status="delivered"' in page


def test_a_repeated_smsend_order_and_a_cancel_show_in_the_timeline(
    sandbox: RunningSandbox,
) -> None:
    from datetime import timedelta

    with smskit.Smsend(**sandbox_settings("smsend", sandbox.url)) as se:
        se.send("+4915112345678", "later", send_at=timedelta(hours=2), order_id="o-7")
        se.send("+4915112345678", "later", send_at=timedelta(hours=2), order_id="o-7")
        se.cancel("o-7")

    events = _only(sandbox)["events"]
    assert [e["status"] for e in events] == ["SCHEDULED", None, "CANCELLED"]
    assert "same order_id" in events[1]["note"]
    assert events[2]["note"] == "cancelled by the client"


def test_what_the_sender_wrote_is_escaped_in_the_page(sandbox: RunningSandbox) -> None:
    fields = {"from": "<b>me</b>", "password": "sandbox", "to": "+4915112345678",
              "body": "<script>alert(1)</script>"}  # fmt: skip
    assert httpx.post(sandbox.url + "/acrobits/send_message", data=fields).status_code == 200
    detail = _only(sandbox)
    page = httpx.get(f"{sandbox.url}/messages/{detail['id']}").text
    assert "<script>alert(1)" not in page
    assert "<b>me</b>" not in page
    assert "&lt;script&gt;alert(1)" in page


def test_unknown_ids_are_404(sandbox: RunningSandbox) -> None:
    assert httpx.get(sandbox.url + "/_sandbox/messages/nope").status_code == 404
    page = httpx.get(sandbox.url + "/messages/nope")
    assert page.status_code == 404
    assert "No such message" in page.text


def test_clear_forgets_timelines_and_requests(sandbox: RunningSandbox) -> None:
    with smskit.Sipgate(**sandbox_settings("sipgate", sandbox.url)) as sg:
        sg.send("+4915112345678", "hi")
    assert httpx.delete(sandbox.url + "/_sandbox/messages").json() == {"deleted": 1}
    with sqlite3.connect(sandbox.store.path) as db:
        counts = [db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]  # noqa: S608
                  for t in ("messages", "events", "exchanges", "replies")]  # fmt: skip
    assert counts == [0, 0, 0, 0]


def test_only_requests_that_caught_messages_are_kept(sandbox: RunningSandbox) -> None:
    with smskit.Smscx(**sandbox_settings("smscx", sandbox.url)) as cx:
        cx.balance()
        cx.send("+4915112345678", "hi", "Shop")
    refused = httpx.post(
        sandbox.url + "/smscx/sms", json={"to": []}, headers={"X-API-KEY": "sandbox"}
    )
    assert refused.status_code == 400
    with sqlite3.connect(sandbox.store.path) as db:
        assert db.execute("SELECT COUNT(*) FROM exchanges").fetchone()[0] == 1


def test_a_message_from_an_older_sandbox_has_no_recorded_request(tmp_path: Path) -> None:
    path = old_sandbox_file(tmp_path / "old.sqlite3", "sipgate", "m-1")
    from smskit.sandbox import start

    with start(path) as sandbox:
        detail = _detail(sandbox, "m-1")
        page = httpx.get(sandbox.url + "/messages/m-1").text
    assert (detail["exchange"], detail["events"]) == (None, [])
    assert "Not recorded" in page


# ---------------------------------------------------------------- the masking rules


def _exchange(
    headers: dict[str, str], body: bytes, query: str = "", answer: bytes = b""
) -> dict[str, Any]:
    scope = {
        "method": "POST",
        "path": "/acrobits/send_message",
        "query_string": query.encode(),
        "headers": [(k.encode(), v.encode()) for k, v in headers.items()],
    }
    return masked_exchange(scope, body, 200, [("content-type", "application/json")], answer)


def test_nested_json_credentials_and_their_repeats_are_masked() -> None:
    body = json.dumps({"auth": {"client_secret": "s3cr3t-value"}, "note": "s3cr3t-value",
                       "apiKey": "k-123456", "items": [{"password": "pw-9876"}]}).encode()  # fmt: skip
    shown = _exchange({"content-type": "application/json"}, body)
    text = json.dumps(shown)
    for secret in ("s3cr3t-value", "k-123456", "pw-9876"):
        assert secret not in text
    masked = json.loads(shown["request"]["body"])
    assert masked["note"] == MASK  # the same value, outside a credential field
    assert masked["items"] == [{"password": MASK}]


def test_a_body_without_credentials_is_kept_byte_for_byte() -> None:
    body = b'{"to":["+4915112345678"],  "text":"hi"}'
    shown = _exchange({"content-type": "application/json"}, body)
    assert shown["request"]["body"] == body.decode()


def test_basic_header_halves_are_scrubbed_everywhere() -> None:
    basic = base64.b64encode(b"token-id-1234:pass-5678").decode()
    shown = _exchange(
        {"Authorization": f"Basic {basic}", "content-type": "text/plain"},
        b"sent by token-id-1234",
        answer=b'{"echo": "pass-5678"}',
    )
    text = json.dumps(shown)
    assert "token-id-1234" not in text
    assert "pass-5678" not in text
    assert basic not in text
    assert shown["request"]["body"] == f"sent by {MASK}"


def test_query_credentials_and_secret_headers_are_masked() -> None:
    shown = _exchange(
        {"X-API-KEY": "key-abcdef", "Cookie": "sid=zzz999", "user-agent": "smskit"},
        b"",
        query="username=alice&password=pw-112233&to=%2B49151",
    )
    request = shown["request"]
    assert "pw-112233" not in json.dumps(shown)
    assert "username=alice" in request["query"]
    assert "to=%2B49151" in request["query"]
    assert dict(request["headers"]) == {"X-API-KEY": MASK, "Cookie": MASK, "user-agent": "smskit"}


def test_a_body_cut_short_or_mislabelled_is_still_masked() -> None:
    cut = b'{"to": ["+4915112345678"], "password": "pw-445566", "text": "' + b"x" * 70_000
    shown = _exchange({"content-type": "application/json"}, cut)
    assert "pw-445566" not in json.dumps(shown)
    assert f'"password": "{MASK}"' in shown["request"]["body"]
    form = _exchange({"content-type": "text/plain"}, b"from=alice&password=pw-778899&body=hi+there")
    assert "pw-778899" not in json.dumps(form)
    assert "from=alice" in form["request"]["body"]


def test_plain_text_is_kept_even_when_it_names_a_credential() -> None:
    shown = _exchange({"content-type": "text/plain"}, b"Invalid token supplied")
    assert shown["request"]["body"] == "Invalid token supplied"


def test_keeping_the_request_does_not_move_the_live_list(sandbox: RunningSandbox) -> None:
    before = sandbox.store.version
    with smskit.Sipgate(**sandbox_settings("sipgate", sandbox.url)) as sg:
        sg.send("+4915112345678", "hi")
    assert _only(sandbox)["exchange"] is not None  # kept by now (read after the answer)
    assert sandbox.store.version == before + 1  # the message only: one new list for the feed
