"""Any text and any credentials survive every template kind exactly as a server decodes them."""

from __future__ import annotations

import json
from urllib.parse import parse_qs

import httpx
from hypothesis import given
from hypothesis import strategies as st

from smskit._template import body_encoder, fill, url_encode
from smskit.providers.acrobits import _Templates

# Valid Unicode (no lone surrogates, which smskit refuses before sending).
texts = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1)
secrets = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), min_size=1
)

GET = "https://sms.example.com/send_message/?from=%account[username]%&password=%account[password]%&to=%sms_to%&body=%sms_body%"
FORM = "from=%account[username]%&password=%account[password]%&to=%sms_to%&body=%sms_body%"
JSON_BODY = '{"from": "%account[username]%", "password": "%account[password]%", "to": "%sms_to%", "body": "%sms_body%"}'


def templates(post_data: str | None, content_type: str, user: str, password: str) -> _Templates:
    url = "https://sms.example.com/send_message/" if post_data else GET
    return _Templates(
        url, post_data, content_type, {"account[username]": user, "account[password]": password}
    )


def expected(user: str, password: str, text: str) -> dict[str, list[str]]:
    return {"from": [user], "password": [password], "to": ["+15551231234"], "body": [text]}


@given(text=texts, user=secrets, password=secrets)
def test_get_template(text: str, user: str, password: str) -> None:
    kwargs = templates(None, "application/x-www-form-urlencoded", user, password).request_kwargs(
        "+15551231234", text, False
    )
    request = httpx.Request(kwargs["method"], kwargs["url"])  # as httpx puts it on the wire
    assert parse_qs(request.url.query.decode(), keep_blank_values=True) == expected(
        user, password, text
    )


@given(text=texts, user=secrets, password=secrets)
def test_form_template(text: str, user: str, password: str) -> None:
    kwargs = templates(FORM, "application/x-www-form-urlencoded", user, password).request_kwargs(
        "+15551231234", text, False
    )
    assert parse_qs(kwargs["content"].decode(), keep_blank_values=True) == expected(
        user, password, text
    )


@given(text=texts, user=secrets, password=secrets)
def test_json_template(text: str, user: str, password: str) -> None:
    kwargs = templates(JSON_BODY, "application/json", user, password).request_kwargs(
        "+15551231234", text, False
    )
    decoded = json.loads(kwargs["content"].decode("utf-8"))
    assert decoded == {k: v[0] for k, v in expected(user, password, text).items()}


@given(text=texts)
def test_placeholders_in_values_stay_literal(text: str) -> None:
    value = f"%sms_to%{text}%sms_body%"
    filled = fill(
        "a=%sms_body%&b=%sms_to%", {"sms_body": value, "sms_to": "x"}, body_encoder("text/plain")
    )
    assert filled == f"a={value}&b=x"


@given(text=texts)
def test_url_encoding_keeps_nothing_with_url_meaning(text: str) -> None:
    encoded = url_encode(text)
    assert not set(encoded) & set("&=?#/+ %") - {"%"}
