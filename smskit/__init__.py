"""smskit: one typed SDK for sending SMS through sipgate, SMS.CX, smsend and Acrobits-compatible
web services, with the same idioms, errors and retry guarantees everywhere."""

from . import errors
from ._base import __version__
from ._models import SendResult
from ._phone import to_e164
from .providers.sipgate import AsyncSipgate, Sipgate, SmsExtension, UserInfo

__all__ = [
    "AsyncSipgate",
    "SendResult",
    "Sipgate",
    "SmsExtension",
    "UserInfo",
    "__version__",
    "errors",
    "to_e164",
]
