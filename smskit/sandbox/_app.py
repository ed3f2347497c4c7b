"""The sandbox: every provider's wire protocol on one local server, each SMS caught, not sent.

Credentials: every secret is the word ``sandbox`` (sipgate token, SMS.CX API key or
application secret, smsend password, Acrobits password), with any id or user name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp

from ._acrobits import AcrobitsRoutes
from ._common import SECRET, Core, Limits, Sessions
from ._delivery import Delivery
from ._detail import Detail
from ._faults import Faults
from ._guard import LOOPBACK_NAMES, Guard
from ._inbox import InboxView, inbox_page
from ._live import Live
from ._received import Received
from ._sipgate import SipgateRoutes
from ._smscx import SmscxRoutes
from ._smscx_more import SmscxMore
from ._smsend import SmsendRoutes
from ._store import Store
from ._threads import conversations_page
from ._wire import Recorder

__all__ = ["SECRET", "Limits", "Sandbox", "Sessions", "create_app"]


class Sandbox(SipgateRoutes, SmscxRoutes, SmsendRoutes, AcrobitsRoutes, Core):
    """The routes of all four providers over one store."""

    def __init__(
        self, store: Store, limits: Limits | None = None, sessions: Sessions | None = None
    ) -> None:
        self.store = store
        self.limits = limits or Limits()
        self.sessions = sessions or Sessions()
        self.received = Received(self)
        self.faults = Faults()
        self.delivery = Delivery(store)
        self.live = Live(store)
        self.detail = Detail(store)
        self.recorder = Recorder(store)

    # ------------------------------------------------------------------ the inbox
    async def messages(self, request: Request) -> Response:
        """Caught messages, newest first: ``provider``, ``to``, ``limit`` (default: all of
        them), ``offset``; ``X-Total-Count`` is how many matched. ``DELETE`` forgets them."""
        if request.method == "DELETE":
            removed = self.store.clear()
            return JSONResponse({"deleted": removed})
        query = request.query_params
        try:
            limit = _count(query.get("limit"), "limit")
            offset = _count(query.get("offset"), "offset") or 0
        except ValueError as exc:
            return JSONResponse({"message": str(exc)}, 400)
        found, total = self.store.search(
            query.get("provider"), query.get("to"), limit, offset, q=query.get("q")
        )
        return JSONResponse([m.as_json() for m in found], headers={"X-Total-Count": str(total)})

    async def inbox(self, request: Request) -> Response:
        view = InboxView.of(request.query_params)
        if view is None:
            return HTMLResponse("<!doctype html><title>Bad request</title><p>offset: a whole "
                                'number. <a href="/">Back to the inbox</a></p>', 400)  # fmt: skip
        found, total = view.read(self.store)
        return HTMLResponse(inbox_page(view, [m.as_json() for m in found], total))

    async def conversations(self, request: Request) -> Response:
        return HTMLResponse(
            conversations_page(
                [m.as_json() for m in self.store.messages(500)], self.received.snapshot()
            )
        )

    def routes(self) -> list[Route]:
        own = self._own_routes()
        return [*own, *SmscxMore(_not_in(own), self._cx_auth, self._cx_error).routes()]

    def _own_routes(self) -> list[Route]:
        se = "/smsend/API/v1.0/REST"
        return [
            Route("/", self.inbox),
            Route("/conversations", self.conversations),
            Route("/messages/{msg_id}", self.detail.page),
            Route("/_sandbox/messages", self.messages, methods=["GET", "DELETE"]),
            Route("/_sandbox/messages/{msg_id}", self.detail.as_json, methods=["GET", "DELETE"]),
            Route("/_sandbox/faults", self.faults.control, methods=["POST", "DELETE"]),
            Route("/_sandbox/inbound", self.received.inject, methods=["POST"]),
            Route("/_sandbox/messages/{msg_id}/status", self.delivery.report, methods=["POST"]),
            Route("/_sandbox/delivery", self.delivery.automatic, methods=["POST", "DELETE"]),
            Route("/_sandbox/stream", self.live.stream),
            Route("/smscx/numbers/rent", self.received.smscx_rented),
            Route("/smscx/numbers/rent/{rentId}/inbound", self.received.smscx),
            Route(f"{se}/newsrsmsmessage", self.received.smsend),
            Route("/sipgate/v2/sessions/sms", self.sipgate_send, methods=["POST"]),
            Route(
                "/sipgate/v2/sessions/sms",
                self.sipgate_wrong_method,
                methods=["GET", "PUT", "PATCH", "DELETE"],
            ),
            Route("/sipgate/v2/{user_id}/sms/{sms_id}/callerids", self.sipgate_caller_ids),
            Route(
                "/sipgate/v2/{user_id}/sms/{sms_id}/callerids/{caller_id}",
                self.sipgate_set_caller_id,
                methods=["PUT"],
            ),
            Route("/sipgate/v2/authorization/userinfo", self.sipgate_userinfo),
            Route("/sipgate/v2/{user_id}/sms", self.sipgate_extensions),
            Route("/smscx/oauth/token", self.smscx_token, methods=["POST"]),
            Route("/smscx/sms", self.smscx_send, methods=["POST"]),
            Route("/smscx/sms/estimate", self.smscx_estimate, methods=["POST"]),
            Route("/smscx/sms/scheduled/{msg_id}", self.smscx_cancel, methods=["DELETE"]),
            Route("/smscx/account/balance", self.smscx_balance),
            Route("/smscx/reports/single/{msg_id}", self.smscx_report),
            Route("/smscx/numbers/validate", self.smscx_validate_many, methods=["POST"]),
            Route("/smscx/numbers/validate/{number}", self.smscx_validate_one),
            Route("/smscx/numbers/lookup/{number}", self.smscx_lookup),
            Route("/smscx/otp", self.smscx_otp_new, methods=["POST"]),
            Route("/smscx/otp/{otp_id}", self.smscx_otp, methods=["GET", "POST", "DELETE"]),
            Route(f"{se}/login", self.smsend_login),
            Route(f"{se}/token", self.smsend_login),
            Route(f"{se}/sms", self.smsend_send, methods=["POST"]),
            Route(f"{se}/sms/{{order_id}}", self.smsend_order, methods=["GET", "DELETE"]),
            Route(f"{se}/status", self.smsend_status),
            Route("/acrobits/send_message", self.acrobits_send, methods=["GET", "POST"]),
        ]


def _not_in(own: list[Route]) -> Callable[[str, str], bool]:
    """Whether an SMS.CX operation (method, spec path) is one no route in ``own`` handles."""

    def shape(path: str) -> str:
        return re.sub(r"\{[^}]*\}", "{}", path)

    taken = {(method, shape(route.path)) for route in own for method in (route.methods or {"GET"})}
    return lambda method, path: (method, shape("/smscx" + path)) not in taken


def _count(value: str | None, name: str) -> int | None:
    if value is None:
        return None
    if not value.isdigit() or len(value) > 9:
        raise ValueError(f"{name} must be a whole number from 0 to 999999999")
    return int(value)


async def _malformed(request: Request, exc: Exception) -> Response:
    """A request the handlers could not read (bad encoding, absurd numbers, nesting too deep)
    is the client's error, answered like the providers answer one: 400, never a 500."""
    return JSONResponse({"message": f"Malformed request ({type(exc).__name__})"}, 400)


_MALFORMED = (
    ValueError,
    TypeError,
    KeyError,
    AttributeError,
    RecursionError,
    OverflowError,
    OSError,
)


def create_app(
    store: Store,
    limits: Limits | None = None,
    sessions: Sessions | None = None,
    *,
    allowed_hosts: Iterable[str] | None = LOOPBACK_NAMES,
    stopping: Callable[[], bool] = lambda: False,
) -> ASGIApp:
    """The sandbox as an ASGI app. ``allowed_hosts``: the ``Host`` names it answers (the
    loopback names by default; None answers any, for a sandbox in a container network).
    ``stopping``: whether the server is shutting down (open live streams then end)."""
    sandbox = Sandbox(store, limits, sessions)
    sandbox.live.stopping = stopping
    app = Starlette(
        routes=sandbox.routes(),
        exception_handlers=dict.fromkeys(_MALFORMED, _malformed),
    )
    recorded = sandbox.recorder.middleware(app)
    return Guard(sandbox.faults.middleware(recorded), allowed_hosts=allowed_hosts)
