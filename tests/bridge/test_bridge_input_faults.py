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
