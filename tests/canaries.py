"""Canary secrets: every credential a test hands to smskit is declared here, and the whole
suite fails a test in whose logs (at DEBUG, smskit's and the libraries' underneath), warnings,
or live clients' and errors' str/repr any canary shows up, in any encoding it travels in."""

from __future__ import annotations

import base64
from urllib.parse import quote, quote_plus

_FORMS: set[str] = set()


def forms(secret: str, user: str | None = None) -> set[str]:
    found = {
        secret,
        quote(secret, safe=""),
        quote_plus(secret),
        base64.b64encode(secret.encode()).decode(),
    }
    if user is not None:
        found.add(base64.b64encode(f"{user}:{secret}".encode()).decode())
    return found


def canary(secret: str, user: str | None = None) -> str:
    """Declare ``secret`` (and the Basic pair with ``user``) as a canary; returns it."""
    _FORMS.update(forms(secret, user))
    return secret


def all_canaries() -> set[str]:
    return set(_FORMS)


def leaks(text: str, secrets: set[str]) -> list[str]:
    return sorted(s for s in secrets if s in text)
