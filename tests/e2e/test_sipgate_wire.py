"""sipgate over real HTTP on 127.0.0.1: what goes on the wire, and what comes back."""

from __future__ import annotations

import base64
import time
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import httpx
import pytest
from canaries import canary
from loopback import Drop, LoopbackServer, Reply

import smskit
from smskit import errors

TOKEN_ID = "token-ABC123"
TOKEN = canary("0b3f6c9e-canary-4b7e-9d1a-5f2e8c7a1d00", user=TOKEN_ID)
SEND_PATH = "/v2/sessions/sms"


def sipgate(server: LoopbackServer, **kwargs: object) -> smskit.Sipgate:
    kwargs.setdefault("retry_backoff", 0.01)
    return smskit.Sipgate(token_id=TOKEN_ID, token=TOKEN, base_url=server.url + "/v2/", **kwargs)  # type: ignore[arg-type]


def async_sipgate(server: LoopbackServer, **kwargs: object) -> smskit.AsyncSipgate:
    kwargs.setdefault("retry_backoff", 0.01)
    return smskit.AsyncSipgate(
        token_id=TOKEN_ID,
        token=TOKEN,
        base_url=server.url + "/v2",
        **kwargs,  # type: ignore[arg-type]
    )


def test_send_builds_the_documented_request(server: LoopbackServer) -> None:
    server.script(Reply(204))
    with sipgate(server) as sg:
        result = sg.send(to="+49 (170) 123-4567", text="Hi", sms_id="s0")
    (request,) = server.received
    assert request.method == "POST"
    assert request.path == SEND_PATH  # trailing slash on base_url: no "//"
    expected = base64.b64encode(f"{TOKEN_ID}:{TOKEN}".encode()).decode()
    assert request.headers["Authorization"] == f"Basic {expected}"
    assert request.headers["Content-Type"] == "application/json"
    assert request.json() == {"smsId": "s0", "recipient": "+491701234567", "message": "Hi"}
    assert result == smskit.SendResult(provider="sipgate", ids=(), recipients=("+491701234567",))


@pytest.mark.parametrize(
    "zone",
    [
        UTC,
        ZoneInfo("Europe/Berlin"),
        ZoneInfo("America/New_York"),
        timezone(timedelta(hours=5, minutes=45)),
    ],
)
def test_send_at_is_integer_unix_seconds_from_any_zone(
    server: LoopbackServer, zone: object
) -> None:
    server.script(Reply(204))
    instant = (datetime.now(UTC) + timedelta(days=2)).replace(microsecond=654321)
    local = instant.astimezone(zone)  # type: ignore[arg-type]
    with sipgate(server) as sg:
        sg.send(to="+491701234567", text="later", send_at=local)
    sent = server.received[0].json()["sendAt"]
    assert type(sent) is int
    assert sent == int(instant.timestamp())


def test_send_at_accepts_a_timedelta(server: LoopbackServer) -> None:
    server.script(Reply(204))
    before = time.time()
    with sipgate(server) as sg:
        sg.send(to="+491701234567", text="later", send_at=timedelta(hours=1))
    sent = server.received[0].json()["sendAt"]
    assert before + 3600 - 1 <= sent <= time.time() + 3600


@pytest.mark.parametrize(
    ("send_at", "words"),
    [
        (datetime(2030, 1, 1, 12, 0), "naive"),
        (datetime.now(UTC) - timedelta(minutes=1), "past"),
        (timedelta(seconds=-5), "past"),
        # made when the test runs: one made at collection is under 30 days five minutes on
        (lambda: datetime.now(UTC) + timedelta(days=30, minutes=5), "30 days"),
        ("2030-01-01", "aware datetime"),
    ],
)
def test_bad_send_at_is_refused_before_sending(
    server: LoopbackServer, send_at: object, words: str
) -> None:
    if callable(send_at):
        send_at = send_at()
    with sipgate(server) as sg, pytest.raises(errors.ValidationError, match=words) as caught:
        sg.send(to="+491701234567", text="x", send_at=send_at)  # type: ignore[arg-type]
    assert caught.value.field == "send_at"
    assert isinstance(caught.value, ValueError)
    assert server.received == []


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"text": ""}, "text"),
        ({"text": " \n\t "}, "text"),
        ({"to": "not a number"}, "to"),
        ({"to": "+1415555"}, "to"),  # too short for the US
        ({"to": "0170 1234567"}, "to"),  # national number without default_region
        ({"to": ["+491701234567", "12"]}, "to"),  # one bad recipient stops the whole call
        ({"to": []}, "to"),
        ({"sms_id": "x1"}, "sms_id"),
    ],
)
def test_bad_input_is_refused_before_sending(
    server: LoopbackServer, kwargs: dict[str, object], field: str
) -> None:
    call: dict[str, object] = {"to": "+491701234567", "text": "Hi", **kwargs}
    with sipgate(server) as sg, pytest.raises(errors.ValidationError) as caught:
        sg.send(**call)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert server.received == []


