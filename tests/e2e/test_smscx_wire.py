"""SMS.CX over real HTTP on 127.0.0.1: requests, idempotency, batching, errors, operations."""

from __future__ import annotations

import asyncio
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from canaries import canary
from loopback import LoopbackServer, Received, Reply
from smscx_replies import accepted, smscx_error

import smskit
from smskit import errors
from smskit._models import Deferred

API_KEY = canary("smscx-api-key-canary-8f2a")


def client(server: LoopbackServer, **kwargs: Any) -> smskit.Smscx:
    kwargs.setdefault("retry_backoff", 0.01)
    kwargs.setdefault("api_key", API_KEY)
    return smskit.Smscx(base_url=server.url + "/", **kwargs)


def async_client(server: LoopbackServer, **kwargs: Any) -> smskit.AsyncSmscx:
    kwargs.setdefault("retry_backoff", 0.01)
    kwargs.setdefault("api_key", API_KEY)
    return smskit.AsyncSmscx(base_url=server.url, **kwargs)


def test_send_puts_the_documented_request_on_the_wire(server: LoopbackServer) -> None:
    server.route("POST", "/sms", accepted)
    with client(server) as cx:
        result = cx.send(to=["+49 170 1234567", "+31 6 12345678"], text="Hi", sender="InfoText")
    (request,) = server.received
    assert (request.method, request.path) == ("POST", "/sms")
    assert request.headers["X-API-KEY"] == API_KEY
    assert "Authorization" not in request.headers
    body = request.json()
    assert body["to"] == ["+491701234567", "+31612345678"]
    assert (body["from"], body["text"]) == ("InfoText", "Hi")
    assert str(uuid.UUID(body["idempotencyId"])) == body["idempotencyId"]
    assert set(body) == {"to", "from", "text", "idempotencyId"}
    assert result.provider == "smscx"
    assert result.recipients == ("+491701234567", "+31612345678")
    assert len(result.ids) == 2
    assert result.raw.info.total_cost == pytest.approx(0.08)


@pytest.mark.parametrize(
    "zone", [UTC, timezone(timedelta(hours=-7)), timezone(timedelta(hours=5, minutes=30))]
)
def test_send_at_becomes_scheduled_date_in_utc(server: LoopbackServer, zone: timezone) -> None:
    server.route("POST", "/sms", lambda r: accepted(r, "SCHEDULED"))
    instant = datetime(2099, 3, 4, 5, 6, 7, tzinfo=UTC)
    with client(server) as cx:
        cx.send(
            to="+491701234567", text="Later", sender="InfoText", send_at=instant.astimezone(zone)
        )
    body = server.received[0].json()
    assert body["scheduledDate"] == "2099-03-04 05:06:07"
    assert body["isUtc"] is True


def test_optional_fields_are_sent_with_their_documented_names(server: LoopbackServer) -> None:
    server.route("POST", "/sms", accepted)
    track = str(uuid.uuid4())
    with client(server) as cx:
        cx.send(
            to="+491701234567", text="Hi", sender="InfoText", transliteration="polish",
            dlr_callback_url="https://example.com/dlr", track_data=track, allow_invalid=True,
        )  # fmt: skip
    body = server.received[0].json()
    assert body["transliteration"] == {"alphabet": "POLISH"}
    assert body["dlrCallbackUrl"] == "https://example.com/dlr"
    assert body["trackData"] == track
    assert body["allowInvalid"] is True


def test_server_error_is_retried_with_the_same_idempotency_id(server: LoopbackServer) -> None:
    server.script(Reply(503, "<html>busy</html>"), smscx_error(500, "server_error", 1000, "oops"))
    server.handle(accepted)
    with client(server, max_retries=2) as cx:
        result = cx.send(to="+491701234567", text="Hi", sender="InfoText")
    keys = [r.json()["idempotencyId"] for r in server.received]
    assert len(keys) == 3
    assert len(set(keys)) == 1
    assert len(result.ids) == 1


def test_timeout_is_retried_with_the_same_idempotency_id(server: LoopbackServer) -> None:
    server.script(Reply(200, {}, delay=1.0))
    server.handle(accepted)
    with client(server, timeout=0.3, max_retries=2) as cx:
        result = cx.send(
            to="+491701234567", text="Hi", sender="InfoText", idempotency_id=uuid.UUID(int=7)
        )
    assert [r.json()["idempotencyId"] for r in server.received] == [str(uuid.UUID(int=7))] * 2
    assert len(result.ids) == 1


