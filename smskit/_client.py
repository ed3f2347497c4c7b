"""The client core every provider shares: ``BaseClient`` (configuration, error mapping,
parsing, logging) and its two runners, ``SyncClient`` and ``AsyncClient``, which differ only
in how they wait and do I/O. A provider describes each operation as a planner returning a
``Plan`` (``_plan``); ``sync_operation``/``async_operation`` make the public methods;
whether to retry is decided by ``RetryPolicy.next_step`` (``_retry``)."""

from __future__ import annotations

import functools
import logging
import os
import time
from collections.abc import Callable, Coroutine, Mapping, Sequence
from typing import (
    Any,
    ClassVar,
    Concatenate,
    Self,
    cast,
)

import httpx

from . import errors
from ._auth import StaticHeaderAuth
from ._closing import AsyncClosing, Closing
from ._error_map import ErrorDetail
from ._logging import logger, setup_from_env
from ._models import SendResult
from ._options import (
    DEFAULT_CONCURRENCY,
    DEFAULT_TIMEOUT,
    USER_AGENT,
    ClientOptions,
    _timeout,
    check_base_url,
    shared_ssl_context,
)
from ._plan import Call, P, Plan, T, _unchanged
from ._redact import redact
from ._retry import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_WAIT,
    DEFAULT_RETRY_BACKOFF,
    RetryPolicy,
    Step,
)
from ._transports import (
    CALLER_CLIENT_CLOSED,
    _AiohttpAsyncSender,
    _Answer,
    _asyncio,
    _HttpxAsyncSender,
)
from ._validate import require_int, require_seconds
from ._views import _RAW_RESPONSES, _extras, _ExtraView, _keep_raw, _RawView

__all__ = [
    "AsyncClient",
    "BaseClient",
    "ClientOptions",
    "SyncClient",
    "async_operation",
    "sync_operation",
]


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


_SUCCEEDED = Step()  # an attempt that needs nothing more (shared: it is frozen)
_debug_logging = functools.partial(logger.isEnabledFor, logging.DEBUG)

# Connections an async client keeps open at most (httpx's default limit too).
DEFAULT_MAX_CONNECTIONS = 100


class BaseClient:
    """Configuration and the rules shared by the sync and async clients."""

    provider: ClassVar[str]
    default_base_url: ClassVar[str]
    asynchronous: ClassVar[bool] = False  # the views run an async client's plans awaited

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
        """The checked base URL without a trailing slash (paths are joined with one).

        Without ``base_url`` the provider's variable (``SIPGATE_BASE_URL`` ...) is read before
        the documented default, as openai-python reads ``OPENAI_BASE_URL``: a staging host, a
        reseller on the same API (Skebby) or the sandbox is chosen where the program runs,
        for every client it builds, connection strings' ``@default`` included."""
        from_env = os.environ.get(cls.env_base_url) if cls.env_base_url else None
        url = check_base_url(
            "base_url", base_url or from_env or cls.default_base_url, allow_insecure
        )
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

    def _run(self, plan: Plan[Any]) -> Any:
        """Run a plan: the result (``SyncClient``) or a coroutine of it (``AsyncClient``)."""
        raise NotImplementedError

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
        if not call.needs_body and not response.content:
            return None  # accepted, nothing to read (sipgate's 204): no parser to run
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
                unknown = errors.DeliveryUnknownError(
                    message + "; the message was probably accepted: check before resending"
                )
                unknown.reference = call.reference  # what to check it by, as for a timeout
                raise unknown
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


def _result_of(provider: str, results: list[SendResult]) -> SendResult:
    return results[0] if len(results) == 1 else SendResult.merge(provider, results)


