"""How a text travels as SMS: GSM-7 or UCS-2, how many parts, how many characters are left.

GSM 03.38: the basic table costs one septet a character, the extension table (``^{}\\[~]|€``
and form feed) two, an escape and the character, which are never split across parts. A text
with any other character goes as UCS-2: UTF-16 code units, so an emoji outside the BMP costs
two and its surrogate pair is never split. One part holds 160 septets or 70 units; in a
concatenated message the user-data header leaves 153 or 67 per part.
"""

from __future__ import annotations

import attrs

GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")

_LIMITS = {"GSM-7": (160, 153), "UCS-2": (70, 67)}


@attrs.frozen
class Segments:
    """``encoding`` is ``"GSM-7"`` or ``"UCS-2"``; ``units`` the septets or UTF-16 code units
    the text takes; ``parts`` the SMS it is billed as; ``remaining`` the units still free in
    the last part; ``per_part`` the capacity of each part."""

    encoding: str
    characters: int
    units: int
    parts: int
    per_part: int
    remaining: int
    # Each character outside GSM-7 once, in order of appearance: what made the text UCS-2.
    outside_gsm7: tuple[str, ...] = ()


def _costs(text: str) -> tuple[str, list[int]]:
    """The encoding and the cost of each indivisible piece of the text."""
    if all(c in GSM7_BASIC or c in GSM7_EXTENSION for c in text):
        return "GSM-7", [2 if c in GSM7_EXTENSION else 1 for c in text]
    return "UCS-2", [2 if ord(c) > 0xFFFF else 1 for c in text]


def outside_gsm7(text: str) -> tuple[str, ...]:
    """The characters of ``text`` that GSM-7 cannot carry, each once, in order."""
    return tuple(dict.fromkeys(c for c in text if c not in GSM7_BASIC and c not in GSM7_EXTENSION))


def segments(text: str) -> Segments:
    """The encoding, size and part count of ``text`` as an SMS (see the module docstring)."""
    encoding, costs = _costs(text)
    single, multi = _LIMITS[encoding]
    units = sum(costs)
    outside = outside_gsm7(text)
    if units <= single:
        return Segments(encoding, len(text), units, 1 if text else 0, single, single - units,
                        outside)  # fmt: skip
    parts, used = 1, 0
    for cost in costs:  # fill parts greedily; a piece that does not fit opens the next part
        if used + cost > multi:
            parts, used = parts + 1, 0
        used += cost
    return Segments(encoding, len(text), units, parts, multi, multi - used, outside)


def split(text: str) -> list[str]:
    """The text of each part, cut where ``segments`` counts the cuts."""
    encoding, costs = _costs(text)
    single, multi = _LIMITS[encoding]
    if sum(costs) <= single:
        return [text] if text else []
    pieces: list[str] = []
    current: list[str] = []
    used = 0
    for char, cost in zip(text, costs, strict=True):
        if used + cost > multi:
            pieces.append("".join(current))
            current, used = [], 0
        current.append(char)
        used += cost
    pieces.append("".join(current))
    return pieces