def test_a_new_logical_send_gets_a_new_key(server: LoopbackServer) -> None:
    server.handle(accepted)
    with client(server) as cx:
        cx.send(to="+491701234567", text="Hi", sender="InfoText")
        cx.send(to="+491701234567", text="Hi", sender="InfoText")
    first, second = (r.json()["idempotencyId"] for r in server.received)
    assert first != second


def numbers(count: int) -> list[str]:
    return [f"+4915{n:09d}" for n in range(count)]


def test_more_than_25000_recipients_go_out_in_batches(server: LoopbackServer) -> None:
    server.handle(accepted)
    key = uuid.UUID("6f1c2a36-1d5e-4c59-9d1e-5a0b0e6c7d11")
    with client(server) as cx:
        result = cx.send(to=numbers(25_001), text="Hi", sender="InfoText", idempotency_id=key)
        again = [r.json()["idempotencyId"] for r in server.received]
        cx.send(to=numbers(25_001), text="Hi", sender="InfoText", idempotency_id=key)
    sizes = [len(r.json()["to"]) for r in server.received[:2]]
    assert sizes == [25_000, 1]
    assert len(set(again)) == 2  # one key per batch
    assert str(key) not in again  # derived from the caller's key, not reused across batches
    assert [r.json()["idempotencyId"] for r in server.received[2:]] == again  # deterministic
    assert len(result.ids) == 25_001
    assert result.recipients[-1] == numbers(25_001)[-1]


def test_failing_later_batch_raises_with_partial(server: LoopbackServer) -> None:
    calls = iter([True, False])
    server.handle(
        lambda r: (
            accepted(r)
            if next(calls)
            else smscx_error(400, "insufficient_credit", 1113, "No credit")
        )
    )
    with client(server) as cx, pytest.raises(errors.InsufficientFundsError) as caught:
        cx.send(to=numbers(25_002), text="Hi", sender="InfoText")
    assert caught.value.partial is not None
    assert len(caught.value.partial.ids) == 25_000
    assert caught.value.code == 1113


@pytest.mark.parametrize(
    ("reply", "cls", "code"),
    [
        (
            smscx_error(400, "insufficient_credit", 1113, "Insufficient credit"),
            errors.InsufficientFundsError,
            1113,
        ),
        (
            smscx_error(400, "invalid_param", 1207, "Invalid phone number"),
            errors.InvalidPhoneNumberError,
            1207,
        ),
        (
            smscx_error(400, "invalid_param", 1210, "Invalid phone numbers"),
            errors.InvalidPhoneNumberError,
            1210,
        ),
        (
            smscx_error(400, "invalid_param", 1106, "from must be 3-15 chars"),
            errors.InvalidRequestError,
            1106,
        ),
        (smscx_error(400, "duplicate_id", 1111, "Duplicate"), errors.DuplicateIdError, 1111),
        (smscx_error(400, "duplicate_value", 1300, "Duplicate"), errors.DuplicateValueError, 1300),
        (
            smscx_error(401, "invalid_api_key", 1001, "Invalid API key"),
            errors.AuthenticationError,
            1001,
        ),
        (smscx_error(401, "access_denied", 1002, "Bad key"), errors.AuthenticationError, 1002),
        (
            smscx_error(402, "insufficient_credit", 1114, "Top up"),
            errors.InsufficientFundsError,
            1114,
        ),
        (smscx_error(403, "no_coverage", 1119, "No coverage"), errors.NoCoverageError, 1119),
        (smscx_error(403, "insufficient_scope", 1600, "Scope"), errors.PermissionDeniedError, 1600),
        (smscx_error(403, "access_denied", 1132, "Template"), errors.PermissionDeniedError, 1132),
        (smscx_error(403, "something_new", 1, "?"), errors.PermissionDeniedError, 1),
        (smscx_error(404, "not_found", 1100, "Not found"), errors.NotFoundError, 1100),
        (smscx_error(405, "invalid_method", 1004, "Method"), errors.InvalidRequestError, 1004),
        (smscx_error(500, "server_error", 1000, "Oops"), errors.ServerError, 1000),
        (Reply(502, "<html><h1>Bad gateway</h1></html>"), errors.ServerError, None),
        (Reply(400, b""), errors.InvalidRequestError, None),
        (Reply(403, b'{"error": {"type": "no_cov'), errors.PermissionDeniedError, None),
        (Reply(400, b'{"error": "flat string"}'), errors.InvalidRequestError, None),
    ],
)
def test_errors_map_by_status_then_type_and_code(
    server: LoopbackServer, reply: Reply, cls: type[errors.ApiError], code: int | None
) -> None:
    server.handle(lambda r: reply)
    with client(server, max_retries=0) as cx, pytest.raises(cls) as caught:
        cx.balance()
    assert type(caught.value) is cls
    assert caught.value.provider == "smscx"
    assert caught.value.status_code == reply.status
    assert caught.value.code == code
    if code is not None:
        assert caught.value.message == reply.body["error"]["message"]  # type: ignore[index]


