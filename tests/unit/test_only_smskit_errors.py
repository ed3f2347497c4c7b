"""No public call raises anything but a SmskitError, whatever it is given.

Hypothesis draws arguments of every shape (wrong types, lone surrogates, control characters,
huge and non-finite numbers, extreme datetimes) for every parameter of every public client
constructor and operation, sync and async. The clients point at a loopback port where nothing
listens, so whatever passes validation ends in a transport error without a byte sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from faults.server import refusing_url
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import smskit
from smskit import errors

ODD_TEXT = st.sampled_from(
    ["", " ", "\ud800", "a\r\nb", "a\x00b", "é", "+491701234567", "s0", "abc", "x" * 5000]
)
ANYTHING = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    ODD_TEXT,
    st.binary(max_size=10),
    st.lists(st.one_of(st.text(max_size=12), st.integers(), ODD_TEXT), max_size=3),
    st.dictionaries(st.text(max_size=5), st.one_of(st.text(max_size=5), st.integers()), max_size=2),
    st.timedeltas(),
    st.datetimes(timezones=st.just(UTC)),
    st.datetimes(),
    st.just(datetime.max.replace(tzinfo=timezone(timedelta(hours=-12)))),
    st.just(timedelta.max),
)

REFUSED = refusing_url()
# Valid construction of each client, so operations can be fuzzed on their own.
CLIENTS: dict[str, tuple[type, type, dict[str, Any]]] = {
    "sipgate": (smskit.Sipgate, smskit.AsyncSipgate, {"token_id": "t-1", "token": "tok-secret", "base_url": REFUSED}),
    "smscx": (smskit.Smscx, smskit.AsyncSmscx, {"api_key": "key-secret", "base_url": REFUSED}),
    "smscx-oauth": (smskit.Smscx, smskit.AsyncSmscx, {"application_id": "a", "application_secret": "s-secret", "base_url": REFUSED}),
    "smsend": (smskit.Smsend, smskit.AsyncSmsend, {"username": "u", "password": "p-secret", "base_url": REFUSED}),
    "acrobits": (
        smskit.AcrobitsWebService,
        smskit.AsyncAcrobitsWebService,
        {"send_url": REFUSED + "/s?to=%sms_to%&b=%sms_body%", "username": "u", "password": "p-secret"},
    ),
}  # fmt: skip
FAST = {"max_retries": 0, "timeout": 1.0}


def operations(cls: type) -> list[str]:
    """Every public operation: the methods built from a planner."""
    return sorted(
        name
        for name, value in vars(cls).items()
        if not name.startswith("_") and hasattr(value, "__wrapped__")
    )


def parameters(func: Any) -> list[inspect.Parameter]:
    return [
        p
        for p in inspect.signature(func).parameters.values()
        if p.name != "self" and p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)
    ]


def call_kwargs(func: Any) -> st.SearchStrategy[dict[str, Any]]:
    """Anything for every parameter: always for the required ones (leaving one out is a
    plain Python TypeError at the call, before smskit runs), sometimes for the others."""
    params = parameters(func)
    required = {p.name: ANYTHING for p in params if p.default is p.empty}
    optional = {p.name: ANYTHING for p in params if p.default is not p.empty}
    return st.fixed_dictionaries(required, optional=optional)


def only_smskit_errors(action: Any) -> None:
    with contextlib.suppress(errors.SmskitError):  # anything else fails the test
        action()


OPERATIONS = [(name, op) for name, (sync, _, _) in CLIENTS.items() for op in operations(sync)]


@pytest.mark.parametrize(("name", "operation"), OPERATIONS, ids=[f"{n}.{o}" for n, o in OPERATIONS])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_sync_operations(name: str, operation: str, data: st.DataObject) -> None:
    sync, _, credentials = CLIENTS[name]
    method = getattr(sync, operation)
    kwargs = data.draw(call_kwargs(method.__wrapped__))
    with sync(**credentials, **FAST) as client:
        only_smskit_errors(lambda: getattr(client, operation)(**kwargs))


@pytest.mark.parametrize(("name", "operation"), OPERATIONS, ids=[f"{n}.{o}" for n, o in OPERATIONS])
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), transport=st.sampled_from(["aiohttp", "httpx"]))
def test_async_operations(name: str, operation: str, data: st.DataObject, transport: str) -> None:
    _, async_cls, credentials = CLIENTS[name]
    kwargs = data.draw(call_kwargs(getattr(async_cls, operation).__wrapped__))

    async def main() -> None:
        async with async_cls(**credentials, **FAST, transport=transport) as client:
            with contextlib.suppress(errors.SmskitError):
                await getattr(client, operation)(**kwargs)

    asyncio.run(main())


CONSTRUCTORS = [(name, mode) for name in CLIENTS for mode in ("sync", "async")]


@pytest.mark.parametrize(("name", "mode"), CONSTRUCTORS, ids=[f"{n}-{m}" for n, m in CONSTRUCTORS])
@settings(max_examples=50, deadline=None)
@given(data=st.data())
def test_constructors(name: str, mode: str, data: st.DataObject) -> None:
    sync, async_cls, credentials = CLIENTS[name]
    cls = sync if mode == "sync" else async_cls
    names = [p.name for p in parameters(cls.__init__)] + [
        "base_url", "timeout", "max_retries", "max_retry_wait", "retry_backoff",
        "allow_insecure", "http_client",
    ] + (["max_concurrency", "transport"] if mode == "async" else [])  # fmt: skip
    # Start from working credentials and replace a few arguments by anything.
    replaced = data.draw(
        st.fixed_dictionaries({}, optional=dict.fromkeys(sorted(set(names)), ANYTHING))
    )
    kwargs = {**credentials, **replaced}
    try:
        client = cls(**kwargs)
    except errors.SmskitError:
        return
    if mode == "sync":
        client.close()
    else:
        asyncio.run(client.close())


def test_the_fuzzer_reaches_every_operation() -> None:
    """The lists above are found by introspection: make sure they are not empty by accident."""
    assert {op for _, op in OPERATIONS} >= {"send", "balance", "otp_verify", "order_status"}
    assert len(OPERATIONS) >= 25
    assert isinstance(httpx.Timeout(1.0), httpx.Timeout)
