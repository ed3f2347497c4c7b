"""The operator's console for an outbox (DESIGN §19): see and steer it in a browser, and
scrape it with Prometheus.

``smskit console --outbox URL`` serves it (token from ``SMSKIT_CONSOLE_TOKEN``);
``create_app(outbox, token=...)`` is the same ASGI app to mount in your own service::

    from starlette.routing import Mount
    app.routes.append(Mount("/sms", smskit.console.create_app(outbox, token=TOKEN)))

Every page, the JSON API (``/api/overview``, ``/api/entries``) and ``/metrics`` need the
token: as ``Authorization: Bearer TOKEN``, or typed once into the login page, which sets an
HttpOnly, SameSite=Strict session cookie. Actions (resolve, retry, cancel, unsuppress) are
POSTs carrying the page's CSRF token.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.types import ASGIApp

from .._validate import require_seconds

if TYPE_CHECKING:
    from ..outbox import Outbox

__all__ = ["TOKEN_VARIABLE", "create_app"]

TOKEN_VARIABLE = "SMSKIT_CONSOLE_TOKEN"  # noqa: S105 - a variable name, not a secret


def create_app(outbox: Outbox, *, token: str, refresh: float = 2.0) -> ASGIApp:
    """The console for ``outbox``, open to whoever shows ``token`` (at least 16 characters).
    ``refresh``: the overview is recomputed at most this often (0: on every request)."""
    from ._app import build

    return build(outbox, token, require_seconds("refresh", refresh, positive=False))
