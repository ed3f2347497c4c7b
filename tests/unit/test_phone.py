from __future__ import annotations

import pytest

from smskit import errors
from smskit._phone import normalize_recipients, to_e164


@pytest.mark.parametrize(
    ("raw", "region", "e164"),
    [
        ("+49 (170) 123-4567", None, "+491701234567"),
        ("+491701234567", None, "+491701234567"),
        ("0049 170 1234567", "DE", "+491701234567"),
        ("0170 1234567", "DE", "+491701234567"),
        ("(415) 555-2671", "US", "+14155552671"),
        ("+44 7911 123456", None, "+447911123456"),
    ],
)
def test_to_e164(raw: str, region: str | None, e164: str) -> None:
    assert to_e164(raw, region) == e164


@pytest.mark.parametrize("raw", ["", "   ", "abc", "+1415555", "0170 1234567", "+999 123"])
def test_impossible_numbers_are_refused(raw: str) -> None:
    with pytest.raises(errors.ValidationError) as caught:
        to_e164(raw)
    assert caught.value.field == "to"


def test_national_number_error_names_the_fix() -> None:
    with pytest.raises(errors.ValidationError, match="default_region"):
        to_e164("0170 1234567")


def test_possible_but_not_valid_numbers_pass() -> None:
    # +49 1999... is not an assigned German range, but its length is possible: the provider judges.
    assert to_e164("+49 1999 1234567") == "+4919991234567"


def test_recipients_keep_order_and_drop_duplicates() -> None:
    assert normalize_recipients(["+14155552671", "+491701234567", "+1 415 555 2671"]) == [
        "+14155552671",
        "+491701234567",
    ]


def test_skip_invalid_drops_bad_ones_but_not_all() -> None:
    assert normalize_recipients(["x", "+14155552671"], skip_invalid=True) == ["+14155552671"]
    with pytest.raises(errors.ValidationError):
        normalize_recipients(["x", "y"], skip_invalid=True)