def test_429_with_rate_limit_reset_is_waited_out(server: LoopbackServer) -> None:
    reset = str(int(time.time()) + 1)
    server.script(
        smscx_error(429, "rate_limit", 1005, "Slow down", **{"X-Rate-Limit-Reset": reset})
    )
    server.handle(accepted)
    with client(server) as cx:
        cx.send(to="+491701234567", text="Hi", sender="InfoText")
    assert len(server.received) == 2


def test_429_far_in_the_future_raises_with_retry_after(server: LoopbackServer) -> None:
    reset = str(int(time.time()) + 3600)
    server.handle(
        lambda r: smscx_error(429, "rate_limit", 1005, "Slow down", **{"X-Rate-Limit-Reset": reset})
    )
    with client(server) as cx, pytest.raises(errors.RateLimitError) as caught:
        cx.send(to="+491701234567", text="Hi", sender="InfoText")
    assert 3590 < caught.value.retry_after <= 3600  # type: ignore[operator]
    assert len(server.received) == 1


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"text": " "}, "text"),
        ({"text": "x" * 1531}, "text"),
        ({"sender": "ab"}, "sender"),
        ({"sender": "x" * 16}, "sender"),
        ({"sender": "Info\r\nText"}, "sender"),
        ({"to": ["+491701234567", "+1415555"]}, "to"),
        ({"send_at": datetime(2099, 1, 1)}, "send_at"),
        ({"send_at": datetime.now(UTC) - timedelta(seconds=1)}, "send_at"),
        ({"idempotency_id": "not-a-uuid"}, "idempotency_id"),
        ({"track_data": "nope"}, "track_data"),
        ({"transliteration": "KLINGON"}, "transliteration"),
        ({"dlr_callback_url": "ftp://example.com"}, "dlr_callback_url"),
    ],
)
def test_bad_input_is_refused_before_sending(
    server: LoopbackServer, kwargs: dict[str, Any], field: str
) -> None:
    call = {"to": "+491701234567", "text": "Hi", "sender": "InfoText", **kwargs}
    with client(server) as cx, pytest.raises(errors.ValidationError) as caught:
        cx.send(**call)
    assert caught.value.field == field
    assert server.received == []


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"api_key": "k" * 8, "application_id": "a"},
        {"application_id": "app"},
        {"api_key": "key\nX: y"},
    ],
)
def test_bad_credentials_are_refused_at_construction(kwargs: dict[str, str]) -> None:
    with pytest.raises(errors.ValidationError):
        smskit.Smscx(**kwargs)  # type: ignore[arg-type]


