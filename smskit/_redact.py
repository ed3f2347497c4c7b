"""Keep secrets out of logs, reprs and errors, in every encoding they travel in.

A secret can reach a log line raw, inside a Basic header (base64 of ``id:secret``), or
percent- or form-encoded in a URL. Each client registers its secrets here; the redacting
filter sits on smskit's logger and on the loggers of the HTTP libraries underneath, because
httpx logs every request URL at INFO and httpcore logs response headers at DEBUG.
"""

from __future__ import annotations

import base64
import logging
import re
import threading
from urllib.parse import quote, quote_plus

MASK = "[REDACTED]"
_MIN_LENGTH = 4  # shorter "secrets" would mask ordinary words in logs

_lock = threading.Lock()
_secrets: set[str] = set()
_pattern: re.Pattern[str] | None = None


def encodings(secret: str) -> set[str]:
    """The forms a secret takes on the wire."""
    forms = {secret, quote(secret, safe=""), quote_plus(secret, safe="")}
    forms.add(base64.b64encode(secret.encode()).decode())
    return {f for f in forms if len(f) >= _MIN_LENGTH}


def register(*secrets: str | None, basic_pairs: tuple[tuple[str, str], ...] = ()) -> None:
    """Remember secrets (and Basic ``user:password`` pairs) so they can be masked anywhere."""
    global _pattern
    forms: set[str] = set()
    for secret in secrets:
        if secret and len(secret) >= _MIN_LENGTH:
            forms |= encodings(secret)
    for user, password in basic_pairs:
        forms.add(base64.b64encode(f"{user}:{password}".encode()).decode())
    with _lock:
        if forms - _secrets:
            _secrets.update(forms)
            ordered = sorted(_secrets, key=len, reverse=True)
            _pattern = re.compile("|".join(re.escape(s) for s in ordered))
    install_log_filter()


# Credentials in a query string are masked by name too, whatever their encoding: the smsend
# login and Acrobits GET templates put passwords in URLs, and httpx logs every URL.
_QUERY_SECRET = re.compile(
    r"(?i)\b(password|passwd|pwd|pass|secret|token|api_?key|access_token|session_key)=([^&\s\"'#]+)"
)


def redact(text: str) -> str:
    pattern = _pattern
    if pattern is not None:
        text = pattern.sub(MASK, text)
    return _QUERY_SECRET.sub(rf"\1={MASK}", text)


class RedactingFilter(logging.Filter):
    """Rewrites a record's final message with every registered secret masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        if _pattern is None:
            return True
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


# Filters on a logger do not apply to records from its children, so each emitting logger
# of the libraries underneath is listed.
_GUARDED_LOGGERS = (
    "smskit",
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.connection_pool",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)
_filter = RedactingFilter()


def install_log_filter() -> None:
    for name in _GUARDED_LOGGERS:
        logger = logging.getLogger(name)
        if _filter not in logger.filters:
            logger.addFilter(_filter)
