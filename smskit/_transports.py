"""The async clients' two transports, behind one small interface (``build``, ``send``,
``aclose``): plain httpx, and aiohttp with a fast path for plain JSON calls (see ``_aio``).
They carry requests; every rule about them lives in the client and the retry rule."""

from __future__ import annotations

import functools
import json
from collections.abc import Awaitable, Callable
from types import ModuleType
from typing import (
    Any,
    Protocol,
)

import httpx

from . import errors
from ._options import USER_AGENT, shared_ssl_context
from ._plan import Call


class RequestOwner(Protocol):
    """What a transport needs of the client it carries requests for (the client core, which
    builds on the transports, is not imported here)."""

    timeout: httpx.Timeout
    _flow_auth: httpx.Auth | None
    _static_headers: dict[str, str]

    def _build_request(
        self, http: httpx.Client | httpx.AsyncClient, call: Call
    ) -> httpx.Request: ...

    def _request_parts(self, call: Call) -> tuple[str, str | httpx.URL, dict[str, Any]]: ...

    def _url_text(self, path: str) -> str: ...


# Refused before sending (``sent`` False): httpx's own refusal of a closed client is a bare
# RuntimeError, which the retry policy cannot tell from a failure after the request left.
CALLER_CLIENT_CLOSED = (
    "the http_client given to smskit is closed; nothing was sent: pass an open one"
)


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
            headers={"User-Agent": USER_AGENT},
            timeout=self._timeout,
            follow_redirects=False,
            verify=shared_ssl_context(),
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
        elif self.client.is_closed:  # ``close`` released its connections: open new ones
            if not self._owned:
                raise errors.ConnectError(CALLER_CLIENT_CLOSED)
            self.client = self._new_client()
        self._loop = loop
        return self.client

    def build(self, owner: RequestOwner, call: Call) -> httpx.Request:
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
        self._json_headers: tuple[tuple[str, str], ...] | None = None
        # One coroutine less per request: the aiohttp sender's own exchange, unwrapped.
        self.exchange: Callable[[Any], Awaitable[tuple[int, bool, Any, bytes]]] = (
            self._sender.exchange
        )

    def build(self, owner: RequestOwner, call: Call) -> httpx.Request:
        method, url, kwargs = owner._request_parts(call)
        headers = {"User-Agent": USER_AGENT, **kwargs.pop("headers", {})}
        request = httpx.Request(method, url, headers=headers, **kwargs)
        request.extensions["timeout"] = owner.timeout.as_dict()
        return request

    def wire(self, owner: RequestOwner, call: Call) -> Any:
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
        headers: tuple[tuple[str, str], ...]
        body: bytes | None
        if "json" in kwargs and kwargs.get("headers", _JSON_CONTENT) == _JSON_CONTENT:
            # The common send: the same headers every time, built once (every object made per
            # request is work for the garbage collector while thousands are in flight).
            if self._json_headers is None:
                self._json_headers = tuple(
                    {**self._base_headers, "Content-Type": "application/json"}.items()
                )
            headers, body = self._json_headers, _to_json(kwargs["json"]).encode()
        else:
            named = {**self._base_headers, **kwargs.get("headers", {})}
            if "json" in kwargs:
                body = _to_json(kwargs["json"]).encode()
                named.setdefault("Content-Type", "application/json")
            else:
                content = kwargs.get("content")
                body = content.encode() if isinstance(content, str) else content or None
                if body is not None and not any(k.lower() == "content-type" for k in named):
                    return None  # aiohttp would add a Content-Type the httpx path does not send
            headers = tuple(named.items())
        return self._aio.Wire(
            call.request_kwargs["method"].upper(),
            owner._url_text(kwargs["url"]),
            headers,
            body,
            self._timeout,
            functools.partial(self.build, owner, call),
            None,
        )

    async def send(self, request: httpx.Request, auth: httpx.Auth | None) -> httpx.Response:
        return await self._sender.send(request, auth)

    async def aclose(self) -> None:
        await self._sender.aclose()


_JSON_CONTENT = {"Content-Type": "application/json"}  # what generated JSON calls add


def _json_encoder() -> Callable[[Any], str]:
    """One encoder for every body. ``JSONEncoder.encode`` makes its C encoder anew on every
    call; this one is made once (no circular check: request bodies are trees of plain values,
    and a cycle in a caller's ``with_extra`` body still fails, as RecursionError, before
    anything is sent)."""
    standard = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # no C accelerator (PyPy ...)
        return standard.encode
    chunks = make(
        None, standard.default, json.encoder.encode_basestring, None, ":", ",", False, False,
        False,
    )  # fmt: skip
    return lambda value: "".join(chunks(value, 0))


_to_json = _json_encoder()


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


def _asyncio() -> ModuleType:
    """asyncio, imported by the async clients only (it costs a sync process ~2 MB)."""
    import asyncio

    return asyncio