def test_estimate_campaign_cancel_and_balance(server: LoopbackServer) -> None:
    server.route("POST", "/sms/estimate", accepted)
    server.route("POST", "/sms/campaign", lambda r: Reply(200, {
        "info": {"campaignId": "c-1", "totalPhoneNumbers": 2, "groups": r.json()["groups"]},
        "data": [{"msgId": "m-1", "to": "+491701234567"}, {"msgId": "m-2", "to": "+491701234568"}],
    }))  # fmt: skip
    server.route(
        "DELETE",
        "/sms/scheduled/m-1",
        lambda r: Reply(
            200, {"info": {"msgId": "m-1", "parts": 1, "creditReturned": 0.04, "channel": "sms"}}
        ),
    )
    server.route(
        "DELETE",
        "/sms/scheduled/campaign/c-1",
        lambda r: Reply(
            200,
            {
                "info": {
                    "campaignId": "c-1",
                    "phoneNumbersDeleted": 2,
                    "creditReturned": 0.08,
                    "channel": "sms",
                }
            },
        ),
    )
    server.route(
        "GET",
        "/account/balance",
        lambda r: Reply(200, {"balance": 12.5, "currency": "eur", "billing": "prepaid"}),
    )
    with client(server) as cx:
        estimate = cx.estimate(to=["+491701234567"], text="Hi", sender="InfoText")
        campaign = cx.send_campaign([11, 12], text="Hi", sender="InfoText")
        cancelled = cx.cancel_scheduled("m-1")
        cancelled_campaign = cx.cancel_scheduled_campaign("c-1")
        balance = cx.balance()
    assert "idempotencyId" not in server.requests_to("/sms/estimate")[0].json()
    assert estimate.info.total_cost == pytest.approx(0.04)
    campaign_body = server.requests_to("/sms/campaign")[0].json()
    assert campaign_body["groups"] == [11, 12]
    assert uuid.UUID(campaign_body["idempotencyId"])
    assert campaign.ids == ("m-1", "m-2")
    assert campaign.recipients == ("+491701234567", "+491701234568")
    assert campaign.raw.info.campaign_id == "c-1"  # the campaign's model, built when read
    assert cancelled.info.credit_returned == pytest.approx(0.04)
    assert cancelled_campaign.info.phone_numbers_deleted == 2
    assert (balance.balance, balance.currency, balance.billing) == (12.5, "eur", "prepaid")


def test_numbers_otp_and_reports(server: LoopbackServer) -> None:
    otp = {
        "otpId": "5b7c0e1e-0d7a-4b9a-9a51-0e8f7f1d2c3b", "trackId": None, "phoneNumber": "+491701234567",
        "countryIso": "DE", "status": "PENDING", "cost": 0.04, "parts": 1, "maxAttempts": 3,
        "attempts": 0, "ttl": 300, "otpCallbackUrl": None,
        "dateCreated": "2026-11-22 10:00:00", "dateExpires": "2026-11-22T10:05:00+00:00",
    }  # fmt: skip
    otp_path = f"/otp/{otp['otpId']}"
    server.route(
        "GET",
        "/numbers/validate/%2B491701234567",
        lambda r: Reply(
            200,
            {
                "data": {
                    "phoneNumber": "+491701234567",
                    "countryIso": "DE",
                    "networkOperator": "Telekom",
                    "timezone": "Europe/Berlin",
                }
            },
        ),
    )
    server.route(
        "POST",
        "/numbers/validate",
        lambda r: Reply(
            200,
            {
                "info": {"totalPhoneNumbers": 2, "totalValid": 1, "totalInvalid": 1},
                "data": [
                    {"phoneNumber": n, "invalid": n.startswith("0")}
                    for n in r.json()["phoneNumbers"]
                ],
            },
        ),
    )
    server.route(
        "GET",
        "/numbers/lookup/%2B491701234567",
        lambda r: Reply(
            200,
            {
                "data": {
                    "phoneNumber": "+491701234567",
                    "status": "ACTIVE",
                    "ported": False,
                    "roaming": False,
                    "originalNetwork": {"name": "Telekom", "mnc": "01"},
                    "datetime": "2026-11-22 10:00:00",
                }
            },
        ),
    )
    server.route("POST", "/otp", lambda r: Reply(200, otp))
    server.route(
        "GET", otp_path, lambda r: Reply(200, {**otp, "status": "VERIFIED", "attempts": 1})
    )
    server.route("POST", otp_path, lambda r: Reply(200, {"status": "VERIFIED"}))
    server.route("DELETE", otp_path, lambda r: Reply(200, {"info": {"id": otp["otpId"]}}))
    server.route(
        "GET",
        "/reports/single/m-1",
        lambda r: Reply(
            200,
            {
                "data": {
                    "msgId": "m-1",
                    "status": "DELIVERED",
                    "statusCode": 100,
                    "errorCode": None,
                    "createdAt": "2026-11-22 10:00:00",
                    "updatedAt": "2026-11-22T12:00:05+02:00",
                    "scheduledAt": None,
                    "to": "+491701234567",
                    "from": "InfoText",
                    "cost": 0.04,
                    "channel": "sms",
                }
            },
        ),
    )
    with client(server) as cx:
        valid = cx.validate_number("+491701234567")
        bulk = cx.validate_numbers(["+491701234567", "0170"], country_iso="de")
        lookup = cx.lookup_number("+49 170 1234567")
        sent = cx.otp_send(
            "+49 170 1234567",
            sender="InfoText",
            template="Code {{pin}}",
            ttl=300,
            pin_type="numbers",
        )
        verified = cx.otp_verify(sent.otp_id, " 123456 ")
        status = cx.otp_status(sent.otp_id)
        cancelled = cx.otp_cancel(sent.otp_id)
        report = cx.report("m-1")
    assert valid.network_operator == "Telekom"
    assert [d.invalid for d in bulk.data] == [False, True]
    assert server.requests_to("/numbers/validate")[0].json() == {
        "phoneNumbers": ["+491701234567", "0170"],
        "countryIso": "DE",
    }
    assert lookup.status == "ACTIVE"
    assert lookup.original_network.name == "Telekom"  # type: ignore[union-attr]
    assert server.requests_to("/otp")[0].json() == {
        "phoneNumber": "+491701234567",
        "from": "InfoText",
        "template": "Code {{pin}}",
        "ttl": 300,
        "pinType": "numbers",
    }
    assert sent.status == "PENDING"
    assert sent.created_at == datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
    assert sent.expires_at == datetime(2026, 11, 22, 10, 5, tzinfo=UTC)
    assert server.requests_to(otp_path)[0].json() == {"pin": "123456"}
    assert verified.status == "VERIFIED"
    assert (status.status, status.attempts) == ("VERIFIED", 1)
    assert cancelled.info.id == otp["otpId"]
    assert report.status == "DELIVERED"
    assert report.updated_at == datetime(2026, 11, 22, 10, 0, 5, tzinfo=UTC)
    assert report.updated_at.tzinfo is not None
    assert report.scheduled_at is None


