"""smskit.testing: the sandbox as a pytest fixture for smskit's users, with fault injection;
a user's test file runs with nothing configured (pytester, in a subprocess, so the plugin is
found through its entry point as in a user's project)."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from users_pytest import USERS_PYTEST

from smskit import errors
from smskit.testing import PROVIDERS, SmsSandbox

pytest_plugins = ["pytester"]


@pytest.mark.heavy(seconds=12)
def test_a_users_test_file_needs_nothing_else(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_user="""
        import pytest

        @pytest.mark.parametrize("provider", ["sipgate", "smscx", "smsend", "acrobits"])
        def test_send(sms_sandbox, provider):
            with sms_sandbox.client(provider) as sms:
                sms.send("+491701234567", f"Shipped via {provider}")
            (caught,) = sms_sandbox.messages
            assert caught["provider"] == provider
            assert caught["to"] == "+491701234567"
            assert caught["text"] == f"Shipped via {provider}"

        def test_each_test_sees_only_its_own(sms_sandbox):
            assert sms_sandbox.messages == []
        """
    )
    result = pytester.runpytest_subprocess(*USERS_PYTEST)
    result.assert_outcomes(passed=5)


@pytest.fixture
def kit(sms_sandbox: SmsSandbox) -> SmsSandbox:
    return sms_sandbox


EXPECTED = {
    ("sipgate", 500): errors.ServerError,
    ("smscx", 503): errors.ServerError,
    ("smsend", 402): errors.ApiError,
    ("acrobits", 401): errors.AuthenticationError,
    ("smscx", 429): errors.RateLimitError,
}


@pytest.mark.parametrize(("provider", "status"), list(EXPECTED))
def test_fail_next_answers_once_in_the_providers_shape(
    kit: SmsSandbox, provider: str, status: int
) -> None:
    kit.fail_next(provider, status=status)
    with kit.client(provider, max_retries="0") as sms:
        with pytest.raises(EXPECTED[(provider, status)]):
            sms.send("+491701234567", "fails")
        sms.send("+491701234567", "then works")  # times=1: the fault is used up
    assert [m["text"] for m in kit.messages] == ["then works"]


def test_timeout_next_is_an_unknown_outcome(kit: SmsSandbox) -> None:
    kit.timeout_next("sipgate", seconds=2.0)
    with (
        kit.client("sipgate", timeout="0.5", max_retries="0") as sms,
        pytest.raises(errors.DeliveryUnknownError),
    ):
        sms.send("+491701234567", "lost in the network")
    assert kit.messages == []


def test_async_clients_and_clear(kit: SmsSandbox) -> None:
    async def send_all() -> None:
        for provider in PROVIDERS:
            async with kit.async_client(provider) as sms:
                await sms.send("+491701234567", provider)

    asyncio.run(send_all())
    assert sorted(m["provider"] for m in kit.messages) == sorted(PROVIDERS)
    kit.clear()
    assert kit.messages == []


def test_the_control_api_refuses_what_it_does_not_know(kit: SmsSandbox) -> None:
    with pytest.raises(errors.ValidationError):
        kit.fail_next("twilio")
    for bad in ({"provider": "sipgate", "status": 200}, {"provider": "sipgate", "times": 0},
                {"provider": "sipgate", "colour": "red"}):  # fmt: skip
        assert httpx.post(kit.url + "/_sandbox/faults", json=bad).status_code == 400
    assert httpx.delete(kit.url + "/_sandbox/messages").json() == {"deleted": 0}


def test_the_sandbox_refuses_a_field_the_provider_does_not_know(kit: SmsSandbox) -> None:
    """A client sending what the real provider does not know fails in the user's tests."""
    answer = httpx.post(
        kit.url + "/sipgate/v2/sessions/sms",
        json={"smsId": "s0", "recipient": "+491701234567", "message": "x", "colour": "red"},
        auth=("token-SBX", "sandbox"),
    )
    assert answer.status_code == 400
    assert "colour" in answer.text
    assert kit.messages == []


def test_report_and_detail(kit: SmsSandbox) -> None:
    with kit.client("smsend") as sms:
        (order,) = sms.send("+491701234567", "Shipped").ids
    (caught,) = kit.messages
    assert kit.report(caught["id"], "expired") is None  # smsend: no webhook to post
    detail = kit.detail(caught["id"])
    assert detail["batch"] == order
    assert [e["status"] for e in detail["events"]] == ["ACCEPTED", "EXPIRED"]
    assert detail["exchange"]["request"]["path"] == "/smsend/API/v1.0/REST/sms"
    with pytest.raises(errors.ValidationError, match="status"):
        kit.report(caught["id"], "lost")
    with pytest.raises(errors.ValidationError, match="msg_id"):
        kit.report("nope")
    with pytest.raises(errors.ValidationError, match="msg_id"):
        kit.detail("nope")
