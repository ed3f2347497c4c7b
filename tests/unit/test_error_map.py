from __future__ import annotations

from email.utils import formatdate

import httpx
import pytest

from smskit import errors
from smskit._error_map import (
    ErrorDetail,
    class_for_status,
    error_from_response,
    message_from_body,
    retry_after_seconds,
)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.InvalidRequestError), (401, errors.AuthenticationError),
        (402, errors.InsufficientFundsError), (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError), (405, errors.InvalidRequestError),
        (415, errors.InvalidRequestError), (422, errors.InvalidRequestError),
        (429, errors.RateLimitError), (418, errors.InvalidRequestError),
        (500, errors.ServerError), (503, errors.ServerError), (302, errors.ApiError),
    ],
)  # fmt: skip
def test_status_classes(status: int, cls: type[errors.ApiError]) -> None:
    assert class_for_status(status) is cls


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"error": {"type": "x", "code": 1, "message": "Bad from"}}', "Bad from"),
        (b'{"message": "Top level"}', "Top level"),
        (b"<error><message>From XML</message></error>", "From XML"),
        (b"<html>" + b"x" * 300, "<html>" + "x" * 94),
        (b"", "HTTP 500 with an empty body"),
        (b"\xff\xfe\x00garbage", "\ufffd\ufffd\x00garbage"),
        (b'{"truncated": ', '{"truncated":'),
    ],
)
def test_messages_never_crash(body: bytes, message: str) -> None:
    error = error_from_response("p", httpx.Response(500, content=body))
    assert isinstance(error, errors.ServerError)
    assert error.message == message
    assert len(error.message) <= 100 or message.startswith("From")


def test_refiner_picks_a_subclass_but_5xx_stays_server_error() -> None:
    def refine(status: int, body: object, detail: ErrorDetail) -> ErrorDetail:
        return ErrorDetail(errors.NoCoverageError, 1119, detail.message)

    assert type(error_from_response("p", httpx.Response(403), refine)) is errors.NoCoverageError
    assert type(error_from_response("p", httpx.Response(502), refine)) is errors.ServerError


def test_a_crashing_refiner_keeps_the_status_class() -> None:
    def refine(status: int, body: object, detail: ErrorDetail) -> ErrorDetail:
        raise KeyError("error")

    assert (
        type(error_from_response("p", httpx.Response(402), refine)) is errors.InsufficientFundsError
    )


def test_retry_after_forms() -> None:
    now = 1_800_000_000.0
    assert retry_after_seconds(httpx.Headers({"Retry-After": "7"}), now) == 7
    http_date = formatdate(now + 30, usegmt=True)
    assert retry_after_seconds(httpx.Headers({"Retry-After": http_date}), now) == pytest.approx(30)
    assert retry_after_seconds(httpx.Headers({"X-Rate-Limit-Reset": str(int(now + 12))}), now) == 12
    assert retry_after_seconds(httpx.Headers({"X-Rate-Limit-Reset": "5"}), now) == 5
    assert retry_after_seconds(httpx.Headers({"Retry-After": "soon"}), now) is None
    assert retry_after_seconds(httpx.Headers(), now) is None


def test_rate_limit_error_carries_retry_after() -> None:
    error = error_from_response("p", httpx.Response(429, headers={"Retry-After": "3"}))
    assert isinstance(error, errors.RateLimitError)
    assert error.retry_after == 3


def test_message_from_json_prefers_error_object() -> None:
    body = {"error": {"message": "inner"}, "message": "outer"}
    assert message_from_body(body, "", 400) == "inner"


def test_validation_error_is_a_value_error_and_names_field() -> None:
    error = errors.ValidationError("to", "bad")
    assert isinstance(error, ValueError)
    assert isinstance(error, errors.SmskitError)
    assert str(error) == "to: bad"


def test_error_tree() -> None:
    assert issubclass(errors.DeliveryUnknownError, errors.TransportError)
    assert issubclass(errors.InvalidPhoneNumberError, errors.InvalidRequestError)
    assert issubclass(errors.NoCoverageError, errors.InvalidRequestError)
    for cls in (
        errors.AuthenticationError,
        errors.InsufficientFundsError,
        errors.PermissionDeniedError,
        errors.NotFoundError,
        errors.RateLimitError,
        errors.ServerError,
        errors.InvalidRequestError,
    ):
        assert issubclass(cls, errors.ApiError)
