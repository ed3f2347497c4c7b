"""Property-based tests: phone normalisation and every provider's time format round-trip."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo, available_timezones

import phonenumbers
from hypothesis import given, settings
from hypothesis import strategies as st

from smskit import errors
from smskit._phone import to_e164
from smskit._time import local_time_and_zone, resolve_send_at, unix_seconds

REGIONS = sorted(
    r for r in phonenumbers.SUPPORTED_REGIONS if phonenumbers.example_number(r) is not None
)
FORMATS = [
    phonenumbers.PhoneNumberFormat.E164,
    phonenumbers.PhoneNumberFormat.INTERNATIONAL,
    phonenumbers.PhoneNumberFormat.RFC3966,
]
ZONES = sorted(
    z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/"))
)
NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


@given(region=st.sampled_from(REGIONS), fmt=st.sampled_from(FORMATS))
def test_any_written_form_of_a_number_normalises_to_its_e164(region: str, fmt: int) -> None:
    number = phonenumbers.example_number(region)
    assert number is not None
    expected = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    assert to_e164(phonenumbers.format_number(number, fmt)) == expected


@given(region=st.sampled_from(REGIONS))
def test_national_form_with_its_region_normalises_to_e164(region: str) -> None:
    number = phonenumbers.example_number(region)
    assert number is not None
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    assert to_e164(national, region) == phonenumbers.format_number(
        number, phonenumbers.PhoneNumberFormat.E164
    )


@given(digits=st.text("0123456789 ()-+", min_size=1, max_size=20))
def test_normalisation_agrees_with_phonenumbers_possible_verdict(digits: str) -> None:
    try:
        parsed = phonenumbers.parse(digits, None)
        verdict = phonenumbers.is_possible_number(parsed)
    except phonenumbers.NumberParseException:
        verdict = False
    try:
        result = to_e164(digits)
    except errors.ValidationError:
        assert not verdict
    else:
        assert verdict
        assert result == phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


instants = st.datetimes(
    min_value=datetime(2026, 11, 22, 12, 0, 1), max_value=datetime(2026, 12, 21, 12, 0)
).map(lambda d: d.replace(tzinfo=UTC))
far_instants = st.datetimes(
    min_value=datetime(2026, 11, 22, 12, 0, 1), max_value=datetime(2028, 11, 22)
).map(lambda d: d.replace(tzinfo=UTC))
offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda m: timezone(timedelta(minutes=m))
)


@given(instant=instants, zone=offsets)
def test_sipgate_send_at_is_the_instant_in_whole_unix_seconds(
    instant: datetime, zone: timezone
) -> None:
    resolved = resolve_send_at(instant.astimezone(zone), max_ahead=timedelta(days=30), now=NOW)
    assert resolved is not None
    seconds = unix_seconds(resolved)
    assert isinstance(seconds, int)
    assert 0 <= instant.timestamp() - seconds < 1


@given(instant=far_instants, zone=offsets)
def test_smscx_scheduled_date_reads_back_as_the_same_utc_second(
    instant: datetime, zone: timezone
) -> None:
    resolved = resolve_send_at(instant.astimezone(zone), now=NOW)
    assert resolved is not None
    text = resolved.strftime("%Y-%m-%d %H:%M:%S")
    assert datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC) == instant.replace(
        microsecond=0
    )


@settings(max_examples=300)
@given(instant=far_instants, zone_name=st.sampled_from(ZONES))
def test_smsend_time_and_zone_name_the_same_instant(instant: datetime, zone_name: str) -> None:
    requested = instant.astimezone(ZoneInfo(zone_name))
    resolved = resolve_send_at(requested, now=NOW)
    assert resolved is not None
    local, zone = local_time_and_zone(resolved, requested)
    text = local.strftime("%Y%m%d%H%M%S")
    # the provider gets only the text and the zone name: every reading of them is the instant
    for fold in (0, 1):
        named = datetime.strptime(text, "%Y%m%d%H%M%S").replace(tzinfo=ZoneInfo(zone), fold=fold)
        assert named == instant.replace(microsecond=0)


def test_smsend_ambiguous_wall_time_falls_back_to_utc() -> None:
    # 2026-10-25 02:30 happens twice in Rome; the second one is 01:30 UTC.
    instant = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    local, zone = local_time_and_zone(instant, instant.astimezone(ZoneInfo("Europe/Rome")))
    assert (local, zone) == (instant, "UTC")


@given(delta=st.timedeltas(min_value=timedelta(seconds=1), max_value=timedelta(days=30)))
def test_timedelta_send_at_counts_from_now(delta: timedelta) -> None:
    assert resolve_send_at(delta, max_ahead=timedelta(days=30), now=NOW) == NOW + delta
