"""The Acrobits "Send Message" and "Fetch Messages" web services, served over smskit routes.

Order of checks for a send: the client address's rate limit (429) -> parse the request (400)
-> authenticate (401, as slow for an unknown user as for a wrong password) -> the account's
rate limit (429) -> validate the fields (400) -> the account's allowed destinations (403) ->
send, or queue in the outbox. Every error is JSON ``{"message": ...}``: the softphone shows
``message``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
import uuid
from collections.abc import AsyncIterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import errors
from .._phone import normalize_recipients
from .._validate import require_text
from ..sandbox._guard import Guard
from ._config import Account, BridgeConfig, load_config
from ._passwords import unknown_user_hash, verify_password
from ._record import Record, rfc3339

logger = logging.getLogger("smskit.bridge")
INBOUND_EVERY = 5.0  # seconds between two reads of one account's received SMS
access = logging.getLogger("smskit.bridge.access")

# What a route's refusal (``sent is False``) means to the softphone (DESIGN §13); any error
# after which the SMS may have been sent is 504, whatever its class (DESIGN §16).
_STATUS: list[tuple[type[errors.SmskitError], int]] = [
    (errors.InvalidRequestError, 400),
    (errors.ValidationError, 400),
    (errors.RateLimitError, 429),
    (errors.ConnectError, 503),
]


class Problem(Exception):
    """An answer other than success: the status and the message the softphone shows."""

    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None):
        super().__init__(message)
        self.status, self.message, self.headers = status, message, dict(headers or {})


class Limiter:
    """A token bucket per key: ``per_minute`` requests, refilled evenly."""

    def __init__(self, per_minute: int) -> None:
        self.capacity, self.rate = float(per_minute), per_minute / 60.0
        self._buckets: dict[str, tuple[float, float]] = {}

    def take(self, key: str) -> float:
        """0 when allowed; else the seconds until a request would be."""
        now = time.monotonic()
        tokens, then = self._buckets.get(key, (self.capacity, now))
        tokens = min(self.capacity, tokens + (now - then) * self.rate)
        if tokens >= 1:
            self._buckets[key] = (tokens - 1, now)
            return 0.0
        self._buckets[key] = (tokens, now)
        return (1 - tokens) / self.rate


def _limit(limiter: Limiter, key: str, who: str) -> None:
    wait = limiter.take(key)
    if wait:
        seconds = max(1, int(wait + 0.999))
        raise Problem(429, f"Too many requests from this {who}: try again in {seconds} s",
                      {"Retry-After": str(seconds)})  # fmt: skip


class Bridge:
    """The service's state: accounts, their senders, the record and the optional outbox."""

    def __init__(self, config: BridgeConfig) -> None:
        self.config = config
        self.per_client = Limiter(config.per_client)
        self.per_account = Limiter(config.per_account)
        self.senders: dict[str, Any] = {}
        self.record: Record | None = None
        self.outbox: Any = None
        self._dispatch: asyncio.Task[None] | None = None
        self._dispatcher: Any = None
        self.inbound: dict[str, Any] = {}  # username -> the client that reads received SMS
        self._read_at: dict[str, float] = {}
        self._reading: dict[str, asyncio.Lock] = {}

    # ---------------------------------------------------------------- lifecycle

    async def start(self) -> None:
        from .._dsn import connect_async

        self.record = Record(self.config.record)
        for account in self.config.accounts.values():
            if account.inbound is not None:
                self.inbound[account.username] = connect_async(account.inbound.route)
            if self.config.outbox is None:
                self.senders[account.username] = connect_async(account.route)
        if self.config.outbox is not None:
            from ..outbox import Outbox

            self.outbox = Outbox(self.config.outbox)
            if self.config.dispatch:
                routes = {_via(a): a.route for a in self.config.accounts.values()}
                self._dispatcher = self.outbox.async_dispatcher(routes)
                self._dispatch = asyncio.create_task(self._dispatcher.run_forever())

    async def stop(self) -> None:
        if self._dispatcher is not None:
            self._dispatcher.stop()
            if self._dispatch is not None:
                await self._dispatch
            await self._dispatcher.close()
        for sender in [*self.senders.values(), *self.inbound.values()]:
            await sender.close()
        if self.outbox is not None:
            self.outbox.close()
        if self.record is not None:
            self.record.close()

    # ---------------------------------------------------------------- requests

    async def fields(self, request: Request) -> dict[str, str]:
        """Query parameters, plus a form or JSON body (the seed's three forms)."""
        fields = {k: v for k, v in request.query_params.items()}
        if request.method != "POST":
            return _unicode_only(fields)
        raw = await request.body()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise Problem(400, "The request body is not UTF-8") from None
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind.endswith("json"):
            try:
                parsed = json.loads(text) if text.strip() else None
            except ValueError:
                raise Problem(400, "The request body is not valid JSON") from None
            if not isinstance(parsed, dict):
                raise Problem(400, "The request body must be a JSON object")
            for key, value in parsed.items():
                if value is not None and not isinstance(value, str | int | float):
                    raise Problem(400, f"{key}: expected a string")
                fields[str(key)] = "" if value is None else str(value)
        elif text.strip().strip("&"):
            try:  # a trailing "&" (as many form builders write) is no field, not an error
                form = parse_qs(text.strip().strip("&"), keep_blank_values=True,
                                strict_parsing=True)  # fmt: skip
            except ValueError:
                raise Problem(400, "The request body is not a form (name=value&...)") from None
            fields.update({k: v[0] for k, v in form.items()})
        return _unicode_only(fields)

    async def read_inbound(self, account: Account) -> None:
        """Fetch what the account's number received into the record (at most every
        ``INBOUND_EVERY`` seconds per account; a provider error is logged, never shown as a
        failed fetch: the messages already stored are still answered)."""
        client = self.inbound.get(account.username)
        if client is None or account.inbound is None:
            return
        lock = self._reading.setdefault(account.username, asyncio.Lock())
        async with lock:
            if (
                time.monotonic() - self._read_at.get(account.username, -INBOUND_EVERY)
                < INBOUND_EVERY
            ):
                return
            self._read_at[account.username] = time.monotonic()
            try:
                if account.inbound.rent_id is not None:
                    received = await client.inbound_sms(account.inbound.rent_id)
                else:
                    received = await client.inbound_sms()
            except errors.SmskitError as exc:
                logger.warning("inbound SMS of %s: %s", account.username, type(exc).__name__)
                return
            assert self.record is not None
            await asyncio.to_thread(self.record.keep_received, account.username, received)
            if self.outbox is not None:  # replies stored once, STOP honoured (DESIGN §18)
                await asyncio.to_thread(self.outbox.record_inbound, received)

    def pick(self, fields: Mapping[str, str], field: str) -> str | None:
        for name in self.config.names[field]:
            if fields.get(name) not in (None, ""):
                return fields[name]
        return None

    def authenticate(self, fields: Mapping[str, str]) -> Account:
        username, password = self.pick(fields, "from"), self.pick(fields, "password")
        if username is None or password is None:
            raise Problem(401, "Missing username or password")
        account = self.config.accounts.get(username)
        stored = account.password_hash if account else unknown_user_hash()
        if not verify_password(password, stored) or account is None:
            raise Problem(401, "Invalid username or password")
        return account

    async def send(self, account: Account, fields: Mapping[str, str]) -> str:
        to, body = self.pick(fields, "to"), self.pick(fields, "body")
        if to is None:
            raise Problem(400, f"Missing recipient ({' or '.join(self.config.names['to'])})")
        if body is None:
            raise Problem(400, f"Missing text ({' or '.join(self.config.names['body'])})")
        if to[:1] == " " and to.strip()[:1].isdigit():
            # A '+' written straight into a form or query is a space. Read with a
            # default_region it would silently become another number: refused, explained.
            raise Problem(400, "to: starts with a space, which is how an unencoded '+' arrives"
                          " in a form or query: encode it as %2B")  # fmt: skip
        try:
            (recipient,) = normalize_recipients(to, default_region=account.region)
            text = require_text(body)
        except errors.ValidationError as exc:
            raise Problem(400, str(exc)) from None
        if not account.may_text(recipient):
            raise Problem(403, f"This account may not send to {recipient}")
        assert self.record is not None
        sms_id = await asyncio.to_thread(self.record.new, account.username, recipient, text)
        if self.outbox is not None:
            await self.outbox.add_async(to=recipient, text=text, via=_via(account),
                                        key=f"bridge:{sms_id}")  # fmt: skip
            await asyncio.to_thread(self.record.settle, sms_id, "queued")
            return sms_id
        try:
            result = await self.senders[account.username].send(
                recipient, text, reference=f"bridge:{sms_id}"
            )
        except errors.SmskitError as exc:
            state = "failed" if exc.sent is False else "unknown"
            await asyncio.to_thread(self.record.settle, sms_id, state)
            raise _problem(exc) from None
        await asyncio.to_thread(self.record.settle, sms_id, "sent", result.provider, result.ids)
        return sms_id


