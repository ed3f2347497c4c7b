from __future__ import annotations

import base64
import logging

import pytest

from smskit._redact import MASK, redact, register


def test_every_encoding_is_masked() -> None:
    register("s3cret/pa ss+word", basic_pairs=(("user-1", "s3cret/pa ss+word"),))
    for form in (
        "s3cret/pa ss+word",
        "s3cret%2Fpa%20ss%2Bword",
        "s3cret%2Fpa+ss%2Bword",
        base64.b64encode(b"s3cret/pa ss+word").decode(),
        base64.b64encode(b"user-1:s3cret/pa ss+word").decode(),
    ):
        assert redact(f"before {form} after") == f"before {MASK} after"


def test_short_secrets_are_masked_where_they_stand_as_a_value() -> None:
    register("ab", "t")
    # Masked as a value (a short password must not show: a query or form value, a quoted
    # string, userinfo, a header), kept in words (masking every "ab" or "t" would make logs
    # unreadable: issue 31's "Can'[REDACTED] play back this request").
    assert redact("ab cab =ab& 'ab' \"ab\"") == ("ab cab =[REDACTED]& '[REDACTED]' \"[REDACTED]\"")
    assert redact("Can't play back this request") == "Can't play back this request"
    assert redact("sipgate://t:x@h") == "sipgate://[REDACTED]@h"
    assert redact("X-Token: t") == "X-Token: [REDACTED]"


def test_filter_masks_httpx_log_records(caplog: pytest.LogCaptureFixture) -> None:
    register("query-canary-99")
    caplog.set_level(logging.INFO)
    logging.getLogger("httpx").info(
        'HTTP Request: GET %s "200 OK"', "https://h/login?password=query-canary-99"
    )
    assert "query-canary-99" not in caplog.text
    assert MASK in caplog.text


def test_userinfo_in_any_url_is_masked() -> None:
    text = "GET https://alice:pa55word-x@api.example.com/v2 and smsend://u:p@host/x?y=1"
    assert redact(text) == (
        "GET https://[REDACTED]@api.example.com/v2 and smsend://[REDACTED]@host/x?y=1"
    )
    assert redact("mail qx-nobody@example.com") == "mail qx-nobody@example.com"  # not a URL
