"""Recipient numbers to E.164, refused before anything is sent when they cannot be right."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from types import ModuleType
from typing import Any

from ._validate import require_list
from .errors import ValidationError

_CANONICAL_E164 = re.compile(r"\+[1-9][0-9]{2,17}")


@functools.cache
def _phonenumbers() -> tuple[ModuleType, Callable[..., Any], tuple[Any, ...]]:
    """phonenumbers, its possible-length rule and the verdicts that pass it, imported on the
    first number: its metadata costs a sixth of smskit's first import, and a client built
    for one provider may never normalise a number (sandbox, status queries)."""
    import phonenumbers
    from phonenumbers.phonenumberutil import _test_number_length  # the rule itself

    possible = (
        phonenumbers.ValidationResult.IS_POSSIBLE,
        phonenumbers.ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
    )
    return phonenumbers, _test_number_length, possible


class _Country:
    """What the fast path needs of one country code's metadata, with the possible-length
    verdict kept per length: phonenumbers' rule reads nothing of a number but its length."""

    __slots__ = ("metadata", "possible_by_length", "prefix")

    def __init__(self, metadata: Any, prefix: re.Pattern[str] | None) -> None:
        self.metadata, self.prefix = metadata, prefix
        self.possible_by_length: dict[int, bool] = {}

    def learn(self, national: str) -> bool:
        _, test_number_length, possible = _phonenumbers()
        verdict = test_number_length(national, self.metadata) in possible
        self.possible_by_length[len(national)] = verdict
        return verdict


_UNSEEN: Any = object()
# A number's first three digits -> the length of its country code and that country, or None
# (no such code, or no metadata for it). Country codes are prefix-free, so three digits
# decide; at most 1,000 entries.
_by_head: dict[str, tuple[int, _Country] | None] = {}
_countries: dict[int, _Country | None] = {}


def _learn_head(head: str) -> tuple[int, _Country] | None:
    known = _phonenumbers()[0].COUNTRY_CODE_TO_REGION_CODE
    size = next((size for size in (1, 2, 3) if int(head[:size]) in known), None)
    country = None if size is None else _country(int(head[:size]))
    _by_head[head] = found = None if size is None or country is None else (size, country)
    return found


def _country(country_code: int) -> _Country | None:
    if country_code not in _countries:
        phonenumbers = _phonenumbers()[0]
        region = phonenumbers.region_code_for_country_code(country_code)
        metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(
            country_code, region
        )
        prefix = metadata.national_prefix_for_parsing if metadata is not None else None
        _countries[country_code] = (
            None if metadata is None else _Country(metadata, re.compile(prefix) if prefix else None)
        )
    return _countries[country_code]


def _fast_e164(number: str) -> str | None:
    """phonenumbers' verdict on a number already written as canonical E.164, without its full
    parse: the country code is split off the same way and the possible-length test is
    phonenumbers' own. Returns the number, raises when it is not possible, or returns None
    when only the full parse can decide (a national prefix that parsing would strip)."""
    if not _CANONICAL_E164.fullmatch(number):
        return None
    found = _by_head.get(number[1:4], _UNSEEN)
    if found is _UNSEEN:
        found = _learn_head(number[1:4])
    if found is None:
        return None
    size, country = found
    national = number[1 + size :]  # with leading zeros: phonenumbers' national number
    if not 2 <= len(national) <= 17:
        return None
    if country.prefix is not None and country.prefix.match(national):
        return None
    possible = country.possible_by_length.get(len(national))
    if possible is None:
        possible = country.learn(national)
    if not possible:
        raise ValidationError("to", f"{number!r} has the wrong length for its country")
    return number


def to_e164(number: object, default_region: str | None = None) -> str:
    """Parse ``number`` and format it as E.164.

    Only *possible* numbers (plausible length for the country) are demanded: phonenumbers'
    validity metadata lags new number ranges, and refusing a real number is worse than
    letting the provider judge it. Numbers already in canonical E.164 take a fast path that
    gives the same verdict (tests/unit/test_phone_fast_path.py proves it against phonenumbers).
    """
    if not isinstance(number, str) or not number.strip():
        raise ValidationError("to", f"{number!r} is not a phone number")
    if default_region is not None and not (
        isinstance(default_region, str) and len(default_region) == 2 and default_region.isalpha()
    ):
        raise ValidationError(
            "default_region", f"{default_region!r} is not a two-letter region such as 'DE'"
        )
    fast = _fast_e164(number)
    if fast is not None:
        return fast
    phonenumbers = _phonenumbers()[0]
    try:
        parsed = phonenumbers.parse(number, default_region)
    except phonenumbers.NumberParseException as exc:
        hint = (
            " (national numbers need default_region=, e.g. 'DE')"
            if exc.error_type == phonenumbers.NumberParseException.INVALID_COUNTRY_CODE
            else ""
        )
        raise ValidationError("to", f"{number!r} is not a phone number: {exc._msg}{hint}") from None
    if not phonenumbers.is_possible_number(parsed):
        raise ValidationError("to", f"{number!r} has the wrong length for its country")
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


_SIP_ADDRESS = re.compile(r"^(?:sips?:)?[^\s@:;<>\"]+@[^\s@;<>\"]+$", re.IGNORECASE)


def sip_address(address: str) -> str:
    """A SIP address (``sip:alice@example.com`` or ``alice@example.com``), unchanged."""
    if not _SIP_ADDRESS.match(address):
        raise ValidationError("to", f"{address!r} is not a SIP address (user@host)")
    return address


def _is_sip(value: str) -> bool:
    return "@" in value or value.lower().startswith(("sip:", "sips:"))


def normalize_recipients(
    to: str | Iterable[str],
    *,
    default_region: str | None = None,
    skip_invalid: bool = False,
    allow_sip: bool = False,
) -> list[str]:
    """E.164 for every recipient (SIP addresses unchanged, where ``allow_sip``), in order,
    without duplicates.

    One bad number refuses the whole call (nothing is sent) unless ``skip_invalid`` is set,
    in which case bad numbers are dropped; a call left with no recipient is still refused.
    """
    if isinstance(to, str) and not skip_invalid and not (allow_sip and _is_sip(to.strip())):
        return [to_e164(to, default_region)]  # one number (the common send): nothing to merge
    numbers = require_list("to", to)
    if not numbers:
        raise ValidationError("to", "no recipient given")
    result: list[str] = []
    seen: set[str] = set()
    for number in numbers:
        try:
            if allow_sip and isinstance(number, str) and _is_sip(number.strip()):
                e164 = sip_address(number.strip())
            else:
                e164 = to_e164(number, default_region)
        except ValidationError:
            if skip_invalid:
                continue
            raise
        if e164 not in seen:
            seen.add(e164)
            result.append(e164)
    if not result:
        raise ValidationError("to", "none of the recipients is a possible phone number")
    return result
