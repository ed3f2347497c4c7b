"""Every public operation refuses bad input with ValidationError and sends nothing.

One row per case: (client, operation, arguments, the field the error must name).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from canaries import canary
from loopback import LoopbackServer

import smskit
from smskit import errors

NOW = datetime.now(UTC)
USERINFO_PW = canary("userinfo-canary-pw")
NUMBER = "+491701234567"
TOO_MANY = [f"+4915{n:09d}" for n in range(25_001)]


def sipgate(url: str) -> Any:
    return smskit.Sipgate(token_id="token-ABC123", token="table-token-1", base_url=url)


def smscx(url: str) -> Any:
    return smskit.Smscx(api_key="table-api-key-1", base_url=url)


def smsend(url: str) -> Any:
    return smskit.Smsend(username="user", password="table-password-1", base_url=url)


def acrobits(url: str) -> Any:
    return smskit.AcrobitsWebService(
        send_url=url + "/send?to=%sms_to%&body=%sms_body%", username="u", password="table-pw-1"
    )


SEND = {"to": NUMBER, "text": "Hi"}
CX = {**SEND, "sender": "InfoText"}
OTP = "5b7c0e1e-0d7a-4b9a-9a51-0e8f7f1d2c3b"

ROWS: list[tuple[Any, str, dict[str, Any], str]] = [
    # text
    (sipgate, "send", {**SEND, "text": ""}, "text"),
    (smscx, "send", {**CX, "text": " \t\n"}, "text"),
    (smscx, "send", {**CX, "text": "x" * 1531}, "text"),
    (smsend, "send", {**SEND, "text": "   "}, "text"),
    (acrobits, "send", {**SEND, "text": "\n"}, "text"),
    (acrobits, "send", {**SEND, "text": "bad \ud800 surrogate"}, "text"),
    # recipients
    (sipgate, "send", {**SEND, "to": "not a number"}, "to"),
    (smscx, "send", {**CX, "to": ["+491701234567", "+1415555"]}, "to"),
    (smsend, "send", {**SEND, "to": "0170 1234567"}, "to"),
    (acrobits, "send", {**SEND, "to": "a b@example.com"}, "to"),
    (sipgate, "send", {**SEND, "to": []}, "to"),
    (smscx, "estimate", {**CX, "to": TOO_MANY}, "to"),
    (smscx, "lookup_number", {"phone_number": "+1415555"}, "to"),
    (smscx, "otp_send", {"phone_number": "12"}, "to"),
    (smscx, "validate_numbers", {"numbers": []}, "numbers"),
    # send_at
    (sipgate, "send", {**SEND, "send_at": datetime(2099, 1, 1)}, "send_at"),
    (sipgate, "send", {**SEND, "send_at": NOW - timedelta(minutes=1)}, "send_at"),
    (sipgate, "send", {**SEND, "send_at": NOW + timedelta(days=31)}, "send_at"),
    (smscx, "send", {**CX, "send_at": datetime(2099, 1, 1)}, "send_at"),
    (smscx, "send", {**CX, "send_at": timedelta(seconds=-1)}, "send_at"),
    (smsend, "send", {**SEND, "send_at": datetime(2099, 1, 1)}, "send_at"),
    (smsend, "send", {**SEND, "send_at": NOW - timedelta(days=1)}, "send_at"),
    # sender ids
    (smscx, "send", {**CX, "sender": "ab"}, "sender"),
    (smscx, "send", {**CX, "sender": "x" * 16}, "sender"),
    (smscx, "send", {**CX, "sender": "Info\r\nText"}, "sender"),
    (smscx, "otp_send", {"phone_number": NUMBER, "sender": "x"}, "sender"),
    (smsend, "send", {**SEND, "sender": "Shop\nX"}, "sender"),
    (smsend, "send", {**SEND, "sender": " "}, "sender"),
    # provider rules
    (sipgate, "send", {**SEND, "sms_id": "x0"}, "sms_id"),
    (sipgate, "sms_extensions", {"user_id": " "}, "user_id"),
    (smscx, "send", {**CX, "idempotency_id": "not-a-uuid"}, "idempotency_id"),
    (smscx, "send", {**CX, "track_data": "nope"}, "track_data"),
    (smscx, "send", {**CX, "transliteration": "KLINGON"}, "transliteration"),
    (smscx, "send", {**CX, "dlr_callback_url": "javascript:alert(1)"}, "dlr_callback_url"),
    (smscx, "send_campaign", {"groups": [], "text": "Hi", "sender": "InfoText"}, "groups"),
    (smscx, "send_campaign", {"groups": ["7"], "text": "Hi", "sender": "InfoText"}, "groups"),
    (smscx, "otp_send", {"phone_number": NUMBER, "ttl": 10}, "ttl"),
    (smscx, "otp_send", {"phone_number": NUMBER, "pin_length": 3}, "pin_length"),
    (smscx, "otp_verify", {"otp_id": OTP, "pin": " "}, "pin"),
    (smscx, "otp_status", {"otp_id": ""}, "otp_id"),
    (smscx, "report", {"msg_id": " "}, "msg_id"),
    (smscx, "cancel_scheduled", {"msg_id": ""}, "msg_id"),
    (smscx, "validate_numbers", {"numbers": [NUMBER], "country_iso": "DEU"}, "country_iso"),
    (smsend, "send", {**SEND, "order_id": "has space"}, "order_id"),
    (smsend, "send", {**SEND, "encoding": "utf7"}, "encoding"),
    (smsend, "send", {**SEND, "message_type": "\r\n"}, "message_type"),
    (smsend, "order_status", {"order_id": "x" * 33}, "order_id"),
    (smsend, "cancel", {"order_id": ""}, "order_id"),
    # wrong types and values that used to escape as TypeError, OverflowError,
    # UnicodeEncodeError (hardening issue, defect 5)
    (sipgate, "send", {**SEND, "to": None}, "to"),
    (smscx, "send", {**CX, "to": 123}, "to"),
    (smsend, "send", {**SEND, "to": b"+393471234567"}, "to"),
    (sipgate, "send", {**SEND, "send_at": timedelta.max}, "send_at"),
    (smscx, "send", {**CX, "send_at": datetime.max.replace(tzinfo=UTC)}, "send_at"),
    (
        smsend,
        "send",
        {**SEND, "send_at": datetime.max.replace(tzinfo=UTC) - timedelta(days=1)},
        "send_at",
    ),
    (smscx, "send", {**CX, "sender": "Info\ud800"}, "sender"),
    (smsend, "send", {**SEND, "sender": "Shop\udfff"}, "sender"),
    (smscx, "otp_verify", {"otp_id": OTP, "pin": "12\ud800"}, "pin"),
    (smscx, "send_campaign", {"groups": None, "text": "Hi", "sender": "InfoText"}, "groups"),
    (smscx, "validate_numbers", {"numbers": None}, "numbers"),
    (sipgate, "send", {**SEND, "default_region": 49}, "default_region"),
]


@pytest.mark.parametrize(
    ("make", "operation", "kwargs", "field"),
    ROWS,
    ids=[f"{m.__name__}.{op}:{field}:{i}" for i, (m, op, _, field) in enumerate(ROWS)],
)
def test_bad_input_is_refused_and_nothing_is_sent(
    server: LoopbackServer, make: Any, operation: str, kwargs: dict[str, Any], field: str
) -> None:
    with make(server.url) as client, pytest.raises(errors.ValidationError) as caught:
        getattr(client, operation)(**kwargs)
    assert caught.value.field == field
    assert isinstance(caught.value, ValueError)
    assert field in str(caught.value)
    assert server.received == []


CONSTRUCTION: list[tuple[Any, dict[str, Any], str]] = [
    # CR/LF in anything that becomes a header
    (smskit.Sipgate, {"token_id": "token-ABC123", "token": "t\r\nX-Evil: 1"}, "token"),
    (smskit.Sipgate, {"token_id": "token\n", "token": "t"}, "token_id"),
    (smskit.Sipgate, {"access_token": "a\rb"}, "access_token"),
    (smskit.Smscx, {"api_key": "k\r\nX: y"}, "api_key"),
    (smskit.Smscx, {"application_id": "a\n", "application_secret": "s"}, "application_id"),
    (
        smskit.Smscx,
        {"application_id": "a", "application_secret": "s", "scope": "sms\r\nX: 1"},
        "scope",
    ),
    (smskit.Smsend, {"user_key": "k", "access_token": "t\n"}, "access_token"),
    (smskit.Smsend, {"username": "u", "password": "p\r\n"}, "password"),
    (
        smskit.AcrobitsWebService,
        {"send_url": "https://h/s?to=%sms_to%", "password": "p\n"},
        "account[password]",
    ),
    (
        smskit.AcrobitsWebService,
        {"send_url": "https://h/s", "auth_username": "a", "auth_password": "b\r"},
        "auth_password",
    ),
    # http:// to anything but loopback
    (
        smskit.Sipgate,
        {"token_id": "token-ABC123", "token": "t", "base_url": "http://api.sipgate.com/v2"},
        "base_url",
    ),
    (smskit.Smscx, {"api_key": "k", "base_url": "http://api.sms.cx"}, "base_url"),
    (
        smskit.Smsend,
        {
            "username": "u",
            "password": "p",
            "base_url": "http://app.gateway.smsend.it/API/v1.0/REST/",
        },
        "base_url",
    ),
    (
        smskit.AcrobitsWebService,
        {"send_url": "http://sms.example.com/send?to=%sms_to%"},
        "send_url",
    ),
    (
        smskit.Sipgate,
        {"token_id": "token-ABC123", "token": "t", "base_url": "http://192.168.1.10/v2"},
        "base_url",
    ),
    # control characters and non-ASCII in credentials: refused here, not at the first call
    (smskit.Smscx, {"api_key": "abc\x00SECRET"}, "api_key"),
    (smskit.Smscx, {"api_key": "schlüssel-1234"}, "api_key"),
    (smskit.Sipgate, {"access_token": "tök€n"}, "access_token"),
    (smskit.Smsend, {"user_key": "k", "access_token": "tab\tbed"}, "access_token"),
    (smskit.Sipgate, {"token_id": "token-ABC123", "token": "t\x7f"}, "token"),
    # numbers and types of the common options
    (smskit.Smscx, {"api_key": "k", "timeout": float("inf")}, "timeout"),
    (smskit.Smscx, {"api_key": "k", "timeout": "30"}, "timeout"),
    (smskit.Smscx, {"api_key": "k", "timeout": 0}, "timeout"),
    (smskit.Smscx, {"api_key": "k", "timeout": httpx.Timeout(5.0, read=None)}, "timeout.read"),
    (smskit.Smscx, {"api_key": "k", "max_retries": "3"}, "max_retries"),
    (smskit.Smscx, {"api_key": "k", "max_retries": True}, "max_retries"),
    (smskit.Smscx, {"api_key": "k", "max_retry_wait": float("nan")}, "max_retry_wait"),
    (smskit.AsyncSmscx, {"api_key": "k", "max_concurrency": 0}, "max_concurrency"),
    (smskit.AsyncSmscx, {"api_key": "k", "transport": ["httpx"]}, "transport"),
    (
        smskit.AcrobitsWebService,
        {"send_url": "https://h/s?x=%x%", "variables": {"x": 5}},
        "variables['x']",
    ),
    # credentials in a URL (defect 8): refused, and never echoed
    (
        smskit.Smscx,
        {"api_key": "k", "base_url": f"https://user:{USERINFO_PW}@api.sms.cx"},
        "base_url",
    ),
    (
        smskit.Smsend,
        {"username": "u", "password": "p", "base_url": f"http://user:{USERINFO_PW}@remote"},
        "base_url",
    ),
]


@pytest.mark.parametrize(
    ("cls", "kwargs", "field"), CONSTRUCTION, ids=[f"{c.__name__}:{f}" for c, _, f in CONSTRUCTION]
)
def test_bad_configuration_is_refused(cls: Any, kwargs: dict[str, Any], field: str) -> None:
    with pytest.raises(errors.ValidationError) as caught:
        cls(**kwargs)
    assert caught.value.field == field
    for secret in ("SECRET", "userinfo-canary-pw"):
        assert secret not in str(caught.value)


@pytest.mark.parametrize(
    ("cls", "kwargs"),
    [
        (
            smskit.Sipgate,
            {"token_id": "token-ABC123", "token": "t", "base_url": "http://api.example.com/v2"},
        ),
        (smskit.Smscx, {"api_key": "k", "base_url": "http://api.example.com"}),
        (
            smskit.Smsend,
            {"username": "u", "password": "p", "base_url": "http://api.example.com/REST"},
        ),
        (smskit.AcrobitsWebService, {"send_url": "http://api.example.com/send?to=%sms_to%"}),
    ],
)
def test_allow_insecure_opts_in(cls: Any, kwargs: dict[str, Any]) -> None:
    assert cls(**kwargs, allow_insecure=True).base_url.startswith("http://api.example.com")