def test_national_numbers_use_default_region(server: LoopbackServer) -> None:
    server.script(Reply(204))
    with sipgate(server) as sg:
        sg.send(to="0170 1234567", text="Hi", default_region="DE")
    assert server.received[0].json()["recipient"] == "+491701234567"


def test_skip_invalid_sends_to_the_valid_ones(server: LoopbackServer) -> None:
    server.handle(lambda r: Reply(204))
    with sipgate(server) as sg:
        result = sg.send(
            to=["+491701234567", "nonsense", "+14155552671"], text="Hi", skip_invalid=True
        )
    assert [r.json()["recipient"] for r in server.received] == ["+491701234567", "+14155552671"]
    assert result.recipients == ("+491701234567", "+14155552671")


DOCUMENTED = [
    (400, errors.InvalidRequestError),
    (401, errors.AuthenticationError),
    (402, errors.InsufficientFundsError),
    (403, errors.PermissionDeniedError),
    (404, errors.NotFoundError),
    (405, errors.InvalidRequestError),
    (415, errors.InvalidRequestError),
    (500, errors.ServerError),
]


@pytest.mark.parametrize(("status", "cls"), DOCUMENTED)
def test_documented_statuses_map_to_error_classes(
    server: LoopbackServer, status: int, cls: type[errors.ApiError]
) -> None:
    server.script(Reply(status, "<html><body>nope</body></html>", {"X-Request-Id": "req-1"}))
    with sipgate(server) as sg, pytest.raises(cls) as caught:
        sg.send(to="+491701234567", text="Hi")
    error = caught.value
    assert type(error) is cls
    assert (error.status_code, error.provider, error.request_id) == (status, "sipgate", "req-1")
    assert "nope" in error.message
    assert len(server.received) == 1  # never resent: sipgate has no idempotency key


@pytest.mark.parametrize(("status", "cls"), DOCUMENTED)
async def test_documented_statuses_map_to_error_classes_async(
    server: LoopbackServer, status: int, cls: type[errors.ApiError]
) -> None:
    server.script(Reply(status, b""))
    async with async_sipgate(server) as sg:
        with pytest.raises(cls) as caught:
            await sg.send(to="+491701234567", text="Hi")
    assert (caught.value.status_code, caught.value.provider) == (status, "sipgate")
    assert len(server.received) == 1


def test_timeout_after_sending_is_delivery_unknown_and_not_resent(server: LoopbackServer) -> None:
    server.script(Reply(204, delay=1.0))
    with (
        sipgate(server, timeout=0.3, max_retries=5) as sg,
        pytest.raises(errors.DeliveryUnknownError),
    ):
        sg.send(to="+491701234567", text="Hi")
    assert len(server.requests_to(SEND_PATH)) == 1


async def test_async_timeout_after_sending_is_delivery_unknown(server: LoopbackServer) -> None:
    server.script(Reply(204, delay=1.0))
    async with async_sipgate(server, timeout=0.3, max_retries=5) as sg:
        with pytest.raises(errors.DeliveryUnknownError):
            await sg.send(to="+491701234567", text="Hi")
    assert len(server.requests_to(SEND_PATH)) == 1


def test_connection_dropped_after_request_is_delivery_unknown(server: LoopbackServer) -> None:
    server.script(Drop())
    with sipgate(server, max_retries=5) as sg, pytest.raises(errors.DeliveryUnknownError):
        sg.send(to="+491701234567", text="Hi")
    assert len(server.received) == 1


def test_refused_connection_is_retried_then_connect_error() -> None:
    probe = LoopbackServer()
    url = probe.url
    probe.close()  # nothing listens there now
    sg = smskit.Sipgate(token_id=TOKEN_ID, token=TOKEN, base_url=url, retry_backoff=0.01)
    with pytest.raises(errors.TransportError) as caught:
        sg.send(to="+491701234567", text="Hi")
    assert type(caught.value) is errors.ConnectError  # never reached: nothing sent


def test_server_error_on_a_read_is_retried(server: LoopbackServer) -> None:
    server.script(
        Reply(502),
        Reply(503),
        Reply(200, {"items": [{"id": "s0", "alias": "SMS", "callerId": "sipgate"}]}),
    )
    with sipgate(server, max_retries=2) as sg:
        extensions = sg.sms_extensions("w0")
    assert len(server.received) == 3
    assert [(e.id, e.alias, e.caller_id) for e in extensions] == [("s0", "SMS", "sipgate")]


