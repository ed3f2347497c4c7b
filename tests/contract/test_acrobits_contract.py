"""Acrobits Send Message: the documented examples (GET/XML and POST/JSON), replayed."""

from __future__ import annotations

import pytest
from recording import CASSETTES, credential

import smskit
from smskit import errors

GET_URL = "https://example.com/send_message/?from=%account[username]%&password=%account[password]%&sms_to=%sms_to%&sms_body=%sms_body%"
JSON_TEMPLATE = '{"from": "%account[username]%", "password": "%account[password]%", "sms_to": "%sms_to%", "sms_body": "%sms_body%"}'


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTES / "acrobits")


def get_service() -> smskit.AcrobitsWebService:
    return smskit.AcrobitsWebService(
        send_url=GET_URL, username="johndow", password=credential("ACROBITS_PASSWORD", "12345678")
    )


def post_service() -> smskit.AcrobitsWebService:
    return smskit.AcrobitsWebService(
        send_url="https://example.com/send_message/",
        post_data=JSON_TEMPLATE,
        content_type="application/json",
        username="johndow",
        password=credential("ACROBITS_PASSWORD", "12345678"),
    )


@pytest.mark.vcr
def test_get_xml_success() -> None:
    assert get_service().send(to="+15551231234", text="Hello World").recipients == ("+15551231234",)


@pytest.mark.vcr
def test_get_xml_error() -> None:
    with pytest.raises(errors.InsufficientFundsError) as caught:
        get_service().send(to="+15551231234", text="Hello World")
    assert caught.value.message == "Not enough credit"


@pytest.mark.vcr
def test_post_json_success() -> None:
    assert post_service().send(to="+1(555)123-1234", text="Hello World").ids == ()


@pytest.mark.vcr
def test_post_json_error() -> None:
    with pytest.raises(errors.InvalidRequestError) as caught:
        post_service().send(to="+15551231234", text="Hello World")
    assert (caught.value.status_code, caught.value.message) == (406, "Invalid recipient")
