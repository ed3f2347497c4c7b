"""The built-in connection-string schemes (registered as ``smskit.providers`` entry points).

Each factory turns a ``ConnectionString`` into the provider's client, sync or async; it names
what is missing or unknown and never echoes a secret.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import errors
from ._connection_string import ASYNC_PARAMS, ConnectionString

if TYPE_CHECKING:
    from ._connection_string import Factory
    from ._sender import AsyncSender, Sender


def _options(cs: ConnectionString, asynchronous: bool, *names: str) -> dict[str, Any]:
    cs.require(*names, allowed=ASYNC_PARAMS)  # a sync transport= is refused below, by name
    options = cs.common_options(asynchronous=asynchronous)
    if cs.base_url is not None:
        options["base_url"] = cs.base_url
    options.update({name: cs.params[name] for name in names if name in cs.params})
    return options


def _missing(cs: ConnectionString, what: str) -> errors.ValidationError:
    return errors.ValidationError("dsn", f"{cs.scheme}: {what} is missing")


def sipgate(cs: ConnectionString, *, asynchronous: bool) -> Sender | AsyncSender:
    """``sipgate://TOKEN_ID:TOKEN@default?sms_id=s0`` or ``sipgate://:ACCESS_TOKEN@default``."""
    from .providers.sipgate import AsyncSipgate, Sipgate

    options = _options(cs, asynchronous, "sms_id")
    if not cs.password:
        raise _missing(cs, "the token (TOKEN_ID:TOKEN@, or :ACCESS_TOKEN@)")
    if cs.username:
        options.update(token_id=cs.username, token=cs.password)
    else:
        options.update(access_token=cs.password)
    return (AsyncSipgate if asynchronous else Sipgate)(**options)


def smscx(cs: ConnectionString, *, asynchronous: bool) -> Sender | AsyncSender:
    """``smscx://API_KEY@default?sender=X`` or ``smscx://APP_ID:APP_SECRET@default?scope=sms``;
    ``dlr_url=`` (percent-encoded) is where SMS.CX posts delivery reports."""
    from .providers.smscx import AsyncSmscx, Smscx

    options = _options(cs, asynchronous, "sender", "scope", "dlr_url")
    if not cs.username:
        raise _missing(cs, "the API key (API_KEY@) or application (APP_ID:APP_SECRET@)")
    if cs.password:
        options.update(application_id=cs.username, application_secret=cs.password)
    else:
        if "scope" in options:
            raise errors.ValidationError("dsn", "smscx: scope= goes with APP_ID:APP_SECRET@")
        options.update(api_key=cs.username)
    return (AsyncSmscx if asynchronous else Smscx)(**options)


def smsend(cs: ConnectionString, *, asynchronous: bool) -> Sender | AsyncSender:
    """``smsend://USERNAME:PASSWORD@default?sender=X&message_type=N`` (session login)."""
    return _smsend(cs, asynchronous, ("username", "password"))


def smsend_token(cs: ConnectionString, *, asynchronous: bool) -> Sender | AsyncSender:
    """``smsend+token://USER_KEY:ACCESS_TOKEN@default`` (a permanent token, no login)."""
    return _smsend(cs, asynchronous, ("user_key", "access_token"))


def _smsend(
    cs: ConnectionString, asynchronous: bool, names: tuple[str, str]
) -> Sender | AsyncSender:
    from .providers.smsend import AsyncSmsend, Smsend

    options = _options(cs, asynchronous, "sender", "message_type")
    if not cs.username or not cs.password:
        raise _missing(cs, f"{names[0].upper()}:{names[1].upper()}@")
    options.update({names[0]: cs.username, names[1]: cs.password})
    return (AsyncSmsend if asynchronous else Smsend)(**options)


# The seed's standard template: from, password, to, body.
_QUERY = "from=%account[username]%&password=%account[password]%&to=%sms_to%&body=%sms_body%"
_JSON = (
    '{"from": "%account[username]%", "password": "%account[password]%", '
    '"to": "%sms_to%", "body": "%sms_body%"}'
)
_FORMATS: Mapping[str, tuple[str | None, str | None]] = {
    "query": (None, None),
    "form": (_QUERY, "application/x-www-form-urlencoded"),
    "json": (_JSON, "application/json"),
}


def acrobits(cs: ConnectionString, *, asynchronous: bool) -> Sender | AsyncSender:
    """``acrobits://USER:PASS@HOST[:PORT]/PATH?format=query|form|json``: the Acrobits
    seed's standard template as a GET query (default), a form POST or a JSON POST."""
    from .providers.acrobits import AcrobitsWebService, AsyncAcrobitsWebService

    options = _options(cs, asynchronous, "format")
    if cs.base_url is None:
        raise errors.ValidationError("dsn", "acrobits: name the web service's HOST/PATH")
    if not cs.username or cs.password is None:
        raise _missing(cs, "USER:PASS@ (the template's from and password)")
    kind = options.pop("format", "query")
    if kind not in _FORMATS:
        raise errors.ValidationError("dsn", "acrobits: format= must be query, form or json")
    post_data, content_type = _FORMATS[kind]
    send_url = options.pop("base_url")
    if post_data is None:
        send_url += "?" + _QUERY
    options.update(
        send_url=send_url,
        post_data=post_data,
        content_type=content_type,
        username=cs.username,
        password=cs.password,
    )
    return (AsyncAcrobitsWebService if asynchronous else AcrobitsWebService)(**options)


BUILT_IN: Mapping[str, Factory] = {
    "sipgate": sipgate,
    "smscx": smscx,
    "smsend": smsend,
    "smsend+token": smsend_token,
    "acrobits": acrobits,
}
