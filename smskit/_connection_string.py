"""A connection string parsed into its parts (``ConnectionString``), as a provider's factory
receives it; the shared parameters (``timeout``, ``max_retries``, ``transport``) read and
checked once. What the string connects to is decided elsewhere (``_dsn``).

A connection string holds secrets: it never appears in a repr, a log line or an error.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import parse_qsl, unquote, urlsplit

import attrs

from . import errors
from ._redact import register

if TYPE_CHECKING:
    from ._sender import AsyncSender, Sender


ENTRY_POINT_GROUP = "smskit.providers"
ENVIRONMENT = "SMSKIT_DSN"
COMMON_PARAMS = frozenset({"timeout", "max_retries"})
ASYNC_PARAMS = frozenset({"transport"})


def _frozen_params(params: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(params))


@attrs.frozen(repr=False)
class ConnectionString:
    """A parsed connection string, as a provider factory receives it.

    ``username`` and ``password`` are percent-decoded; ``host`` is ``"default"`` for the
    provider's documented address, and then ``base_url`` is None. ``params`` are the query
    parameters (each at most once).
    """

    scheme: str
    username: str | None
    password: str | None
    host: str
    port: int | None
    path: str
    params: Mapping[str, str] = attrs.field(converter=_frozen_params)
    base_url: str | None

    def __repr__(self) -> str:  # credentials and the whole string stay out of every repr
        return f"ConnectionString(scheme={self.scheme!r}, host={self.host!r})"

    def require(self, *names: str, allowed: frozenset[str] = frozenset()) -> None:
        """Refuse a parameter the scheme does not know (naming it and the known ones)."""
        known = set(names) | COMMON_PARAMS | allowed
        unknown = sorted(set(self.params) - known)
        if unknown:
            raise errors.ValidationError(
                "dsn",
                f"{self.scheme}: unknown parameter {', '.join(unknown)} "
                f"(known: {', '.join(sorted(known))})",
            )

    def common_options(self, *, asynchronous: bool) -> dict[str, Any]:
        """``timeout``, ``max_retries`` (and ``transport`` for async clients) as client
        options, checked."""
        options: dict[str, Any] = {}
        if "timeout" in self.params:
            options["timeout"] = _number(self.scheme, "timeout", self.params["timeout"], float)
        if "max_retries" in self.params:
            options["max_retries"] = _number(
                self.scheme, "max_retries", self.params["max_retries"], int
            )
        if "transport" in self.params:
            if not asynchronous:
                raise errors.ValidationError(
                    "dsn", f"{self.scheme}: transport= is for connect_async() only"
                )
            options["transport"] = self.params["transport"]
        return options


def _number(scheme: str, name: str, value: str, kind: Callable[[str], Any]) -> Any:
    try:
        return kind(value)
    except ValueError:
        raise errors.ValidationError("dsn", f"{scheme}: {name}={value!r} is not a number") from None


class Factory(Protocol):
    def __call__(self, cs: ConnectionString, *, asynchronous: bool) -> Sender | AsyncSender: ...


def parse(dsn: str) -> ConnectionString:
    """One provider's connection string (not a failover)."""
    if not isinstance(dsn, str) or "://" not in dsn:
        raise errors.ValidationError(
            "dsn", "expected SCHEME://CREDENTIALS@HOST[:PORT][/PATH][?PARAMS], e.g. "
            "sipgate://TOKEN_ID:TOKEN@default"
        )  # fmt: skip
    try:
        parts = urlsplit(dsn.strip())
        port = parts.port
    except ValueError as exc:
        raise errors.ValidationError("dsn", _what_is_wrong(dsn.strip(), exc)) from None
    scheme = parts.scheme.lower()
    username = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password is not None else None
    register(username, password)
    host = parts.hostname or ""
    if not host:
        raise errors.ValidationError("dsn", f"{scheme}: a host is needed (or 'default')")
    params: dict[str, str] = {}
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        if name in params:
            raise errors.ValidationError("dsn", f"{scheme}: parameter {name} is given twice")
        params[name] = value
    base_url = None if host == "default" else _base_url(host, port, parts.path)
    return ConnectionString(scheme, username, password, host, port, parts.path, params, base_url)


def _what_is_wrong(dsn: str, exc: ValueError) -> str:
    """Which part of a connection string urllib refused, in words that say how to fix it."""
    scheme, _, rest = dsn.partition("://")
    authority, _, after = rest.partition("/")
    if "@" in after:
        return (f"{scheme}: a '/' in the credentials ends the host part: percent-encode it as "
                "%2F (and '?' as %3F, '#' as %23, '@' as %40)")  # fmt: skip
    host = authority.rpartition("@")[2]
    if host.startswith("[") and "]" not in host:
        return f"{scheme}: the IPv6 address {host!r} needs its closing ']'"
    port = host.rpartition("]")[2] if host.startswith("[") else host
    port = port.rpartition(":")[2] if ":" in port else ""
    if port:
        if not port.isdigit():
            return (f"{scheme}: the port {port!r} is not a number (a ':' in the credentials "
                    "must be percent-encoded as %3A)")  # fmt: skip
        return f"{scheme}: the port {port} is not between 1 and 65535"
    return f"{scheme}: not a connection string ({_safe(exc)})"


def _base_url(host: str, port: int | None, path: str) -> str:
    """https://, or http:// for loopback hosts (tests, the sandbox)."""
    loopback = host == "localhost" or host.endswith(".localhost")
    try:
        address = ipaddress.ip_address(host)
        loopback = address.is_loopback
        shown = f"[{host}]" if address.version == 6 else host
    except ValueError:
        shown = host
    scheme = "http" if loopback else "https"
    return f"{scheme}://{shown}{f':{port}' if port else ''}{path}"


def _safe(exc: Exception) -> str:
    """An exception's text without any part of the connection string."""
    return type(exc).__name__