@pytest.mark.parametrize(
    ("name", "error_type", "code", "cls"),
    [
        ("otp_verify", "invalid_pin", 2020, errors.InvalidPinError),
        ("otp_verify", "otp_expired", 2021, errors.OtpExpiredError),
        ("otp_verify", "otp_failed", 2022, errors.OtpFailedError),
        ("otp_verify", "otp_cancelled", 2023, errors.OtpCancelledError),
        ("otp_verify", "otp_verified", 2024, errors.OtpAlreadyVerifiedError),
    ],
)
def test_otp_errors_are_told_apart(
    server: LoopbackServer, name: str, error_type: str, code: int, cls: type[errors.OtpError]
) -> None:
    server.handle(lambda r: smscx_error(400, error_type, code, error_type))
    with client(server) as cx, pytest.raises(cls):
        cx.otp_verify("5b7c0e1e-0d7a-4b9a-9a51-0e8f7f1d2c3b", "1234")
    assert issubclass(cls, errors.OtpError)
    assert len(server.received) == 1


@pytest.mark.parametrize(
    ("code", "cls"), [(2030, errors.OtpCancelledError), (2031, errors.OtpActionNotAllowedError)]
)
def test_otp_cancel_refusals(server: LoopbackServer, code: int, cls: type[errors.ApiError]) -> None:
    server.handle(lambda r: smscx_error(403, "access_denied", code, "no"))
    with client(server) as cx, pytest.raises(cls):
        cx.otp_cancel("5b7c0e1e-0d7a-4b9a-9a51-0e8f7f1d2c3b")


def test_otp_send_timeout_is_never_repeated(server: LoopbackServer) -> None:
    server.handle(lambda r: Reply(200, {}, delay=1.0))
    with (
        client(server, timeout=0.3, max_retries=3) as cx,
        pytest.raises(errors.DeliveryUnknownError),
    ):
        cx.otp_send("+491701234567")
    assert len(server.received) == 1


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"ttl": 30}, "ttl"), ({"pin_length": 11}, "pin_length"), ({"pin_type": "emoji"}, "pin_type"),
     ({"max_attempts": 0}, "max_attempts"), ({"track_id": "x"}, "track_id"), ({"sender": "x"}, "sender")],
)  # fmt: skip
def test_bad_otp_input_is_refused(
    server: LoopbackServer, kwargs: dict[str, Any], field: str
) -> None:
    with client(server) as cx, pytest.raises(errors.ValidationError) as caught:
        cx.otp_send("+491701234567", **kwargs)
    assert caught.value.field == field
    assert server.received == []


