"""smsend: the documented exchanges (the REST quick start), replayed through the real clients."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from recording import CASSETTES, credential

import smskit
from smskit import errors


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTES / "smsend")


@pytest.mark.vcr
def test_login_then_send() -> None:
    se = smskit.Smsend(
        username=credential("SMSEND_USERNAME", "username", secret=False),
        password=credential("SMSEND_PASSWORD", "smsend-placeholder-password"),
    )
    result = se.send(
        to=["+393471234567", "+393471234568"], text="Hello world!", order_id="smskit-contract-0001"
    )
    assert result.ids == ("smskit-contract-0001",)
    assert result.raw.remaining_credits == 1998


@pytest.mark.vcr
def test_wrong_password_is_an_authentication_error() -> None:
    se = smskit.Smsend(username="username", password="wrong-password-1")
    with pytest.raises(errors.AuthenticationError):
        se.send(to="+393471234567", text="Hello world!")


@pytest.mark.vcr
def test_order_status_with_token() -> None:
    se = smskit.Smsend(
        user_key=credential("SMSEND_USER_KEY", "user-key-placeholder"),
        access_token=credential("SMSEND_ACCESS_TOKEN", "access-token-placeholder"),
    )
    order = se.order_status("smskit-contract-0001")
    delivered, waiting = order.recipients
    assert delivered.status == "DLVRD"
    assert delivered.delivered_at == datetime(
        2026, 11, 22, 10, 15, 30, tzinfo=ZoneInfo("Europe/Rome")
    )
    assert (waiting.status, waiting.delivered_at) == ("WAIT4DLVR", None)
