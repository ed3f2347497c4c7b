"""What every client is configured with: the version it announces, its default limits, the
options it takes, and the checks on a base URL and a timeout (https only, never unbounded)."""

from __future__ import annotations

import functools
import ipaddress
import ssl
from typing import (
    TypedDict,
)

import httpx

from . import errors
from ._redact import redact
from ._validate import require_seconds

__version__ = "0.1.0"
USER_AGENT = f"smskit/{__version__}"  # the same on every transport
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_CONCURRENCY = 8


class ClientOptions(TypedDict, total=False):
    """Keyword options every client takes, besides its credentials."""

    base_url: str | None
    timeout: float | httpx.Timeout
    max_retries: int
    max_retry_wait: float
    retry_backoff: float
    allow_insecure: bool
    http_client: httpx.Client | httpx.AsyncClient | None
    max_concurrency: int  # async clients only
    transport: str  # async clients only: "aiohttp" (default) or "httpx"


def check_base_url(field: str, url: str, allow_insecure: bool) -> httpx.URL:
    """https only, except loopback hosts (tests, the sandbox) or an explicit opt-out."""
    if not isinstance(url, str):
        raise errors.ValidationError(field, f"expected a URL string, got {type(url).__name__}")
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise errors.ValidationError(field, f"{redact(url)!r} is not a URL ({exc})") from None
    if parsed.userinfo:
        raise errors.ValidationError(
            field,
            f"{redact(url)!r} carries credentials (user:password@): pass them as the client's "
            "credential arguments, where they are kept out of logs and never sent elsewhere",
        )
    if parsed.scheme == "https" and parsed.host:
        return parsed
    if parsed.scheme == "http" and parsed.host and (allow_insecure or _is_loopback(parsed.host)):
        return parsed
    raise errors.ValidationError(
        field,
        f"{redact(url)!r} must be an https:// URL (plain http:// is allowed for loopback hosts, "
        "or with allow_insecure=True)",
    )


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    """Every limit set and finite: an SMS call must never hang forever."""
    if isinstance(value, httpx.Timeout):
        for name, limit in value.as_dict().items():
            require_seconds(f"timeout.{name}", limit)
        return value
    if value is None:
        raise errors.ValidationError("timeout", "must be set: an SMS call must never hang forever")
    return httpx.Timeout(require_seconds("timeout", value))


@functools.cache
def shared_ssl_context() -> ssl.SSLContext:
    """One TLS context (httpx's default: certifi's CAs, ``SSL_CERT_FILE``/``SSL_CERT_DIR``
    as set when the first client is made) for every client smskit makes itself. Loading the
    CA bundle costs some 25 ms, which made a client's construction cost more than a send;
    a context is safe to share between clients and threads."""
    return httpx.create_ssl_context()
