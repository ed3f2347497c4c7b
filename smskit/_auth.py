"""Credentials as ``httpx.Auth`` flows: Basic, static bearer, and OAuth2 tokens that renew.

OAuth2 tokens are cached on the auth object, renewed when less than 30 s of their lifetime
remain (a tenth of it for tokens that live under 300 s), and renewed once more on a 401
(then the request is replayed once). Concurrent callers share one renewal: threads through
a lock, tasks through an asyncio lock; the others wait and reuse the new token.
"""

from __future__ import annotations

import base64
import math
import re
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import TYPE_CHECKING, Any, Protocol

import attrs
import httpx

if TYPE_CHECKING:
    import asyncio  # imported when an async flow runs: a sync client never loads it

from . import errors
from ._error_map import error_from_response
from ._redact import register

RENEW_MARGIN_SECONDS = 30.0


class StaticHeaderAuth(httpx.Auth):
    """Credentials that are the same headers on every request. The clients add them when they
    build a request (computed once per client, no auth flow per send); as an ``httpx.Auth``
    they also work on any httpx client."""

    def __init__(self, headers: dict[str, str], *secrets: str) -> None:
        register(*secrets)
        self.headers = headers

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.update(self.headers)
        yield request

    def __repr__(self) -> str:
        return f"{type(self).__name__}(***)"


class BasicAuth(StaticHeaderAuth):
    """HTTP Basic, its credentials masked in every log (also as base64 ``user:password``)."""

    def __init__(self, username: str, password: str) -> None:
        register(basic_pairs=((username, password),))
        pair = base64.b64encode(f"{username}:{password}".encode()).decode()
        super().__init__({"Authorization": f"Basic {pair}"}, password)


class BearerAuth(StaticHeaderAuth):
    """A fixed bearer token: it cannot be renewed, so a 401 is final."""

    def __init__(self, token: str) -> None:
        super().__init__({"Authorization": f"Bearer {token}"}, token)


class ApiKeyAuth(StaticHeaderAuth):
    """A static API key in a header (SMS.CX ``X-API-KEY``)."""

    def __init__(self, header: str, key: str) -> None:
        super().__init__({header: key}, key)


@attrs.frozen(repr=False)
class Token:
    """A credential obtained at run time: an OAuth2 access token or an smsend session key."""

    access_token: str
    expires_at: float | None  # time.monotonic() seconds; None = never expires
    refresh_token: str | None = None
    user_key: str | None = None  # smsend: the account key sent beside the session key
    # Renew this long before expiry: 30 s, or a tenth of a shorter lifetime (a 20 s token
    # renewed 30 s early would be renewed on every request).
    renew_margin: float = RENEW_MARGIN_SECONDS

    def __repr__(self) -> str:
        return f"Token(expires_at={self.expires_at!r})"


def margin_for(lifetime: float) -> float:
    return min(RENEW_MARGIN_SECONDS, lifetime / 10)


class TokenEndpointError(Exception):
    """The auth flow's own request (token fetch, login) was answered with an error.

    Internal: the client core catches it and decides, like for any answer, whether to retry
    (429, 5xx: the SMS itself never left, so it is always safe) or to raise ``.error``.
    """

    def __init__(self, error: errors.ApiError) -> None:
        super().__init__(str(error))
        self.error = error


def endpoint_error(provider: str, response: httpx.Response, refused: str) -> TokenEndpointError:
    """A token or login endpoint's error answer: 429 and 5xx keep their class (they are
    retried), every other refusal is an ``AuthenticationError`` saying ``refused``."""
    error = error_from_response(provider, response)
    if not isinstance(error, errors.ServerError | errors.RateLimitError):
        error = errors.AuthenticationError(
            provider=provider,
            status_code=error.status_code,
            message=f"{refused}: {error.message}",
            body=error.body,
            headers=error.headers,
            request_id=error.request_id,
        )
    return TokenEndpointError(error)


def unusable(provider: str, response: httpx.Response, problem: str) -> errors.AuthenticationError:
    """A 2xx from a token or login endpoint that holds no usable credential."""
    return errors.AuthenticationError(
        provider=provider,
        status_code=response.status_code,
        message=f"the token endpoint's answer is unusable: {problem}",
    )


# What a token may hold to be sent in a header: visible ASCII (RFC 6750 b64token and more).
_TOKEN_CHARS = re.compile(r"[\x21-\x7e]+")


def token_text(value: object) -> str | None:
    """``value`` if it can be sent as a credential, else None."""
    if isinstance(value, str) and _TOKEN_CHARS.fullmatch(value):
        return value
    return None


def lifetime_seconds(value: object) -> float | None:
    """``expires_in`` as seconds (a number, or digits in a string), else None."""
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    seconds = float(value)
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


class Grant(Protocol):
    """How to obtain a token (the request and how to read its answer) and how to use it."""

    @property
    def renewable(self) -> bool: ...

    @property
    def idle_timeout(self) -> float | None:
        """Seconds of disuse after which the token is dead (smsend sessions), else None."""

    def token_request(self, current: Token | None) -> httpx.Request: ...

    def token_from(self, response: httpx.Response, current: Token | None, now: float) -> Token: ...

    def apply(self, request: httpx.Request, token: Token) -> None: ...


def apply_bearer(request: httpx.Request, token: Token) -> None:
    request.headers["Authorization"] = f"Bearer {token.access_token}"


