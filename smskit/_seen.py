"""Which line first held each recipient, for a bulk send's duplicate check, in flat memory.

A dict of a million numbers costs well over 100 MB in Python objects; here an E.164 number
is its digits as one 64-bit integer in an open-addressing table (12 bytes a slot, half of
the slots free), so a million recipients take about 25 MB. Recipients that are not plain
E.164 (SIP addresses) are few and go to a dict.
"""

from __future__ import annotations

from array import array

_GOLDEN = 0x9E3779B97F4A7C15  # Fibonacci hashing: spreads consecutive numbers over the table
_MASK64 = (1 << 64) - 1


class FirstSeen:
    def __init__(self, bits: int = 16) -> None:
        self._bits = bits
        self._keys = array("q", [0]) * (1 << bits)
        self._lines = array("i", [0]) * (1 << bits)
        self._used = 0
        self._other: dict[str, int] = {}

    def first(self, recipient: str, line: int) -> int | None:
        """The line that held ``recipient`` before, or None (and ``line`` is remembered)."""
        if not (recipient[:1] == "+" and recipient[1:].isdigit() and len(recipient) <= 19):
            earlier = self._other.get(recipient)
            if earlier is None:
                self._other[recipient] = line
            return earlier
        key = int(recipient[1:]) + 1  # 0 marks a free slot
        slot = self._slot(key)
        if self._keys[slot] == key:
            return self._lines[slot]
        self._keys[slot], self._lines[slot] = key, line
        self._used += 1
        if self._used * 2 > len(self._keys):
            self._grow()
        return None

    def _slot(self, key: int) -> int:
        mask = len(self._keys) - 1
        slot = ((key * _GOLDEN) & _MASK64) >> (64 - self._bits)
        keys = self._keys
        while keys[slot] != 0 and keys[slot] != key:
            slot = (slot + 1) & mask
        return slot

    def _grow(self) -> None:
        keys, lines = self._keys, self._lines
        self._bits += 1
        self._keys = array("q", [0]) * (1 << self._bits)
        self._lines = array("i", [0]) * (1 << self._bits)
        for key, line in zip(keys, lines, strict=True):
            if key:
                slot = self._slot(key)
                self._keys[slot], self._lines[slot] = key, line
