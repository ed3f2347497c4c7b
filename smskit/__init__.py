"""smskit: one typed SDK for sending SMS through sipgate, SMS.CX, smsend and Acrobits-compatible
web services, with the same idioms, errors and retry guarantees everywhere.

Importing smskit is cheap: each client (and httpx, phonenumbers and the generated client
under it) is imported the first time it is used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import errors

if TYPE_CHECKING:
    from . import smscx
    from ._dsn import ConnectionString, connect, connect_async
    from ._inbound import InboundSms
    from ._models import SendResult
    from ._phone import to_e164
    from ._segments import Segments, segments
    from ._sender import AsyncSender, Recovery, Sender
    from ._views import RawResult
    from .outbox import Outbox, Route
    from .providers.acrobits import AcrobitsWebService, AsyncAcrobitsWebService
    from .providers.sipgate import AsyncSipgate, Sipgate, SmsExtension, UserInfo
    from .providers.smscx import AsyncSmscx, Smscx
    from .providers.smsend import AsyncSmsend, Smsend
    from .routing import AsyncFailover, Failover

__version__ = "0.1.0"

_LAZY = {
    "AcrobitsWebService": ".providers.acrobits",
    "AsyncAcrobitsWebService": ".providers.acrobits",
    "AsyncFailover": ".routing",
    "AsyncSender": "._sender",
    "AsyncSipgate": ".providers.sipgate",
    "AsyncSmscx": ".providers.smscx",
    "AsyncSmsend": ".providers.smsend",
    "ConnectionString": "._dsn",
    "Failover": ".routing",
    "InboundSms": "._inbound",
    "Outbox": ".outbox",
    "RawResult": "._views",
    "Recovery": "._sender",
    "Route": ".outbox",
    "Segments": "._segments",
    "SendResult": "._models",
    "Sender": "._sender",
    "Sipgate": ".providers.sipgate",
    "SmsExtension": ".providers.sipgate",
    "Smscx": ".providers.smscx",
    "Smsend": ".providers.smsend",
    "UserInfo": ".providers.sipgate",
    "connect": "._dsn",
    "connect_async": "._dsn",
    "segments": "._segments",
    "to_e164": "._phone",
}

__all__ = [
    "AcrobitsWebService",
    "AsyncAcrobitsWebService",
    "AsyncFailover",
    "AsyncSender",
    "AsyncSipgate",
    "AsyncSmscx",
    "AsyncSmsend",
    "ConnectionString",
    "Failover",
    "InboundSms",
    "Outbox",
    "RawResult",
    "Recovery",
    "Route",
    "Segments",
    "SendResult",
    "Sender",
    "Sipgate",
    "SmsExtension",
    "Smscx",
    "Smsend",
    "UserInfo",
    "__version__",
    "connect",
    "connect_async",
    "errors",
    "segments",
    "smscx",
    "to_e164",
]


def __getattr__(name: str) -> Any:
    if name == "smscx":
        return importlib.import_module(".smscx", __name__)
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'smskit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
