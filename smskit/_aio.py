"""The async transport: httpx requests and responses, carried by aiohttp.

httpx's own async client costs more per request than the I/O under concurrency (its pool and
client layers). smskit keeps every rule on httpx objects (auth flows, retries, error mapping,
redaction all see ``httpx.Request``/``httpx.Response``) and swaps only the carrier: this sender
drives the auth flow itself and moves the bytes with aiohttp. aiohttp's failures are turned
into the httpx exceptions the retry policy already understands, so "was it sent?" is decided
in one place for both transports.
"""

from __future__ import annotations

from typing import Any

import aiohttp
import httpx

# Added by aiohttp itself; passing httpx's copies would duplicate them.
_SKIP = frozenset({b"host", b"content-length", b"transfer-encoding"})


def _timeout(request: httpx.Request) -> aiohttp.ClientTimeout:
    limits: dict[str, Any] = request.extensions.get("timeout", {})
    return aiohttp.ClientTimeout(
        total=None,
        sock_connect=limits.get("connect"),
        sock_read=limits.get("read"),
        connect=limits.get("pool"),
    )


class AiohttpSender:
    """Sends ``httpx.Request`` objects (and the auth flow's own requests) over one aiohttp
    session, created in the running event loop on first use."""

    def __init__(self, max_connections: int) -> None:
        self._max_connections = max_connections
        self._session: aiohttp.ClientSession | None = None

    def _session_for_loop(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._max_connections, ttl_dns_cache=300)
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
        current = await flow.__anext__()
        while True:
            response = await self._send_one(current)
            try:
                current = await flow.asend(response)
            except StopAsyncIteration:
                return response

    async def _send_one(self, request: httpx.Request) -> httpx.Response:
        session = self._session_for_loop()
        headers = [
            (k.decode("latin-1"), v.decode("latin-1"))
            for k, v in request.headers.raw
            if k.lower() not in _SKIP
        ]
        try:
            async with session.request(
                request.method,
                str(request.url),
                data=request.content or None,
                headers=headers,
                timeout=_timeout(request),
                allow_redirects=False,
                skip_auto_headers=("User-Agent", "Accept", "Accept-Encoding", "Content-Type"),
            ) as raw:
                body = await raw.read()
                return httpx.Response(
                    raw.status,
                    headers=raw.raw_headers,
                    content=body,
                    request=request,
                )
        except aiohttp.ConnectionTimeoutError as exc:
            raise httpx.ConnectTimeout(str(exc) or "connect timed out", request=request) from exc
        except aiohttp.ClientConnectorError as exc:
            raise httpx.ConnectError(str(exc), request=request) from exc
        except (TimeoutError, aiohttp.SocketTimeoutError) as exc:
            raise httpx.ReadTimeout(str(exc) or "read timed out", request=request) from exc
        except aiohttp.ServerDisconnectedError as exc:
            raise httpx.RemoteProtocolError(
                str(exc) or "server disconnected", request=request
            ) from exc
        except (aiohttp.ClientError, OSError) as exc:
            raise httpx.ReadError(f"{type(exc).__name__}: {exc}", request=request) from exc

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
