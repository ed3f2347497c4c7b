"""``send_at`` to the instant each provider wants, refused when it cannot be meant."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo

from .errors import ValidationError


def resolve_send_at(
    send_at: datetime | timedelta | None,
    *,
    max_ahead: timedelta | None = None,
    now: datetime | None = None,
) -> datetime | None:
    """The aware UTC instant ``send_at`` names, or None for "send now".

    A naive datetime is refused: guessing the zone would shift the send by hours.
    """
    if send_at is None:
        return None
    current = now or datetime.now(UTC)
    try:
        instant = _instant(send_at, current)
    except OverflowError:
        instant = datetime.max.replace(tzinfo=UTC)
    if instant.year >= datetime.max.year:  # conversions to a provider's zone would overflow
        raise ValidationError("send_at", f"{send_at!r} is out of range")
    if instant <= current:
        raise ValidationError("send_at", f"{instant.isoformat()} is in the past")
    if max_ahead is not None and instant > current + max_ahead:
        raise ValidationError(
            "send_at", f"{instant.isoformat()} is more than {max_ahead.days} days ahead"
        )
    return instant


def _instant(send_at: object, current: datetime) -> datetime:
    if isinstance(send_at, timedelta):
        return current + send_at
    if isinstance(send_at, datetime):
        if send_at.tzinfo is None or send_at.utcoffset() is None:
            raise ValidationError(
                "send_at",
                "naive datetime is ambiguous; pass an aware one "
                "(datetime(..., tzinfo=ZoneInfo('Europe/Berlin'))) or a timedelta",
            )
        return send_at.astimezone(UTC)
    raise ValidationError("send_at", f"expected an aware datetime or a timedelta, got {send_at!r}")


def unix_seconds(instant: datetime) -> int:
    """Whole Unix seconds (sipgate ``sendAt``); rounded down so a send is never late."""
    return int(instant.timestamp())


def parse_provider_date(value: object, default_zone: tzinfo = UTC) -> datetime | None:
    """A provider's date as an aware datetime, or None when it sent none or an unreadable one
    (a date must never make a successful answer fail). Zone-less dates are taken to be in
    ``default_zone`` (UTC unless the provider is known to answer in local time)."""
    if not isinstance(value, str) or not value.strip():
        return None
    from dateutil import parser  # only answers with dates need it: keep it off the send path

    try:
        parsed = parser.parse(value)
    except (ValueError, OverflowError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=default_zone)


def local_time_and_zone(instant: datetime, requested: datetime | timedelta) -> tuple[datetime, str]:
    """The wall-clock time and IANA zone name that name ``instant`` for a provider that takes
    both: the caller's own zone when it has an IANA name, else UTC. A wall time that occurs
    twice in the zone (the hour a DST change repeats) would be ambiguous: UTC is used then."""
    from zoneinfo import ZoneInfo  # here: a zone only matters for a scheduled smsend send

    zone = requested.tzinfo if isinstance(requested, datetime) else None
    if isinstance(zone, ZoneInfo):
        local = instant.astimezone(zone)
        other_reading = local.replace(fold=1 - local.fold).astimezone(UTC)
        if other_reading == instant.astimezone(UTC):  # the wall time is unambiguous in that zone
            return local, zone.key
    return instant.astimezone(UTC), "UTC"
