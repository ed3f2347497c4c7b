"""Input rules shared by every provider: refuse before anything is sent."""

from __future__ import annotations

from .errors import ValidationError


def require_text(text: object, field: str = "text") -> str:
    if not isinstance(text, str):
        raise ValidationError(field, f"expected a string, got {type(text).__name__}")
    if not text.strip():
        raise ValidationError(field, "is empty or whitespace only; an SMS needs some text")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            field, "holds a lone surrogate, which no provider can encode"
        ) from None
    return text


def check_header_value(field: str, value: str | None) -> None:
    """CR or LF in a header-bound value would forge or break headers."""
    if value is not None and ("\r" in value or "\n" in value):
        raise ValidationError(field, "must not contain CR or LF characters")


def require_secret(field: str, value: object) -> str:
    if not isinstance(value, str) or not value:
        raise ValidationError(field, "must be a non-empty string")
    check_header_value(field, value)
    return value
