"""sipgate: the documented exchanges, replayed from cassettes through the real clients."""

from __future__ import annotations

import os

import pytest
from recording import CASSETTES, credential

import smskit
from smskit import errors

RECIPIENT = os.environ.get("SIPGATE_TEST_RECIPIENT", "+4915799912345")
USER_ID = os.environ.get("SIPGATE_TEST_USER_ID", "w0")


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTES / "sipgate")


@pytest.fixture
def sg() -> smskit.Sipgate:
    return smskit.Sipgate(
        token_id=credential("SIPGATE_TOKEN_ID", "token-ABC123"),
        token=credential("SIPGATE_TOKEN", "00000000-0000-4000-8000-000000000000"),
        max_retries=0,
    )


@pytest.mark.vcr
def test_send(sg: smskit.Sipgate) -> None:
    result = sg.send(to=RECIPIENT, text="Hello from smskit", sms_id="s0")
    assert result.provider == "sipgate"
    assert result.recipients == (RECIPIENT,)
    assert result.ids == ()


@pytest.mark.vcr
async def test_send_async() -> None:
    async with smskit.AsyncSipgate(
        token_id=credential("SIPGATE_TOKEN_ID", "token-ABC123"),
        token=credential("SIPGATE_TOKEN", "00000000-0000-4000-8000-000000000000"),
    ) as sg:
        result = await sg.send(to=RECIPIENT, text="Hello from smskit", sms_id="s0")
    assert result.recipients == (RECIPIENT,)


@pytest.mark.vcr
def test_userinfo_then_extensions(sg: smskit.Sipgate) -> None:
    info = sg.userinfo()
    assert info.sub == USER_ID
    extensions = sg.sms_extensions(info.sub)
    assert extensions
    assert all(e.id.startswith("s") for e in extensions)
    assert isinstance(extensions[0].caller_id, str)


@pytest.mark.vcr
def test_send_with_unbooked_extension_is_permission_denied(sg: smskit.Sipgate) -> None:
    with pytest.raises(errors.PermissionDeniedError) as caught:
        sg.send(to=RECIPIENT, text="Hello from smskit", sms_id="s99")
    assert caught.value.status_code == 403


@pytest.mark.vcr
def test_wrong_token_is_an_authentication_error() -> None:
    sg = smskit.Sipgate(token_id="token-WRONG1", token="11111111-1111-4111-8111-111111111111")
    with pytest.raises(errors.AuthenticationError) as caught:
        sg.send(to=RECIPIENT, text="Hello from smskit")
    assert caught.value.provider == "sipgate"
