"""The E.164 fast path gives exactly phonenumbers' verdict and formatting."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from smskit import errors
from smskit._phone import _fast_e164, to_e164

COUNTRY_CODES = sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)


def reference(number: str) -> str | None:
    """phonenumbers' own answer: the E.164 form, or None when it is refused."""
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def ours(number: str) -> str | None:
    try:
        return to_e164(number)
    except errors.ValidationError:
        return None


e164_shaped = st.builds(
    lambda cc, rest: f"+{cc}{rest}",
    st.sampled_from(COUNTRY_CODES),
    st.text("0123456789", min_size=0, max_size=16),
)


@settings(max_examples=3000)
@given(number=e164_shaped)
@example("+4901701234567")  # a national prefix inside E.164: parse strips it, so must we
@example("+390612345678")  # Italian leading zero
@example("+39000")
@example("+8001234567")
def test_fast_path_agrees_with_phonenumbers(number: str) -> None:
    assert ours(number) == reference(number)


@given(digits=st.text("0123456789", min_size=1, max_size=19))
def test_any_plus_digits_agree(digits: str) -> None:
    assert ours("+" + digits) == reference("+" + digits)


@pytest.mark.parametrize(
    "number", ["+491701234567", "+14155552671", "+447911123456", "+31612469001"]
)
def test_common_numbers_take_the_fast_path(number: str) -> None:
    assert _fast_e164(number) == number


def test_fast_path_is_much_cheaper_than_parsing() -> None:
    import timeit

    numbers = [f"+4915{n:09d}" for n in range(2000)]
    fast = timeit.timeit(lambda: [to_e164(n) for n in numbers], number=3)
    slow = timeit.timeit(
        lambda: [phonenumbers.format_number(phonenumbers.parse(n), 0) for n in numbers], number=3
    )
    assert fast < slow * 0.7  # a ratio in the same run, so a noisy machine does not matter
