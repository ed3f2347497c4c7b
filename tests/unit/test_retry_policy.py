"""The retry decision is a pure function: every rule of DESIGN §6 is one case here."""

from __future__ import annotations

import httpx
import pytest

from smskit import errors
from smskit._plan import Call
from smskit._retry import RetryPolicy

SEND = Call("send", {}, lambda r: None, idempotent=False, sends_sms=True)
KEYED_SEND = Call("send", {}, lambda r: None, idempotent=True, sends_sms=True)
READ = Call("read", {}, lambda r: None, idempotent=True)
POLICY = RetryPolicy(max_retries=2, max_retry_wait=60, backoff=0.5)


def step(call: Call, outcome: httpx.Response | Exception, attempt: int = 0):  # type: ignore[no-untyped-def]
    return POLICY.next_step("p", call, attempt, outcome, None)


def test_success() -> None:
    s = step(SEND, httpx.Response(204))
    assert (s.retry_in, s.error) == (None, None)


@pytest.mark.parametrize("call", [SEND, KEYED_SEND, READ])
def test_connect_failures_are_always_retried(call: Call) -> None:
    assert step(call, httpx.ConnectError("refused")).retry_in is not None
    assert step(call, httpx.ConnectTimeout("slow")).retry_in is not None
    final = step(call, httpx.ConnectError("refused"), attempt=2)
    assert type(final.error) is errors.ConnectError


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ReadTimeout("t"),
        httpx.ReadError("r"),
        httpx.RemoteProtocolError("x"),
        httpx.WriteError("w"),
    ],
)
def test_ambiguous_failures_on_unkeyed_send_are_never_retried(exc: Exception) -> None:
    s = step(SEND, exc)
    assert s.retry_in is None
    assert isinstance(s.error, errors.DeliveryUnknownError)


@pytest.mark.parametrize("call", [KEYED_SEND, READ])
def test_ambiguous_failures_on_idempotent_calls_are_retried(call: Call) -> None:
    assert step(call, httpx.ReadTimeout("t")).retry_in is not None
    final = step(call, httpx.ReadTimeout("t"), attempt=2).error
    assert final is not None
    # A keyed send whose retries are used up may have arrived: DESIGN §16's sent is None.
    expected = errors.DeliveryUnknownError if call.sends_sms else errors.TransportError
    assert type(final) is expected
    assert final.sent is None


def test_5xx_send_without_key_is_not_retried() -> None:
    assert isinstance(step(SEND, httpx.Response(500)).error, errors.ServerError)


@pytest.mark.parametrize("call", [KEYED_SEND, READ])
def test_5xx_idempotent_is_retried_until_max(call: Call) -> None:
    assert step(call, httpx.Response(503)).retry_in is not None
    assert isinstance(step(call, httpx.Response(503), attempt=2).error, errors.ServerError)


def test_429_waits_retry_after_when_short() -> None:
    assert step(SEND, httpx.Response(429, headers={"Retry-After": "2"})).retry_in == 2


def test_429_without_retry_after_backs_off() -> None:
    assert 0 < step(SEND, httpx.Response(429)).retry_in <= 0.5  # type: ignore[operator]


def test_429_too_long_raises_at_once() -> None:
    s = step(SEND, httpx.Response(429, headers={"Retry-After": "61"}))
    assert isinstance(s.error, errors.RateLimitError)
    assert s.error.retry_after == 61


def test_429_after_last_retry_raises() -> None:
    assert isinstance(
        step(SEND, httpx.Response(429, headers={"Retry-After": "1"}), 2).error,
        errors.RateLimitError,
    )


def test_4xx_is_never_retried() -> None:
    assert isinstance(step(READ, httpx.Response(400)).error, errors.InvalidRequestError)


def test_backoff_grows_and_is_capped() -> None:
    assert 0.25 <= POLICY.delay(0) <= 0.5
    assert 1 <= POLICY.delay(2) <= 2
    assert POLICY.delay(20) <= 8


def test_a_transport_stand_in_that_raises_before_sending_is_sent_false_once_declared() -> None:
    """A foreign exception is an unknown outcome (it may strike after the request left) until
    whoever knows it declares that it is raised before sending (smskit.testing does so for
    vcrpy's "no recording" error): then ``sent=False``, with the declared explanation."""
    from smskit._retry import _NEVER_LEFT, raised_before_sending

    class NoRecording(Exception):
        pass

    unknown = step(SEND, NoRecording("no match"))
    assert unknown.error is not None
    assert unknown.error.sent is None
    raised_before_sending(NoRecording, "no recording of this request")
    try:
        declared = step(SEND, NoRecording("no match"))
    finally:
        del _NEVER_LEFT[NoRecording]
    assert declared.retry_in is None
    assert isinstance(declared.error, errors.TransportError)
    assert declared.error.sent is False
    assert "no recording of this request" in str(declared.error)
