"""The sandbox refuses what would hurt it or its user before any route runs, and answers
malformed requests with 400, never 500 (hardening issue, defect 17)."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import httpx
import pytest

from smskit.sandbox import RunningSandbox
from smskit.sandbox._guard import MAX_BODY, host_name

SIPGATE_AUTH = {"Authorization": "Basic " + base64.b64encode(b"token-X:sandbox").decode()}


def test_oversized_body_is_refused_before_the_password_check(sandbox: RunningSandbox) -> None:
    url = sandbox.url + "/acrobits/send_message"
    declared = httpx.post(url, content=b"x" * (MAX_BODY + 1))
    assert declared.status_code == 413

    def stream() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        for _ in range(200):  # 200 MB offered; the sandbox stops reading after 4 MB
            yield b"x" * (1024 * 1024)

    try:
        chunked = httpx.post(url, content=stream(), timeout=30)
        assert chunked.status_code == 413
    except httpx.WriteError:
        pass  # the sandbox answered 413 and closed while the rest was still being written
    ok = httpx.post(url, json={"password": "wrong", "to": "+1", "body": "x"})
    assert ok.status_code == 401  # an ordinary request still gets to the check


@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        ("GET", "/_sandbox/messages?limit=abc", {}),
        ("GET", "/_sandbox/messages?limit=1e20", {}),
        ("GET", "/_sandbox/messages?offset=-1", {}),
        ("POST", "/smscx/oauth/token", {"content": b"grant_type=\xff\xfe", "headers": {"Authorization": "Basic YTpzYW5kYm94", "Content-Type": "application/x-www-form-urlencoded"}}),
        ("POST", "/sipgate/v2/sessions/sms", {"json": {"smsId": "s0", "recipient": "+491701234567", "message": "x", "sendAt": 1e15}, "headers": SIPGATE_AUTH}),
        ("POST", "/sipgate/v2/sessions/sms", {"content": b"[" * 100_000 + b"]" * 100_000, "headers": {**SIPGATE_AUTH, "Content-Type": "application/json"}}),
        ("POST", "/acrobits/send_message", {"content": b'{"a":' * 50_000 + b"1" + b"}" * 50_000, "headers": {"Content-Type": "application/json"}}),
    ],
    ids=["limit-abc", "limit-1e20", "offset-negative", "oauth-not-utf8", "sendAt-1e15", "nested-json", "nested-json-acrobits"],
)  # fmt: skip
def test_malformed_requests_are_400(
    sandbox: RunningSandbox, method: str, path: str, kwargs: dict[str, object]
) -> None:
    response = httpx.request(method, sandbox.url + path, **kwargs)  # type: ignore[arg-type]
    assert response.status_code == 400, response.text
    assert response.text  # says why, in the provider's own error style


def test_foreign_host_is_refused(sandbox: RunningSandbox) -> None:
    """A DNS-rebinding page reaches 127.0.0.1 under its own name: it must not read PINs."""
    rebinding = httpx.get(sandbox.url + "/_sandbox/messages", headers={"Host": "evil.example"})
    assert rebinding.status_code == 421
    port = sandbox.url.rsplit(":", 1)[1]
    for host in (f"localhost:{port}", f"127.0.0.1:{port}", "[::1]"):
        assert httpx.get(sandbox.url + "/_sandbox/messages", headers={"Host": host}).is_success


@pytest.mark.parametrize(
    ("header", "name"),
    [("localhost:8765", "localhost"), ("[::1]:80", "::1"), ("EXAMPLE", "example"), ("::1", "::1")],
)
def test_host_name(header: str, name: str) -> None:
    assert host_name(header) == name


def test_messages_filter_page_and_count_without_a_cap(sandbox: RunningSandbox) -> None:
    with httpx.Client(base_url=sandbox.url) as http:
        for n in range(3):
            http.post(
                "/acrobits/send_message",
                json={"password": "sandbox", "to": f"+1415555{n:04d}", "body": "a"},
            )
        numbers = [f"+4915{n:09d}" for n in range(600)]
        http.post("/smscx/sms", headers={"X-API-KEY": "sandbox"},
                  json={"to": numbers, "text": "bulk", "from": "InfoText"})  # fmt: skip
        everything = http.get("/_sandbox/messages")
        assert len(everything.json()) == 603  # no silent cap at 500
        assert everything.headers["X-Total-Count"] == "603"
        acrobits = http.get("/_sandbox/messages", params={"provider": "acrobits"})
        assert {m["provider"] for m in acrobits.json()} == {"acrobits"}
        assert acrobits.headers["X-Total-Count"] == "3"
        one = http.get("/_sandbox/messages", params={"to": numbers[7]})
        assert [m["to"] for m in one.json()] == [numbers[7]]
        page = http.get(
            "/_sandbox/messages", params={"provider": "smscx", "limit": 10, "offset": 5}
        )
        assert len(page.json()) == 10
        assert page.headers["X-Total-Count"] == "600"
        newest_first = [
            m["to"] for m in http.get("/_sandbox/messages", params={"provider": "smscx"}).json()
        ]
        assert page.json()[0]["to"] == newest_first[5]