def _unicode_only(fields: dict[str, str]) -> dict[str, str]:
    """JSON may carry a lone surrogate (``"\\ud800"``), which no password, number or SMS can
    hold: refused while parsing (400), before it reaches a hash or a provider."""
    for name, value in fields.items():
        try:
            name.encode()
            value.encode()
        except UnicodeEncodeError:
            raise Problem(
                400, f"{name[:40]!r}: not valid Unicode text (a lone surrogate)"
            ) from None
    return fields


def _last_id(fields: Mapping[str, str], name: str) -> str | None:
    """An id the softphone says it has: empty means none; anything but a decimal this bridge
    could have given out is refused (the record's ids are SQLite integers)."""
    value = fields.get(name) or None
    if value is not None and not (value.isascii() and value.isdigit() and len(value) <= 18):
        raise Problem(400, f"{name}: expected an id this bridge gave out (digits), or nothing")
    return value


def _via(account: Account) -> str:
    return f"bridge:{account.username}"


def _problem(exc: errors.SmskitError) -> Problem:
    if exc.sent is not False:
        return Problem(504, "The provider did not confirm the message; it may have been sent."
                       " Do not resend it.")  # fmt: skip
    status = next((code for kind, code in _STATUS if isinstance(exc, kind)), 502)
    if status == 429:
        after = getattr(exc, "retry_after", None) or 30
        return Problem(429, f"The provider is busy: try again in {int(after)} s",
                       {"Retry-After": str(int(after))})  # fmt: skip
    if status == 503:
        return Problem(503, "The SMS provider cannot be reached right now; nothing was sent")
    prefix = "" if status == 400 else "The SMS provider refused the message: "
    return Problem(status, prefix + str(exc))


