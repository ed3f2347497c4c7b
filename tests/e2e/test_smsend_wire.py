"""smsend over real HTTP on 127.0.0.1: login, sessions, headers, orders, errors."""

from __future__ import annotations

import asyncio
import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import httpx
import pytest
from canaries import canary, forms, leaks
from loopback import LoopbackServer, Received, Reply

import smskit
from smskit import errors
from smskit._auth import RenewingAuth
from smskit._models import Deferred
from smskit.providers.smsend import SessionGrant

USERNAME = "mario rossi&co=1%"
PASSWORD = canary("p@ss w&rd=%20+é€/?#")
REST = "/API/v1.0/REST"


class Platform:
    """A stand-in smsend: login hands out sessions, /sms wants the current one."""

    def __init__(self, server: LoopbackServer, delay: float = 0.0) -> None:
        self.logins: list[dict[str, list[str]]] = []
        self.session = 0
        self.delay = delay
        self._lock = threading.Lock()
        server.route("GET", REST + "/login", self.login)
        server.route("POST", REST + "/sms", self.sms)

    def login(self, request: Received) -> Reply:
        query = parse_qs(urlsplit(request.path).query, keep_blank_values=True)
        with self._lock:
            self.logins.append(query)
            if query != {"username": [USERNAME], "password": [PASSWORD]}:
                return Reply(404, "")
            self.session += 1
            number = self.session
        return Reply(200, f"UK-42;SK-{number}", {"Content-Type": "text/plain"}, delay=self.delay)

    def authorised(self, request: Received) -> bool:
        return (
            request.headers.get("user_key") == "UK-42"
            and request.headers.get("Session_key") == f"SK-{self.session}"
        )

    def sms(self, request: Received) -> Reply:
        if not self.authorised(request):
            return Reply(401, "")
        body = request.json()
        return Reply(201, {"result": "OK", "order_id": body.get("order_id"), "total_sent": len(body["recipient"]),
                           "remaining_credits": 99, "internal_order_id": "I-1"})  # fmt: skip


def smsend(server: LoopbackServer, **kwargs: Any) -> smskit.Smsend:
    kwargs.setdefault("retry_backoff", 0.01)
    return smskit.Smsend(
        username=USERNAME, password=PASSWORD, base_url=server.url + REST + "/", **kwargs
    )


def test_login_then_send_with_case_sensitive_headers(server: LoopbackServer) -> None:
    platform = Platform(server)
    with smsend(server) as se:
        result = se.send(
            to=["+39 347 1234567", "+393471234568"], text="Ciao & grazie", sender="MySender"
        )
        se.send(to="+393471234567", text="again")
    assert platform.logins == [{"username": [USERNAME], "password": [PASSWORD]}]  # reused session
    first = server.requests_to(REST + "/sms")[0]
    assert "user_key" in first.headers
    assert "Session_key" in first.headers  # exact case: the platform rejects User-Key
    body = first.json()
    assert body["recipient"] == ["+393471234567", "+393471234568"]
    assert (body["message"], body["message_type"], body["sender"]) == (
        "Ciao & grazie",
        "N",
        "MySender",
    )
    assert len(body["order_id"]) == 32
    assert result.ids == (body["order_id"],)
    assert result.recipients == ("+393471234567", "+393471234568")
    assert result.raw.remaining_credits == 99


def test_401_logs_in_again_once_and_replays(server: LoopbackServer) -> None:
    platform = Platform(server)
    with smsend(server) as se:
        se.send(to="+393471234567", text="one")
        platform.session += 1  # the platform dropped the session
        se.send(to="+393471234567", text="two")
    assert len(platform.logins) == 2
    assert len(server.requests_to(REST + "/sms")) == 3


def test_persistent_401_is_an_authentication_error(server: LoopbackServer) -> None:
    Platform(server)
    server.route(
        "POST", REST + "/sms", lambda r: Reply(401, '{"error_message": "Invalid session"}')
    )
    with smsend(server) as se, pytest.raises(errors.AuthenticationError) as caught:
        se.send(to="+393471234567", text="one")
    assert caught.value.message == "Invalid session"
    assert len(server.requests_to(REST + "/sms")) == 2


