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
# Secrets shorter than this are masked only where they stand as a whole value (a query or form
# value, a quoted string, URL userinfo or a path segment, a header's value), so a token id
# "t" is hidden without turning "Can't" into "Can'[REDACTED]".
_SHORT = 4
# yarl (aiohttp's URL type) leaves these unencoded in a query; its messages carry URLs so.
_QUERY_SAFE = "@:/?!$'()*+,;="

_lock = threading.Lock()
_secrets: set[str] = set()
_pattern: re.Pattern[str] | None = None


def encodings(secret: str) -> set[str]:
    """The forms a secret takes on the wire."""
    forms = {secret, quote(secret, safe=""), quote_plus(secret, safe="")}
    forms |= {quote(secret, safe=_QUERY_SAFE), quote_plus(secret, safe=_QUERY_SAFE)}
    forms.add(base64.b64encode(secret.encode(errors="surrogatepass")).decode())
    return {f for f in forms if f}


def register(*secrets: str | None, basic_pairs: tuple[tuple[str, str], ...] = ()) -> None:
    """Remember secrets (and Basic ``user:password`` pairs) so they can be masked anywhere."""
    global _pattern
    forms: set[str] = set()
    for secret in secrets:
        if isinstance(secret, str) and secret:
            forms |= encodings(secret)
    for user, password in basic_pairs:
        forms.add(base64.b64encode(f"{user}:{password}".encode(errors="surrogatepass")).decode())
    with _lock:
        if forms - _secrets:
            _secrets.update(forms)
            ordered = sorted(_secrets, key=len, reverse=True)
            _pattern = re.compile("|".join(_alternative(s) for s in ordered))
    install_log_filter()


def _alternative(form: str) -> str:
    if len(form) >= _SHORT:
        return re.escape(form)
    x = re.escape(form)
    return (
        rf"(?:(?<==){x}(?=[&\s;,\"']|$)"  # name=VALUE in a query, a form, a log line
        rf"|(?<=\"){x}(?=\")|(?<='){x}(?=')"  # "VALUE" in JSON, 'VALUE' in a repr
        rf"|(?<=://){x}(?=[:@])|(?<=:){x}(?=@)"  # scheme://VALUE:...@ and :VALUE@
        rf"|(?<=/){x}(?=[/?#\s\"']|$)"  # a path segment: /send/VALUE/ (Acrobits templates)
        rf"|(?<=: ){x}(?=\r?$|\r?\n))"  # Header: VALUE
    )


# Credentials in a query string are masked by name too, whatever their encoding: the smsend
# login and Acrobits GET templates put passwords in URLs, and httpx logs every URL.
_QUERY_SECRET = re.compile(
    r"(?i)\b(password|passwd|pwd|pass|secret|token|api_?key|access_token|session_key)=([^&\s\"'#]+)"
)


# user:password@ in a URL (a base_url that carries credentials), whoever prints it.
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s@?#'\"]*@")


def redact(text: str) -> str:
    pattern = _pattern
    if pattern is not None:
        text = pattern.sub(MASK, text)
    text = _USERINFO.sub(rf"\1{MASK}@", text)
    return _QUERY_SECRET.sub(rf"\1={MASK}", text)


class RedactingFilter(logging.Filter):
    """Rewrites a record's final message with every registered secret masked."""

    def filter(self, record: logging.LogRecord) -> bool:
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
