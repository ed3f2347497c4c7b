"""smskit.segments against the gsm0338 codec (the GSM-7 verdict and septet count) and hypothesis
(parts never split an escape pair or a surrogate pair)."""

from __future__ import annotations

import gsm0338  # noqa: F401 - registers the "gsm03.38" codec
import pytest
from hypothesis import given
from hypothesis import strategies as st

import smskit
from smskit._segments import GSM7_BASIC, GSM7_EXTENSION, split


def codec_septets(text: str) -> int | None:
    try:
        return len(text.encode("gsm03.38"))
    except UnicodeEncodeError:
        return None


def test_every_character_gets_the_codecs_verdict() -> None:
    for code_point in range(0x10000):
        if 0xD800 <= code_point < 0xE000 or code_point == 0x1B:  # surrogates; ESC itself
            continue
        char = chr(code_point)
        ours = smskit.segments(char)
        septets = codec_septets(char)
        assert (ours.encoding == "GSM-7") == (septets is not None), repr(char)
        if septets is not None:
            assert ours.units == septets, repr(char)


gsm_text = st.text(st.sampled_from(sorted(GSM7_BASIC | GSM7_EXTENSION)), max_size=800)
any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400)


@given(text=gsm_text)
def test_gsm_units_match_the_codec(text: str) -> None:
    shape = smskit.segments(text)
    assert shape.encoding == "GSM-7"
    assert shape.units == codec_septets(text)


@given(text=st.one_of(gsm_text, any_text))
def test_parts_never_split_a_character_and_add_up(text: str) -> None:
    shape = smskit.segments(text)
    pieces = split(text)
    assert (
        "".join(pieces) == text
    )  # no escape pair or surrogate pair is cut: pieces are whole str chars
    assert len(pieces) == shape.parts
    for piece in pieces:
        assert smskit.segments(piece).units <= shape.per_part
        assert smskit.segments(piece).encoding in {shape.encoding, "GSM-7"}
    if shape.parts > 1:
        assert shape.per_part == (153 if shape.encoding == "GSM-7" else 67)
        assert shape.remaining == shape.per_part - smskit.segments(pieces[-1]).units


@pytest.mark.parametrize(
    ("text", "encoding", "units", "parts", "remaining"),
    [
        ("", "GSM-7", 0, 0, 160),
        ("a" * 160, "GSM-7", 160, 1, 0),
        ("a" * 161, "GSM-7", 161, 2, 145),
        ("a" * 306, "GSM-7", 306, 2, 0),
        ("a" * 307, "GSM-7", 307, 3, 152),
        ("€" * 80, "GSM-7", 160, 1, 0),
        ("€" * 81, "GSM-7", 162, 2, 143),  # 76 escape pairs fill 152 of 153; the 77th moves on
        ("a" * 152 + "€" + "a" * 10, "GSM-7", 164, 2, 141),  # the pair is not split over the cut
        ("ж" * 70, "UCS-2", 70, 1, 0),
        ("ж" * 71, "UCS-2", 71, 2, 63),
        ("😀" * 35, "UCS-2", 70, 1, 0),
        ("😀" * 36, "UCS-2", 72, 2, 61),  # 33 pairs fill 66 of 67
        ("a" * 66 + "😀" + "a" * 5, "UCS-2", 73, 2, 60),  # the surrogate pair moves whole
    ],
)
def test_known_sizes(text: str, encoding: str, units: int, parts: int, remaining: int) -> None:
    shape = smskit.segments(text)
    assert (shape.encoding, shape.units, shape.parts, shape.remaining) == (
        encoding,
        units,
        parts,
        remaining,
    )