def test_login_404_is_an_authentication_error_and_nothing_is_sent(server: LoopbackServer) -> None:
    Platform(server)
    se = smskit.Smsend(username="someone", password="wrong-password", base_url=server.url + REST)
    with se, pytest.raises(errors.AuthenticationError) as caught:
        se.send(to="+393471234567", text="x")
    assert caught.value.status_code == 404
    assert server.requests_to(REST + "/sms") == []


def test_idle_session_is_renewed_before_it_dies(server: LoopbackServer) -> None:
    platform = Platform(server)
    now = [1000.0]
    auth = RenewingAuth(
        SessionGrant(server.url + REST + "/login", USERNAME, PASSWORD), clock=lambda: now[0]
    )
    with httpx.Client(auth=auth) as http:
        http.post(server.url + REST + "/sms", json={"recipient": []})
        now[0] += 200  # still fresh
        http.post(server.url + REST + "/sms", json={"recipient": []})
        now[0] += 290  # idle 290 s > 300 s - 30 s margin
        response = http.post(server.url + REST + "/sms", json={"recipient": []})
    assert response.status_code == 201
    assert len(platform.logins) == 2


async def test_100_concurrent_async_sends_log_in_once(server: LoopbackServer) -> None:
    platform = Platform(server, delay=0.2)
    async with smskit.AsyncSmsend(
        username=USERNAME, password=PASSWORD, base_url=server.url + REST, max_concurrency=100
    ) as se:
        results = await asyncio.gather(
            *(se.send(to="+393471234567", text=f"n{i}") for i in range(100))
        )
    assert len({r.ids[0] for r in results}) == 100  # one order each
    assert len(platform.logins) == 1


def test_16_threads_log_in_once(server: LoopbackServer) -> None:
    platform = Platform(server, delay=0.2)
    barrier = threading.Barrier(16)
    with smsend(server) as se:

        def send(i: int) -> smskit.SendResult:
            barrier.wait()
            return se.send(to="+393471234567", text=f"n{i}")

        with ThreadPoolExecutor(16) as pool:
            assert len(list(pool.map(send, range(16)))) == 16
    assert len(platform.logins) == 1


def test_token_auth_needs_no_login(server: LoopbackServer) -> None:
    server.handle(lambda r: Reply(201, {"result": "OK", "order_id": r.json()["order_id"]}))
    with smskit.Smsend(
        user_key="UK-7", access_token="AT-secret-9", base_url=server.url + REST
    ) as se:
        se.send(to="+393471234567", text="x")
    (request,) = server.received
    assert request.path == REST + "/sms"
    assert (request.headers["user_key"], request.headers["Access_token"]) == ("UK-7", "AT-secret-9")
    assert "Session_key" not in request.headers


def test_the_answer_model_is_built_once_and_only_when_raw_is_read(
    server: LoopbackServer,
) -> None:
    server.handle(
        lambda r: Reply(201, {"result": "OK", "order_id": r.json()["order_id"], "total_sent": 1})
    )
    with smskit.Smsend(user_key="UK-7", access_token="AT-9", base_url=server.url + REST) as se:
        result = se.send(to="+393471234567", text="x")
    assert type(result._raw) is Deferred  # the order id came from the plain JSON
    assert result.ids == (server.received[0].json()["order_id"],)
    assert result.raw is result.raw
    assert (result.raw.result, result.raw.total_sent) == ("OK", 1)


def test_an_answer_that_is_not_a_sends_is_a_send_of_unknown_outcome(
    server: LoopbackServer,
) -> None:
    server.handle(lambda r: Reply(201, {"order_id": r.json()["order_id"]}))
    with (
        smskit.Smsend(user_key="UK-7", access_token="AT-9", base_url=server.url + REST) as se,
        pytest.raises(errors.DeliveryUnknownError, match="probably accepted") as caught,
    ):
        se.send(to="+393471234567", text="x")
    assert caught.value.reference == server.received[0].json()["order_id"]
    assert caught.value.sent is None  # DESIGN §16: it may have been accepted
    assert len(server.received) == 1


