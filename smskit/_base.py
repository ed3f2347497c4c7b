"""The client core every provider shares: requests, retries, error mapping and logging.

Each rule lives here once. A provider describes an operation as a ``Call`` (the generated
client's request description plus how to read its answer); ``SyncClient`` and
``AsyncClient`` run it, differing only in how they wait and do I/O. Whether to retry is
decided by ``RetryPolicy.next_step``, a pure function of the call, the attempt and what came
back.
"""

from __future__ import annotations

import contextvars
import functools
import ipaddress
import json
import logging
import os
import random
import time
from collections.abc import Awaitable, Callable, Coroutine, Mapping, Sequence
from types import ModuleType, SimpleNamespace
from typing import (
    Any,
    ClassVar,
    Concatenate,
    Generic,
    ParamSpec,
    Self,
    TypedDict,
    TypeVar,
    cast,
    overload,
)

import attrs
import httpx

from . import errors
from ._auth import StaticHeaderAuth, TokenEndpointError
from ._closing import AsyncClosing, Closing
from ._error_map import ErrorDetail, Refiner, error_from_response
from ._logging import logger, setup_from_env
from ._models import SendResult
from ._redact import MASK, redact
from ._validate import check_header_value, require_int, require_seconds, require_str_mapping

__version__ = "0.1.0"
USER_AGENT = f"smskit/{__version__}"  # the same on every transport
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RETRY_WAIT = 60.0
DEFAULT_RETRY_BACKOFF = 0.5
MAX_BACKOFF = 8.0
DEFAULT_CONCURRENCY = 8

# Raised before a single byte of the request left: always safe to try again.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# The request can never succeed as built; trying again would not help.
_NOT_SENDABLE = (httpx.UnsupportedProtocol, httpx.LocalProtocolError, httpx.InvalidURL)


class ClientOptions(TypedDict, total=False):
    """Keyword options every client takes, besides its credentials."""

    base_url: str | None
    timeout: float | httpx.Timeout
    max_retries: int
    max_retry_wait: float
    retry_backoff: float
    allow_insecure: bool
    http_client: httpx.Client | httpx.AsyncClient | None
    max_concurrency: int  # async clients only
    transport: str  # async clients only: "aiohttp" (default) or "httpx"


@attrs.frozen(eq=False)  # internal: compared by identity, one method less to build
class Call:
    """One HTTP exchange, as the generated client describes it.

    ``request_kwargs`` is what the generated ``_get_kwargs`` returned (method, path, body,
    headers); ``parse`` reads a 2xx answer with the generated parser. ``sends_sms`` marks calls
    whose repetition could mean a second SMS; ``idempotent`` says whether repeating is safe
    anyway (reads, cancels, or a send that carries a provider idempotency key).
    """

    name: str
    request_kwargs: dict[str, Any]
    parse: Callable[[httpx.Response], Any]
    idempotent: bool
    sends_sms: bool = False
    recipients: tuple[str, ...] = ()
    reference: str | None = None  # the id to reconcile a send by (order id, idempotency key)
    # Whether a 2xx answer must carry something ``parse`` can read: then a body it cannot read
    # is an error (saying whether the request was accepted), never ``None`` for a model.
    needs_body: bool = True


# The generated parsers read only this attribute of the client they are handed; smskit maps
# error statuses itself, so the generated code is asked to parse 2xx answers only.
_PARSER_CLIENT = SimpleNamespace(raise_on_unexpected_status=False)


def generated_call(
    name: str,
    operation: ModuleType,
    *,
    idempotent: bool,
    sends_sms: bool = False,
    recipients: tuple[str, ...] = (),
    reference: str | None = None,
    needs_body: bool = True,
    **params: Any,
) -> Call:
    """A ``Call`` from a generated operation module: its request description and parser."""

    def parse(response: httpx.Response) -> Any:
        parsed = operation._parse_response(client=_PARSER_CLIENT, response=response)
        if parsed is not None or not response.content:
            return parsed
        # A 2xx the spec does not list (200 for a documented 201, a 202 ...): the request was
        # accepted all the same, so its body is read as the documented answer's.
        for status in _DOCUMENTED_SUCCESS:
            if status != response.status_code:
                parsed = operation._parse_response(
                    client=_PARSER_CLIENT, response=_as_status(response, status)
                )
                if parsed is not None:
                    return parsed
        return None

    return Call(
        name=name,
        request_kwargs=operation._get_kwargs(**params),
        parse=parse,
        idempotent=idempotent,
        sends_sms=sends_sms,
        recipients=recipients,
        reference=reference,
        needs_body=needs_body,
    )


