"""The console's routes (DESIGN §19): pages, the live feed, the JSON API, the actions, and
``/metrics``, every one behind the ``Guard``.

Outbox calls block, so they run in worker threads. The overview is kept as a snapshot that
is at most ``refresh`` seconds old: a request is answered from it at once and a stale one
is recomputed in the background, one computation at a time, however many browsers watch.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, quote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from starlette.routing import Route

from .. import errors
from . import _pages
from ._auth import Guard
from ._metrics import CONTENT_TYPE, exposition

if TYPE_CHECKING:
    from ..outbox import Entry, Outbox, Overview

MAX_FORM = 64 * 1024
KEEPALIVE = 15.0
SEARCH_FIELDS = ("key", "to", "state", "via", "q")
HEADERS = {
    "Cache-Control": "no-store",
    # No inline script anywhere (see _pages): an escaped payload could not run if escaping
    # were ever missed. No framing: the action buttons cannot be clicked through another site.
    "Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; "
    "script-src 'self'; frame-ancestors 'none'; form-action 'self'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}
Handler = Callable[[Request, str], Any]


def _html(text: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(text, status, headers=HEADERS)


def _base(request: Request) -> str:
    return str(request.scope.get("root_path", "")).rstrip("/")


class Snapshots:
    """The latest overview, recomputed when older than ``refresh`` seconds."""

    def __init__(self, outbox: Outbox, refresh: float) -> None:
        self._outbox = outbox
        self.refresh = refresh
        self._view: Overview | None = None
        self._taken = 0.0
        self._lock: asyncio.Lock | None = None
        self._task: asyncio.Task[None] | None = None

    async def _take(self) -> None:
        self._lock = self._lock or asyncio.Lock()
        async with self._lock:
            self._view = await run_in_threadpool(self._outbox.overview)
            self._taken = time.monotonic()

    async def latest(self) -> Overview:
        if self._view is None or self.refresh <= 0:
            await self._take()
        elif time.monotonic() - self._taken > self.refresh and (
            self._task is None or self._task.done()
        ):
            self._task = asyncio.create_task(self._take())
        assert self._view is not None
        return self._view

    async def fresh(self) -> Overview:
        await self._take()
        assert self._view is not None
        return self._view


class Console:
    def __init__(self, outbox: Outbox, token: str, refresh: float) -> None:
        self.outbox = outbox
        self.guard = Guard(token)
        self.snapshots = Snapshots(outbox, refresh)

    def routes(self) -> list[Route]:
        guarded = self._guarded
        return [
            Route("/login", self.login_form, methods=["GET"]),
            Route("/login", self.login, methods=["POST"]),
            Route("/logout", guarded(self.logout, csrf=True), methods=["POST"]),
            Route("/console.js", self.script),
            Route("/", guarded(self.overview)),
            Route("/events", guarded(self.events)),
            Route("/metrics", guarded(self.metrics)),
            Route("/api/overview", guarded(self.overview_json)),
            Route("/api/entries", guarded(self.entries_json)),
            Route("/entries", guarded(self.entries)),
            Route(
                "/entries/{key:path}/{action:str}", guarded(self.act, csrf=True), methods=["POST"]
            ),
            Route("/entries/{key:path}", guarded(self.entry)),
        ]

    # ---------------------------------------------------------------- the guard

    def _guarded(self, handler: Handler, *, csrf: bool = False) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            credential = self.guard.credential(request)
            if credential is None:
                return self._unauthorised(request)
            if csrf:
                form = await _form(request)
                if form is None:
                    return PlainTextResponse("form body too large", 413)
                if not self.guard.csrf_matches(credential, form.get("csrf", "")):
                    return PlainTextResponse(
                        "missing or wrong CSRF token: use the console's own form", 403
                    )
                request.state.form = form
            response: Response = await handler(request, credential)
            return response

        return endpoint

    def _unauthorised(self, request: Request) -> Response:
        if "text/html" in request.headers.get("accept", ""):
            return _html(_pages.login_page(_base(request)), 401)
        return PlainTextResponse(
            "authentication required: Authorization: Bearer TOKEN",
            401,
            headers={"WWW-Authenticate": 'Bearer realm="smskit console"'},
        )

    async def login_form(self, request: Request) -> Response:
        return _html(_pages.login_page(_base(request)))

    async def login(self, request: Request) -> Response:
        form = await _form(request)
        if form is None or not self.guard.token_matches(form.get("token", "")):
            await asyncio.sleep(0.25)  # a guesser's every try costs
            return _html(_pages.login_page(_base(request), wrong=True), 401)
        response = RedirectResponse(f"{_base(request)}/", 303)
        self.guard.start_session(response, request)
        return response

    async def logout(self, request: Request, credential: str) -> Response:
        response = RedirectResponse(f"{_base(request)}/login", 303)
        self.guard.end_session(response, request)
        return response

    async def script(self, request: Request) -> Response:
        return Response(_pages.SCRIPT, media_type="text/javascript", headers=HEADERS)

    # ---------------------------------------------------------------- reading

    async def overview(self, request: Request, credential: str) -> Response:
        view = await self.snapshots.latest()
        page = _pages.overview_page(view, _base(request), self.guard.csrf(credential))
        return _html(page)

    async def overview_json(self, request: Request, credential: str) -> Response:
        return JSONResponse(_overview_json(await self.snapshots.latest()), headers=HEADERS)

    async def metrics(self, request: Request, credential: str) -> Response:
        view = await self.snapshots.fresh()  # a scrape is rare and must match the store
        return Response(exposition(view), media_type=CONTENT_TYPE, headers=HEADERS)

    async def events(self, request: Request, credential: str) -> Response:
        return StreamingResponse(
            self._feed(request),
            media_type="text/event-stream",
            headers={**HEADERS, "X-Accel-Buffering": "no"},
        )

    async def _feed(self, request: Request) -> AsyncIterator[str]:
        base, sent, quiet = _base(request), "", 0.0
        every = max(1.0, self.snapshots.refresh)
        while not await request.is_disconnected():
            fragment = _pages.overview_fragment(await self.snapshots.latest(), base)
            if fragment != sent:
                sent, quiet = fragment, 0.0
                yield f"event: overview\ndata: {json.dumps(fragment)}\n\n"
            elif quiet >= KEEPALIVE:
                quiet = 0.0
                yield ": keep-alive\n\n"
            await asyncio.sleep(every)
            quiet += every

    async def _search(self, request: Request) -> tuple[Any, dict[str, str], int] | Response:
        filters = {f: request.query_params.get(f, "").strip() for f in SEARCH_FIELDS}
        raw_page = request.query_params.get("page", "1")
        if not raw_page.isdigit() or not 1 <= int(raw_page) <= 10**9:
            return PlainTextResponse("page: a whole number from 1", 400)
        number = int(raw_page)
        try:
            page = await run_in_threadpool(
                lambda: self.outbox.search(
                    key=filters["key"] or None,
                    to=filters["to"] or None,
                    state=filters["state"] or None,
                    via=filters["via"] or None,
                    q=filters["q"] or None,
                    offset=(number - 1) * _pages.PAGE_SIZE,
                    limit=_pages.PAGE_SIZE,
                )
            )
        except errors.ValidationError as exc:
            return PlainTextResponse(str(exc), 400)
        return page, filters, number

    async def entries(self, request: Request, credential: str) -> Response:
        found = await self._search(request)
        if isinstance(found, Response):
            text = bytes(found.body).decode()
            page = _pages.message_page("Bad search", text, _base(request),
                                       self.guard.csrf(credential))  # fmt: skip
            return _html(page, found.status_code)
        page, filters, number = found
        return _html(_pages.entries_page(page, filters, number, _base(request),
                                         self.guard.csrf(credential)))  # fmt: skip

    async def entries_json(self, request: Request, credential: str) -> Response:
        found = await self._search(request)
        if isinstance(found, Response):
            return found
        page, _, number = found
        return JSONResponse(
            {"total": page.total, "page": number, "page_size": _pages.PAGE_SIZE,
             "entries": [_entry_json(e) for e in page.entries]},
            headers=HEADERS,
        )  # fmt: skip

    async def entry(self, request: Request, credential: str) -> Response:
        key = request.path_params["key"]
        entry = await run_in_threadpool(self.outbox.get, key)
        csrf = self.guard.csrf(credential)
        if entry is None:
            return _html(_pages.message_page("Not found", f"No entry has the key {key!r}.",
                                             _base(request), csrf), 404)  # fmt: skip
        events = await run_in_threadpool(self.outbox.events, key)
        suppressed = await run_in_threadpool(self._suppressed, entry)
        return _html(_pages.entry_page(entry, events, suppressed, _base(request), csrf))

    def _suppressed(self, entry: Entry) -> bool:
        try:
            return self.outbox.is_suppressed(entry.to)
        except errors.ValidationError:  # a SIP address: never in the opt-out list
            return False

    # ---------------------------------------------------------------- acting

    async def act(self, request: Request, credential: str) -> Response:
        key, action = request.path_params["key"], request.path_params["action"]
        form: dict[str, str] = request.state.form
        csrf = self.guard.csrf(credential)

        def problem(title: str, text: str, status: int) -> Response:
            return _html(_pages.message_page(title, text, _base(request), csrf), status)

        def run() -> None:
            if action == "resolve":
                sent = form.get("sent")
                if sent not in {"true", "false"}:
                    raise errors.ValidationError("sent", "true or false")
                self.outbox.resolve(key, sent=sent == "true")
            elif action == "retry":
                self.outbox.retry(key)
            elif action == "cancel":
                self.outbox.cancel(key)
            elif action == "unsuppress":
                entry = self.outbox.get(key)
                if entry is None:
                    raise KeyError(key)
                if not self.outbox.unsuppress(entry.to, detail="unsuppressed by an operator"):
                    raise errors.ValidationError("to", f"{entry.to} is not suppressed")
            else:
                raise LookupError(action)

        try:
            await run_in_threadpool(run)
        except KeyError:
            return problem("Not found", f"No entry has the key {key!r}.", 404)
        except LookupError:
            return problem("Not found", f"There is no action {action!r}.", 404)
        except errors.ValidationError as exc:
            return problem("Not done", f"{exc}. Nothing was changed.", 409)
        return RedirectResponse(f"{_base(request)}/entries/{quote(key, safe='')}", 303)


async def _form(request: Request) -> dict[str, str] | None:
    """An urlencoded form (the console's own forms are nothing else), or None when larger
    than ``MAX_FORM``."""
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM:
            return None
    pairs = parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
    return dict(pairs)


def _entry_json(entry: Entry) -> dict[str, Any]:
    return {
        "key": entry.key, "to": entry.to, "text": entry.text, "via": entry.via,
        "state": entry.state, "provider": entry.provider, "ids": list(entry.ids),
        "error": entry.error, "attempts": entry.attempts, "delivery": entry.delivery,
        "created_at": entry.created_at.isoformat(), "updated_at": entry.updated_at.isoformat(),
    }  # fmt: skip


def _overview_json(view: Overview) -> dict[str, Any]:
    return {
        "at": view.at.isoformat(),
        "counts": dict(view.counts),
        "deliveries": dict(view.deliveries),
        "oldest_due_seconds": view.oldest_due_seconds,
        "routes": [
            {"via": r.via, "queued": r.queued, "sent_last_minute": r.sent_last_minute,
             "sent_last_hour": r.sent_last_hour, "failed_last_hour": r.failed_last_hour,
             "unknown_last_hour": r.unknown_last_hour}
            for r in view.routes
        ],
        "leases": [{"owner": h.owner, "entries": h.entries,
                    "lease_until": h.lease_until.isoformat()} for h in view.leases],
        "sent_totals": [{"route": t.via, "provider": t.provider, "entries": t.entries}
                        for t in view.sent_totals],
    }  # fmt: skip


def build(outbox: Outbox, token: str, refresh: float) -> Starlette:
    return Starlette(routes=Console(outbox, token, refresh).routes())
