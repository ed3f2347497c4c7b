"""The retry rule, as a pure function of the call, the attempt and what came back: whether to
wait and try again, or which smskit error to raise (with its ``sent``, DESIGN §6 and §16).
No transport is imported here; the clients feed it what their transport returned."""

from __future__ import annotations

import random

import attrs
import httpx

from . import errors
from ._auth import TokenEndpointError
from ._error_map import Refiner, error_from_response
from ._plan import Call
from ._redact import redact
from ._sender import FAIL_FAST

DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RETRY_WAIT = 60.0
DEFAULT_RETRY_BACKOFF = 0.5
MAX_BACKOFF = 8.0

# Raised before a single byte of the request left: always safe to try again.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# The request can never succeed as built; trying again would not help.
_NOT_SENDABLE = (httpx.UnsupportedProtocol, httpx.LocalProtocolError, httpx.InvalidURL)


# Exceptions of other libraries that stand in for the network and raise before a request
# leaves (vcrpy replaying a cassette that has no recording of it), with what to tell the
# user. Registered by whoever knows the library (smskit.testing registers vcrpy's); such a
# failure is ``sent=False`` and never retried.
_NEVER_LEFT: dict[type[BaseException], str] = {}


def raised_before_sending(kind: type[BaseException], explanation: str) -> None:
    """Declare that ``kind``, raised by a transport, means the request never left."""
    _NEVER_LEFT[kind] = explanation


@attrs.frozen(eq=False)  # internal: compared by identity, one method less to build
class Step:
    """What to do after an attempt: succeed (neither field), wait and retry, or raise."""

    retry_in: float | None = None
    error: errors.SmskitError | None = None


@attrs.frozen
class RetryPolicy:
    max_retries: int = DEFAULT_MAX_RETRIES
    max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT
    backoff: float = DEFAULT_RETRY_BACKOFF

    def _after_api_error(self, error: errors.ApiError, attempt: int, *, idempotent: bool) -> Step:
        can_retry = attempt < self.max_retries
        if isinstance(error, errors.RateLimitError):
            # Nothing was processed, so even a send may be repeated.
            wait = error.retry_after
            if can_retry and (wait is None or wait <= self.max_retry_wait):
                return Step(retry_in=self.delay(attempt) if wait is None else wait)
        elif isinstance(error, errors.ServerError) and idempotent and can_retry:
            return Step(retry_in=self.delay(attempt))
        return Step(error=error)

    def delay(self, attempt: int) -> float:
        """Exponential backoff with full jitter, so many clients do not retry in step."""
        ceiling = min(MAX_BACKOFF, self.backoff * (2**attempt))
        return random.uniform(ceiling / 2, ceiling)

    def next_step(
        self,
        provider: str,
        call: Call,
        attempt: int,
        outcome: httpx.Response | Exception,
        refine: Refiner | None,
        *,
        before_sending: bool = False,
    ) -> Step:
        """``before_sending``: the failure hit an auxiliary request (a token fetch or a login
        made by the auth flow), so the call's own request never left."""
        can_retry = attempt < self.max_retries
        if isinstance(outcome, TokenEndpointError):
            return self._after_api_error(outcome.error, attempt, idempotent=True)
        if isinstance(outcome, httpx.Response):
            if 200 <= outcome.status_code < 300:
                return Step()
            error = error_from_response(provider, outcome, refine)
            return self._after_api_error(error, attempt, idempotent=call.idempotent)
        detail = redact(f"{type(outcome).__name__}: {outcome}")
        explanation = next(
            (text for kind, text in _NEVER_LEFT.items() if isinstance(outcome, kind)), None
        )
        if explanation is not None:
            stopped = errors.TransportError(f"{provider} {call.name}: {explanation}")
            stopped.sent = False
            return Step(error=stopped)
        if not isinstance(outcome, httpx.HTTPError) and not before_sending:
            # Not a failure the transport knows (a closed event loop, a library bug ...): it
            # may have struck after the request left, so it is never retried, and for a send
            # it is an unknown outcome rather than a foreign exception.
            what = f"{provider} {call.name}: unexpected {detail}"
            if call.sends_sms:
                return Step(
                    error=errors.DeliveryUnknownError(
                        f"{what}; the message may have been sent: check before resending"
                    )
                )
            return Step(error=errors.TransportError(what))
        if isinstance(outcome, _NOT_SENDABLE):
            unsendable = errors.TransportError(f"{provider} {call.name}: {detail}")
            unsendable.sent = False  # the request could not be built or written at all
            return Step(error=unsendable)
        never_left = before_sending or isinstance(outcome, _NOT_SENT)
        if never_left and FAIL_FAST.get():
            can_retry = False  # a failover's member: the next member is tried instead
        if never_left or call.idempotent:
            if can_retry:
                return Step(retry_in=self.delay(attempt))
            if never_left:
                return Step(
                    error=errors.ConnectError(
                        f"{provider} {call.name}: nothing sent ({detail}{_target(outcome)})"
                    )
                )
            if call.sends_sms:
                # A keyed send whose every attempt may have arrived: the key makes a later
                # repeat harmless, but whether the provider holds the message is unknown.
                return Step(
                    error=errors.DeliveryUnknownError(
                        f"{provider} {call.name}: no answer after {attempt + 1} attempts, the"
                        f" last {detail}; the message may have been sent: resend only with"
                        " the same idempotency key, or check its status"
                    )
                )
            return Step(error=errors.TransportError(f"{provider} {call.name} failed: {detail}"))
        return Step(
            error=errors.DeliveryUnknownError(
                f"{provider} {call.name}: the request may have reached {provider} ({detail}); "
                "smskit does not resend it: check its status before sending again"
            )
        )


def _target(outcome: Exception) -> str:
    """Where a request that never left was going (a typo in a host name shows here)."""
    try:
        url = outcome.request.url  # type: ignore[attr-defined]  # httpx's errors carry it
    except (AttributeError, RuntimeError):
        host = getattr(outcome, "host", None)  # aiohttp's connector errors
        return f"; connecting to {host}:{getattr(outcome, 'port', '')}" if host else ""
    port = url.port or (443 if url.scheme == "https" else 80)
    return f"; connecting to {url.host}:{port}"
