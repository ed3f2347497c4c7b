"""Every client is a smskit.Sender (or AsyncSender), at run time and for mypy --strict."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

import smskit

ROOT = Path(__file__).resolve().parents[2]


SYNC = [
    smskit.Sipgate(token_id="t", token="sender-secret", sms_id="s1"),
    smskit.Smscx(api_key="sender-key", sender="InfoText"),
    smskit.Smsend(username="u", password="sender-pw"),
    smskit.AcrobitsWebService(send_url="https://h/s?to=%sms_to%&b=%sms_body%"),
]


@pytest.mark.parametrize("client", SYNC, ids=lambda c: type(c).__name__)
def test_sync_clients_are_senders(client: object) -> None:
    assert isinstance(client, smskit.Sender)
    assert not isinstance(client, smskit.AsyncSender)


@pytest.mark.parametrize(
    "cls",
    [smskit.AsyncSipgate, smskit.AsyncSmscx, smskit.AsyncSmsend, smskit.AsyncAcrobitsWebService],
)
def test_async_clients_are_async_senders(cls: type) -> None:
    credentials = {
        smskit.AsyncSipgate: {"token_id": "t", "token": "sender-secret"},
        smskit.AsyncSmscx: {"api_key": "sender-key"},
        smskit.AsyncSmsend: {"user_key": "k", "access_token": "sender-token"},
        smskit.AsyncAcrobitsWebService: {"send_url": "https://h/s?to=%sms_to%"},
    }[cls]
    client = cls(**credentials)
    assert isinstance(client, smskit.AsyncSender)
    assert not isinstance(client, smskit.Sender)
    asyncio.run(client.close())


def test_recovery_says_what_a_crash_leaves() -> None:
    assert smskit.Smscx.recovery is smskit.Recovery.RESEND
    assert smskit.Smsend.recovery is smskit.Recovery.LOOKUP
    assert smskit.Sipgate.recovery is smskit.Recovery.NONE
    assert smskit.AcrobitsWebService.recovery is smskit.Recovery.NONE


def test_a_failover_of_several_members_promises_no_recovery() -> None:
    """A resend after an uncertain send could reach the other account, which deduplicates
    nothing: only a route of one member keeps that member's recovery."""
    one = smskit.Smscx(api_key="recovery-key-1", sender="InfoText")
    two = smskit.Smscx(api_key="recovery-key-2", sender="InfoText")
    with smskit.Failover([one]) as single, smskit.Failover([one, two]) as pair:
        assert single.recovery is smskit.Recovery.RESEND
        assert pair.recovery is smskit.Recovery.NONE
