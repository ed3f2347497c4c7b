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
    other_2xx: int = 202  # a success status the provider does not document for a send
    # The auth flow with a token endpoint (OAuth2 refresh or client credentials, a login):
    # a client that fetches its credential from ``token_path`` first, how that endpoint
    # answers well, and two answers that hold no usable credential.
    make_renewing: Callable[[str, str], Any] | None = None
    token_path: str = ""
    token_ok: Callable[[Received], Reply] = lambda r: Reply(200)
    token_null: bytes = b""
    token_malformed: bytes = b""

    def responder(self, token_flow: bool) -> Callable[[Received], Reply]:
        if not token_flow:
            return self.success
        return lambda r: self.token_ok(r) if self.is_token(r) else self.success(r)

    def is_token(self, request: Received) -> bool:
        return bool(self.token_path) and request.path.split("?")[0] == self.token_path


def client_class(sync: type, async_: type, mode: str) -> Callable[..., Any]:
    """The client class for a matrix mode; async clients get the transport the mode names."""
    if mode == "sync":
        return sync
    transport = "httpx" if mode == "async-httpx" else "aiohttp"
    return lambda **kwargs: async_(**kwargs, transport=transport)


def _smsend_ok(request: Received) -> Reply:
    return Reply(201, {"result": "OK", "order_id": request.json()["order_id"], "total_sent": 1})


def _oauth_token(request: Received) -> Reply:
    return Reply(
        200, {"access_token": "fault-access-1", "expires_in": 3600, "token_type": "Bearer"}
    )


