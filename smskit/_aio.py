"""The async transport: httpx requests and responses, carried by aiohttp.

httpx's own async client costs more per request than the I/O under concurrency (its pool and
client layers). smskit keeps every rule on httpx objects (auth flows, retries, error mapping,
redaction all see ``httpx.Request``/``httpx.Response``) and swaps only the carrier: this sender
drives the auth flow itself and moves the bytes with aiohttp. aiohttp's failures are turned
into the httpx exceptions the retry policy already understands, so "was it sent?" is decided
in one place for both transports.
"""

from __future__ import annotations

import asyncio
import functools
import re
from collections.abc import Callable, Sequence
from typing import Any, cast

import aiohttp
import httpx
from aiohttp.client_proto import ResponseHandler

# Added by aiohttp itself; passing httpx's copies would duplicate them.
_SKIP = frozenset({b"host", b"content-length", b"transfer-encoding"})


_NO_AUTO_HEADERS = ("User-Agent", "Accept", "Accept-Encoding", "Content-Type")


class Wire:
    """A request as aiohttp takes it. ``request()`` builds the equivalent ``httpx.Request``
    (with ``build``) for the rare moments that need one (an error to raise, a response to
    keep), once: every rule must see the same request object."""

    __slots__ = ("_build", "_made", "body", "headers", "method", "skip_auto_headers", "timeout",
                 "url")  # fmt: skip

    def __init__(
        self,
        method: str,
        url: str,
        headers: Sequence[tuple[str, str]],
        body: bytes | None,
        timeout: aiohttp.ClientTimeout,
        build: Callable[[], httpx.Request],
        # aiohttp's own default headers to leave out; None when ``headers`` already names
        # every one of them (skipping costs aiohttp a little on each request).
        skip_auto_headers: tuple[str, ...] | None = _NO_AUTO_HEADERS,
    ) -> None:
        self.method, self.url, self.headers, self.body = method, url, headers, body
        self.timeout, self.skip_auto_headers = timeout, skip_auto_headers
        self._build: Callable[[], httpx.Request] = build
        self._made: httpx.Request | None = None

    def request(self) -> httpx.Request:
        if self._made is None:
            self._made = self._build()
        return self._made


def timeout(limits: dict[str, Any]) -> aiohttp.ClientTimeout:
    """httpx's timeout parts (``Timeout.as_dict()``) as aiohttp's."""
    return aiohttp.ClientTimeout(
        total=None,
        sock_connect=limits.get("connect"),
        sock_read=limits.get("read"),
        connect=limits.get("pool"),
    )


class _LazyReadTimer(ResponseHandler):
    """aiohttp's connection protocol with the same read timeout (at most ``sock_read``
    seconds between pieces of the answer), kept with one timer per connection instead of two
    per request.

    aiohttp arms a timer when the request is written, cancels it and arms another for every
    piece of the answer, and cancels that one at the end. asyncio's timers are Python
    objects in a heap ordered by Python comparisons, so that is about 30,000 instructions per
    send, a twentieth of a single async send (benchmarks/FINDINGS.md, ninth wave). Here a
    piece of the answer only moves the deadline; the timer, when it fires, arms itself again
    for the deadline if it has moved, and raises the timeout if it has passed. A kept-alive
    connection's next request reuses the timer still pending from the last one."""

    _deadline: float | None = None  # None: no read under way (or no read timeout)

    def _reschedule_timeout(self) -> None:
        timeout = self._read_timeout
        if not timeout:
            self._deadline = None
            return
        deadline = self._loop.time() + timeout
        self._deadline = deadline
        timer = self._read_timeout_handle
        # A pending timer due later than the new deadline (a shorter timeout than the last
        # request's) would fire late: that one is replaced.
        if timer is None or timer.when() > deadline:
            if timer is not None:
                timer.cancel()
            self._read_timeout_handle = self._loop.call_at(deadline, self._deadline_due)

    def _deadline_due(self) -> None:
        self._read_timeout_handle = None
        deadline = self._deadline
        if deadline is None:
            return  # the read ended before its deadline
        if deadline > self._loop.time():
            self._read_timeout_handle = self._loop.call_at(deadline, self._deadline_due)
            return
        self._deadline = None
        self._on_read_timeout()

    def _drop_timeout(self) -> None:
        self._deadline = None  # the pending timer, if any, stays for the next request

    def connection_lost(self, exc: BaseException | None) -> None:
        super().connection_lost(exc)
        timer, self._read_timeout_handle = self._read_timeout_handle, None
        if timer is not None:  # no next request on this connection
            timer.cancel()


# The names the lazy timer takes over or reads (methods, and the two attributes aiohttp's
# ``__init__`` sets); an aiohttp without any of them keeps its own timers (slower, the same
# rule: never no read timeout), and tests/e2e/test_aiohttp_read_timeout.py says so by failing.
_LAZY_TIMER_FITS = all(
    hasattr(ResponseHandler, name)
    for name in ("_reschedule_timeout", "_drop_timeout", "_on_read_timeout", "start_timeout")
) and {"_read_timeout", "_read_timeout_handle"} <= set(ResponseHandler.__init__.__code__.co_names)


