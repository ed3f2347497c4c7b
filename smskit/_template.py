"""Acrobits-style templates: ``%name%`` placeholders filled in one pass, each value encoded
for where it lands.

One pass (a single ``re.sub``) means a value is never scanned again, so a message that says
``%sms_to%`` arrives literally. Only the names being filled are matched, so a percent-escape
that happens to precede a placeholder (``%C3%sms_to%``) cannot swallow it, and unknown
placeholders stay as they are.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Mapping
from urllib.parse import quote, quote_plus
from xml.sax.saxutils import escape

Encoder = Callable[[str], str]


def url_encode(value: str) -> str:
    """Percent-encoding for any part of a URL: nothing in the value keeps a URL meaning."""
    return quote(value, safe="")


def form_encode(value: str) -> str:
    """application/x-www-form-urlencoded (space as +)."""
    return quote_plus(value, safe="")


def json_string_encode(value: str) -> str:
    """The inside of a JSON string literal: the template supplies the quotes."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def xml_encode(value: str) -> str:
    return escape(value, {'"': "&quot;", "'": "&apos;"})


def raw(value: str) -> str:
    return value


def body_encoder(content_type: str) -> Encoder:
    """How values are encoded in a body of this content type."""
    kind = content_type.split(";")[0].strip().lower()
    if kind == "application/x-www-form-urlencoded":
        return form_encode
    if kind.endswith("json") or kind.endswith("+json"):
        return json_string_encode
    if kind.endswith("xml") or kind.endswith("+xml"):
        return xml_encode
    return raw


@functools.lru_cache(maxsize=64)
def _placeholders(names: tuple[str, ...]) -> re.Pattern[str]:
    longest_first = sorted(names, key=len, reverse=True)
    return re.compile("%(" + "|".join(re.escape(n) for n in longest_first) + ")%")


def fill(template: str, values: Mapping[str, str], encode: Encoder) -> str:
    if not values:
        return template
    pattern = _placeholders(tuple(sorted(values)))
    return pattern.sub(lambda match: encode(values[match.group(1)]), template)
