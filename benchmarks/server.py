"""A minimal keep-alive HTTP/1.1 server on 127.0.0.1 (asyncio streams), run in its own process
so that the client's CPU is measured alone. It answers each provider's send path with that
provider's documented success, from bytes prepared once."""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import socket
import sys

SMSCX_BODY = json.dumps(
    {
        "info": {
            "campaignId": "b7e3c1d2-9f8a-4e6b-a5c4-d3e2f1a0b9c8",
            "totalPhoneNumbers": 1,
            "totalValid": 1,
            "totalInvalid": 0,
            "totalCost": 0.0385,
            "totalParts": 1,
            "dlrCallbackUrl": None,
            "scheduled": False,
        },
        "data": [
            {
                "msgId": "0a1b2c3d-0000-4000-8000-000000000001",
                "status": "ACCEPTED",
                "statusCode": 100,
                "errorCode": None,
                "createdAt": "2026-11-22T10:00:00+00:00",
                "inQuietHours": False,
                "cost": 0.0385,
                "to": "+31612469001",
                "countryIso": "NL",
                "from": "InfoText",
                "text": "Hello",
                "parts": 1,
                "textAnalysis": {"length": 5, "unicode": False, "parts": 1},
            }
        ],
    }
).encode()
SMSEND_BODY = json.dumps(
    {
        "result": "OK",
        "order_id": "x",
        "total_sent": 1,
        "remaining_credits": 9,
        "internal_order_id": "i",
    }
).encode()


def _reply(status: str, body: bytes, content_type: str = "application/json") -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Length: {len(body)}\r\n"
    if body:
        head += f"Content-Type: {content_type}\r\n"
    return head.encode() + b"\r\n" + body


REPLIES = {
    b"/v2/sessions/sms": _reply("204 No Content", b""),
    b"/sms": _reply("200 OK", SMSCX_BODY),
    b"/API/v1.0/REST/sms": _reply("201 Created", SMSEND_BODY),
}
NOT_FOUND = _reply("404 Not Found", b"")
# SMS.CX's report of one message, still on its way (delivery polling keeps asking about it).
REPORT = _reply("200 OK", json.dumps({"data": {
    "msgId": "0a1b2c3d-0000-4000-8000-000000000001", "status": "ACCEPTED", "statusCode": 100,
    "errorCode": None, "inQuietHours": False, "createdAt": "2026-11-22T10:00:00+00:00",
    "updatedAt": None, "cost": 0.0385, "to": "+31612469001", "countryIso": "NL",
    "from": "InfoText", "source": "api", "channel": "sms", "text": "Hello",
    "textAnalysis": {"length": 5, "unicode": False, "parts": 1}, "scheduledAt": None,
}}).encode())  # fmt: skip


async def _handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            path = head.split(b" ", 2)[1]
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            if length:
                await reader.readexactly(length)
            path = path.split(b"?")[0]
            if path.startswith(b"/reports/single/"):
                writer.write(REPORT)
            else:
                writer.write(REPLIES.get(path, NOT_FOUND))
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


def _serve(sock: socket.socket) -> None:
    async def main() -> None:
        server = await asyncio.start_server(_handle, sock=sock, backlog=1024)
        async with server:
            await server.serve_forever()

    asyncio.run(main())


def start() -> tuple[str, multiprocessing.Process]:
    sock = socket.create_server(("127.0.0.1", 0), backlog=1024)
    port = sock.getsockname()[1]
    process = multiprocessing.get_context("fork").Process(target=_serve, args=(sock,), daemon=True)
    process.start()
    sock.close()
    return f"http://127.0.0.1:{port}", process


if __name__ == "__main__":
    url, proc = start()
    print(url, file=sys.stderr)
    proc.join()
