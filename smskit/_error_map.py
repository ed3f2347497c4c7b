"""HTTP error responses to the smskit exception tree.

The status picks the default class; a provider's refiner may pick a more specific one from
the body. Nothing here trusts the body: it may be empty, HTML, truncated or not UTF-8.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import Any

import attrs
import httpx

from . import errors
from ._redact import redact

_BY_STATUS: dict[int, type[errors.ApiError]] = {
    400: errors.InvalidRequestError,
    401: errors.AuthenticationError,
    402: errors.InsufficientFundsError,
    403: errors.PermissionDeniedError,
    404: errors.NotFoundError,
    405: errors.InvalidRequestError,
    409: errors.InvalidRequestError,
    413: errors.InvalidRequestError,
    415: errors.InvalidRequestError,
    422: errors.InvalidRequestError,
    429: errors.RateLimitError,
}
_MESSAGE_LIMIT = 100
# How much of an error body is read, kept and searched: error bodies are small, and a huge one
# must not cost more than a bounded, linear amount of work (it runs inside the call).
BODY_LIMIT = 64 * 1024


@attrs.frozen
class ErrorDetail:
    """What a refiner may change: the class, the provider's own code and the message."""

    cls: type[errors.ApiError]
    code: Any
    message: str


# A refiner gets the status, the decoded JSON body (or None) and the default detail.
Refiner = Callable[[int, Any, ErrorDetail], ErrorDetail]


def class_for_status(status: int) -> type[errors.ApiError]:
    if status >= 500:
        return errors.ServerError
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    return errors.InvalidRequestError if 400 <= status < 500 else errors.ApiError


def decode_json(content: bytes) -> Any:
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None


def message_from_body(body: Any, text: str, status: int) -> str:
    """The provider's own words: JSON ``message`` (top level or under ``error``), XML
    ``<message>``, else the first 100 characters of the body."""
    if isinstance(body, dict):
        for holder in (body.get("error"), body):
            if isinstance(holder, dict):
                for key in ("message", "error_message", "detail", "title"):
                    if isinstance(holder.get(key), str) and holder[key].strip():
                        return str(holder[key]).strip()
    xml = _xml_message(text)
    if xml:
        return xml
    snippet = " ".join(text.split())[:_MESSAGE_LIMIT]
    return snippet or f"HTTP {status} with an empty body"


def _xml_message(text: str) -> str | None:
    """The first ``<message>...</message>``, found in one linear pass."""
    lowered = text.lower()
    start = lowered.find("<message>")
    if start < 0:
        return None
    end = lowered.find("</message>", start)
    if end < 0:
        return None
    return text[start + len("<message>") : end].strip() or None


def retry_after_seconds(headers: httpx.Headers, now: float | None = None) -> float | None:
    """Seconds to wait, from ``Retry-After`` (seconds or HTTP date) or ``X-Rate-Limit-Reset``
    (a Unix timestamp; small values are taken as seconds)."""
    current = time.time() if now is None else now
    value = headers.get("retry-after")
    if value:
        value = value.strip()
        try:
            return max(0.0, float(value))
        except ValueError:
            pass
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - current)
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    reset = headers.get("x-rate-limit-reset")
    if reset:
        try:
            number = float(reset.strip())
        except ValueError:
            return None
        return max(0.0, number - current) if number > 1_000_000_000 else max(0.0, number)
    return None


def error_from_response(
    provider: str, response: httpx.Response, refine: Refiner | None = None
) -> errors.ApiError:
    status = response.status_code
    content = response.content[:BODY_LIMIT]
    text = redact(content.decode("utf-8", errors="replace"))
    body = decode_json(content) if len(response.content) <= BODY_LIMIT else None
    message = message_from_body(body, text, status)
    if 300 <= status < 400:
        location = redact(response.headers.get("location", "elsewhere"))
        message = (
            f"redirected to {location}; smskit does not follow redirects (credentials would "
            "go with them): set base_url to the final address"
        )
    detail = ErrorDetail(class_for_status(status), None, message)
    if refine is not None:
        # An odd body never hides the status-based error.
        with contextlib.suppress(KeyError, TypeError, ValueError, AttributeError):
            detail = refine(status, body, detail)
    if status >= 500 and not issubclass(detail.cls, errors.ServerError):
        detail = attrs.evolve(detail, cls=errors.ServerError)
    kwargs: dict[str, Any] = {
        "provider": provider,
        "status_code": status,
        "message": redact(detail.message),
        "code": detail.code,
        "body": text,
        "headers": {k: redact(v) for k, v in response.headers.items()},
        "request_id": response.headers.get("x-request-id") or response.headers.get("request-id"),
    }
    if issubclass(detail.cls, errors.RateLimitError):
        return detail.cls(retry_after=retry_after_seconds(response.headers), **kwargs)
    return detail.cls(**kwargs)
