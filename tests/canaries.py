"""Every form a secret can take on its way out: raw, base64, percent- and form-encoded."""

from __future__ import annotations

import base64
from urllib.parse import quote, quote_plus


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


def leaks(text: str, secrets: set[str]) -> list[str]:
    return sorted(s for s in secrets if s in text)
