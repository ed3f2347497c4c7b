"""One exception tree for every provider.

Callers catch by meaning (``AuthenticationError``, ``RateLimitError``) and never by the
provider that raised it; ``.provider`` says which one it was when that matters.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._models import SendResult

__all__ = [
    "ApiError",
    "AuthenticationError",
    "ConnectError",
    "DeliveryUnknownError",
    "DuplicateIdError",
    "DuplicateValueError",
    "FailoverError",
    "InsufficientFundsError",
    "InvalidPhoneNumberError",
    "InvalidPinError",
    "InvalidRequestError",
    "NoCoverageError",
    "NotFoundError",
    "OtpActionNotAllowedError",
    "OtpAlreadyVerifiedError",
    "OtpCancelledError",
    "OtpError",
    "OtpExpiredError",
    "OtpFailedError",
    "OutboxError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "SmskitError",
    "StorageError",
    "TransportError",
    "ValidationError",
]


class SmskitError(Exception):
    """Base of every error smskit raises.

    ``partial`` is set when a send that took several requests failed part-way: it is the
    ``SendResult`` of what the provider had already accepted, so no accepted message is lost
    from view. It is ``None`` otherwise.

    ``reference`` is set on errors of a send whose outcome may need reconciling: the id to
    look it up by (smsend's ``order_id``, SMS.CX's ``idempotencyId``).

    ``sent`` answers the one question every consumer asks after an error, "may this SMS have
    reached the provider?" (DESIGN §16): ``False`` when it certainly did not leave or was
    certainly refused, so sending it again (anywhere) cannot duplicate it; ``None`` when it may
    have been accepted, so only a reconciliation (a lookup, a resend under the same
    idempotency key) or a person may decide. Each class carries the usual answer; the client
    core sets it on an instance where it knows better (a 5xx to a read, a request that could
    never be built). Failover, the outbox, the bridge and the command line read this and
    nothing else to decide whether a message may go again.
    """

    partial: SendResult | None = None
    reference: str | None = None
    sent: bool | None = None


class ValidationError(SmskitError, ValueError):
    """Bad input, refused before anything was sent."""

    sent = False

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")


class TransportError(SmskitError):
    """No usable HTTP response: connection refused or reset, timeout, protocol error.

    ``sent`` is ``None`` unless the subclass (``ConnectError``) or the core knows better.
    """


class ConnectError(TransportError):
    """The request never left: connection refused, DNS, TLS handshake, or a failed token or
    login request before it. Nothing was sent, so trying again (or another provider) is safe.
    """

    sent = False


class DeliveryUnknownError(TransportError):
    """The request may have reached the provider, and smskit will not resend it.

    Reconcile before trying again (look the message or order up), or accept the risk of a
    duplicate SMS explicitly by sending again yourself.
    """

    sent = None


class OutboxError(SmskitError):
    """The outbox's database cannot be used right now (locked by another program for longer
    than the outbox waits, a disk error). Nothing was lost: what was committed stays, what
    was not is not there."""


class StorageError(SmskitError):
    """The outbox's database is damaged, read-only or not an smskit outbox: a fault a retry
    will not cure. ``path`` names the file or database. A dispatcher stops with it, never
    silently; ``sent`` is ``None`` because a store that failed may not have recorded an
    outcome."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class FailoverError(SmskitError):
    """Every member of a failover route failed without sending. ``errors`` holds each
    member's error, in the order they were tried."""

    sent = False  # raised only when every member's error had ``sent is False``

    def __init__(self, message: str, errors: list[SmskitError]) -> None:
        super().__init__(message)
        self.errors = errors


class ApiError(SmskitError):
    """The provider answered with an error status: a definite refusal (``sent`` is ``False``),
    except a ``ServerError``."""

    sent: bool | None = False

    def __init__(
        self,
        *,
        provider: str,
        status_code: int,
        message: str,
        code: Any = None,
        body: str = "",
        headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
    ) -> None:
        self.provider = provider
        self.status_code = status_code
        self.message = message
        self.code = code
        self.body = body
        self.headers: dict[str, str] = dict(headers or {})
        self.request_id = request_id
        super().__init__(self.__str__())

    def __str__(self) -> str:
        code = f" ({self.code})" if self.code is not None else ""
        return f"{self.provider} answered {self.status_code}{code}: {self.message}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(provider={self.provider!r}, status_code={self.status_code},"
            f" code={self.code!r}, message={self.message!r}, request_id={self.request_id!r})"
        )


class InvalidRequestError(ApiError):
    """The provider refused the request as malformed (400, 405, 415, 422 ...)."""


class InvalidPhoneNumberError(InvalidRequestError):
    """The provider refused one or more recipient numbers."""


class NoCoverageError(InvalidRequestError):
    """The provider does not deliver to that destination."""


class DuplicateIdError(InvalidRequestError):
    """A resource with the same id already exists (SMS.CX duplicate_id)."""


class DuplicateValueError(InvalidRequestError):
    """A value that must be unique is taken (SMS.CX duplicate_value: originator, group name...)."""


class OtpError(InvalidRequestError):
    """An OTP operation the OTP's state does not allow; the subclasses say which state."""


class OtpExpiredError(OtpError):
    """The OTP expired before it was verified."""


class OtpFailedError(OtpError):
    """Too many wrong PINs: the OTP can no longer be verified."""


class OtpCancelledError(OtpError):
    """The OTP was cancelled."""


class OtpAlreadyVerifiedError(OtpError):
    """The OTP was verified already."""


class OtpActionNotAllowedError(OtpError):
    """The OTP is no longer pending, so it cannot be cancelled."""


class InvalidPinError(OtpError):
    """The PIN does not match; the user may try again while attempts remain."""


class AuthenticationError(ApiError):
    """The credentials were refused (401; smsend login 404)."""


class InsufficientFundsError(ApiError):
    """The account has too little credit for the request (402; SMS.CX insufficient_credit)."""


class PermissionDeniedError(ApiError):
    """The credentials are valid but not allowed to do this (403)."""


class NotFoundError(ApiError):
    """The endpoint or resource does not exist (404)."""


class RateLimitError(ApiError):
    """Too many requests (429). ``retry_after`` is in seconds when the provider said."""

    def __init__(self, *, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(**kwargs)


class ServerError(ApiError):
    """The provider failed (5xx). A 5xx says nothing about what the provider did with the
    request before it failed, so a send that ends here may have been sent (``sent`` is
    ``None``)."""

    sent = None
