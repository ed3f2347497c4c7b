"""smskit: one typed SDK for sending SMS through sipgate, SMS.CX, smsend and Acrobits-compatible
web services, with the same idioms, errors and retry guarantees everywhere."""

from . import errors, smscx
from ._base import __version__
from ._models import SendResult
from ._phone import to_e164
from ._segments import Segments, segments
from .providers.acrobits import AcrobitsWebService, AsyncAcrobitsWebService
from .providers.sipgate import AsyncSipgate, Sipgate, SmsExtension, UserInfo
from .providers.smscx import AsyncSmscx, Smscx
from .providers.smsend import AsyncSmsend, Smsend

__all__ = [
    "AcrobitsWebService",
    "AsyncAcrobitsWebService",
    "AsyncSipgate",
    "AsyncSmscx",
    "AsyncSmsend",
    "Segments",
    "SendResult",
    "Sipgate",
    "SmsExtension",
    "Smscx",
    "Smsend",
    "UserInfo",
    "__version__",
    "errors",
    "segments",
    "smscx",
    "to_e164",
]
