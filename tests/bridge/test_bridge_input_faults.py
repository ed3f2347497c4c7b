"""Input the bridge once answered with 500 (DESIGN §16's defects 6, 7, 9): a lone surrogate
in JSON, an id too large for its record, a password hash over its memory limit; and a form
body ending in "&", which it refused."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from running import PASSWORD, account, running

from smskit import errors
from smskit.bridge import create_app


def sandbox_route(sandbox: Any) -> str:
    host = sandbox.url.removeprefix("http://")
    return f"sipgate://token-B:sandbox@{host}/sipgate/v2?sms_id=s0"


@pytest.mark.parametrize("path", ["/send_message", "/fetch_messages"])
@pytest.mark.parametrize("field", ["password", "from", "to", "body"])
def test_a_lone_surrogate_in_json_is_400_not_500(sandbox: Any, path: str, field: str) -> None:
    fields = {"from": "johndow", "password": PASSWORD, "to": "+491701234567", "body": "x"}
    fields[field] = "\\ud800"  # JSON escape of a lone surrogate
    body = "{" + ", ".join(f'"{k}": "{v}"' for k, v in fields.items()) + "}"
    with running({"accounts": [account(sandbox_route(sandbox))]}) as url:
        answer = httpx.post(url + path, content=body,
                            headers={"Content-Type": "application/json"})  # fmt: skip
    assert answer.status_code in (400, 401)
    assert "Unicode" in answer.json()["message"]
    assert sandbox.store.messages(None) == []


@pytest.mark.parametrize("name", ["last_id", "last_sent_id"])
@pytest.mark.parametrize("value", ["9" * 40, "12a", "²"])
def test_fetch_with_an_id_the_bridge_never_gave_out_is_400(
    sandbox: Any, name: str, value: str
) -> None:
    with running({"accounts": [account(sandbox_route(sandbox))]}) as url:
        answer = httpx.post(url + "/fetch_messages",
                            json={"username": "johndow", "password": PASSWORD, name: value})  # fmt: skip
        fine = httpx.post(url + "/fetch_messages",
                          json={"username": "johndow", "password": PASSWORD, name: "7"})  # fmt: skip
    assert answer.status_code == 400
    assert name in answer.json()["message"]
    assert fine.status_code == 200


def test_a_password_hash_over_the_memory_limit_is_refused_when_the_config_loads(
    sandbox: Any,
) -> None:
    heavy = "scrypt$1048576$8$1$c2FsdHNhbHRzYWx0c2FsdA==$" + "a2V5" * 11 + "a2V5"
    config = {"accounts": [{**account(sandbox_route(sandbox)), "password_hash": heavy}]}
    with pytest.raises(errors.ValidationError, match="MiB"):
        create_app(config)


def test_a_form_body_with_a_trailing_ampersand_is_accepted(sandbox: Any) -> None:
    with running({"accounts": [account(sandbox_route(sandbox))]}) as url:
        answer = httpx.post(url + "/send_message",
                            content=f"from=johndow&password={PASSWORD}&to=%2B491701234567&body=Hi&",
                            headers={"Content-Type": "application/x-www-form-urlencoded"})  # fmt: skip
    assert answer.status_code == 200
    assert [m.text for m in sandbox.store.messages(None)] == ["Hi"]


def test_with_an_outbox_replies_are_stored_and_a_stop_suppresses(
    sandbox: Any, tmp_path: Any
) -> None:
    """A bridge with an outbox hands what its accounts' numbers received to the outbox too
    (DESIGN §18): stored once, and a STOP suppresses the sender for every later send; Fetch
    Messages threads each message by the other party (``stream_id``)."""
    import smskit

    host = sandbox.url.removeprefix("http://")
    inbound = {"route": f"smscx://sandbox@{host}/smscx", "rent_id": "5"}
    for text in ("Stop please", "thanks"):
        assert httpx.post(sandbox.url + "/_sandbox/inbound", json={
            "provider": "smscx", "from": "+491701234567" if text != "thanks" else "+491707654321",
            "to": "+4915100000005", "text": text, "rent_id": "5"}).status_code == 201  # fmt: skip
    box = f"sqlite:///{tmp_path}/bridge-outbox.db"
    config = {"outbox": box, "accounts": [account(sandbox_route(sandbox), inbound=inbound)]}
    with running(config) as url:
        fields = {"username": "johndow", "password": PASSWORD, "last_id": "", "device": "d"}
        got = httpx.post(url + "/fetch_messages", json=fields).json()
        assert {(m["stream_id"], m["sms_text"]) for m in got["received_smss"]} == {
            ("+491701234567", "Stop please"), ("+491707654321", "thanks")}  # fmt: skip
        refused = httpx.post(url + "/send_message", json={
            "from": "johndow", "password": PASSWORD, "to": "+491701234567", "body": "offer"})  # fmt: skip
        assert refused.status_code == 200  # queued: the outbox decides, and it suppresses
    with smskit.Outbox(box) as outbox:
        assert outbox.is_suppressed("+491701234567")
        assert not outbox.is_suppressed("+491707654321")
        assert sorted(m.text for m in outbox.inbound()) == ["Stop please", "thanks"]
        (entry,) = outbox.list()
        assert entry.state == "suppressed"
    assert [m.text for m in sandbox.store.messages(None)] == []


@pytest.mark.parametrize("where", ["account", "top"])
def test_national_numbers_with_default_region(sandbox: Any, where: str) -> None:
    """DESIGN §13: ``default_region`` on an account (or at the top of the config)."""
    entry = account(sandbox_route(sandbox))
    config: dict[str, Any] = {"accounts": [entry]}
    if where == "account":
        entry["default_region"] = "DE"
    else:
        config["default_region"] = "de"
    with running(config) as url:
        answer = httpx.post(url + "/send_message", json={"from": "johndow", "password": PASSWORD,
                                                          "to": "0170 1234567", "body": "Hallo"})  # fmt: skip
    assert answer.status_code == 200, answer.text
    assert [m.recipient for m in sandbox.store.messages(None)] == ["+491701234567"]


def test_unknown_config_keys_are_refused_with_the_valid_ones(sandbox: Any) -> None:
    with pytest.raises(errors.ValidationError, match=r"valid: .*default_region.*route"):
        create_app({"accounts": [{**account(sandbox_route(sandbox)), "defualt_region": "DE"}]})
    with pytest.raises(errors.ValidationError, match=r"valid: .*accounts"):
        create_app({"accounts": [account(sandbox_route(sandbox))], "acounts": []})
    with pytest.raises(errors.ValidationError, match="region code"):
        create_app({"accounts": [{**account(sandbox_route(sandbox)), "default_region": "XX"}]})


def test_hash_password_prints_only_the_hash_on_stdout() -> None:
    import subprocess
    import sys

    from smskit.bridge import verify_password

    done = subprocess.run([sys.executable, "-m", "smskit", "bridge", "hash-password"],
                          input="s3cret-pass\ns3cret-pass\n", capture_output=True, text=True,
                          timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") == 1
    assert verify_password("s3cret-pass", done.stdout.strip())
    assert "password" in done.stderr.lower()  # the prompts went there


def test_an_unencoded_plus_in_a_form_is_explained(sandbox: Any) -> None:
    """With a default_region, " 491701234567" would read as a German national number: it
    is refused instead, whatever the region."""
    config = {"accounts": [account(sandbox_route(sandbox), default_region="DE")]}
    with running(config) as url:
        answer = httpx.post(url + "/send_message",
                            content=f"from=johndow&password={PASSWORD}&to=+491701234567&body=Hi",
                            headers={"Content-Type": "application/x-www-form-urlencoded"})  # fmt: skip
        encoded = httpx.post(url + "/send_message",
                             data={"from": "johndow", "password": PASSWORD, "to": "+491701234567",
                                   "body": "Hi"})  # fmt: skip
    assert answer.status_code == 400
    assert "%2B" in answer.json()["message"]
    assert encoded.status_code == 200
    assert [m.recipient for m in sandbox.store.messages(None)] == ["+491701234567"]
