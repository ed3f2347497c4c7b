"""``SmsSandbox``: a running sandbox with the helpers a test needs."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import quote

import httpx

from .. import errors
from .._dsn import connect, connect_async

PROVIDERS = ("sipgate", "smscx", "smsend", "acrobits")


class SmsSandbox:
    """A sandbox on 127.0.0.1 (its own free port and in-memory database): what it caught,
    faults to inject, and connection strings and clients that reach it."""

    def __init__(self, running: Any) -> None:
        self._running = running
        self.url: str = running.url
        self._http = httpx.Client(base_url=self.url, timeout=10)

    def __repr__(self) -> str:
        return f"SmsSandbox({self.url})"

    @property
    def messages(self) -> list[dict[str, Any]]:
        """What the sandbox caught, oldest first: ``provider``, ``to``, ``text``, ``sender``,
        ``status``, ``created_at`` (an aware datetime), ``segments``, ``id``."""
        caught = []
        for m in reversed(self._running.store.messages(None)):
            item = m.as_json()
            item["sender"] = item.pop("from")
            item["created_at"] = datetime.fromisoformat(item["created_at"])
            caught.append(item)
        return caught

    def clear(self) -> None:
        """Forget every caught message and pending fault."""
        self._http.delete("/_sandbox/messages").raise_for_status()
        self._http.delete("/_sandbox/faults").raise_for_status()

    def fail_next(self, provider: str, status: int = 500, times: int = 1, body: Any = None) -> None:
        """The next ``times`` message-creating requests to ``provider`` answer ``status``
        (in the provider's documented error shape, or ``body``). Logins and token requests
        pass."""
        self._fault({"provider": _provider(provider), "status": status, "times": times,
                     "body": body})  # fmt: skip

    def timeout_next(self, provider: str, seconds: float = 5.0, times: int = 1) -> None:
        """The next ``times`` message-creating requests to ``provider`` get no answer for
        ``seconds`` (set the client's ``timeout`` below it): an outcome the client cannot
        know."""
        self._fault({"provider": _provider(provider), "timeout": seconds, "times": times})

    def report(self, msg_id: str, status: str = "delivered") -> dict[str, Any] | None:
        """A delivery report for one caught message (``delivered``, ``failed`` or
        ``expired``): the providers' status endpoints answer with it from now on, and an
        SMS.CX send with a ``dlrCallbackUrl`` gets the ``dlr_update`` webhook. Returns what
        the webhook answered (``{"url", "status_code"}`` or ``{"url", "error"}``), or None
        when no webhook was due."""
        answer = self._http.post(f"/_sandbox/messages/{quote(msg_id, safe='')}/status",
                                 json={"status": status})  # fmt: skip
        if answer.status_code != 200:
            field = "msg_id" if answer.status_code == 404 else "status"
            raise errors.ValidationError(field, answer.json().get("message", answer.text))
        webhook: dict[str, Any] | None = answer.json()["webhook"]
        return webhook

    def detail(self, msg_id: str) -> dict[str, Any]:
        """One caught message in full: as in ``messages`` plus ``events`` (its timeline) and
        ``exchange`` (the request that created it and the answer, credentials masked)."""
        answer = self._http.get(f"/_sandbox/messages/{quote(msg_id, safe='')}")
        if answer.status_code != 200:
            raise errors.ValidationError("msg_id", answer.json().get("message", answer.text))
        found: dict[str, Any] = answer.json()
        return found

    def _fault(self, fault: dict[str, Any]) -> None:
        answer = self._http.post("/_sandbox/faults", json=fault)
        if answer.status_code != 201:
            raise errors.ValidationError("fault", answer.json().get("message", answer.text))

    def dsn(self, provider: str, **options: str) -> str:
        """A connection string to the sandbox, complete enough to send as it is (the
        sandbox's credentials; SMS.CX and smsend sender ``smskit``; Acrobits as JSON)."""
        host = self.url.removeprefix("http://")
        base = {
            "sipgate": f"sipgate://token-SBX:sandbox@{host}/sipgate/v2?sms_id=s0",
            "smscx": f"smscx://sandbox@{host}/smscx?sender=smskit",
            "smsend": f"smsend://smskit:sandbox@{host}/smsend/API/v1.0/REST?sender=smskit",
            "acrobits": f"acrobits://smskit:sandbox@{host}/acrobits/send_message?format=json",
        }[_provider(provider)]
        extra = "".join(f"&{k}={v}" for k, v in options.items())
        return base + (extra if "?" in base else "?" + extra[1:])

    def client(self, provider: str, **options: str) -> Any:
        """A ready sync client (``smskit.Sender``) for ``provider``; close it (or use
        ``with``)."""
        return connect(self.dsn(provider, **options))

    def async_client(self, provider: str, **options: str) -> Any:
        """A ready async client (``smskit.AsyncSender``)."""
        return connect_async(self.dsn(provider, **options))

    def close(self) -> None:
        self._http.close()
        self._running.stop()


def _provider(name: str) -> str:
    if name not in PROVIDERS:
        raise errors.ValidationError("provider", f"must be one of {', '.join(PROVIDERS)}")
    return name


def start_sandbox() -> SmsSandbox:
    """A sandbox for tests outside pytest (``close()`` it)."""
    from ..sandbox import start

    return SmsSandbox(start(":memory:"))
