"""Recipient numbers to E.164, refused before anything is sent when they cannot be right."""

from __future__ import annotations

import re
from collections.abc import Iterable

import phonenumbers

from .errors import ValidationError


def to_e164(number: str, default_region: str | None = None) -> str:
    """Parse ``number`` and format it as E.164.

    Only *possible* numbers (plausible length for the country) are demanded: phonenumbers'
    validity metadata lags new number ranges, and refusing a real number is worse than
    letting the provider judge it.
    """
    if not isinstance(number, str) or not number.strip():
        raise ValidationError("to", f"{number!r} is not a phone number")
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
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


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
    numbers = [to] if isinstance(to, str) else list(to)
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
