"""What a reply means for its sender (DESIGN §18): a first word from ``stop_words`` opts the
number out, one from ``start_words`` opts it back in, anything else is just a reply.

The first word is read forgivingly, as people type it: any case, spaces and punctuation
around it ignored, accents dropped ("  Stop!", "stop.", "Arrêt"). Only the first word counts,
so "don't stop" and "please STOP" are replies, not opt-outs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

STOP_WORDS = ("STOP", "STOPP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "ARRET", "ALT")
START_WORDS = ("START", "UNSTOP", "YES")
STOP, START = "stop", "start"


def first_word(text: str) -> str:
    """The first word, upper case, without accents, punctuation or spaces."""
    words = text.split()
    if not words:
        return ""
    plain = unicodedata.normalize("NFKD", words[0])
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[\W_]", "", plain).upper()


def words(field: str, given: Iterable[str]) -> frozenset[str]:
    from .. import errors

    if isinstance(given, str):
        raise errors.ValidationError(field, "a list of words, not one string")
    found = frozenset(first_word(w) for w in given)
    if "" in found:
        raise errors.ValidationError(field, "every word needs a letter or a digit")
    return found


def action(text: str, stop_words: frozenset[str], start_words: frozenset[str]) -> str | None:
    """``STOP``, ``START`` or None for a reply's text."""
    word = first_word(text)
    if word in stop_words:
        return STOP
    if word in start_words:
        return START
    return None


def sender_number(raw: str) -> str | None:
    """A reply's sender in E.164, or None when it is not a phone number (an alphanumeric
    sender id cannot opt out of anything we send). Providers may drop the ``+``."""
    from .._phone import normalize_recipients

    text = raw.strip()
    if text.isdigit():
        text = "+" + text
    try:
        (number,) = normalize_recipients(text)
    except ValueError:
        return None
    return number