_DOCUMENTED_SUCCESS = (200, 201, 202)


def _as_status(response: httpx.Response, status: int) -> httpx.Response:
    return httpx.Response(
        status, headers=response.headers, content=response.content, request=response.request
    )


T = TypeVar("T")
P = ParamSpec("P")
Item = TypeVar("Item")


class LazyCalls(Sequence[Call], Generic[Item]):
    """One call per item, made when it is read: a send to many recipients holds the
    recipients (checked up front), not a request description for each of them."""

    def __init__(self, items: Sequence[Item], make: Callable[[Item], Call]) -> None:
        self._items, self._make = items, make

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> Call: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Call, ...]: ...
    def __getitem__(self, index: int | slice) -> Call | tuple[Call, ...]:
        if isinstance(index, slice):
            return tuple(map(self._make, self._items[index]))
        return self._make(self._items[index])


def _unchanged(parsed: Any) -> Any:
    return parsed


@attrs.frozen(eq=False)  # internal: compared by identity, one method less to build
class Plan(Generic[T]):
    """What one public operation will do, built (and validated) before any I/O.

    Either one call whose parsed answer ``finish`` turns into the result, or, for sends,
    several calls (one per recipient or batch) whose answers ``to_result`` turns into
    results that are merged; a failure part-way carries ``.partial``.
    """

    calls: Sequence[Call]
    finish: Callable[[Any], T] = _unchanged
    to_result: Callable[[Call, Any], SendResult] | None = None

    @classmethod
    def sends(
        cls, calls: Sequence[Call], to_result: Callable[[Call, Any], SendResult]
    ) -> Plan[SendResult]:
        return cast(Plan[SendResult], cls(calls, to_result=to_result))


