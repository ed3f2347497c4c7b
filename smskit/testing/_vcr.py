"""Cassettes that never keep a secret: ``vcr_config()`` for vcrpy and pytest-recording.

Every secret form of every provider is scrubbed before a cassette is written: credential
headers (Basic and Bearer ``Authorization``, ``X-API-KEY``, smsend's ``user_key`` /
``Session_key`` / ``Access_token``, cookies), secret query and form fields (``password``
of the Acrobits GET and form templates, OAuth ``client_secret`` / ``refresh_token``), the
same fields in JSON bodies, OAuth token answers (``access_token``, ``refresh_token``) and
smsend's ``user_key;session_key`` login answer; anything smskit registered as a secret is
masked wherever else it appears. Requests match on method, host and path (answers replay in
order), not on bodies or query strings, so a send's fresh ``idempotencyId`` / ``order_id`` does
not stop a replay.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .._redact import redact
from .._retry import raised_before_sending

REDACTED = "REDACTED"
SECRET_HEADERS = ("authorization", "x-api-key", "user_key", "session_key", "access_token",
                  "cookie", "set-cookie", "proxy-authorization")  # fmt: skip
SECRET_FIELDS = ("password", "client_secret", "refresh_token", "access_token", "api_key",
                 "apikey", "token", "id_token", "secret")  # fmt: skip
_SMSEND_LOGIN = re.compile(r"^\s*[^;\s]+;[^;\s]+\s*$")


def vcr_config() -> dict[str, Any]:
    """Settings for ``vcr.VCR(**vcr_config())`` or pytest-recording's ``vcr_config``
    fixture. A request the cassette has no recording of then fails as ``TransportError``
    with ``sent=False``, saying so, instead of an unknown outcome."""
    try:
        from vcr.errors import CannotOverwriteExistingCassetteException  # type: ignore[import-untyped]
    except ImportError:  # settings for a vcrpy that is not installed here
        pass
    else:
        raised_before_sending(
            CannotOverwriteExistingCassetteException,
            "no cassette recording matches this request (vcrpy is replaying): record it once "
            "with --record-mode=once, or check that the connection string names the host the "
            "cassette was recorded against",
        )
    return {
        "filter_headers": [(name, REDACTED) for name in SECRET_HEADERS],
        "filter_query_parameters": [(name, REDACTED) for name in SECRET_FIELDS],
        "filter_post_data_parameters": [(name, REDACTED) for name in SECRET_FIELDS],
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "match_on": ["method", "scheme", "host", "port", "path"],
        "decode_compressed_response": True,
    }


def _scrub_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: REDACTED if k.lower() in SECRET_FIELDS and v else _scrub_json(v)
                for k, v in value.items()}  # fmt: skip
    if isinstance(value, list):
        return [_scrub_json(v) for v in value]
    return value


def _scrub_text(text: str) -> str:
    try:
        parsed = json.loads(text)
    except ValueError:
        return redact(text)
    return redact(json.dumps(_scrub_json(parsed), ensure_ascii=False))


def scrub_request(request: Any) -> Any:
    request.uri = redact(request.uri)
    body = request.body
    if isinstance(body, bytes):
        request.body = _scrub_text(body.decode("utf-8", errors="replace")).encode()
    elif isinstance(body, str):
        request.body = _scrub_text(body)
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in SECRET_HEADERS:
            headers[name] = [REDACTED]
    body = response.get("body", {}).get("string")
    if isinstance(body, bytes | str):
        text = body.decode("utf-8", errors="replace") if isinstance(body, bytes) else body
        # smsend's login answer is user_key;session_key
        login = _SMSEND_LOGIN.match(text)
        text = f"{REDACTED};{REDACTED}" if login else _scrub_text(text)
        response["body"]["string"] = text.encode() if isinstance(body, bytes) else text
    return response