def _connector(limit: int) -> aiohttp.TCPConnector:
    connector = aiohttp.TCPConnector(limit=limit, ttl_dns_cache=300)
    # No public switch for the protocol a connector makes: ``_factory`` makes every
    # connection's (``partial(ResponseHandler, loop=...)``), and only that one is replaced.
    made_by = getattr(connector, "_factory", None)
    if (
        _LAZY_TIMER_FITS
        and isinstance(made_by, functools.partial)
        and made_by.func is ResponseHandler
    ):
        connector._factory = cast(
            "functools.partial[ResponseHandler]",
            functools.partial(_LazyReadTimer, *made_by.args, **made_by.keywords),
        )
    return connector


class AiohttpSender:
    """Sends ``httpx.Request`` objects (and the auth flow's own requests) over one aiohttp
    session, created in the running event loop on first use."""

    def __init__(self, max_connections: int) -> None:
        self._max_connections = max_connections
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def _session_for_loop(self) -> aiohttp.ClientSession:
        """The session of the running event loop. A client used again under a new loop (a
        second ``asyncio.run``) gets a new session: the old one's connections belong to a
        loop that is gone, and using them would fail after the request was written."""
        loop = asyncio.get_running_loop()
        if self._session is not None and not self._session.closed and self._loop is not loop:
            _abandon(self._session)
            self._session = None
        self._loop = loop
        if self._session is None or self._session.closed:
            connector = _connector(self._max_connections)
            # auto_decompress off: httpx decodes by Content-Encoding, exactly once.
            self._session = aiohttp.ClientSession(connector=connector, auto_decompress=False)
            # aiohttp silently repeats an idempotent-method request (GET, DELETE ...) once when a
            # kept-alive connection drops; an Acrobits GET is a send, so that would be a second
            # SMS. smskit's retry policy alone decides what is repeated.
            # (No public switch exists; the fault matrix's "reset before reply" cell for the
            # Acrobits GET template fails if this stops working.)
            self._session._retry_connection = False
        return self._session

    async def send(self, request: httpx.Request, auth: httpx.Auth | None) -> httpx.Response:
        if auth is None:
            return await self._send_one(request)
        flow = auth.async_auth_flow(request)
        try:
            current = await flow.__anext__()
            while True:
                response = await self._send_one(current)
                try:
                    current = await flow.asend(response)
                except StopAsyncIteration:
                    return response
        finally:
            # A flow stopped at a yield still holds what it entered there (the token lock):
            # closing it releases them, whatever failed.
            await flow.aclose()

    async def _send_one(self, request: httpx.Request) -> httpx.Response:
        headers = [
            (k.decode("latin-1"), v.decode("latin-1"))
            for k, v in request.headers.raw
            if k.lower() not in _SKIP
        ]
        status, _, raw_headers, body = await self.exchange(
            Wire(
                request.method,
                str(request.url),
                headers,
                request.content or None,
                timeout(request.extensions.get("timeout", {})),
                lambda: request,
            )
        )
        return httpx.Response(status, headers=raw_headers, content=body, request=request)

    async def exchange(self, wire: Wire) -> tuple[int, bool, Any, bytes]:
        """One request as plain parts: the status, whether the body has a Content-Encoding
        (then only an ``httpx.Response`` reads it right), aiohttp's raw headers and the body.
        A failure is raised as the httpx exception the retry policy reads (its request is
        built only then, from ``wire.request``)."""
        # The common case inline (once per request). Only ``aclose`` closes the session, and it
        # forgets it then, so ``closed`` (two properties) need not be asked here.
        session = self._session
        if session is None or self._loop is not asyncio.get_running_loop():
            session = self._session_for_loop()
        try:
            async with session.request(
                wire.method,
                wire.url,
                data=wire.body,
                headers=wire.headers,
                timeout=wire.timeout,
                allow_redirects=False,
                skip_auto_headers=wire.skip_auto_headers,
            ) as raw:
                encoded = "Content-Encoding" in raw.headers
                return raw.status, encoded, raw.raw_headers, await raw.read()
        except aiohttp.ConnectionTimeoutError as exc:
            raise httpx.ConnectTimeout(
                _text(exc, "connect timed out"), request=wire.request()
            ) from exc
        except aiohttp.ClientConnectorError as exc:
            raise httpx.ConnectError(_text(exc, "cannot connect"), request=wire.request()) from exc
        except (TimeoutError, aiohttp.SocketTimeoutError) as exc:
            raise httpx.ReadTimeout(_text(exc, "read timed out"), request=wire.request()) from exc
        except aiohttp.ServerDisconnectedError as exc:
            raise httpx.RemoteProtocolError(
                _text(exc, "server disconnected"), request=wire.request()
            ) from exc
        except (aiohttp.ClientError, OSError) as exc:
            raise httpx.ReadError(
                f"{type(exc).__name__}: {_text(exc, '')}", request=wire.request()
            ) from exc

    async def aclose(self) -> None:
        if self._session is not None:
            if self._loop is asyncio.get_running_loop():
                await self._session.close()
            else:
                _abandon(self._session)
            self._session = None


# aiohttp's messages quote the request URL in its own encoding; a template may carry a
# password anywhere in it, so only the origin is kept.
_URL = re.compile(r"(?i)\b(https?://[^/\s'\"]+)[^\s'\"]*")


def _text(exc: BaseException, default: str) -> str:
    return _URL.sub(r"\1/...", str(exc)) or default


def _abandon(session: aiohttp.ClientSession) -> None:
    """Drop a session whose event loop is gone, without the warnings of an unclosed one:
    its connections cannot be closed from another loop, and the loop's end closed them."""
    connector = session.connector
    session.detach()
    if connector is not None:
        connector._close()
