"""The bridge over real HTTP on 127.0.0.1: the seed's example requests, authentication,
malformed input, provider outcomes mapped to what the softphone reads, failover and outbox
routes, Fetch Messages."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from faults.server import refusing_url
from loopback import LoopbackServer, Reply
from running import PASSWORD, account, running
from servers import free_port

import smskit
from smskit.bridge import hash_password, verify_password


def sandbox_route(sandbox: Any) -> str:
    host = sandbox.url.removeprefix("http://")
    return f"sipgate://token-B:sandbox@{host}/sipgate/v2?sms_id=s0"


@pytest.fixture
def bridge(sandbox: Any) -> Iterator[str]:
    with running({"accounts": [account(sandbox_route(sandbox))]}) as url:
        yield url


def caught(sandbox: Any) -> list[tuple[str, str]]:
    return [(m.recipient, m.text) for m in sandbox.store.messages(None)]


def test_the_seeds_get_example(bridge: str, sandbox: Any) -> None:
    answer = httpx.get(bridge + "/send_message/?from=johndow&password=12345678"
                       "&sms_to=%2B15551231234&sms_body=Hello%20World")  # fmt: skip
    assert answer.status_code == 200
    assert answer.json() == {"sms_id": "1"}
    assert caught(sandbox) == [("+15551231234", "Hello World")]
    assert len(answer.headers["x-request-id"]) == 12


def test_the_seeds_json_and_form_examples(bridge: str, sandbox: Any) -> None:
    body = ('{\n    "from"        : "johndow",\n    "password"    : "12345678",\n'
            '    "sms_to"      : "+1(555)123-1234",\n    "sms_body"    : "Hello World"\n}')  # fmt: skip
    answer = httpx.post(bridge + "/send_message/", content=body,
                        headers={"Content-Type": "application/json"})  # fmt: skip
    assert answer.status_code == 200
    form = httpx.post(bridge + "/send_message", content="from=johndow&password=12345678"
                      "&to=%2B15551231235&body=Hallo%20%F0%9F%91%8B%20%C3%BC",
                      headers={"Content-Type": "application/x-www-form-urlencoded"})  # fmt: skip
    assert form.status_code == 200
    assert form.json() == {"sms_id": "2"}
    assert sorted(caught(sandbox)) == [("+15551231234", "Hello World"),
                                       ("+15551231235", "Hallo 👋 ü")]  # fmt: skip


@pytest.mark.parametrize(
    ("fields", "status", "message"),
    [
        ({"from": "johndow", "password": "wrong", "to": "+15551231234", "body": "x"}, 401,
         "Invalid username or password"),
        ({"from": "nobody", "password": PASSWORD, "to": "+15551231234", "body": "x"}, 401,
         "Invalid username or password"),
        ({"to": "+15551231234", "body": "x"}, 401, "Missing username or password"),
        ({"from": "johndow", "password": "wrong"}, 401, "Invalid"),  # authenticate, then validate
        ({"from": "johndow", "password": PASSWORD, "body": "x"}, 400, "Missing recipient"),
        ({"from": "johndow", "password": PASSWORD, "to": "+15551231234"}, 400, "Missing text"),
        ({"from": "johndow", "password": PASSWORD, "to": "not a number", "body": "x"}, 400,
         "to"),
    ],
)  # fmt: skip
def test_credentials_and_fields(
    bridge: str, sandbox: Any, fields: dict[str, str], status: int, message: str
) -> None:
    answer = httpx.post(bridge + "/send_message", json=fields)
    assert answer.status_code == status
    assert message in answer.json()["message"]
    assert caught(sandbox) == []


def test_an_unknown_user_takes_as_long_as_a_wrong_password(bridge: str) -> None:
    def timed(user: str) -> float:
        started = time.perf_counter()
        httpx.post(bridge + "/send_message", data={"from": user, "password": "nope-9"})
        return time.perf_counter() - started

    # Interleaved, and the fastest of each: a busy machine only ever adds time,
    # so the minimum is each path's own cost and drift hits both alike.
    wrong, unknown = [], []
    for _ in range(7):
        wrong.append(timed("johndow"))
        unknown.append(timed("nobody-at-all"))
    assert 0.5 < min(unknown) / min(wrong) < 2.0  # both pay for one scrypt


@pytest.mark.parametrize(
    ("content", "kind", "message"),
    [
        (b'{"from": "johndow", ', "application/json", "not valid JSON"),
        (b'["johndow"]', "application/json", "JSON object"),
        (b'{"from": {"a": 1}}', "application/json", "expected a string"),
        (b"from=johndow&&password", "application/x-www-form-urlencoded", "not a form"),
        (b"from=\xff\xfe", "application/x-www-form-urlencoded", "not UTF-8"),
    ],
)
def test_malformed_bodies_are_400_json(
    bridge: str, content: bytes, kind: str, message: str
) -> None:
    answer = httpx.post(bridge + "/send_message", content=content, headers={"Content-Type": kind})
    assert answer.status_code == 400
    assert message in answer.json()["message"]


def test_an_oversized_body_is_413_before_any_password_check(bridge: str) -> None:
    answer = httpx.post(bridge + "/send_message", content=b"x" * (70 * 1024),
                        headers={"Content-Type": "application/x-www-form-urlencoded"})  # fmt: skip
    assert answer.status_code == 413
    assert "message" in answer.json()


def test_unknown_paths_and_methods_answer_json(bridge: str) -> None:
    assert httpx.get(bridge + "/nope").json() == {"message": "Not found"}
    assert httpx.delete(bridge + "/send_message").status_code == 405


@pytest.mark.parametrize(
    ("reply", "status", "message"),
    [
        (Reply(400, "Invalid recipient"), 400, "Invalid recipient"),
        (Reply(402, "Insufficient funds"), 502, "refused"),
        (Reply(401, "Invalid token"), 502, "refused"),
        (Reply(403, "Forbidden"), 502, "refused"),
        (Reply(429, "slow down", {"Retry-After": "7"}), 429, "try again in 7 s"),
        (Reply(500, "oops"), 504, "Do not resend"),  # a 5xx to a send: it may have been sent
        (Reply(204, delay=2.0), 504, "Do not resend"),
    ],
)
def test_provider_outcomes_become_what_the_softphone_reads(
    server: LoopbackServer, reply: Reply, status: int, message: str
) -> None:
    server.handle(lambda r: reply)
    route = f"sipgate://t:bridge-provider-secret@127.0.0.1:{server.port}?max_retries=0&timeout=1"
    with running({"accounts": [account(route)]}) as url:
        answer = httpx.post(url + "/send_message", json={"from": "johndow", "password": PASSWORD,
                                                          "to": "+491701234567", "body": "x"})  # fmt: skip
    assert answer.status_code == status
    assert message in answer.json()["message"]
    if status == 429:
        assert answer.headers["retry-after"] == "7"
    assert "bridge-provider-secret" not in answer.text


def test_an_unreachable_provider_is_503_and_a_failover_route_moves_on(sandbox: Any) -> None:
    dead = refusing_url().removeprefix("http://")
    alone = f"sipgate://t:dead-secret@{dead}?max_retries=0"
    both = f"failover(sipgate://t:dead-secret@{dead}?max_retries=0 {sandbox_route(sandbox)})"
    config = {"accounts": [account(alone, "alone"), account(both, "both")]}
    with running(config) as url:
        fields = {"password": PASSWORD, "to": "+491701234567", "body": "failover"}
        assert (
            httpx.post(url + "/send_message", json={"from": "alone", **fields}).status_code == 503
        )
        assert httpx.post(url + "/send_message", json={"from": "both", **fields}).status_code == 200
    assert caught(sandbox) == [("+491701234567", "failover")]


def test_limits_and_allowed_destinations(sandbox: Any) -> None:
    config = {"accounts": [account(sandbox_route(sandbox), allowed_prefixes=["+49"])],
              "limits": {"per_account": 2}}  # fmt: skip
    with running(config) as url:
        fields = {"from": "johndow", "password": PASSWORD, "body": "x"}
        abroad = httpx.post(url + "/send_message", json={**fields, "to": "+15551231234"})
        assert abroad.status_code == 403
        assert "may not send to +15551231234" in abroad.json()["message"]
        home = httpx.post(url + "/send_message", json={**fields, "to": "+491701234567"})
        assert home.status_code == 200
        third = httpx.post(url + "/send_message", json={**fields, "to": "+491701234567"})
        assert third.status_code == 429
        assert int(third.headers["retry-after"]) >= 1
    assert len(caught(sandbox)) == 1


def test_fetch_messages_lists_what_was_sent(bridge: str) -> None:
    for n in range(3):
        httpx.post(bridge + "/send_message", json={"from": "johndow", "password": PASSWORD,
                                                   "to": "+491701234567", "body": f"m{n}"})  # fmt: skip
    everything = httpx.post(bridge + "/fetch_messages", json={
        "username": "johndow", "password": PASSWORD, "last_id": "", "last_sent_id": "",
        "device": "abc"}).json()  # fmt: skip
    assert everything["received_smss"] == []
    assert [m["sms_text"] for m in everything["sent_smss"]] == ["m0", "m1", "m2"]
    first = everything["sent_smss"][0]
    assert first["recipient"] == "+491701234567"
    assert first["sending_date"].endswith("Z")
    assert everything["date"].endswith("Z")
    newer = httpx.get(bridge + "/fetch_messages", params={
        "from": "johndow", "password": PASSWORD, "last_sent_id": first["sms_id"]}).json()  # fmt: skip
    assert [m["sms_text"] for m in newer["sent_smss"]] == ["m1", "m2"]
    assert httpx.post(bridge + "/fetch_messages", json={"username": "johndow",
                                                        "password": "x"}).status_code == 401  # fmt: skip


def test_an_outbox_route_survives_a_provider_outage(tmp_path: Path) -> None:
    port = free_port()  # the provider is down: nothing listens here yet
    route = f"sipgate://t:outage-secret@127.0.0.1:{port}?max_retries=0"
    url_db = f"sqlite:///{tmp_path}/bridge-outbox.db"
    with running({"accounts": [account(route)], "outbox": url_db}) as url:
        answer = httpx.post(url + "/send_message", json={"from": "johndow", "password": PASSWORD,
                                                          "to": "+491701234567", "body": "later"})  # fmt: skip
        assert answer.status_code == 200  # queued
        time.sleep(1.5)  # a try or two fail to connect
        provider = LoopbackServer(port)
        provider.handle(lambda r: Reply(204))
        try:
            deadline = time.monotonic() + 30
            while not provider.received:
                assert time.monotonic() < deadline, "the outbox never sent it"
                time.sleep(0.1)
        finally:
            time.sleep(0.3)
            provider.close()
    with smskit.Outbox(url_db) as outbox:
        entry = outbox.get("bridge:" + answer.json()["sms_id"])
        assert entry is not None
        assert entry.state == "sent"
    assert [json.loads(r.body)["message"] for r in provider.received] == ["later"]


def test_passwords_hash_and_verify() -> None:
    stored = hash_password("s3cret-pass")
    assert stored.startswith("scrypt$16384$8$1$")
    assert verify_password("s3cret-pass", stored)
    assert not verify_password("s3cret-Pass", stored)
    assert hash_password("s3cret-pass") != stored  # salted
    assert not verify_password("x", "scrypt$nope")


def test_config_mistakes_are_named_and_routes_read_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from smskit import errors
    from smskit.bridge import load_config

    good = account("sipgate://t:${BRIDGE_TEST_TOKEN}@default")
    with pytest.raises(errors.ValidationError, match="BRIDGE_TEST_TOKEN is not set"):
        load_config({"accounts": [good]})
    monkeypatch.setenv("BRIDGE_TEST_TOKEN", "env-token-value")
    assert (
        load_config({"accounts": [good]})
        .accounts["johndow"]
        .route.endswith("t:env-token-value@default")
    )
    for broken, message in [
        ({"accounts": []}, "at least one"),
        ({"accounts": [good], "acounts": []}, "unknown key"),
        ({"accounts": [{**good, "password_hash": "plain"}]}, "scrypt"),
        ({"accounts": [good, good]}, "twice"),
        ({"accounts": [{**good, "rout": "x"}]}, "unknown key"),
        ({"accounts": [good], "parameters": {"sender": "x"}}, "unknown field"),
    ]:
        with pytest.raises(errors.ValidationError, match=message):
            load_config(broken)
    config = tmp_path / "bridge.toml"
    config.write_text('[[accounts]]\nusername = "a"\npassword_hash = "x"\nroute = "y"\n')
    with pytest.raises(errors.ValidationError, match="scrypt"):
        load_config(config)
    assert "env-token-value" not in repr(load_config({"accounts": [good]}))


@pytest.mark.parametrize("provider", ["smscx", "smsend"])
def test_fetch_messages_lists_what_the_number_received(sandbox: Any, provider: str) -> None:
    host = sandbox.url.removeprefix("http://")
    inbound = (
        {"route": f"smscx://sandbox@{host}/smscx", "rent_id": "77"}
        if provider == "smscx"
        else {"route": f"smsend://u:sandbox@{host}/smsend/API/v1.0/REST"}
    )
    for n, text in enumerate(["first 👋", "second"]):
        injected = httpx.post(sandbox.url + "/_sandbox/inbound", json={
            "provider": provider, "from": f"+49170111111{n}", "to": "+491709999999",
            "text": text, "rent_id": "77"})  # fmt: skip
        assert injected.status_code == 201
    config = {"accounts": [account(sandbox_route(sandbox), inbound=inbound)]}
    with running(config) as url:
        fields = {"username": "johndow", "password": PASSWORD, "last_id": "", "device": "d"}
        first = httpx.post(url + "/fetch_messages", json=fields).json()
        texts = sorted(m["sms_text"] for m in first["received_smss"])
        assert texts == ["first 👋", "second"]
        newest = max(first["received_smss"], key=lambda m: int(m["sms_id"]))
        assert newest["sender"].startswith("+49170111111")
        assert newest["sending_date"].endswith("Z")
        again = httpx.post(url + "/fetch_messages",
                           json={**fields, "last_id": newest["sms_id"]}).json()  # fmt: skip
        assert again["received_smss"] == []  # nothing after the newest known one
        everything = httpx.post(url + "/fetch_messages", json=fields).json()
        assert len(everything["received_smss"]) == 2  # stored once, even if handed out again


def test_inbound_needs_an_smscx_or_smsend_route() -> None:
    from smskit import errors
    from smskit.bridge import load_config

    with pytest.raises(errors.ValidationError, match="smscx:// or smsend://"):
        load_config({"accounts": [account("sipgate://t:x@default",
                                          inbound={"route": "sipgate://t:x@default"})]})  # fmt: skip
    with pytest.raises(errors.ValidationError, match="rent_id"):
        load_config({"accounts": [account("sipgate://t:x@default",
                                          inbound={"route": "smscx://k@default"})]})  # fmt: skip
