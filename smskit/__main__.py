"""``python -m smskit demo``: send an SMS through the real sipgate client to a stand-in
sipgate server on 127.0.0.1, so smskit can be seen working without any account."""

from __future__ import annotations

import base64
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import smskit

DEMO_TOKEN_ID = "token-DEMO00"  # noqa: S105 (an id, not a secret)
DEMO_TOKEN = "sandbox"  # noqa: S105 (the stand-in server's documented demo secret)


class _SipgateStandIn(BaseHTTPRequestHandler):
    """Just enough of sipgate's wire protocol for the demo: Basic auth, /sessions/sms."""

    caught: ClassVar[list[dict[str, Any]]] = []
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _reply(self, status: int, body: bytes = b"") -> None:
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        expected = base64.b64encode(f"{DEMO_TOKEN_ID}:{DEMO_TOKEN}".encode()).decode()
        if self.headers.get("Authorization") != f"Basic {expected}":
            return self._reply(401, b"Invalid token supplied")
        if self.path != "/v2/sessions/sms":
            return self._reply(404)
        if self.headers.get("Content-Type") != "application/json":
            return self._reply(415)
        self.caught.append(json.loads(body))
        return self._reply(204)


def demo() -> int:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _SipgateStandIn)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base_url = f"http://127.0.0.1:{server.server_address[1]}/v2"
    print(f"stand-in sipgate server on {base_url}")
    try:
        with smskit.Sipgate(token_id=DEMO_TOKEN_ID, token=DEMO_TOKEN, base_url=base_url) as sg:
            result = sg.send(to="+49 (170) 123-4567", text="Hello from smskit", sms_id="s0")
            print(f"sent: {result!r}")
            try:
                sg.send(to="not a number", text="Hello")
            except smskit.errors.ValidationError as exc:
                print(f"refused before sending: {exc}")
        wrong = "wrong-token"
        with smskit.Sipgate(token_id=DEMO_TOKEN_ID, token=wrong, base_url=base_url) as bad:
            try:
                bad.send(to="+491701234567", text="Hello")
            except smskit.errors.AuthenticationError as exc:
                print(f"wrong token: {type(exc).__name__}: {exc}")
    finally:
        server.shutdown()
    for message in _SipgateStandIn.caught:
        print(f"the server caught: {json.dumps(message)}")
    return 0 if len(_SipgateStandIn.caught) == 1 else 1


def main(argv: list[str]) -> int:
    if argv[1:] == ["demo"]:
        return demo()
    print("usage: python -m smskit demo", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
