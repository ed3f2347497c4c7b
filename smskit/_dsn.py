"""Connection strings: one setting picks the provider, its credentials and its send defaults.

``smskit.connect("sipgate://TOKEN_ID:TOKEN@default?sms_id=s0")`` builds the same client as
``smskit.Sipgate(token_id=..., token=..., sms_id="s0")``. Schemes are found through the
entry-point group ``smskit.providers`` (the built-in ones are registered there too), so a
package adds a provider by installing itself. ``failover(A B ...)`` builds a ``Failover``.

A connection string holds secrets: it never appears in a repr, a log line or an error.
"""

from __future__ import annotations

import functools
import math
import os
from collections.abc import Mapping
from importlib import metadata
from types import MappingProxyType
from typing import TYPE_CHECKING

from . import errors
from ._connection_string import (
    ENTRY_POINT_GROUP,
    ENVIRONMENT,
    ConnectionString,
    Factory,
    parse,
)

if TYPE_CHECKING:
    from ._sender import AsyncSender, Sender
    from .routing import AsyncFailover, Failover


__all__ = ["ConnectionString", "connect", "connect_async", "factories", "parse"]


@functools.cache
def factories() -> Mapping[str, Factory]:
    """Every installed scheme: the entry points of ``smskit.providers``."""
    from . import _schemes

    # The built-in schemes are registered as entry points like any plugin's; the table is
    # the fallback for a source tree that was never installed.
    found: dict[str, Factory] = dict(_schemes.BUILT_IN)
    for entry in metadata.entry_points(group=ENTRY_POINT_GROUP):
        found[entry.name.lower()] = _lazy(entry)
    return MappingProxyType(found)


def _lazy(entry: metadata.EntryPoint) -> Factory:
    def load(cs: ConnectionString, *, asynchronous: bool) -> Sender | AsyncSender:
        factory: Factory = entry.load()
        return factory(cs, asynchronous=asynchronous)

    return load


def connect(dsn: str | None = None) -> Sender:
    """A sync ``Sender`` from a connection string (or ``SMSKIT_DSN``)."""
    return _connect(dsn, asynchronous=False)  # type: ignore[return-value]


def connect_async(dsn: str | None = None) -> AsyncSender:
    """An ``AsyncSender`` from a connection string (or ``SMSKIT_DSN``)."""
    return _connect(dsn, asynchronous=True)  # type: ignore[return-value]


def _connect(dsn: str | None, *, asynchronous: bool) -> Sender | AsyncSender:
    if dsn is None:
        dsn = os.environ.get(ENVIRONMENT)
        if not dsn:
            raise errors.ValidationError("dsn", f"pass a connection string or set {ENVIRONMENT}")
    text = dsn.strip() if isinstance(dsn, str) else dsn
    if isinstance(text, str) and text.lower().startswith("failover("):
        return failover_from_string(text, asynchronous=asynchronous)
    cs = parse(text)
    factory = factories().get(cs.scheme)
    if factory is None:
        known = ", ".join(sorted(factories()))
        raise errors.ValidationError(
            "dsn", f"unknown scheme {cs.scheme!r} (installed: {known}, failover(...))"
        )
    try:
        return factory(cs, asynchronous=asynchronous)
    except errors.ValidationError as exc:
        if exc.field == "dsn":
            raise
        # A parameter the client refused (max_retries=-1, timeout=0): say it came from here.
        raise errors.ValidationError("dsn", f"{cs.scheme}: {exc.field}: {exc.problem}") from None


def failover_from_string(text: str, *, asynchronous: bool) -> Failover | AsyncFailover:
    """``failover(DSN DSN ...)`` with an optional ``?cooldown=SECONDS`` after the ``)``."""
    from .routing import DEFAULT_COOLDOWN, AsyncFailover, Failover  # phonenumbers: on use

    close = text.rfind(")")
    if close < 0:
        raise errors.ValidationError("dsn", "failover( is not closed with )")
    inner, tail = text[len("failover(") : close], text[close + 1 :]
    cooldown = DEFAULT_COOLDOWN
    if tail:
        name, _, value = tail.lstrip("?").partition("=")
        if not tail.startswith("?") or name != "cooldown" or "&" in value:
            raise errors.ValidationError(
                "dsn", "failover(...) takes one parameter after it: ?cooldown=SECONDS"
            )
        try:
            cooldown = float(value)
        except ValueError:
            raise errors.ValidationError("dsn", "failover: cooldown= is not a number") from None
        if not math.isfinite(cooldown) or cooldown < 0:
            raise errors.ValidationError(
                "dsn", f"failover: cooldown={value} must be a finite number of seconds, 0 or more"
            )
    members = inner.split()
    if not members:
        raise errors.ValidationError(
            "dsn", "failover() is empty: list connection strings, e.g. failover(A B)"
        )
    if any(m.lower().startswith("failover(") for m in members):
        raise errors.ValidationError("dsn", "a failover cannot contain another failover")
    senders = [_connect(m, asynchronous=asynchronous) for m in members]
    if asynchronous:
        return AsyncFailover(senders, cooldown)  # type: ignore[arg-type]
    return Failover(senders, cooldown)  # type: ignore[arg-type]