PROVIDERS = [
    Provider(
        "sipgate", keyed=False, reads_body=False, success_status=200,
        success=lambda r: Reply(204),
        make=lambda url, mode: client_class(smskit.Sipgate, smskit.AsyncSipgate, mode)(
            token_id="token-FAULT1", token=canary("fault-canary-token"), base_url=url + "/v2", **OPTIONS),
        send=lambda c: c.send(to="+491701234567", text="Hi"),
        make_renewing=lambda url, mode: client_class(smskit.Sipgate, smskit.AsyncSipgate, mode)(
            refresh_token=canary("fault-canary-refresh"), client_id="fault-client",
            client_secret=canary("fault-canary-client-secret"), token_url=url + "/token",
            base_url=url + "/v2", **OPTIONS),
        token_path="/token", token_ok=_oauth_token,
        token_null=b'{"access_token": null, "expires_in": 3600}',
        token_malformed=b'{"access_token": "fault\\r\\nX-Evil: 1", "expires_in": "3600s"}',
    ),
    Provider(
        "smscx", keyed=True, reads_body=True, success_status=200,
        success=accepted,
        make=lambda url, mode: client_class(smskit.Smscx, smskit.AsyncSmscx, mode)(
            api_key=canary("fault-canary-api-key"), base_url=url, **OPTIONS),
        send=lambda c: c.send(to="+491701234567", text="Hi", sender="InfoText"),
        key_of=lambda r: r.json().get("idempotencyId"),
        other_2xx=201,
        make_renewing=lambda url, mode: client_class(smskit.Smscx, smskit.AsyncSmscx, mode)(
            application_id="fault-app", application_secret=canary("fault-canary-app-secret"),
            base_url=url, **OPTIONS),
        token_path="/oauth/token", token_ok=_oauth_token,
        token_null=b'{"access_token": null, "expires_in": 3600}',
        token_malformed=b'{"access_token": "ok-token", "expires_in": [3600], "refresh_token": 12345}',
    ),
    Provider(
        "smsend", keyed=False, reads_body=True, success_status=201,
        success=_smsend_ok,
        make=lambda url, mode: client_class(smskit.Smsend, smskit.AsyncSmsend, mode)(
            user_key="UK-fault", access_token=canary("fault-canary-access"), base_url=url + "/API/v1.0/REST", **OPTIONS),
        send=lambda c: c.send(to="+393471234567", text="Ciao"),
        other_2xx=200,
        make_renewing=lambda url, mode: client_class(smskit.Smsend, smskit.AsyncSmsend, mode)(
            username="fault-user", password=canary("fault-canary-password-se"),
            base_url=url + "/API/v1.0/REST", **OPTIONS),
        token_path="/API/v1.0/REST/login", token_ok=lambda r: Reply(200, "UK-fault;SK-fault-session"),
        token_null=b"",
        token_malformed=b"UK-fault;SK\x00fault",
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
    applies: bool = True  # False: the provider has no such exchange (no token endpoint)

    @property
    def sent(self) -> bool | None:
        """The ``sent`` the error must carry (DESIGN §16): its class's answer."""
        assert self.outcome is not None
        return self.outcome.sent

    @property
    def label(self) -> str:
        if not self.applies:
            return "n/a"
        if self.outcome is None:
            return "sent"
        return f"{self.outcome.__name__}, sent={self.sent}"


NOT_APPLICABLE = Expect(None, 0, applies=False)


def ambiguous(p: Provider) -> Expect:
    """The request may have been processed: retried only under an idempotency key."""
    return Expect(None, 2) if p.keyed else Expect(errors.DeliveryUnknownError, 1)


def server_error(p: Provider) -> Expect:
    return Expect(None, 2) if p.keyed else Expect(errors.ServerError, 1)


def every_attempt(p: Provider, error: type[errors.SmskitError]) -> Expect:
    """The same ambiguous fault on every attempt: a keyed send retries (same key) until
    ``max_retries`` is used up, then gives up as possibly sent, like an unkeyed one at once."""
    return Expect(error, MAX_RETRIES + 1 if p.keyed else 1)


def unreadable_success(p: Provider) -> Expect:
    """2xx with a body smskit cannot read: probably accepted, so never repeated."""
    return Expect(errors.DeliveryUnknownError, 1) if p.reads_body else Expect(None, 1)


@attrs.frozen
class Case:
    name: str
    fault: Fault | None  # None: nothing listens on the port (connection refused)
    expect: Callable[[Provider], Expect]
    token_flow: bool = False  # the fault hits the token/login request that precedes the send

    @property
    def refusal(self) -> bool:
        """A definite "no" from the provider: its answer proves the SMS was not accepted."""
        return self.fault is not None and self.fault.status in REFUSALS

    @property
    def maybe_processed(self) -> bool:
        """Whether the faulty answer leaves open that the provider acted on the request (a
        429 or a refused connection says it did not): then only a keyed repeat is allowed.
        A fault of the token request leaves the send itself untouched."""
        return self.fault is not None and self.fault.status != 429 and not self.token_flow


REFUSALS = {400, 401, 403, 429}
SMSCX_400 = b'{"error": {"type": "invalid_param", "code": 1103, "message": "Invalid sender"}}'
SUCCESS_STATUS = 0  # stands for the provider's own 2xx status
OTHER_2XX = -1  # stands for a 2xx the provider does not document for a send
TOKEN_NULL = b"<token null>"  # stand for the provider's own unusable token answers
TOKEN_MALFORMED = b"<token malformed>"


def token(expect: Expect) -> Callable[[Provider], Expect]:
    """A token-endpoint expectation: the same for every provider that has one."""
    return lambda p: expect if p.make_renewing is not None else NOT_APPLICABLE


CASES = [
    Case("connection refused", None, lambda p: Expect(errors.ConnectError, 0)),
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
    Case("no answer on every attempt", Fault("hang always", hang=TIMEOUT * 3, every_attempt=True), lambda p: every_attempt(p, errors.DeliveryUnknownError)),
    Case("reset before reply on every attempt", Fault("reset always", reset_before_reply=True, every_attempt=True), lambda p: every_attempt(p, errors.DeliveryUnknownError)),
    Case("503 on every attempt", Fault("503 always", status=503, every_attempt=True), lambda p: every_attempt(p, errors.ServerError)),
    Case("400 with the provider's error body", Fault("400", status=400, body=SMSCX_400, headers={"Content-Type": "application/json"}), lambda p: Expect(errors.InvalidRequestError, 1)),
    Case("401 refused", Fault("401", status=401, body=b'{"error": {"type": "unauthorized", "code": 1000, "message": "Unauthorized"}}', headers={"Content-Type": "application/json"}), lambda p: Expect(errors.AuthenticationError, 1)),
    Case("403 forbidden", Fault("403", status=403, body=b"Forbidden"), lambda p: Expect(errors.PermissionDeniedError, 1)),
    Case("2xx malformed JSON", Fault("2xx malformed", status=SUCCESS_STATUS, body=b"{not json at all", headers={"Content-Type": "application/json"}), unreadable_success),
    Case("2xx truncated JSON", Fault("2xx truncated", status=SUCCESS_STATUS, body=b'{"info": {"totalCost": 0.1}, "data": [{"msgId": "', headers={"Content-Type": "application/json"}), unreadable_success),
    # An undocumented success status still means accepted: read as the documented answer.
    Case("2xx other than documented, documented body", Fault("other 2xx", status=OTHER_2XX, from_success=True), lambda p: Expect(None, 1)),
    Case("204 without a body", Fault("204", status=204), unreadable_success),
    # The auth flow's own request fails: the SMS never left, so it is always safe to retry.
    Case("token: reset before reply", Fault("token reset", reset_before_reply=True), token(Expect(None, 3)), token_flow=True),
    Case("token: 503", Fault("token 503", status=503), token(Expect(None, 3)), token_flow=True),
    Case("token: 429 Retry-After 0", Fault("token 429", status=429, headers={"Retry-After": "0"}), token(Expect(None, 3)), token_flow=True),
    Case("token: refused (401)", Fault("token 401", status=401, body=b'{"error": "invalid_client"}'), token(Expect(errors.AuthenticationError, 1)), token_flow=True),
    Case("token: 200 without a token", Fault("token null", status=200, body=TOKEN_NULL), token(Expect(errors.AuthenticationError, 1)), token_flow=True),
    Case("token: 200 with malformed fields", Fault("token malformed", status=200, body=TOKEN_MALFORMED), token(Expect(errors.AuthenticationError, 1)), token_flow=True),
]  # fmt: skip


def fault_for(case: Case, provider: Provider) -> Fault | None:
    fault = case.fault
    if fault is None:
        return None
    if fault.status == SUCCESS_STATUS:
        fault = attrs.evolve(fault, status=provider.success_status)
    if fault.status == OTHER_2XX:
        fault = attrs.evolve(fault, status=provider.other_2xx)
    if fault.body == TOKEN_NULL:
        fault = attrs.evolve(fault, body=provider.token_null)
    if fault.body == TOKEN_MALFORMED:
        fault = attrs.evolve(fault, body=provider.token_malformed)
    return fault


def new_key() -> str:
    return str(uuid.uuid4())


def table_markdown() -> str:
    """The reliability table, from the same expectations the matrix asserts."""
    names = [p.name for p in PROVIDERS]
    lines = [
        "# Reliability",
        "",
        "## Was it sent? `error.sent`",
        "",
        "Every smskit error carries `sent`, the answer to the one question asked after every",
        "failure: may this SMS have reached the provider?",
        "",
        "- `sent is False`: it certainly did not leave, or the provider certainly refused it.",
        "  Sending it again, through this provider or another, cannot make a duplicate.",
        "- `sent is None`: it may have been accepted. Only a reconciliation may decide: SMS.CX",
        "  resends under the same `idempotencyId` (a repeat is one message), smsend looks the",
        "  `order_id` up; for sipgate and Acrobits a person decides.",
        "",
        "The rule: if the provider received the whole request and did not answer with a definite",
        "refusal, `sent` is `None`. Failover (moves on only when `sent is False`), the outbox",
        "(`sent is None` is recovered with the entry's own reference, never `failed`), the",
        'bridge (`sent is None` is 504 "do not resend") and the command line (`unknown`, exit 1)',
        "read `sent` and nothing else to decide whether a message may go again.",
        "",
        "| what happened | error | `sent` |",
        "|---|---|---|",
        "| bad input, refused before sending | `ValidationError` | `False` |",
        "| connection refused, DNS, TLS, token or login request failed | `ConnectError` | `False` |",
        "| 400, 422 … with the provider's error body | `InvalidRequestError` (and subclasses) | `False` |",
        "| 401 / 402 / 403 / 404 | `AuthenticationError` / `InsufficientFundsError` / `PermissionDeniedError` / `NotFoundError` | `False` |",
        "| 429 not waited out | `RateLimitError` | `False` |",
        "| every member of a failover refused | `FailoverError` | `False` |",
        "| connection closed after the request was written, an answer after the timeout | `DeliveryUnknownError` | `None` |",
        "| the same on every attempt of an SMS.CX keyed send | `DeliveryUnknownError` | `None` |",
        "| 5xx to a send | `ServerError` | `None` |",
        "| 2xx whose body cannot be read (where the body is the answer) | `DeliveryUnknownError` | `None` |",
        "| a route's `Sender` raised a foreign exception (in a dispatcher) | recorded as `DeliveryUnknownError` | `None` |",
        "| the outbox's database failed | `StorageError` | `None` |",
        "",
        "## The matrix",
        "",
        "Generated from `tests/faults/matrix.py`; every cell is asserted by",
        "`tests/faults/test_matrix.py` for the sync client and the async one on both transports, aiohttp and httpx (timeout "
        f"{TIMEOUT} s, max_retries {MAX_RETRIES}). Each cell: the outcome, then how many requests "
        "reached the server. `sent` means the send succeeded; an error name is the exact smskit class "
        "raised, with the `sent` it carries (DESIGN §16: `False`, certainly not sent or certainly "
        "refused; `None`, it may have been accepted). The test also checks `sent` against the "
        "fault server's own record: a request it received whole and did not refuse is `None`. "
        "Only SMS.CX repeats a send, and always with the same `idempotencyId`. "
        "`token:` rows fault the token or login request that comes before the send (sipgate "
        "OAuth2 refresh, SMS.CX client credentials, smsend login); `n/a`: no such request.",
        "",
        "| fault | " + " | ".join(names) + " |",
        "|---|" + "---|" * len(names),
    ]
    for case in CASES:
        cells = [f"{e.label} ({e.requests})" for e in (case.expect(p) for p in PROVIDERS)]
        lines.append(f"| {case.name} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