def create_app(config: str | Path | Mapping[str, Any] | BridgeConfig) -> ASGIApp:
    """The bridge as an ASGI app (serve it with uvicorn, or ``smskit bridge``)."""
    settings = config if isinstance(config, BridgeConfig) else load_config(config)
    bridge = Bridge(settings)

    def client_of(request: Request) -> str:
        return request.client.host if request.client else "unknown"

    async def signed_in(request: Request) -> tuple[Account, dict[str, str]]:
        """The client address's limit, the parsed request, its account (the checks every
        endpoint makes first, in this order)."""
        request.state.account = "-"
        _limit(bridge.per_client, client_of(request), "address")
        fields = await bridge.fields(request)
        account = await asyncio.to_thread(bridge.authenticate, fields)
        request.state.account = account.username
        return account, fields

    async def send_message(request: Request) -> Response:
        account, fields = await signed_in(request)
        _limit(bridge.per_account, account.username, "account")
        sms_id = await bridge.send(account, fields)
        request.state.outcome = f"sms_id={sms_id}"
        return JSONResponse({"sms_id": sms_id})

    async def fetch_messages(request: Request) -> Response:
        account, fields = await signed_in(request)
        assert bridge.record is not None
        await bridge.read_inbound(account)
        received = await asyncio.to_thread(
            bridge.record.received_since, account.username, _last_id(fields, "last_id")
        )
        sent = await asyncio.to_thread(
            bridge.record.sent_since, account.username, _last_id(fields, "last_sent_id")
        )
        now = rfc3339(datetime.now(UTC).timestamp())
        return JSONResponse({"date": now, "received_smss": received, "sent_smss": sent})

    async def problem(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, Problem)
        request.state.outcome = exc.message
        return JSONResponse({"message": exc.message}, exc.status, exc.headers)

    async def not_found(request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 404)
        return JSONResponse({"message": "Not found" if status == 404 else "Method not allowed"},
                            status)  # fmt: skip

    async def broken(request: Request, exc: Exception) -> Response:
        logger.error("bridge: unexpected %s", type(exc).__name__)
        return JSONResponse({"message": "The bridge failed; nothing was sent"}, 500)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await bridge.start()
        try:
            yield
        finally:
            await bridge.stop()

    methods = ["GET", "POST"]
    app = Starlette(
        routes=[
            Route("/send_message", send_message, methods=methods),
            Route("/send_message/", send_message, methods=methods),
            Route("/fetch_messages", fetch_messages, methods=methods),
            Route("/fetch_messages/", fetch_messages, methods=methods),
        ],
        exception_handlers={Problem: problem, 404: not_found, 405: not_found, Exception: broken},
        lifespan=lifespan,
    )
    app.state.bridge = bridge
    return AccessLog(Guard(app, allowed_hosts=None, max_body=settings.max_body))


class AccessLog:
    """One line per request: method, path (never the query string: the GET form carries the
    password there), status, account, request id, outcome. Replaces uvicorn's access log."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = uuid.uuid4().hex[:12]
        scope.setdefault("state", {})
        status = 500
        started = time.monotonic()

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            state = scope.get("state", {})
            access.info(
                "%s %s %d account=%s request=%s %.0fms %s",
                scope["method"], scope["path"], status, state.get("account", "-"), request_id,
                (time.monotonic() - started) * 1000, state.get("outcome", ""),
            )  # fmt: skip
