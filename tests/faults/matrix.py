"""The reliability matrix: every provider x every fault, with the outcome each must have.

A provider is one ``Provider`` line and a fault one ``Case`` line; the expectation follows from
two traits of the provider: whether its sends carry an idempotency key (then ambiguous failures
may be retried) and whether it reads the body of a 2xx answer.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from typing import Any

import attrs
from canaries import canary
from loopback import Received, Reply
from smscx_replies import accepted

import smskit
from faults.server import Fault, retry_after_http_date
from smskit import errors

TIMEOUT = 0.3
MAX_RETRIES = 2
OPTIONS: dict[str, Any] = {"timeout": TIMEOUT, "max_retries": MAX_RETRIES, "retry_backoff": 0.01}


@attrs.frozen
class Provider:
    name: str
    keyed: bool  # sends carry an idempotency key, so ambiguous failures are retried
    reads_body: bool  # a 2xx body is parsed: an unreadable one cannot be confirmed
    success_status: int
    success: Callable[[Received], Reply]
    make: Callable[[str, str], Any]  # (server url, mode) -> client; mode: sync, async, async-httpx
    send: Callable[[Any], Any]  # client -> SendResult (or awaitable)
    key_of: Callable[[Received], str | None] = lambda r: None


def client_class(sync: type, async_: type, mode: str) -> Callable[..., Any]:
    """The client class for a matrix mode; async clients get the transport the mode names."""
    if mode == "sync":
        return sync
    transport = "httpx" if mode == "async-httpx" else "aiohttp"
    return lambda **kwargs: async_(**kwargs, transport=transport)


def _smsend_ok(request: Received) -> Reply:
    return Reply(201, {"result": "OK", "order_id": request.json()["order_id"], "total_sent": 1})


PROVIDERS = [
    Provider(
        "sipgate", keyed=False, reads_body=False, success_status=200,
        success=lambda r: Reply(204),
        make=lambda url, mode: client_class(smskit.Sipgate, smskit.AsyncSipgate, mode)(
            token_id="token-FAULT1", token=canary("fault-canary-token"), base_url=url + "/v2", **OPTIONS),
        send=lambda c: c.send(to="+491701234567", text="Hi"),
    ),
    Provider(
        "smscx", keyed=True, reads_body=True, success_status=200,
        success=accepted,
        make=lambda url, mode: client_class(smskit.Smscx, smskit.AsyncSmscx, mode)(
            api_key=canary("fault-canary-api-key"), base_url=url, **OPTIONS),
        send=lambda c: c.send(to="+491701234567", text="Hi", sender="InfoText"),
        key_of=lambda r: r.json().get("idempotencyId"),
    ),
    Provider(
        "smsend", keyed=False, reads_body=True, success_status=201,
        success=_smsend_ok,
        make=lambda url, mode: client_class(smskit.Smsend, smskit.AsyncSmsend, mode)(
            user_key="UK-fault", access_token=canary("fault-canary-access"), base_url=url + "/API/v1.0/REST", **OPTIONS),
        send=lambda c: c.send(to="+393471234567", text="Ciao"),
    ),
    Provider(
        "acrobits", keyed=False, reads_body=False, success_status=200,
        success=lambda r: Reply(200, ""),
        make=lambda url, mode: client_class(smskit.AcrobitsWebService, smskit.AsyncAcrobitsWebService, mode)(
            send_url=url + "/send?u=%account[username]%&p=%account[password]%&to=%sms_to%&body=%sms_body%",
            username="fault", password=canary("fault-canary-password"), **OPTIONS),
        send=lambda c: c.send(to="+15551231234", text="Hello"),
    ),
]  # fmt: skip


@attrs.frozen
class Expect:
    outcome: type[errors.SmskitError] | None  # None: the send succeeds
    requests: int

    @property
    def label(self) -> str:
        return "sent" if self.outcome is None else self.outcome.__name__


def ambiguous(p: Provider) -> Expect:
    """The request may have been processed: retried only under an idempotency key."""
    return Expect(None, 2) if p.keyed else Expect(errors.DeliveryUnknownError, 1)


def server_error(p: Provider) -> Expect:
    return Expect(None, 2) if p.keyed else Expect(errors.ServerError, 1)


def unreadable_success(p: Provider) -> Expect:
    """2xx with a body smskit cannot read: probably accepted, so never repeated."""
    return Expect(errors.DeliveryUnknownError, 1) if p.reads_body else Expect(None, 1)


@attrs.frozen
class Case:
    name: str
    fault: Fault | None  # None: nothing listens on the port (connection refused)
    expect: Callable[[Provider], Expect]

    @property
    def maybe_processed(self) -> bool:
        """Whether the faulty answer leaves open that the provider acted on the request (a
        429 or a refused connection says it did not): then only a keyed repeat is allowed."""
        return self.fault is not None and self.fault.status != 429


SUCCESS_STATUS = 0  # stands for the provider's own 2xx status


CASES = [
    Case("connection refused", None, lambda p: Expect(errors.TransportError, 0)),
    Case("reset before reply", Fault("reset", reset_before_reply=True), ambiguous),
    Case("reset mid-body", Fault("reset mid-body", status=SUCCESS_STATUS, body=b'{"result": "OK", "order_id": "x", "padding": "' + b"x" * 200 + b'"}', reset_after_bytes=60), ambiguous),
    Case("no answer (timeout)", Fault("hang", hang=TIMEOUT * 3), ambiguous),
    Case("headers stalled past the timeout", Fault("stall", status=SUCCESS_STATUS, trickle_gap=TIMEOUT * 2), ambiguous),
    Case("429 with headers trickled in pieces", Fault("trickle", status=429, headers={"Retry-After": "0"}, trickle_gap=0.01), lambda p: Expect(None, 2)),
    Case("429 Retry-After seconds", Fault("429 s", status=429, headers={"Retry-After": "1"}), lambda p: Expect(None, 2)),
    Case("429 Retry-After HTTP date", Fault("429 date", status=429, dynamic_headers=lambda: retry_after_http_date(1)), lambda p: Expect(None, 2)),
    Case("429 X-Rate-Limit-Reset", Fault("429 reset", status=429, dynamic_headers=lambda: {"X-Rate-Limit-Reset": str(int(time.time()) + 1)}), lambda p: Expect(None, 2)),
    Case("429 too long to wait", Fault("429 long", status=429, headers={"Retry-After": "3600"}), lambda p: Expect(errors.RateLimitError, 1)),
    Case("500 HTML body", Fault("500 html", status=500, body=b"<html><body>Internal Server Error</body></html>", headers={"Content-Type": "text/html"}), server_error),
    Case("503 empty body", Fault("503 empty", status=503), server_error),
    Case("502 truncated JSON body", Fault("502 truncated", status=502, body=b'{"error": {"type": "server_err', headers={"Content-Type": "application/json"}), server_error),
    Case("2xx malformed JSON", Fault("2xx malformed", status=SUCCESS_STATUS, body=b"{not json at all", headers={"Content-Type": "application/json"}), unreadable_success),
    Case("2xx truncated JSON", Fault("2xx truncated", status=SUCCESS_STATUS, body=b'{"info": {"totalCost": 0.1}, "data": [{"msgId": "', headers={"Content-Type": "application/json"}), unreadable_success),
]  # fmt: skip


def fault_for(case: Case, provider: Provider) -> Fault | None:
    if case.fault is not None and case.fault.status == SUCCESS_STATUS:
        return attrs.evolve(case.fault, status=provider.success_status)
    return case.fault


def new_key() -> str:
    return str(uuid.uuid4())


def table_markdown() -> str:
    """The reliability table, from the same expectations the matrix asserts."""
    names = [p.name for p in PROVIDERS]
    lines = [
        "# Reliability matrix",
        "",
        "Generated from `tests/faults/matrix.py`; every cell is asserted by",
        "`tests/faults/test_matrix.py` for the sync client and the async one on both transports, aiohttp and httpx (timeout "
        f"{TIMEOUT} s, max_retries {MAX_RETRIES}). Each cell: the outcome, then how many requests "
        "reached the server. `sent` means the send succeeded; an error name is the exact smskit class "
        "raised. Only SMS.CX repeats a send, and always with the same `idempotencyId`.",
        "",
        "| fault | " + " | ".join(names) + " |",
        "|---|" + "---|" * len(names),
    ]
    for case in CASES:
        cells = [f"{e.label} ({e.requests})" for e in (case.expect(p) for p in PROVIDERS)]
        lines.append(f"| {case.name} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
