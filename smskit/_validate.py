"""Input rules shared by every provider: refuse before anything is sent.

Every check here answers a wrong type or value with ``ValidationError`` naming the field, so a
caller never meets a ``TypeError``, ``OverflowError`` or ``UnicodeEncodeError`` from deep in
a library after (or instead of) a send.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

from .errors import ValidationError

# C0 controls and DEL: never legitimate in a credential, a header or an id.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def require_str(field: str, value: object) -> str:
    """A string that UTF-8 can encode (no lone surrogates)."""
    if not isinstance(value, str):
        raise ValidationError(field, f"expected a string, got {type(value).__name__}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            field, "holds a lone surrogate, which no provider can encode"
        ) from None
    return value


def require_text(text: object, field: str = "text") -> str:
    message = require_str(field, text)
    if not message.strip():
        raise ValidationError(field, "is empty or whitespace only; an SMS needs some text")
    return message


def check_header_value(field: str, value: object) -> None:
    """CR, LF or other control characters in a header-bound value would forge or break
    headers; a non-string would fail only at the first request."""
    if value is None:
        return
    require_str(field, value)
    assert isinstance(value, str)
    if _CONTROL.search(value):
        raise ValidationError(field, "must not contain CR, LF or other control characters")


def require_secret(field: str, value: object, *, header: bool = False) -> str:
    """A non-empty credential without control characters. ``header``: it travels as an HTTP
    header value as it is (API keys, bearer tokens), so it must be ASCII."""
    if not isinstance(value, str) or not value:
        raise ValidationError(field, "must be a non-empty string")
    check_header_value(field, value)
    if header and not value.isascii():
        raise ValidationError(field, "must be ASCII: it is sent as an HTTP header value")
    return value


def require_int(field: str, value: object, low: int, high: int | None = None) -> int:
    """A whole number in range (``bool`` and numeric strings are refused, not coerced)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, f"expected a whole number, got {type(value).__name__}")
    if value < low or (high is not None and value > high):
        upper = f" and at most {high}" if high is not None else ""
        raise ValidationError(field, f"{value} must be at least {low}{upper}")
    return value


def require_seconds(field: str, value: object, *, positive: bool = True) -> float:
    """A finite number of seconds (``inf`` would let a call hang forever)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(field, f"expected a number of seconds, got {type(value).__name__}")
    seconds = float(value)
    if not math.isfinite(seconds) or seconds < 0 or (positive and seconds == 0):
        bound = "more than 0" if positive else "0 or more"
        raise ValidationError(field, f"{value!r} must be a finite number of seconds, {bound}")
    return seconds


def require_list(field: str, value: object) -> list[Any]:
    """One item or an iterable of them (not bytes, not a mapping) as a list."""
    if isinstance(value, str | int) and not isinstance(value, bool):
        return [value]
    if isinstance(value, Iterable) and not isinstance(value, bytes | bytearray | Mapping):
        return list(value)
    raise ValidationError(field, f"expected one value or a list, got {type(value).__name__}")


def require_ids(field: str, value: object) -> tuple[str, ...]:
    """A list of a provider's ids, as a send returned them (``SendResult.ids``)."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise ValidationError(field, f"expected a list of ids, got {type(value).__name__}")
    ids = tuple(value)
    if not all(isinstance(i, str) and i.strip() for i in ids):
        raise ValidationError(field, "every id must be a non-empty string")
    return ids


def require_str_mapping(field: str, value: object) -> dict[str, str]:
    """Template variables: string names to string values."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ValidationError(field, f"expected a mapping of strings, got {type(value).__name__}")
    result: dict[str, str] = {}
    for key, item in value.items():
        name: Any = require_str(f"{field} key", key)
        result[name] = require_str(f"{field}[{name!r}]", item)
    return result
