from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from smskit import errors
from smskit.smscx import DeliveryReport, parse_dlr

PAYLOAD = {
    "event": "dlr_update",
    "data": [
        {
            "campaignId": "9d2c4f7e-1b1a-4c3d-8e9f-0a1b2c3d4e5f",
            "msgId": "1f0e2d3c-4b5a-4968-8776-655443322110",
            "statusCode": 200,
            "status": "DELIVERED",
            "errorCode": None,
            "datetime": "2026-11-22 10:00:05",
            "trackData": None,
        },
        {
            "campaignId": "9d2c4f7e-1b1a-4c3d-8e9f-0a1b2c3d4e5f",
            "msgId": "2f0e2d3c-4b5a-4968-8776-655443322110",
            "statusCode": 300,
            "status": "FAILED",
            "errorCode": 4,
            "datetime": "2026-11-22T12:00:05+02:00",
            "trackData": "0c7a5d2e-98f1-4b8e-8d7e-1e2f3a4b5c6d",
        },
    ],
}


@pytest.mark.parametrize("form", [PAYLOAD, json.dumps(PAYLOAD), json.dumps(PAYLOAD).encode()])
def test_parse_dlr(form: object) -> None:
    delivered, failed = parse_dlr(form)  # type: ignore[arg-type]
    assert delivered == DeliveryReport(
        msg_id="1f0e2d3c-4b5a-4968-8776-655443322110",
        status="DELIVERED",
        status_code=200,
        error_code=None,
        campaign_id="9d2c4f7e-1b1a-4c3d-8e9f-0a1b2c3d4e5f",
        track_data=None,
        at=datetime(2026, 11, 22, 10, 0, 5, tzinfo=UTC),
    )
    assert (failed.status, failed.error_code) == ("FAILED", 4)
    assert failed.at == datetime(2026, 11, 22, 10, 0, 5, tzinfo=UTC)


@pytest.mark.parametrize(
    "bad",
    [
        b"not json",
        "[]",
        {"event": "otp_update", "data": []},
        {"data": "x"},
        {"data": [{"status": "SENT"}]},
    ],
)
def test_bad_payloads_are_validation_errors(bad: object) -> None:
    with pytest.raises(errors.ValidationError) as caught:
        parse_dlr(bad)  # type: ignore[arg-type]
    assert caught.value.field == "payload"


def test_unparseable_date_is_none_not_a_crash() -> None:
    (report,) = parse_dlr({"data": [{"msgId": "m", "status": "SENT", "datetime": "yesterday-ish"}]})
    assert report.at is None
