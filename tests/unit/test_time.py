from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from smskit import errors
from smskit._time import parse_provider_date, resolve_send_at, unix_seconds

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def test_none_means_now() -> None:
    assert resolve_send_at(None, now=NOW) is None


def test_timedelta_counts_from_now() -> None:
    assert resolve_send_at(timedelta(hours=2), now=NOW) == datetime(2026, 11, 22, 14, tzinfo=UTC)


def test_aware_datetime_becomes_utc() -> None:
    local = datetime(2026, 11, 22, 15, 30, tzinfo=timezone(timedelta(hours=2)))
    assert resolve_send_at(local, now=NOW) == datetime(2026, 11, 22, 13, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "limit", "words"),
    [
        (datetime(2026, 11, 23), None, "naive"),
        (NOW, None, "past"),
        (NOW - timedelta(seconds=1), None, "past"),
        (NOW + timedelta(days=30, seconds=1), timedelta(days=30), "30 days"),
        (1764000000, None, "aware datetime or a timedelta"),
    ],
)
def test_refused(value: object, limit: timedelta | None, words: str) -> None:
    with pytest.raises(errors.ValidationError, match=words):
        resolve_send_at(value, max_ahead=limit, now=NOW)  # type: ignore[arg-type]


def test_exactly_at_the_limit_is_allowed() -> None:
    limit = timedelta(days=30)
    assert resolve_send_at(NOW + limit, max_ahead=limit, now=NOW) == NOW + limit


def test_unix_seconds_is_an_int() -> None:
    assert unix_seconds(datetime(2019, 1, 7, 8, 37, 52, 900000, tzinfo=UTC)) == 1546850272


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-01-01T00:00:00Z", datetime(2025, 1, 1, tzinfo=UTC)),
        ("2025-01-01 02:00:00+02:00", datetime(2025, 1, 1, tzinfo=UTC)),
        ("2025-01-01 00:00:00", datetime(2025, 1, 1, tzinfo=UTC)),
    ],
)
def test_provider_dates_become_aware(text: str, expected: datetime) -> None:
    parsed = parse_provider_date(text)
    assert parsed.tzinfo is not None
    assert parsed == expected


@pytest.mark.parametrize("value", [None, "", "   ", "yesterday-ish", 1764000000])
def test_missing_or_unreadable_provider_dates_are_none(value: object) -> None:
    assert parse_provider_date(value) is None