def test_read_timeout_on_a_read_is_retried_until_max_retries(server: LoopbackServer) -> None:
    server.handle(lambda r: Reply(200, {"items": []}, delay=1.0))
    with sipgate(server, timeout=0.2, max_retries=1) as sg, pytest.raises(errors.TransportError):
        sg.sms_extensions("w0")
    assert len(server.received) == 2


def test_short_429_is_waited_out(server: LoopbackServer) -> None:
    server.script(Reply(429, headers={"Retry-After": "1"}), Reply(204))
    started = time.monotonic()
    with sipgate(server) as sg:
        sg.send(to="+491701234567", text="Hi")
    assert time.monotonic() - started >= 0.95
    assert len(server.received) == 2


async def test_short_429_is_waited_out_async(server: LoopbackServer) -> None:
    server.script(Reply(429, headers={"Retry-After": "1"}), Reply(204))
    started = time.monotonic()
    async with async_sipgate(server) as sg:
        await sg.send(to="+491701234567", text="Hi")
    assert time.monotonic() - started >= 0.95
    assert len(server.received) == 2


def test_long_429_raises_at_once(server: LoopbackServer) -> None:
    server.script(Reply(429, headers={"Retry-After": "120"}))
    started = time.monotonic()
    with sipgate(server) as sg, pytest.raises(errors.RateLimitError) as caught:
        sg.send(to="+491701234567", text="Hi")
    assert time.monotonic() - started < 1
    assert caught.value.retry_after == 120
    assert len(server.received) == 1


def test_several_recipients_one_request_each_and_partial_on_failure(server: LoopbackServer) -> None:
    server.script(Reply(204), Reply(402), Reply(204))
    with sipgate(server) as sg, pytest.raises(errors.InsufficientFundsError) as caught:
        sg.send(to=["+491701234567", "+491701234568", "+491701234569"], text="Hi")
    assert len(server.received) == 2  # the failure stops the rest
    assert caught.value.partial is not None
    assert caught.value.partial.recipients == ("+491701234567",)


async def test_async_several_recipients_run_concurrently(server: LoopbackServer) -> None:
    server.handle(lambda r: Reply(204, delay=0.3))
    numbers = [f"+4917012345{n:02d}" for n in range(8)]
    started = time.monotonic()
    async with async_sipgate(server, max_concurrency=8) as sg:
        result = await sg.send(to=numbers, text="Hi")
    assert time.monotonic() - started < 0.3 * 4  # eight in well under eight sequential waits
    assert sorted(result.recipients) == sorted(numbers)
    assert sorted(r.json()["recipient"] for r in server.received) == sorted(numbers)


async def test_async_partial_failure_keeps_every_accepted_send(server: LoopbackServer) -> None:
    server.handle(lambda r: Reply(403) if r.json()["recipient"].endswith("02") else Reply(204))
    numbers = ["+491701234501", "+491701234502", "+491701234503"]
    async with async_sipgate(server) as sg:
        with pytest.raises(errors.PermissionDeniedError) as caught:
            await sg.send(to=numbers, text="Hi")
    assert caught.value.partial is not None
    assert sorted(caught.value.partial.recipients) == ["+491701234501", "+491701234503"]


def test_userinfo_and_extensions_parse(server: LoopbackServer) -> None:
    server.route(
        "GET",
        "/v2/authorization/userinfo",
        lambda r: Reply(
            200, {"sub": "w0", "domain": "sipgate.de", "masterSipId": "0000000", "locale": "de_DE"}
        ),
    )
    server.route(
        "GET",
        "/v2/w0/sms",
        lambda r: Reply(
            200, {"items": [{"id": "s0", "alias": "Web SMS", "callerId": "+4915799912345"}]}
        ),
    )
    with sipgate(server) as sg:
        info = sg.userinfo()
        extensions = sg.sms_extensions(info.sub)
    assert (info.sub, info.domain, info.master_sip_id, info.locale) == (
        "w0",
        "sipgate.de",
        "0000000",
        "de_DE",
    )
    assert extensions[0].caller_id == "+4915799912345"


def test_unreadable_2xx_on_a_read_is_a_transport_error(server: LoopbackServer) -> None:
    server.script(Reply(200, b'{"items": [{"id": '))
    with sipgate(server) as sg, pytest.raises(errors.TransportError):
        sg.sms_extensions("w0")


def test_bring_your_own_http_client_is_used_and_not_closed(server: LoopbackServer) -> None:
    server.script(Reply(204))
    http = httpx.Client(headers={"X-Team": "ops"})
    with sipgate(server, http_client=http) as sg:
        sg.send(to="+491701234567", text="Hi")
    assert server.received[0].headers["X-Team"] == "ops"
    assert not http.is_closed
    http.close()


def test_wrong_kind_of_http_client_is_refused() -> None:
    with pytest.raises(errors.ValidationError, match=r"httpx\.Client"):
        smskit.Sipgate(token_id=TOKEN_ID, token=TOKEN, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
