"""A recording proxy on 127.0.0.1 in front of the sandbox: every request is counted before it
is forwarded, and a test can act (kill a dispatcher) while a send is in flight."""

from __future__ import annotations

from collections.abc import Callable

import httpx
from loopback import LoopbackServer, Received, Reply

SEND_PATHS = ("/sipgate/v2/sessions/sms", "/smscx/sms", "/smsend/API/v1.0/REST/sms",
              "/acrobits/send_message")  # fmt: skip
PASSED_BACK = ("content-type", "retry-after", "location")


def is_send(request: Received) -> bool:
    path = request.path.split("?")[0]
    return path in SEND_PATHS and (request.method == "POST" or path.startswith("/acrobits"))


class RecordingProxy(LoopbackServer):
    """Forwards everything to ``target``; ``in_flight`` runs when a send arrives, before the
    provider sees it (once: it is cleared after running)."""

    def __init__(self, target: str) -> None:
        super().__init__()
        self._upstream = httpx.Client(base_url=target, timeout=10)
        self.in_flight: Callable[[], None] | None = None
        self.handle(self._forward)

    def _forward(self, request: Received) -> Reply:
        if is_send(request) and self.in_flight is not None:
            act, self.in_flight = self.in_flight, None
            act()
        headers = {k: v for k, v in request.headers.items()
                   if k.lower() not in {"host", "content-length", "connection"}}  # fmt: skip
        answer = self._upstream.request(
            request.method, request.path, headers=headers, content=request.body
        )
        kept = {k: v for k, v in answer.headers.items() if k.lower() in PASSED_BACK}
        return Reply(answer.status_code, answer.content, kept)

    def sends(self) -> list[Received]:
        return [r for r in self.received if is_send(r)]

    def close(self) -> None:
        super().close()
        self._upstream.close()