@pytest.mark.parametrize(
    ("send_at", "expected_time", "expected_zone"),
    [
        (
            datetime(2099, 7, 1, 14, 30, 5, tzinfo=ZoneInfo("Europe/Rome")),
            "20990701143005",
            "Europe/Rome",
        ),
        (datetime(2099, 7, 1, 12, 30, 5, tzinfo=UTC), "20990701123005", "UTC"),
        (
            datetime(2099, 7, 1, 14, 30, 5, tzinfo=ZoneInfo("America/New_York")),
            "20990701143005",
            "America/New_York",
        ),
        (
            datetime(2099, 7, 1, 14, 30, 5, tzinfo=UTC).astimezone(ZoneInfo("Asia/Tokyo")),
            "20990701233005",
            "Asia/Tokyo",
        ),
    ],
)
def test_send_at_names_the_same_instant_with_its_zone(
    server: LoopbackServer, send_at: datetime, expected_time: str, expected_zone: str
) -> None:
    server.handle(lambda r: Reply(201, {"result": "OK", "order_id": r.json()["order_id"]}))
    with smskit.Smsend(user_key="UK", access_token="AT-1234", base_url=server.url) as se:
        se.send(to="+393471234567", text="later", send_at=send_at)
    body = server.received[0].json()
    assert (body["scheduled_delivery_time"], body["scheduled_delivery_timezone"]) == (
        expected_time,
        expected_zone,
    )
    named = datetime.strptime(body["scheduled_delivery_time"], "%Y%m%d%H%M%S").replace(
        tzinfo=ZoneInfo(expected_zone)
    )
    assert named == send_at


def test_server_error_on_send_is_not_resent_and_carries_the_order_id(
    server: LoopbackServer,
) -> None:
    server.handle(lambda r: Reply(500, "<html>Internal error</html>"))
    with (
        smskit.Smsend(
            user_key="UK", access_token="AT-1234", base_url=server.url, max_retries=3
        ) as se,
        pytest.raises(errors.ServerError) as caught,
    ):
        se.send(to="+393471234567", text="x", order_id="my-order.1")
    assert len(server.received) == 1
    assert caught.value.reference == "my-order.1"


def test_timeout_is_delivery_unknown_then_reconciled_with_order_status(
    server: LoopbackServer,
) -> None:
    server.script(Reply(201, {}, delay=1.0))
    se = smskit.Smsend(
        user_key="UK", access_token="AT-1234", base_url=server.url, timeout=0.3, max_retries=3
    )
    with se, pytest.raises(errors.DeliveryUnknownError) as caught:
        se.send(to="+393471234567", text="x")
    order_id = caught.value.reference
    assert order_id is not None
    assert len(server.received) == 1
    server.route(
        "GET",
        f"/sms/{order_id}",
        lambda r: Reply(
            200,
            {
                "recipients": [
                    {
                        "destination": "+393471234567",
                        "status": "DLVRD",
                        "delivery_date": "20261122101500",
                    }
                ]
            },
        ),
    )
    with smskit.Smsend(user_key="UK", access_token="AT-1234", base_url=server.url) as se2:
        order = se2.order_status(order_id)
    (recipient,) = order.recipients
    assert (order.order_id, recipient.destination, recipient.status) == (
        order_id,
        "+393471234567",
        "DLVRD",
    )
    assert recipient.delivered_at == datetime(2026, 11, 22, 10, 15, tzinfo=ZoneInfo("Europe/Rome"))


def test_unknown_order_is_not_found(server: LoopbackServer) -> None:
    server.handle(lambda r: Reply(404, ""))
    with smskit.Smsend(user_key="UK", access_token="AT-1234", base_url=server.url) as se:
        with pytest.raises(errors.NotFoundError):
            se.order_status("nope")
        with pytest.raises(errors.NotFoundError):
            se.cancel("nope")