class SyncClient(Closing, BaseClient):
    def __init__(self, *, http_client: httpx.Client | None = None, **config: Any) -> None:
        super().__init__(**config)
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise errors.ValidationError("http_client", "must be an httpx.Client")
        self._owns_http = http_client is None
        self._http = http_client or self._new_http()

    def _new_http(self) -> httpx.Client:
        return httpx.Client(
            headers={"User-Agent": USER_AGENT},
            timeout=self.timeout,
            follow_redirects=False,
            verify=shared_ssl_context(),
        )

    def _open_http(self) -> httpx.Client:
        """The client to send with. ``close`` releases connections: a client of smskit's own
        used again opens new ones (as the async clients do); a caller's closed client is
        refused before anything is sent (httpx's own refusal is a bare RuntimeError, which
        says nothing about whether the request left)."""
        if self._http.is_closed:
            if not self._owns_http:
                raise errors.ConnectError(CALLER_CLIENT_CLOSED)
            self._http = self._new_http()
        return self._http

    def _execute(self, call: Call) -> Any:
        http = self._open_http()
        request = self._build_request(http, call)
        attempt = 0
        while True:
            outcome: httpx.Response | Exception
            try:
                # Never follow a redirect, even on a caller's client that would: credential
                # headers would travel to whatever origin the Location names.
                outcome = http.send(
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


class AsyncClient(AsyncClosing, BaseClient):
    asynchronous = True

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
            # The pool is sized like httpx's (100), not by ``max_concurrency``: that bounds
            # one bulk send's fan-out, while a web service awaits many single sends at once
            # (a pool of 10 queued 50 concurrent callers inside aiohttp: 0.63x raw aiohttp).
            self._sender = _AiohttpAsyncSender(
                max_connections=max(max_concurrency, DEFAULT_MAX_CONNECTIONS)
            )

    async def _execute(
        self,
        call: Call,
        finish: Callable[[Any], Any] = _unchanged,
        to_result: Callable[[Call, Any], SendResult] | None = None,
    ) -> Any:
        """The call's parsed answer, passed through ``finish`` or, for a send, ``to_result``
        (here rather than in a coroutine around this one: one layer less per call)."""
        sender = self._sender
        wire = sender.wire(self, call) if isinstance(sender, _AiohttpAsyncSender) else None
        request = None if wire is not None else sender.build(self, call)
        attempt = 0
        while True:
            outcome: httpx.Response | Exception
            try:
                if wire is not None:
                    status, encoded, headers, body = await sender.exchange(wire)  # type: ignore[union-attr]
                    if 200 <= status < 300 and not encoded and _RAW_RESPONSES.get() is None:
                        # Success needs no rule but logging; the parsers read the parts.
                        if _debug_logging():
                            self._log(call, attempt, status, _SUCCEEDED)
                        # Read as an httpx.Response by the parsers (no ``cast`` call per send).
                        answer: Any = _Answer(status, headers, body, wire)
                        parsed = self._parse(call, answer)
                        break
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
                parsed = self._parse(call, outcome)
                break
            await _asyncio().sleep(step.retry_in)
            attempt += 1
        return finish(parsed) if to_result is None else to_result(call, parsed)

    def _run(self, plan: Plan[T]) -> Coroutine[Any, Any, T]:
        """The coroutine that runs ``plan`` (not a coroutine around it: one frame less on
        every call, and every resumption of it)."""
        calls = plan.calls
        if plan.to_result is None:
            return self._execute(calls[0], plan.finish)
        if len(calls) == 1:  # one recipient (the common call)
            return self._execute(calls[0], to_result=plan.to_result)
        return cast(Coroutine[Any, Any, T], self._send_each(calls, plan.to_result))

    async def _send_each(
        self, calls: Sequence[Call], to_result: Callable[[Call, Any], SendResult]
    ) -> SendResult:
        """Concurrently, at most ``max_concurrency`` at once. Every call runs to its end, so a
        failure raises with ``partial`` holding every call that was accepted (``_run`` sends a
        single call itself)."""
        # ``max_concurrency`` workers take the calls in turn: no task, coroutine or semaphore
        # waiter per recipient, and a lazily planned call is built only when its turn comes.
        outcomes: list[SendResult | BaseException | None] = [None] * len(calls)
        turns = iter(range(len(calls)))

        async def worker() -> None:
            for index in turns:
                call = calls[index]
                try:
                    outcomes[index] = await self._execute(call, to_result=to_result)
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
