"""The wire as the sandbox saw it: every provider request that created messages is kept with
the answer it got, credentials masked, for the detail view (``/messages/{id}``).

Masking happens before anything is stored: credential headers (``Authorization`` keeps its
scheme, the rest goes), credential fields in the query, form and JSON bodies (by name:
password, token, secret, api key, session or user key), and then every masked value
wherever else it appears (a password repeated in a body, a token inside a URL). The sandbox
file never holds a secret, so neither can any page built from it.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import uuid
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._store import SERVING, Store, Tag

MASK = "••••••"
KEPT_BYTES = 64 * 1024  # of each body; the rest is cut (a message is far smaller)
PROVIDER_PREFIXES = ("/sipgate/", "/smscx/", "/smsend/", "/acrobits/")
CREDENTIAL_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "x-api-key", "session_key", "access_token",
     "user_key", "cookie", "set-cookie"}
)  # fmt: skip
# "name": "value" in JSON that does not parse (a body cut short): masked by name all the same.
_JSON_PAIR = re.compile(r'("([^"\\]*)"\s*:\s*)"((?:[^"\\]|\\.)*)"')
_CREDENTIAL_NAME = re.compile(
    r"pass|secret|token|api_?key|session_?key|user_?key|auth|credential|signature", re.I
)


def is_credential(name: str) -> bool:
    return bool(_CREDENTIAL_NAME.search(name))


class _Masker:
    """Masks credentials field by field and remembers each value it masked, so that a second
    pass can take the same value out of everything else."""

    def __init__(self) -> None:
        self.secrets: set[str] = set()

    def value(self, raw: str) -> str:
        if raw:
            self.secrets.add(raw)
        return MASK

    def header(self, name: str, raw: str) -> str:
        if name.lower() not in CREDENTIAL_HEADERS:
            return raw
        scheme, _, rest = raw.partition(" ")
        if name.lower().endswith("authorization") and rest:
            return f"{scheme} {self.value(rest.strip())}"
        return self.value(raw)

    def pairs(self, text: str) -> str:
        """A query or form as received, or re-encoded with its credentials masked."""
        pairs = parse_qsl(text, keep_blank_values=True)
        if not any(is_credential(k) for k, _ in pairs):
            return text
        return urlencode([(k, self.value(v) if is_credential(k) else v) for k, v in pairs])

    def json(self, data: Any) -> Any:
        if isinstance(data, dict):
            return {
                k: self.value(str(v)) if is_credential(str(k)) and isinstance(v, str | int)
                else self.json(v)
                for k, v in data.items()
            }  # fmt: skip
        if isinstance(data, list):
            return [self.json(item) for item in data]
        return data

    def body(self, raw: bytes) -> str:
        """The body as received, or (when it holds credentials) re-encoded with them masked.
        Read by its shape, not its declared type: a handler may read a mislabelled body."""
        text = raw[:KEPT_BYTES].decode("utf-8", errors="replace")
        if text.lstrip()[:1] not in ("{", "["):
            form = "=" in text and not any(c.isspace() for c in text.strip())
            return self.pairs(text) if form else text
        try:
            data = json.loads(text)
        except ValueError:  # cut at KEPT_BYTES, or not JSON after all
            return _JSON_PAIR.sub(self._loose_pair, text)
        masked = self.json(data)
        return text if masked == data else json.dumps(masked, ensure_ascii=False)

    def _loose_pair(self, found: re.Match[str]) -> str:
        if not is_credential(found.group(2)):
            return found.group(0)
        return f'{found.group(1)}"{self.value(found.group(3))}"'

    def scrub(self, text: str) -> str:
        # Longest first, so a secret that contains another is taken out whole.
        for secret in sorted(self.secrets, key=len, reverse=True):
            if len(secret) >= 4:
                text = text.replace(secret, MASK)
        return text


def masked_exchange(
    scope: Scope, request_body: bytes, status: int, headers: list[tuple[str, str]], body: bytes
) -> dict[str, Any]:
    """One request and its answer as the detail view shows them, with no credential left."""
    masker = _Masker()
    request_headers = [
        (k.decode("latin-1"), v.decode("latin-1")) for k, v in scope.get("headers", [])
    ]
    exchange = {
        "request": {
            "method": scope["method"],
            "path": scope["path"],
            "query": masker.pairs(scope.get("query_string", b"").decode("latin-1")),
            "headers": [[k, masker.header(k, v)] for k, v in request_headers],
            "body": masker.body(request_body),
        },
        "response": {
            "status": status,
            "headers": [[k, masker.header(k, v)] for k, v in headers],
            "body": masker.body(body),
        },
    }
    # The second pass: a masked value repeated anywhere else (the Basic header's base64
    # stands for "user:password", so its decoded halves are secrets too).
    for secret in list(masker.secrets):
        masker.secrets.update(_basic_parts(secret))
    scrubbed: dict[str, Any] = json.loads(masker.scrub(json.dumps(exchange, ensure_ascii=False)))
    return scrubbed


def _basic_parts(value: str) -> list[str]:
    try:
        decoded = base64.b64decode(value, validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return []
    user, colon, password = decoded.partition(":")
    return [user, password] if colon else []


class Recorder:
    """ASGI middleware: runs each provider request with a ``Tag`` the store marks when the
    request creates messages; only then is the exchange kept. It is kept before the last
    part of the answer leaves, so a client that has its answer finds the request recorded."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def middleware(self, app: ASGIApp) -> ASGIApp:
        async def recording(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] != "http" or not scope["path"].startswith(PROVIDER_PREFIXES):
                await app(scope, receive, send)
                return
            at, tag = datetime.now(UTC), Tag(uuid.uuid4().hex)
            asked, answered = bytearray(), bytearray()
            start: dict[str, Any] = {"status": 0, "headers": []}
            kept = False

            def keep() -> None:
                nonlocal kept
                if tag.used and not kept:
                    kept = True
                    exchange = masked_exchange(
                        scope, bytes(asked), start["status"], start["headers"], bytes(answered)
                    )
                    self.store.keep_exchange(tag.id, at, exchange)

            async def receiving() -> Message:
                message = await receive()
                if message["type"] == "http.request" and len(asked) < KEPT_BYTES:
                    asked.extend(message.get("body", b""))
                return message

            held: list[Message] = []

            async def sending(message: Message) -> None:
                if message["type"] == "http.response.start":
                    start["status"] = message["status"]
                    start["headers"] = [
                        (k.decode("latin-1"), v.decode("latin-1"))
                        for k, v in message.get("headers", [])
                    ]
                    # Held back until the body comes: the server writes the headers at once,
                    # and for an answer without a body (sipgate's 204) the headers are the
                    # whole answer, which would reach the client before the exchange is kept.
                    held.append(message)
                    return
                if message["type"] == "http.response.body":
                    if len(answered) < KEPT_BYTES:
                        answered.extend(message.get("body", b""))
                    if not message.get("more_body", False):
                        keep()
                while held:
                    await send(held.pop(0))
                await send(message)

            token = SERVING.set(tag)
            try:
                await app(scope, receiving, sending)
            finally:
                SERVING.reset(token)
                keep()  # an answer that never finished: what there is of it
            while held:  # a start without a body (the app ended there)
                await send(held.pop(0))

        return recording
