"""SMS.CX: bulk SMS with idempotency keys, OAuth2 client credentials or an API key, OTP,
number validation and lookup, reports and delivery-report webhooks.

Where to look: the clients in ``_client``; the send path's input rules in ``_send``; what
answers, webhooks and error bodies mean in ``_results``; credentials in ``_auth``; the
other API areas (groups, templates, numbers ...) in ``smskit.providers.smscx_areas``."""

from ._client import AsyncSmscx, Smscx
from ._results import DeliveryReport, MessageReport, Otp, parse_dlr

__all__ = [
    "AsyncSmscx",
    "DeliveryReport",
    "MessageReport",
    "Otp",
    "Smscx",
    "parse_dlr",
]
