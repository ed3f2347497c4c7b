"""Failover over real HTTP: each error that proves nothing was sent moves on; each that may
have sent does not (request counts asserted at both servers); cooldown; all failed; a member
that failed part-way hands only the unsent recipients on. Sync and async share every case."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import pytest
from faults.server import refusing_url
from loopback import LoopbackServer, Received, Reply
from smscx_replies import accepted

import smskit
from smskit import errors

A_NUMBER, B_NUMBER = "+491701234567", "+491701234568"
FAST = {"max_retries": 0, "timeout": 0.5, "retry_backoff": 0.01}


@pytest.fixture
def first() -> Iterator[LoopbackServer]:
    srv = LoopbackServer()
    yield srv
    srv.close()


@pytest.fixture
def second() -> Iterator[LoopbackServer]:
    srv = LoopbackServer()
    srv.handle(accepted)
    yield srv
    srv.close()


# The async routes a test made: closed when it ends, so no connection outlives its test.
_OPEN: list[Any] = []


@pytest.fixture(autouse=True)
def _close_async_routes() -> Iterator[None]:
    yield
    while _OPEN:
        asyncio.run(_OPEN.pop().close())


@attrs.define
class Clock:
    now: float = 1000.0

    def __call__(self) -> float:
        return self.now


def route(first_url: str, second_url: str, mode: str, clock: Clock | None = None) -> Any:
    """A failover of a sipgate member (first) and an SMS.CX member (second)."""
    if mode == "sync":
        members: list[Any] = [
            smskit.Sipgate(
                token_id="token-F1", token="failover-secret-1", base_url=first_url, **FAST
            ),
            smskit.Smscx(api_key="failover-key-2", sender="InfoText", base_url=second_url, **FAST),
        ]
        return smskit.Failover(members, cooldown=30, clock=clock or Clock())
    members = [
        smskit.AsyncSipgate(token_id="token-F1", token="failover-secret-1", base_url=first_url, transport=mode, **FAST),
        smskit.AsyncSmscx(api_key="failover-key-2", sender="InfoText", base_url=second_url, transport=mode, **FAST),
    ]  # fmt: skip
    _OPEN.append(smskit.AsyncFailover(members, cooldown=30, clock=clock or Clock()))
    return _OPEN[-1]


def send(sms: Any, mode: str, to: Any = A_NUMBER, **kwargs: Any) -> smskit.SendResult:
    if mode == "sync":
        result: smskit.SendResult = sms.send(to, "Hi", **kwargs)
        return result
    return asyncio.run(sms.send(to, "Hi", **kwargs))  # type: ignore[no-any-return]


MODES = ["sync", "aiohttp", "httpx"]
MOVES_ON: list[tuple[str, Reply | None]] = [
    ("ConnectError", None),  # nothing listens
    ("AuthenticationError", Reply(401, "Invalid token supplied")),
    ("PermissionDeniedError", Reply(403, "Forbidden")),
    ("InsufficientFundsError", Reply(402, "Insufficient funds")),
    ("RateLimitError", Reply(429, "slow down", {"Retry-After": "3600"})),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("name", "reply"), MOVES_ON, ids=[m[0] for m in MOVES_ON])
def test_errors_that_prove_nothing_was_sent_move_on(
    first: LoopbackServer, second: LoopbackServer, name: str, reply: Reply | None, mode: str
) -> None:
    first_url = refusing_url() if reply is None else first.url
    if reply is not None:
        first.handle(lambda r: reply)
    result = send(route(first_url, second.url, mode), mode)
    assert result.provider == "smscx"
    assert len(first.received) == (0 if reply is None else 1)
    assert len(second.received) == 1


@pytest.mark.parametrize("mode", MODES)
def test_no_coverage_moves_on(first: LoopbackServer, second: LoopbackServer, mode: str) -> None:
    """The SMS.CX member first this time: its 403 no_coverage is a NoCoverageError."""
    first.handle(
        lambda r: Reply(
            403, {"error": {"type": "no_coverage", "code": 1301, "message": "No coverage"}}
        )
    )
    second.handle(lambda r: Reply(204))
    sms = route(second.url, first.url, mode)  # sipgate member -> second, SMS.CX -> first
    reordered = type(sms)(list(reversed(sms._members)), cooldown=30)  # SMS.CX tried first
    result = send(reordered, mode)
    assert result.provider == "sipgate"
    assert (len(first.received), len(second.received)) == (1, 1)


STOPS: list[tuple[type[errors.SmskitError], Reply]] = [
    (errors.ServerError, Reply(500, "<html>oops</html>")),  # may have been sent
    (errors.DeliveryUnknownError, Reply(204, delay=1.5)),  # timeout: may have been sent
    (errors.InvalidRequestError, Reply(400, "Bad request")),  # the input is wrong everywhere
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("error", "reply"), STOPS, ids=[s[0].__name__ for s in STOPS])
def test_errors_that_may_have_sent_or_are_the_callers_stop(
    first: LoopbackServer, second: LoopbackServer, error: type, reply: Reply, mode: str
) -> None:
    first.handle(lambda r: reply)
    with pytest.raises(error):
        send(route(first.url, second.url, mode), mode)
    assert len(first.received) == 1
    assert second.received == []  # failing over would have sent the SMS twice


@pytest.mark.parametrize("mode", MODES)
def test_bad_input_is_refused_before_any_member(
    first: LoopbackServer, second: LoopbackServer, mode: str
) -> None:
    with pytest.raises(errors.ValidationError):
        send(route(first.url, second.url, mode), mode, to="not a number")
    assert first.received == second.received == []


@pytest.mark.parametrize("mode", MODES)
def test_cooldown_skips_a_failed_member_then_tries_it_again(
    first: LoopbackServer, second: LoopbackServer, mode: str
) -> None:
    first.script(Reply(401, "expired"))
    first.handle(lambda r: Reply(204))
    clock = Clock()
    sms = route(first.url, second.url, mode, clock)
    assert send(sms, mode).provider == "smscx"
    clock.now += 10  # still cooling down: the first member is not asked
    assert send(sms, mode).provider == "smscx"
    assert len(first.received) == 1
    clock.now += 30  # cooled down: first in line again
    assert send(sms, mode).provider == "sipgate"
    assert (len(first.received), len(second.received)) == (2, 2)


@pytest.mark.parametrize("mode", MODES)
def test_all_failed_is_a_failover_error_and_cooling_members_are_still_tried(
    first: LoopbackServer, second: LoopbackServer, mode: str
) -> None:
    first.script(Reply(401, "expired"))
    first.handle(lambda r: Reply(204))
    second.handle(
        lambda r: Reply(
            402, {"error": {"type": "insufficient_credit", "code": 1403, "message": "No credit"}}
        )
    )
    sms = route(first.url, second.url, mode)
    with pytest.raises(errors.FailoverError) as caught:
        send(sms, mode)
    assert [type(e) for e in caught.value.errors] == [
        errors.AuthenticationError,
        errors.InsufficientFundsError,
    ]
    # Both cool down now; rather than refusing, both are tried again, in order.
    assert send(sms, mode).provider == "sipgate"
    assert (len(first.received), len(second.received)) == (2, 1)


def _fails_for(number: str, reply: Reply) -> Callable[[Received], Reply]:
    return lambda r: reply if r.json()["recipient"] == number else Reply(204)


@pytest.mark.parametrize("mode", ["sync", "httpx"])
def test_part_way_failure_hands_only_the_unsent_recipients_on(
    first: LoopbackServer, second: LoopbackServer, mode: str
) -> None:
    first.handle(_fails_for(B_NUMBER, Reply(402, "Insufficient funds")))
    result = send(route(first.url, second.url, mode), mode, to=[A_NUMBER, B_NUMBER],
                  reference="ref-part-way")  # fmt: skip
    assert result.provider == "sipgate+smscx"
    assert sorted(result.recipients) == [A_NUMBER, B_NUMBER]
    assert [p.provider for p in result.parts] == ["sipgate", "smscx"]
    assert result.parts[0].recipients == (A_NUMBER,)
    (to_second,) = second.received
    assert to_second.json()["to"] == [B_NUMBER]  # no recipient twice, none lost
    assert sorted(r.json()["recipient"] for r in first.received) == [A_NUMBER, B_NUMBER]


@pytest.mark.parametrize("mode", ["sync", "httpx"])
def test_part_way_ambiguous_failure_stops_with_what_was_sent(
    first: LoopbackServer, second: LoopbackServer, mode: str
) -> None:
    first.handle(_fails_for(B_NUMBER, Reply(503, "")))
    with pytest.raises(errors.ServerError) as caught:
        send(route(first.url, second.url, mode), mode, to=[A_NUMBER, B_NUMBER])
    assert caught.value.partial is not None
    assert caught.value.partial.recipients == (A_NUMBER,)
    assert second.received == []


def test_failover_connection_string(first: LoopbackServer, second: LoopbackServer) -> None:
    first.handle(lambda r: Reply(401, "Invalid token supplied"))
    dsn = (f"failover(sipgate://t:failover-dsn-secret@127.0.0.1:{first.port} "
           f"smscx://failover-dsn-key@127.0.0.1:{second.port}?sender=InfoText)?cooldown=5")  # fmt: skip
    with smskit.connect(dsn) as sms:
        assert isinstance(sms, smskit.Failover)
        assert sms.send(A_NUMBER, "Hi", reference="order-7").provider == "smscx"
    key = second.received[0].json()["idempotencyId"]
    assert key  # the reference went to the member that sent, as its idempotency key


def test_members_must_be_senders() -> None:
    with pytest.raises(errors.ValidationError, match="members"):
        smskit.Failover([object()])  # type: ignore[list-item]
    with pytest.raises(errors.ValidationError, match="members"):
        smskit.Failover([])