def token_from_json(
    provider: str, response: httpx.Response, current: Token | None, now: float
) -> Token:
    """Read a standard OAuth2 token response (RFC 6749 §5.1); errors map like any other, and
    an answer without a usable token is an ``AuthenticationError``, never a token of
    ``"None"`` or one that breaks the next request's headers."""
    if response.status_code != 200:
        raise endpoint_error(provider, response, "token request refused")
    try:
        data = response.json()
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise unusable(provider, response, "not a JSON object")
    access = token_text(data.get("access_token"))
    if access is None:
        raise unusable(provider, response, "access_token is missing or not a token")
    refresh: str | None = None
    if data.get("refresh_token") is not None:
        refresh = token_text(data["refresh_token"])
        if refresh is None:
            raise unusable(provider, response, "refresh_token is not a token")
    refresh = refresh or (current.refresh_token if current else None)
    lifetime: float | None = None
    if data.get("expires_in") is not None:
        lifetime = lifetime_seconds(data["expires_in"])
        if lifetime is None:
            raise unusable(provider, response, "expires_in is not a number of seconds")
    register(access, refresh)
    if lifetime is None:
        return Token(access, None, refresh)
    return Token(access, now + lifetime, refresh, renew_margin=margin_for(lifetime))


class RenewingAuth(httpx.Auth):
    """Tokens from a grant, cached, shared and renewed (see module docstring)."""

    requires_response_body = True

    def __init__(
        self,
        grant: Grant,
        token: Token | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._grant = grant
        self._token = token
        self._clock = clock
        self._thread_lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None
        self._lock_loop: asyncio.AbstractEventLoop | None = None
        self._last_used = clock()
        self.token_fetches = 0  # how many token requests were answered; tests and metrics read it
        if token is not None:
            register(token.access_token, token.refresh_token)

    def __repr__(self) -> str:
        return f"RenewingAuth(grant={type(self._grant).__name__})"

    # The rules, shared by the sync and async flows.
    def _stale(self) -> bool:
        token = self._token
        if token is None:
            return True
        now = self._clock()
        idle = self._grant.idle_timeout
        if idle is not None and now - self._last_used > idle - margin_for(idle):
            return True
        return token.expires_at is not None and token.expires_at - now < token.renew_margin

    def _should_renew_after(self, response: httpx.Response) -> bool:
        return response.status_code == 401 and self._grant.renewable

    def _token_request(self, original: httpx.Request) -> httpx.Request:
        """The grant's request, with the caller's timeouts (a bare request would have none)."""
        token_request = self._grant.token_request(self._token)
        if "timeout" in original.extensions:
            token_request.extensions["timeout"] = original.extensions["timeout"]
        if "user-agent" in original.headers:
            token_request.headers["User-Agent"] = original.headers["user-agent"]
        return token_request

    def _accept(self, response: httpx.Response) -> None:
        self._token = self._grant.token_from(response, self._token, self._clock())
        self.token_fetches += 1

    def _authorize(self, request: httpx.Request) -> Token | None:
        token = self._token
        if token is not None:
            self._grant.apply(request, token)
            self._last_used = self._clock()
        return token

    # Sync: threads wait on a lock while one of them fetches.
    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        if self._stale():
            with self._thread_lock:
                if self._stale():
                    yield from self._sync_fetch(request)
        used = self._authorize(request)
        response = yield request
        if self._should_renew_after(response):
            with self._thread_lock:
                if self._token is used:
                    yield from self._sync_fetch(request)
            self._authorize(request)
            yield request

    def _sync_fetch(
        self, original: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        response = yield self._token_request(original)
        response.read()
        self._accept(response)

    # Async: tasks wait on an asyncio lock while one of them fetches. The flow holds the lock
    # across the token request, so the transport must close the flow when a request fails
    # (httpx does; smskit's aiohttp carrier does too), or the lock would stay taken.
    def _lock_for_running_loop(self) -> asyncio.Lock:
        """An asyncio lock belongs to one event loop: a client used again under a new loop
        (a second ``asyncio.run``) gets a fresh one."""
        import asyncio

        loop = asyncio.get_running_loop()
        with self._thread_lock:
            if self._async_lock is None or self._lock_loop is not loop:
                self._async_lock, self._lock_loop = asyncio.Lock(), loop
            return self._async_lock

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        lock = self._lock_for_running_loop()
        if self._stale():
            async with lock:
                if self._stale():
                    response = yield self._token_request(request)
                    await response.aread()
                    self._accept(response)
        used = self._authorize(request)
        response = yield request
        if self._should_renew_after(response):
            async with lock:
                if self._token is used:
                    token_response = yield self._token_request(request)
                    await token_response.aread()
                    self._accept(token_response)
            self._authorize(request)
            yield request


@attrs.frozen(repr=False)
class RefreshTokenGrant:
    """OAuth2 ``grant_type=refresh_token`` (sipgate's Keycloak): form-encoded, client
    credentials in the body."""

    provider: str
    token_url: str
    client_id: str
    client_secret: str
    renewable: bool = True
    idle_timeout: float | None = None

    def token_request(self, current: Token | None) -> httpx.Request:
        if current is None or not current.refresh_token:
            raise errors.AuthenticationError(
                provider=self.provider, status_code=401, message="no refresh token to renew with"
            )
        form: dict[str, Any] = {
            "grant_type": "refresh_token",
            "refresh_token": current.refresh_token,
            "client_id": self.client_id,
            "client_secret": self.client_secret,
        }
        return httpx.Request("POST", self.token_url, data=form)

    def token_from(self, response: httpx.Response, current: Token | None, now: float) -> Token:
        return token_from_json(self.provider, response, current, now)

    def apply(self, request: httpx.Request, token: Token) -> None:
        apply_bearer(request, token)