def test_cancel_and_credits(server: LoopbackServer) -> None:
    server.route("DELETE", "/sms/order-1", lambda r: Reply(200, ""))
    server.route(
        "GET",
        "/status",
        lambda r: Reply(200, {"money": 12.5, "sms": [{"type": "N", "quantity": 250}]}),
    )
    with smskit.Smsend(user_key="UK", access_token="AT-1234", base_url=server.url) as se:
        assert se.cancel("order-1") is None
        status = se.credits()
    assert status.money == 12.5
    assert [(c.type_, c.quantity) for c in status.sms] == [("N", 250)]
    assert parse_qs(urlsplit(server.requests_to("/status")[0].path).query) == {
        "getMoney": ["true"],
        "typeAliases": ["true"],
    }


def test_skebby_base_url_and_message_type_work_unchanged(server: LoopbackServer) -> None:
    server.handle(lambda r: Reply(201, {"result": "OK", "order_id": r.json()["order_id"]}))
    with smskit.Smsend(
        user_key="UK", access_token="AT-1234", base_url=server.url + "/skebby/API/v1.0/REST/"
    ) as se:
        se.send(to="+393471234567", text="x", message_type="GP", encoding="ucs2")
    assert server.received[0].path == "/skebby/API/v1.0/REST/sms"
    assert (server.received[0].json()["message_type"], server.received[0].json()["encoding"]) == (
        "GP",
        "ucs2",
    )


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"text": "  "}, "text"),
        ({"order_id": "x" * 33}, "order_id"),
        ({"order_id": "no spaces"}, "order_id"),
        ({"encoding": "latin1"}, "encoding"),
        ({"sender": "My\nSender"}, "sender"),
        ({"message_type": ""}, "message_type"),
        ({"send_at": datetime(2099, 1, 1)}, "send_at"),
        ({"to": "12"}, "to"),
    ],
)
def test_bad_input_is_refused_before_sending(
    server: LoopbackServer, kwargs: dict[str, Any], field: str
) -> None:
    Platform(server)
    call = {"to": "+393471234567", "text": "x", **kwargs}
    with smsend(server) as se, pytest.raises(errors.ValidationError) as caught:
        se.send(**call)
    assert caught.value.field == field
    assert server.received == []  # not even a login


def test_password_never_reaches_a_log(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    Platform(server)
    with smsend(server) as se:
        se.send(to="+393471234567", text="x")
        seen = repr(se) + repr(se._auth)
    assert any("login" in r.getMessage() for r in caplog.records)  # httpx did log the login URL
    text = caplog.text + seen
    assert leaks(text, forms(PASSWORD) | forms("SK-1")) == []


def test_from_env(monkeypatch: pytest.MonkeyPatch, server: LoopbackServer) -> None:
    Platform(server)
    monkeypatch.setenv("SMSEND_USERNAME", USERNAME)
    monkeypatch.setenv("SMSEND_PASSWORD", PASSWORD)
    monkeypatch.setenv("SMSEND_BASE_URL", server.url + REST)
    with smskit.Smsend.from_env() as se:
        se.send(to="+393471234567", text="x")
    assert len(server.requests_to(REST + "/sms")) == 1


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"username": "u"},
        {"username": "u", "password": "p", "user_key": "k"},
        {"user_key": "k", "access_token": "a\r\nb"},
    ],
)
def test_bad_credentials_are_refused_at_construction(kwargs: dict[str, str]) -> None:
    with pytest.raises(errors.ValidationError):
        smskit.Smsend(**kwargs)  # type: ignore[arg-type]


def test_plain_http_smsend_url_is_refused() -> None:
    with pytest.raises(errors.ValidationError, match="allow_insecure"):
        smskit.Smsend(
            username="u", password="p", base_url="http://app.gateway.smsend.it/API/v1.0/REST/"
        )
