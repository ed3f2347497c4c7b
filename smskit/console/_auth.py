"""Who may use the console: one token, shown either as ``Authorization: Bearer TOKEN`` or
once in the login form, which then sets a signed session cookie.

The cookie never holds the token: it is ``ISSUED.SIGNATURE`` (an HMAC of the issue time under
the token), HttpOnly and SameSite=Strict, and it lapses after ``SESSION_SECONDS``; changing
the token ends every session. Each form that changes the outbox carries a CSRF token derived
from the credential in use, so a page of another site can neither read it nor forge it.
"""

from __future__ import annotations

import hashlib
import hmac
import time

from starlette.requests import Request
from starlette.responses import Response

from .. import errors
from .._redact import register

COOKIE = "smskit_console"
SESSION_SECONDS = 12 * 3600
BEARER = "bearer"  # the credential name a Bearer request's CSRF token is derived from


class Guard:
    def __init__(self, token: str) -> None:
        if not isinstance(token, str) or len(token.strip()) < 16:
            raise errors.ValidationError(
                "token",
                "at least 16 characters "
                "(python -c 'import secrets; print(secrets.token_urlsafe())')",
            )
        register(token)  # never in a log line, an error or a page
        self._key = token.encode("utf-8", "surrogatepass")

    def __repr__(self) -> str:
        return "Guard(token=<hidden>)"

    def _sign(self, purpose: str) -> str:
        return hmac.new(self._key, purpose.encode(), hashlib.sha256).hexdigest()

    def token_matches(self, given: str) -> bool:
        return hmac.compare_digest(given.encode("utf-8", "surrogatepass"), self._key)

    def credential(self, request: Request) -> str | None:
        """The credential the request carries (``BEARER`` or its session cookie), or None."""
        header = request.headers.get("authorization", "")
        scheme, _, given = header.partition(" ")
        if scheme.lower() == "bearer" and self.token_matches(given.strip()):
            return BEARER
        cookie = request.cookies.get(COOKIE, "")
        issued, _, signature = cookie.partition(".")
        if not issued.isdigit() or len(issued) > 12:
            return None
        if not hmac.compare_digest(signature, self._sign(f"session:{issued}")):
            return None
        if time.time() - int(issued) > SESSION_SECONDS:
            return None
        return cookie

    def csrf(self, credential: str) -> str:
        return self._sign(f"csrf:{credential}")

    def csrf_matches(self, credential: str, given: str) -> bool:
        return hmac.compare_digest(given.encode("utf-8", "surrogatepass"),
                                   self.csrf(credential).encode())  # fmt: skip

    def start_session(self, response: Response, request: Request) -> None:
        issued = str(int(time.time()))
        response.set_cookie(
            COOKIE,
            f"{issued}.{self._sign(f'session:{issued}')}",
            max_age=SESSION_SECONDS,
            path=request.scope.get("root_path") or "/",
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https",
        )

    def end_session(self, response: Response, request: Request) -> None:
        response.delete_cookie(
            COOKIE, path=request.scope.get("root_path") or "/", httponly=True, samesite="strict"
        )