async def test_async_send_and_report(server: LoopbackServer) -> None:
    server.route("POST", "/sms", accepted)
    server.route(
        "GET",
        "/reports/single/m-9",
        lambda r: Reply(200, {"data": {"msgId": "m-9", "status": "SENT"}}),
    )
    async with async_client(server) as cx:
        result = await cx.send(to="+491701234567", text="Hi", sender="InfoText")
        report = await cx.report("m-9")
    assert len(result.ids) == 1
    assert (report.msg_id, report.status, report.created_at) == ("m-9", "SENT", None)


def _reshaped(change: Callable[[dict[str, Any]], None]) -> Callable[[Received], Reply]:
    def reply(request: Received) -> Reply:
        answer = accepted(request)
        assert isinstance(answer.body, dict)
        change(answer.body)
        return Reply(200, answer.body)

    return reply


def _text_analysis_not_an_object(body: dict[str, Any]) -> None:
    body["data"][0]["textAnalysis"] = "not an object"


def _no_msg_id(body: dict[str, Any]) -> None:
    del body["data"][0]["msgId"]


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_the_answer_model_is_built_once_and_only_when_raw_is_read(
    server: LoopbackServer, asynchronous: bool
) -> None:
    server.route("POST", "/sms", accepted)
    result = _send(server, asynchronous, to=["+491701234567", "+31612345678"])
    assert type(result._raw) is Deferred  # ids and recipients came from the plain JSON
    raw = result.raw
    assert raw is result.raw
    assert [item.msg_id for item in raw.data] == list(result.ids)
    assert raw.info.total_cost == pytest.approx(0.08)


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_an_accepted_send_whose_answer_does_not_fit_the_model_keeps_its_ids(
    server: LoopbackServer, asynchronous: bool
) -> None:
    server.route("POST", "/sms", _reshaped(_text_analysis_not_an_object))
    result = _send(server, asynchronous, to="+491701234567")
    (request,) = server.received
    assert result.ids == tuple(item["msgId"] for item in accepted(request).body["data"])  # type: ignore[index]
    assert result.recipients == ("+491701234567",)
    assert result.raw is None


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_an_answer_without_message_ids_is_a_send_of_unknown_outcome(
    server: LoopbackServer, asynchronous: bool
) -> None:
    server.route("POST", "/sms", _reshaped(_no_msg_id))
    with pytest.raises(errors.DeliveryUnknownError, match="probably accepted") as caught:
        _send(server, asynchronous, to="+491701234567")
    (request,) = server.received
    assert caught.value.reference == request.json()["idempotencyId"]  # what to check it by
    assert caught.value.sent is None  # DESIGN §16: it may have been accepted


def _send(server: LoopbackServer, asynchronous: bool, to: str | list[str]) -> smskit.SendResult:
    if not asynchronous:
        with client(server) as cx:
            return cx.send(to=to, text="Hi", sender="InfoText")

    async def send() -> smskit.SendResult:
        async with async_client(server) as cx:
            return await cx.send(to=to, text="Hi", sender="InfoText")

    return asyncio.run(send())


def test_from_env(monkeypatch: pytest.MonkeyPatch, server: LoopbackServer) -> None:
    monkeypatch.setenv("SMSCX_API_KEY", "env-api-key-1234")
    monkeypatch.setenv("SMSCX_BASE_URL", server.url)
    server.handle(lambda r: Reply(200, {"balance": 1, "currency": "usd"}))
    with smskit.Smscx.from_env() as cx:
        assert cx.balance().currency == "usd"
    assert server.received[0].headers["X-API-KEY"] == "env-api-key-1234"


def test_threads_share_the_client(server: LoopbackServer) -> None:
    server.handle(accepted)
    with client(server) as cx:
        threads = [
            threading.Thread(target=cx.send, args=("+491701234567", "Hi", "InfoText"))
            for _ in range(8)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert len({r.json()["idempotencyId"] for r in server.received}) == 8