def sync_operation(
    planner: Callable[Concatenate[Any, P], Plan[T]],
) -> Callable[Concatenate[SyncClient, P], T]:
    """A public sync method from a planner: plan (all input rules), then run the plan."""

    @functools.wraps(planner)
    def method(self: SyncClient, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return self._run(planner(self, *args, **kwargs))

    return method


def async_operation(
    planner: Callable[Concatenate[Any, P], Plan[T]],
) -> Callable[Concatenate[AsyncClient, P], Coroutine[Any, Any, T]]:
    """The async twin of ``sync_operation``: the same planner, awaited I/O."""

    @functools.wraps(planner)
    async def method(self: AsyncClient, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return await self._run(planner(self, *args, **kwargs))

    return method


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
        if never_left or call.idempotent:
            if can_retry:
                return Step(retry_in=self.delay(attempt))
            if never_left:
                return Step(
                    error=errors.ConnectError(f"{provider} {call.name}: nothing sent ({detail})")
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


def check_base_url(field: str, url: str, allow_insecure: bool) -> httpx.URL:
    """https only, except loopback hosts (tests, the sandbox) or an explicit opt-out."""
    if not isinstance(url, str):
        raise errors.ValidationError(field, f"expected a URL string, got {type(url).__name__}")
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise errors.ValidationError(field, f"{redact(url)!r} is not a URL ({exc})") from None
    if parsed.userinfo:
        raise errors.ValidationError(
            field,
            f"{redact(url)!r} carries credentials (user:password@): pass them as the client's "
            "credential arguments, where they are kept out of logs and never sent elsewhere",
        )
    if parsed.scheme == "https" and parsed.host:
        return parsed
    if parsed.scheme == "http" and parsed.host and (allow_insecure or _is_loopback(parsed.host)):
        return parsed
    raise errors.ValidationError(
        field,
        f"{redact(url)!r} must be an https:// URL (plain http:// is allowed for loopback hosts, "
        "or with allow_insecure=True)",
    )


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    """Every limit set and finite: an SMS call must never hang forever."""
    if isinstance(value, httpx.Timeout):
        for name, limit in value.as_dict().items():
            require_seconds(f"timeout.{name}", limit)
        return value
    if value is None:
        raise errors.ValidationError("timeout", "must be set: an SMS call must never hang forever")
    return httpx.Timeout(require_seconds("timeout", value))


class BaseClient:
    """Configuration and the rules shared by the sync and async clients."""

    provider: ClassVar[str]
    default_base_url: ClassVar[str]

    def __init__(
        self,
        *,
        auth: httpx.Auth | None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        retry_backoff: float = DEFAULT_RETRY_BACKOFF,
        allow_insecure: bool = False,
    ) -> None:
        setup_from_env()
        if not isinstance(allow_insecure, bool):
            raise errors.ValidationError("allow_insecure", "must be True or False")
        self.base_url = self.resolve_base_url(base_url, allow_insecure)
        self.timeout = _timeout(timeout)
        self.retry_policy = RetryPolicy(
            require_int("max_retries", max_retries, 0, 100),
            require_seconds("max_retry_wait", max_retry_wait, positive=False),
            require_seconds("retry_backoff", retry_backoff, positive=False),
        )
        self._auth = auth
        # Static credentials are headers computed once; only renewing auth runs a flow per send.
        self._static_headers = auth.headers if isinstance(auth, StaticHeaderAuth) else {}
        self._flow_auth = None if isinstance(auth, StaticHeaderAuth) else auth
        self._urls: dict[str, httpx.URL] = {}
        self._url_texts: dict[str, str] = {}

    # Environment variables for from_env(): the first group with any variable set supplies
    # the credentials (keyword argument -> variable name).
    env_credentials: ClassVar[tuple[dict[str, str], ...]] = ()
    env_base_url: ClassVar[str | None] = None

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """A client from the provider's environment variables (see ``env_credentials``);
        keyword arguments win over the environment."""
        settings: dict[str, Any] = {}
        for group in cls.env_credentials:
            if any(os.environ.get(name) for name in group.values()):
                settings.update({arg: os.environ.get(name) for arg, name in group.items()})
                break
        if cls.env_base_url and os.environ.get(cls.env_base_url):
            settings["base_url"] = os.environ[cls.env_base_url]
        try:
            return cls(**{**settings, **overrides})
        except errors.ValidationError as exc:
            env_fields = {arg for group in cls.env_credentials for arg in group}
            if exc.field not in env_fields | {"credentials"} or settings.keys() - {"base_url"}:
                raise
            groups = " or ".join(" and ".join(g.values()) for g in cls.env_credentials)
            raise errors.ValidationError(
                "credentials", f"no credentials in the environment: set {groups}"
            ) from None

    @classmethod
    def resolve_base_url(cls, base_url: str | None, allow_insecure: bool) -> str:
        """The checked base URL without a trailing slash (paths are joined with one)."""
        url = check_base_url("base_url", base_url or cls.default_base_url, allow_insecure)
        return str(url).rstrip("/")

    def __repr__(self) -> str:
        base_url = getattr(self, "base_url", None)  # None while __init__ has not finished
        return f"{type(self).__name__}(base_url={redact(base_url) if base_url else None!r})"

    def _url(self, path: str) -> str | httpx.URL:
        """The absolute URL of a generated operation's path, parsed once per path; template
        calls (Acrobits) bring whole, per-recipient URLs."""
        if path[:8].lower().startswith(("https://", "http://")):
            return path
        url = self._urls.get(path)
        if url is None:
            url = httpx.URL(self.base_url + "/" + path.lstrip("/"))
            if len(self._urls) < 64:  # fixed paths; ids in paths (order ids ...) would grow it
                self._urls[path] = url
        return url

    def _url_text(self, path: str) -> str:
        """``_url`` as text (what aiohttp takes), kept for the same fixed paths."""
        text = self._url_texts.get(path)
        if text is None:
            text = str(self._url(path))
            if len(self._url_texts) < 64:
                self._url_texts[path] = text
        return text

    def _request_parts(self, call: Call) -> tuple[str, str | httpx.URL, dict[str, Any]]:
        kwargs = dict(call.request_kwargs)
        method = kwargs.pop("method").upper()
        url = self._url(kwargs.pop("url"))
        if self._static_headers:
            kwargs["headers"] = {**self._static_headers, **kwargs.get("headers", {})}
        return method, url, kwargs

    def _build_request(self, http: httpx.Client | httpx.AsyncClient, call: Call) -> httpx.Request:
        method, url, kwargs = self._request_parts(call)
        return http.build_request(method, url, timeout=self.timeout, **kwargs)

    def with_extra(
        self,
        *,
        body: Mapping[str, Any] | None = None,
        query: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        """The same operations, with fields smskit does not know yet added to each request
        (a field a provider just introduced, without waiting for a release)::

            client.with_extra(body={"campaignName": "spring"}).send(to=..., text=...)

        ``body`` is merged into a JSON or form body (an operation without one refuses it),
        ``query`` into the query string, ``headers`` into the headers. Checked before
        anything is sent; the operation's own rules (validation, retries) are unchanged."""
        return _ExtraView(self, _extras(body, query, headers))

    @property
    def with_raw_response(self) -> Any:
        """The same operations, returning ``RawResult(parsed, responses)`` so the HTTP status,
        headers (e.g. ``X-Request-Id``, rate-limit headers) and body stay reachable::

            raw = client.with_raw_response.send(to=..., text=...)
            raw.response.headers["X-Request-Id"], raw.parsed.ids
        """
        return _RawView(self)

    def refine_error(self, status: int, body: Any, detail: ErrorDetail) -> ErrorDetail:
        """A provider's chance to pick a more specific error class from the body."""
        return detail

    def _next_step(self, call: Call, request: httpx.Request, attempt: int, outcome: Any) -> Step:
        step = self.retry_policy.next_step(
            self.provider,
            call,
            attempt,
            outcome,
            self.refine_error,
            before_sending=_failed_elsewhere(outcome, request),
        )
        self._log(call, attempt, outcome, step)
        if step.error is not None and call.reference is not None:
            step.error.reference = call.reference
        return step

    def _parse(self, call: Call, response: httpx.Response) -> Any:
        try:
            parsed = call.parse(response)
            problem = None if parsed is not None or not call.needs_body else "held no answer"
        except Exception as exc:  # the generated parser raises KeyError, ValueError, ...
            parsed, problem = None, f"could not be read ({type(exc).__name__})"
        if problem is not None:
            message = (
                f"{self.provider} {call.name}: answered {response.status_code} "
                f"but the body {problem}"
            )
            if call.sends_sms:
                raise errors.DeliveryUnknownError(
                    message + "; the message was probably accepted: check before resending"
                )
            raise errors.TransportError(message)
        return parsed

    def _log(
        self, call: Call, attempt: int, outcome: httpx.Response | Exception | int, step: Step
    ) -> None:
        """``outcome``: a response, its status alone, or the exception of the attempt."""
        if step.retry_in is None and not logger.isEnabledFor(logging.DEBUG):
            return  # the common case: nothing to log, nothing to format
        if isinstance(outcome, int):
            what = str(outcome)
        elif isinstance(outcome, httpx.Response):
            what = str(outcome.status_code)
        else:
            what = type(outcome).__name__
        if step.retry_in is not None:
            logger.info(
                "%s %s attempt %d: %s, retrying in %.2fs",
                self.provider,
                call.name,
                attempt + 1,
                what,
                step.retry_in,
            )
        else:
            logger.debug("%s %s attempt %d: %s", self.provider, call.name, attempt + 1, what)


def _failed_elsewhere(outcome: httpx.Response | Exception, request: httpx.Request) -> bool:
    """Whether a failure belongs to another request than the call's own: the auth flow's
    token fetch or login, which is sent on the same client before the call."""
    if not isinstance(outcome, httpx.RequestError):
        return False
    try:
        return outcome.request is not request
    except RuntimeError:  # no request attached: assume the worst
        return False


# The raw responses of the operation running in this context (``with_raw_response``), or None.
_RAW_RESPONSES: contextvars.ContextVar[list[httpx.Response] | None] = contextvars.ContextVar(
    "smskit_raw_responses", default=None
)


def _keep_raw(response: httpx.Response) -> None:
    kept = _RAW_RESPONSES.get()
    if kept is not None:
        kept.append(response)
        _mask_credentials(response.request.headers)


def _mask_credentials(headers: httpx.Headers) -> None:
    """A raw response's request is for looking at, not replaying: its credential headers
    (``X-API-KEY``, ``user_key``, ``Authorization`` ...) show as a mask in every repr."""
    for name, value in headers.items():
        if name == "authorization" or redact(value) != value:
            headers[name] = MASK


@attrs.frozen
class RawResult(Generic[T]):
    """What ``client.with_raw_response.<operation>(...)`` returns: the operation's usual result
    and the HTTP response(s) it came from (one per request, e.g. per recipient or batch)."""

    parsed: T
    responses: tuple[httpx.Response, ...]

    @property
    def response(self) -> httpx.Response:
        return self.responses[-1]


def _planner(client: BaseClient, name: str) -> Callable[..., Plan[Any]]:
    """The planner behind a public operation (what ``sync_operation`` wrapped), for the
    views that run an operation differently (raw responses, extra fields)."""
    planner = getattr(getattr(type(client), name, None), "__wrapped__", None)
    if planner is None:
        raise AttributeError(f"{type(client).__name__} has no operation {name!r}")
    return planner  # type: ignore[no-any-return]


def run_raw(client: SyncClient, plan: Plan[Any]) -> RawResult[Any]:
    """Run a plan, keeping every HTTP response it received beside the parsed result."""
    token = _RAW_RESPONSES.set([])
    try:
        parsed = client._run(plan)
        return RawResult(parsed, tuple(_RAW_RESPONSES.get() or ()))
    finally:
        _RAW_RESPONSES.reset(token)


async def run_raw_async(client: AsyncClient, plan: Plan[Any]) -> RawResult[Any]:
    token = _RAW_RESPONSES.set([])
    try:
        parsed = await client._run(plan)
        return RawResult(parsed, tuple(_RAW_RESPONSES.get() or ()))
    finally:
        _RAW_RESPONSES.reset(token)


def _area_of(client: BaseClient, name: str) -> Any:
    """A resource area of the client (``cx.groups``), for the views to derive from."""
    if isinstance(getattr(type(client), name, None), property):
        area = getattr(client, name)
        if hasattr(area, "_derive"):
            return area
    return None


class _RawView:
    """Every operation of a client, returning a ``RawResult`` instead of the plain result."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Callable[..., Any]:
        area = _area_of(self._client, name)
        if area is not None:
            return area._derive(raw=True)  # type: ignore[no-any-return]
        planner = _planner(self._client, name)
        client = self._client
        if isinstance(client, AsyncClient):

            async def run_async(*args: Any, **kwargs: Any) -> RawResult[Any]:
                return await run_raw_async(client, planner(client, *args, **kwargs))

            return run_async
        assert isinstance(client, SyncClient)
        return lambda *args, **kwargs: run_raw(client, planner(client, *args, **kwargs))


@attrs.frozen(eq=False)  # internal: compared by identity, one method less to build
class _Extras:
    body: dict[str, Any]
    query: dict[str, str]
    headers: dict[str, str]

    def apply(self, call: Call) -> Call:
        kwargs = dict(call.request_kwargs)
        if self.body:
            key = next((k for k in ("json", "data") if isinstance(kwargs.get(k), dict)), None)
            if key is None:
                raise errors.ValidationError(
                    "extra body", f"{call.name} has no JSON or form body to add fields to"
                )
            kwargs[key] = {**kwargs[key], **self.body}
        if self.query:
            kwargs["params"] = {**(kwargs.get("params") or {}), **self.query}
        if self.headers:
            kwargs["headers"] = {**(kwargs.get("headers") or {}), **self.headers}
        return attrs.evolve(call, request_kwargs=kwargs)


def _extras(body: object, query: object, headers: object) -> _Extras:
    if body is not None and not isinstance(body, Mapping):
        raise errors.ValidationError("extra body", "expected a mapping of field names")
    extra_headers = require_str_mapping("extra headers", headers)
    for name, value in extra_headers.items():
        check_header_value(f"extra headers[{name}]", name)
        check_header_value(f"extra headers[{name}]", value)
    return _Extras(dict(body or {}), require_str_mapping("extra query", query), extra_headers)


class _ExtraView:
    """Every operation of a client, with ``_Extras`` added to each of its requests."""

    def __init__(self, client: BaseClient, extras: _Extras) -> None:
        self._client = client
        self._extras = extras

    def __getattr__(self, name: str) -> Callable[..., Any]:
        area = _area_of(self._client, name)
        if area is not None:
            return area._derive(extras=self._extras)  # type: ignore[no-any-return]
        planner = _planner(self._client, name)
        client, extras = self._client, self._extras

        def planned(*args: Any, **kwargs: Any) -> Plan[Any]:
            plan: Plan[Any] = planner(client, *args, **kwargs)
            calls = plan.calls
            return attrs.evolve(
                plan, calls=LazyCalls(range(len(calls)), lambda i: extras.apply(calls[i]))
            )

        if isinstance(client, AsyncClient):

            async def run_async(*args: Any, **kwargs: Any) -> Any:
                return await client._run(planned(*args, **kwargs))

            return run_async
        return lambda *args, **kwargs: client._run(planned(*args, **kwargs))  # type: ignore[attr-defined]


def _result_of(provider: str, results: list[SendResult]) -> SendResult:
    return results[0] if len(results) == 1 else SendResult.merge(provider, results)


class SyncClient(Closing, BaseClient):
    def __init__(self, *, http_client: httpx.Client | None = None, **config: Any) -> None:
        super().__init__(**config)
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise errors.ValidationError("http_client", "must be an httpx.Client")
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(
            headers={"User-Agent": USER_AGENT}, timeout=self.timeout, follow_redirects=False
        )

    def _execute(self, call: Call) -> Any:
        request = self._build_request(self._http, call)
        attempt = 0
        while True:
            outcome: httpx.Response | Exception
            try:
                # Never follow a redirect, even on a caller's client that would: credential
                # headers would travel to whatever origin the Location names.
                outcome = self._http.send(
                    request,
                    auth=self._flow_auth or httpx.USE_CLIENT_DEFAULT,
                    follow_redirects=False,
                )
            except errors.SmskitError:
                raise
            except Exception as exc:  # classified by the retry policy, never passed on
                outcome = exc
            step = self._next_step(call, request, attempt, outcome)
            if step.error is not None:
                raise step.error
            if step.retry_in is None:
                assert isinstance(outcome, httpx.Response)
                _keep_raw(outcome)
                return self._parse(call, outcome)
            time.sleep(step.retry_in)
            attempt += 1

    def _run(self, plan: Plan[T]) -> T:
        if plan.to_result is None:
            return plan.finish(self._execute(plan.calls[0]))
        return cast(T, self._send_each(plan.calls, plan.to_result))

    def _send_each(
        self, calls: Sequence[Call], to_result: Callable[[Call, Any], SendResult]
    ) -> SendResult:
        """One call after another; the first failure stops the rest and carries ``partial``."""
        done: list[SendResult] = []
        for call in calls:
            try:
                done.append(to_result(call, self._execute(call)))
            except errors.SmskitError as exc:
                if done:
                    exc.partial = _result_of(self.provider, done)
                raise
        return _result_of(self.provider, done)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()


class _HttpxAsyncSender:
    """The plain httpx transport (also every caller-supplied ``httpx.AsyncClient``).

    Its connections belong to the event loop that opened them. Under a new loop (a second
    ``asyncio.run``) smskit opens a new client of its own; a caller's client cannot be
    replaced, so using it under another loop is refused before anything is sent."""

    def __init__(self, client: httpx.AsyncClient | None, timeout: httpx.Timeout) -> None:
        self._owned = client is None
        self._timeout = timeout
        self.client = client or self._new_client()
        self._loop: object = None

    def _new_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            headers={"User-Agent": USER_AGENT}, timeout=self._timeout, follow_redirects=False
        )

    def _client_for_loop(self) -> httpx.AsyncClient:
        loop = _asyncio().get_running_loop()
        if self._loop is not None and self._loop is not loop:
            if not self._owned:
                raise errors.ConnectError(
                    "the http_client given to smskit was used under another event loop and "
                    "cannot be used under this one; nothing was sent: create the client (or "
                    "pass a new httpx.AsyncClient) inside the loop that uses it"
                )
            self.client = self._new_client()  # the old one's connections died with its loop
        self._loop = loop
        return self.client

    def build(self, owner: BaseClient, call: Call) -> httpx.Request:
        return owner._build_request(self.client, call)

    async def send(self, request: httpx.Request, auth: httpx.Auth | None) -> httpx.Response:
        client = self._client_for_loop()
        return await client.send(
            request, auth=auth or httpx.USE_CLIENT_DEFAULT, follow_redirects=False
        )

    async def aclose(self) -> None:
        if self._loop is None or self._loop is _asyncio().get_running_loop():
            await self.client.aclose()
        # else: its connections belong to a loop that has ended, which closed them


# Request descriptions the aiohttp fast path carries without building an httpx.Request.
_PLAIN_KWARGS = frozenset({"method", "url", "json", "content", "headers", "params"})


class _AiohttpAsyncSender:
    """httpx requests carried by aiohttp (see ``_aio``); built without httpx's client layer.

    Calls with a header-only auth and a JSON (or no) body go out as ``Wire`` parts built
    straight from the generated request description: an ``httpx.Request`` and
    ``httpx.Response`` cost more than aiohttp's whole exchange, so they are made only when a
    rule needs one (a failure to classify, a response to keep for ``with_raw_response``)."""

    def __init__(self, max_connections: int) -> None:
        from . import _aio  # aiohttp is imported only by async clients that use it

        self._aio = _aio
        self._sender = _aio.AiohttpSender(max_connections)
        self._base_headers: dict[str, str] | None = None
        self._timeout: Any = None
        # One coroutine less per request: the aiohttp sender's own exchange, unwrapped.
        self.exchange: Callable[[Any], Awaitable[tuple[int, Any, bytes]]] = self._sender.exchange

    def build(self, owner: BaseClient, call: Call) -> httpx.Request:
        method, url, kwargs = owner._request_parts(call)
        headers = {"User-Agent": USER_AGENT, **kwargs.pop("headers", {})}
        request = httpx.Request(method, url, headers=headers, **kwargs)
        request.extensions["timeout"] = owner.timeout.as_dict()
        return request

    def wire(self, owner: BaseClient, call: Call) -> Any:
        """The call as ``_aio.Wire`` parts, or None when it needs the httpx path (an auth
        flow, a query string, a form body)."""
        kwargs = call.request_kwargs
        if (
            owner._flow_auth is not None
            or kwargs.get("params")
            or not _PLAIN_KWARGS.issuperset(kwargs)
        ):
            return None
        # Every header aiohttp would add is named, so it adds none: what goes out is what the
        # httpx path sends (no compression asked for: the fast path reads bodies as they come).
        if self._base_headers is None:  # the owning client's, fixed once it is built
            self._base_headers = {
                "User-Agent": USER_AGENT,
                "Accept": "*/*",
                "Accept-Encoding": "identity",
                **owner._static_headers,
            }
            self._timeout = self._aio.timeout(owner.timeout.as_dict())
        headers = dict(self._base_headers)
        if "headers" in kwargs:
            headers.update(kwargs["headers"])
        if "json" in kwargs:
            body: bytes | None = json.dumps(
                kwargs["json"], ensure_ascii=False, separators=(",", ":"), allow_nan=False
            ).encode()
            headers.setdefault("Content-Type", "application/json")
        else:
            content = kwargs.get("content")
            body = content.encode() if isinstance(content, str) else content or None
            if body is not None and not any(k.lower() == "content-type" for k in headers):
                return None  # aiohttp would add a Content-Type the httpx path does not send
        return self._aio.Wire(
            call.request_kwargs["method"].upper(),
            owner._url_text(kwargs["url"]),
            list(headers.items()),
            body,
            self._timeout,
            _once(lambda: self.build(owner, call)),
            None,
        )

    async def send(self, request: httpx.Request, auth: httpx.Auth | None) -> httpx.Response:
        return await self._sender.send(request, auth)

    async def aclose(self) -> None:
        await self._sender.aclose()


def _once(build: Callable[[], httpx.Request]) -> Callable[[], httpx.Request]:
    """``build`` called at most once: every rule must see the same request object."""
    made: list[httpx.Request] = []

    def request() -> httpx.Request:
        if not made:
            made.append(build())
        return made[0]

    return request


def _plain(raw_headers: Any) -> bool:
    """No Content-Encoding: the body is what parsers read (an encoded one goes through
    httpx.Response, which decodes it)."""
    return all(name.lower() != b"content-encoding" for name, _ in raw_headers)


class _Answer:
    """A 2xx answer read by the aiohttp fast path, with what parsers read (status, body,
    JSON, headers); the ``httpx.Response`` itself is made only if something asks for it."""

    __slots__ = ("_raw_headers", "_response", "_wire", "content", "status_code")

    def __init__(self, status: int, raw_headers: Any, content: bytes, wire: Any) -> None:
        self.status_code, self.content = status, content
        self._raw_headers, self._wire = raw_headers, wire
        self._response: httpx.Response | None = None

    def full(self) -> httpx.Response:
        if self._response is None:
            self._response = httpx.Response(
                self.status_code,
                headers=self._raw_headers,
                content=self.content,
                request=self._wire.request(),
            )
        return self._response

    def json(self) -> Any:
        return json.loads(self.content)

    @property
    def text(self) -> str:
        return self.full().text

    @property
    def headers(self) -> httpx.Headers:
        return self.full().headers

    @property
    def request(self) -> httpx.Request:
        return self.full().request


class AsyncClient(AsyncClosing, BaseClient):
    def __init__(
        self,
        *,
        http_client: httpx.AsyncClient | None = None,
        max_concurrency: int = DEFAULT_CONCURRENCY,
        transport: str = "aiohttp",
        **config: Any,
    ) -> None:
        """``transport``: ``"aiohttp"`` (default, fast under concurrency) or ``"httpx"``; a
        given ``http_client`` always means httpx."""
        super().__init__(**config)
        require_int("max_concurrency", max_concurrency, 1)
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise errors.ValidationError("http_client", "must be an httpx.AsyncClient")
        if not isinstance(transport, str) or transport not in {"aiohttp", "httpx"}:
            raise errors.ValidationError("transport", "must be 'aiohttp' or 'httpx'")
        self.max_concurrency = max_concurrency
        self._owns_http = http_client is None
        self._sender: _HttpxAsyncSender | _AiohttpAsyncSender
        if http_client is not None or transport == "httpx":
            self._sender = _HttpxAsyncSender(http_client, self.timeout)
        else:
            self._sender = _AiohttpAsyncSender(max_connections=max(max_concurrency, 10))

    async def _execute(self, call: Call) -> Any:
        sender = self._sender
        wire = sender.wire(self, call) if isinstance(sender, _AiohttpAsyncSender) else None
        request = None if wire is not None else sender.build(self, call)
        attempt = 0
        while True:
            outcome: httpx.Response | Exception
            try:
                if wire is not None:
                    status, headers, body = await sender.exchange(wire)  # type: ignore[union-attr]
                    if 200 <= status < 300 and _plain(headers) and _RAW_RESPONSES.get() is None:
                        # Success needs no rule but logging; the parsers read the parts.
                        self._log(call, attempt, status, Step())
                        answer = _Answer(status, headers, body, wire)
                        return self._parse(call, cast(httpx.Response, answer))
                    outcome = httpx.Response(
                        status, headers=headers, content=body, request=wire.request()
                    )
                else:
                    assert request is not None
                    outcome = await sender.send(request, self._flow_auth)
            except errors.SmskitError:
                raise
            except Exception as exc:  # classified by the retry policy, never passed on
                outcome = exc
            if request is None:
                request = wire.request()  # type: ignore[union-attr]
            step = self._next_step(call, request, attempt, outcome)
            if step.error is not None:
                raise step.error
            if step.retry_in is None:
                assert isinstance(outcome, httpx.Response)
                _keep_raw(outcome)
                return self._parse(call, outcome)
            await _asyncio().sleep(step.retry_in)
            attempt += 1

    async def _run(self, plan: Plan[T]) -> T:
        if plan.to_result is None:
            return plan.finish(await self._execute(plan.calls[0]))
        return cast(T, await self._send_each(plan.calls, plan.to_result))

    async def _send_each(
        self, calls: Sequence[Call], to_result: Callable[[Call, Any], SendResult]
    ) -> SendResult:
        """Concurrently, at most ``max_concurrency`` at once. Every call runs to its end, so a
        failure raises with ``partial`` holding every call that was accepted."""
        if len(calls) == 1:  # one recipient: nothing to run beside it, nothing partial
            call = calls[0]
            return to_result(call, await self._execute(call))
        # ``max_concurrency`` workers take the calls in turn: no task, coroutine or semaphore
        # waiter per recipient, and a lazily planned call is built only when its turn comes.
        outcomes: list[SendResult | BaseException | None] = [None] * len(calls)
        turns = iter(range(len(calls)))

        async def worker() -> None:
            for index in turns:
                call = calls[index]
                try:
                    outcomes[index] = to_result(call, await self._execute(call))
                except Exception as exc:  # every call runs to its end; failures are merged
                    outcomes[index] = exc

        workers = min(self.max_concurrency, len(calls))
        await _asyncio().gather(*(worker() for _ in range(workers)))
        done = [o for o in outcomes if isinstance(o, SendResult)]
        failures = [o for o in outcomes if isinstance(o, BaseException)]
        if failures:
            # An error that may have sent wins over one that proves nothing was sent, so a
            # caller (or a failover route) never takes an ambiguous send for a clean failure.
            first = next(
                (f for f in failures if getattr(f, "sent", None) is not False), failures[0]
            )
            if isinstance(first, errors.SmskitError) and done:
                first.partial = _result_of(self.provider, done)
            raise first
        return _result_of(self.provider, done)

    async def close(self) -> None:
        if self._owns_http:
            await self._sender.aclose()


def _asyncio() -> ModuleType:
    """asyncio, imported by the async clients only (it costs a sync process ~2 MB)."""
    import asyncio

    return asyncio
