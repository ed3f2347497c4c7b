"""SMS.CX: the documented exchanges, replayed from cassettes through the real clients."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from recording import CASSETTES, credential

import smskit
from smskit import errors

KEY = "3f1b5e0c-7d1a-4f0e-9c2b-8a6d4e2f1a00"  # fixed idempotency id, so request bodies match
TO = "+31612469001"
TEXT = "Your confirmation code is 15997"


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTES / "smscx")


@pytest.fixture
def default_cassette_name(request: pytest.FixtureRequest) -> str:
    """Parametrised error cases each replay their own cassette."""
    callspec = getattr(request.node, "callspec", None)
    if callspec is not None and "case" in callspec.params:
        return f"test_send_error_{callspec.params['case']}"
    return str(request.node.name)


@pytest.fixture
def cx() -> smskit.Smscx:
    return smskit.Smscx(
        api_key=credential("SMSCX_API_KEY", "smscx-placeholder-api-key"), max_retries=0
    )


@pytest.mark.vcr
def test_send_single(cx: smskit.Smscx) -> None:
    result = cx.send(to=TO, text=TEXT, sender="InfoText", idempotency_id=KEY)
    assert result.ids == ("0a1b2c3d-0000-4000-8000-000000000001",)
    assert result.recipients == (TO,)
    assert result.raw.info.total_cost == pytest.approx(0.0385)


@pytest.mark.vcr
def test_send_bulk(cx: smskit.Smscx) -> None:
    to = ["+31612469001", "+447400508501", "+4915123835301", "+41781112601"]
    result = cx.send(
        to=to, text="Redeem this voucher {{optoutLink}}", sender="InfoText",
        idempotency_id=KEY, transliteration=smskit.smscx.Transliteration(
            alphabet=smskit.smscx.TransliterationAlphabet.NONE, remove_emojis=False),
    )  # fmt: skip
    assert result.recipients == tuple(to)
    assert len(set(result.ids)) == 4


@pytest.mark.vcr
def test_send_scheduled_then_cancel(cx: smskit.Smscx) -> None:
    when = datetime(2099, 1, 1, 9, 30, tzinfo=timezone(timedelta(hours=1)))
    result = cx.send(to=TO, text=TEXT, sender="InfoText", idempotency_id=KEY, send_at=when)
    (item,) = result.raw.data
    assert item.status == "SCHEDULED"
    cancelled = cx.cancel_scheduled(result.ids[0])
    assert cancelled.info.credit_returned == pytest.approx(0.0385)


@pytest.mark.vcr
def test_oauth_token_then_balance() -> None:
    cx = smskit.Smscx(
        application_id=credential("SMSCX_APPLICATION_ID", "app-placeholder"),
        application_secret=credential("SMSCX_APPLICATION_SECRET", "app-secret-placeholder"),
        scope="sms",
    )
    balance = cx.balance()
    assert (balance.balance, balance.currency, balance.billing) == (1250.75, "eur", "prepaid")


@pytest.mark.parametrize(
    ("case", "cls", "code"),
    [
        ("insufficient_credit", errors.InsufficientFundsError, 1113),
        ("invalid_phone_number", errors.InvalidPhoneNumberError, 1207),
        ("no_coverage", errors.NoCoverageError, 1119),
        ("invalid_api_key", errors.AuthenticationError, 1001),
        ("rate_limit", errors.RateLimitError, 1005),
    ],
)
@pytest.mark.vcr
def test_send_errors(cx: smskit.Smscx, case: str, cls: type[errors.ApiError], code: int) -> None:
    with pytest.raises(cls) as caught:
        cx.send(to=TO, text=TEXT, sender="InfoText", idempotency_id=KEY)
    assert caught.value.code == code
    assert caught.value.request_id == "c0ffee00-0000-4000-8000-000000000001"


@pytest.mark.vcr
def test_cancel_unknown_message_is_not_found(cx: smskit.Smscx) -> None:
    with pytest.raises(errors.NotFoundError) as caught:
        cx.cancel_scheduled("0a1b2c3d-0000-4000-8000-0000000000ff")
    assert caught.value.message == "Message not found"
