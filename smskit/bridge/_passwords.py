"""Account passwords: scrypt (stdlib ``hashlib.scrypt``), salted, with its parameters in the
hash string so they can be raised later without breaking stored hashes.

    scrypt$16384$8$1$<salt, base64>$<key, base64>
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import secrets

from .. import errors

N, R, P = 2**14, 8, 1  # ~16 MiB and some 30-50 ms per check: slow for guessing, fine for a login
_KEY = 32
MAX_MEMORY = 256 * 1024 * 1024  # what one check may take; a hash needing more is refused at load


def hash_password(password: str) -> str:
    """A hash string for a bridge account (``password_hash`` in the config)."""
    if not isinstance(password, str) or not password:
        raise errors.ValidationError("password", "must be a non-empty string")
    salt = secrets.token_bytes(16)
    key = hashlib.scrypt(password.encode(), salt=salt, n=N, r=R, p=P, dklen=_KEY)
    return f"scrypt${N}${R}${P}${_b64(salt)}${_b64(key)}"


def check_hash(text: object) -> str:
    """A stored hash as read from a config: ``ValidationError`` when it is not one."""
    if not isinstance(text, str) or _parse(text) is None:
        raise errors.ValidationError(
            "password_hash", "expected scrypt$N$r$p$salt$key (smskit bridge hash-password)"
        )
    n, r, p, _, _ = _parse(text)  # type: ignore[misc]
    if _memory(n, r, p) > MAX_MEMORY:
        raise errors.ValidationError(
            "password_hash",
            f"scrypt N={n} r={r} p={p} needs {_memory(n, r, p) // 2**20} MiB per login, over "
            f"the bridge's limit of {MAX_MEMORY // 2**20} MiB: make a new hash with "
            "smskit bridge hash-password",
        )
    return text


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches ``stored``, compared in constant time."""
    parsed = _parse(stored)
    if parsed is None:
        return False
    n, r, p, salt, key = parsed
    if _memory(n, r, p) > MAX_MEMORY:
        return False  # check_hash refuses such a hash when the config loads
    try:
        secret = password.encode()
    except UnicodeEncodeError:  # a lone surrogate from JSON: no stored password is like it
        return False
    given = hashlib.scrypt(secret, salt=salt, n=n, r=r, p=p, dklen=len(key),
                           maxmem=2 * MAX_MEMORY)  # fmt: skip
    return hmac.compare_digest(given, key)


def _memory(n: int, r: int, p: int) -> int:
    """What scrypt needs for these parameters (RFC 7914: 128 r N for V, 128 r p for B)."""
    return 128 * r * (n + p + 2)


@functools.cache
def unknown_user_hash() -> str:
    """Checked against when the user is unknown, so that answer takes as long as a wrong
    password (made once, on first use)."""
    return hash_password(secrets.token_urlsafe(16))


def _parse(text: str) -> tuple[int, int, int, bytes, bytes] | None:
    parts = text.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return None
    try:
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt, key = (
            base64.b64decode(parts[4], validate=True),
            base64.b64decode(parts[5], validate=True),
        )
    except ValueError:
        return None
    if n < 2 or n & (n - 1) or not (0 < r <= 64 and 0 < p <= 16) or len(key) < 16:
        return None
    return n, r, p, salt, key


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()
