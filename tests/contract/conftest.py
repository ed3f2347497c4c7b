"""Contract tests replay recorded exchanges (vcrpy cassettes) through the real clients.

Replaying is the default (``--record-mode=none``, set in pyproject.toml). To re-record
against the real API, see README.md in this folder: credentials come from the environment
and every secret is scrubbed before a cassette is written.
"""

from __future__ import annotations

from typing import Any

import pytest

from smskit._redact import redact

SCRUBBED_HEADERS = (
    "authorization",
    "x-api-key",
    "user_key",
    "session_key",
    "access_token",
    "cookie",
    "set-cookie",
)


def _scrub_request(request: Any) -> Any:
    request.uri = redact(request.uri)
    if isinstance(request.body, bytes | str):
        text = request.body.decode() if isinstance(request.body, bytes) else request.body
        request.body = redact(text).encode()
    return request


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    body = response.get("body", {}).get("string")
    if isinstance(body, bytes):
        response["body"]["string"] = redact(body.decode("utf-8", errors="replace")).encode()
    for name in list(response.get("headers", {})):
        if name.lower() in SCRUBBED_HEADERS:
            response["headers"][name] = ["[REDACTED]"]
    return response


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return {
        "filter_headers": [(name, "[REDACTED]") for name in SCRUBBED_HEADERS],
        "filter_query_parameters": [("password", "[REDACTED]"), ("username", "[REDACTED]")],
        "filter_post_data_parameters": [
            ("client_secret", "[REDACTED]"),
            ("refresh_token", "[REDACTED]"),
        ],
        "before_record_request": _scrub_request,
        "before_record_response": _scrub_response,
        "match_on": ["method", "scheme", "host", "port", "path", "query", "body"],
        "decode_compressed_response": True,
    }
