"""What the SMS.CX resource areas promise beyond the wire shape: cursor pagination, retries
that never repeat a create or a send without a key, input checked before sending, extras
and raw responses, and types a user's mypy can check."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from loopback import LoopbackServer, Received, Reply

import smskit
from smskit import errors

KEY = "behaviour-api-key-0001"
ROOT = Path(__file__).resolve().parents[2]
SERVER_ERROR = Reply(500, {"error": {"type": "server_error", "code": 1500, "message": "boom"}})


def _client(server: LoopbackServer, **options: Any) -> smskit.Smscx:
    return smskit.Smscx(api_key=KEY, base_url=server.url, retry_backoff=0.01, **options)


def _optout_pages(request: Received) -> Reply:
    """Three pages of opt-outs, chained by opaque cursors in both directions."""
    query = dict(parse_qsl(urlsplit(request.path).query))
    page = {"c-2": 2, "c-3": 3}.get(query.get("next", "") or query.get("previous", ""), 1)
    ids = {1: [1, 2], 2: [3, 4], 3: [5]}[page]
    paging = {
        "next": f"c-{page + 1}" if page < 3 else None,
        "previous": f"c-{page - 1}" if page > 1 else None,
        "size": len(ids),
    }
    return Reply(200, {"data": [{"id": i, "phoneNumber": f"+4915100000{i}"} for i in ids],
                       "paging": paging})  # fmt: skip


def _queries(server: LoopbackServer) -> list[dict[str, str]]:
    return [dict(parse_qsl(urlsplit(r.path).query)) for r in server.received]


def test_listing_follows_next_across_three_pages(server: LoopbackServer) -> None:
    server.handle(_optout_pages)
    with _client(server) as cx:
        listing = cx.optouts.list(limit=2)
        assert server.received == []  # nothing is fetched before iteration
        numbers = [optout.phone_number for optout in listing]

    assert numbers == [f"+4915100000{i}" for i in range(1, 6)]
    assert _queries(server) == [
        {"limit": "2"},
        {"limit": "2", "next": "c-2"},
        {"limit": "2", "next": "c-3"},
    ]


def test_pages_expose_paging_and_can_walk_backward(server: LoopbackServer) -> None:
    server.handle(_optout_pages)
    with _client(server) as cx:
        pages = list(cx.optouts.list(limit=2, next_="c-3").pages(backward=True))

    assert [[item.id for item in page.data] for page in pages] == [[5], [3, 4], [1, 2]]
    assert pages[0].paging.previous == "c-2"
    assert _queries(server)[1:] == [
        {"limit": "2", "previous": "c-2"},
        {"limit": "2", "previous": "c-1"},
    ]


def test_async_listing_follows_the_same_cursors(server: LoopbackServer) -> None:
    server.handle(_optout_pages)

    async def run() -> list[int]:
        async with smskit.AsyncSmscx(api_key=KEY, base_url=server.url) as acx:
            return [optout.id async for optout in acx.optouts.list(limit=2)]

    assert asyncio.run(run()) == [1, 2, 3, 4, 5]
    assert len(server.received) == 3


def test_a_repeated_cursor_ends_with_an_error_not_a_loop(server: LoopbackServer) -> None:
    looping = {"data": [{"id": 1}], "paging": {"next": "same", "previous": None, "size": 1}}
    server.handle(lambda request: Reply(200, looping))
    with _client(server) as cx, pytest.raises(errors.TransportError, match="repeated"):
        list(cx.optouts.list())
    assert len(server.received) == 2


def test_server_error_on_a_create_is_not_retried(server: LoopbackServer) -> None:
    server.script(SERVER_ERROR, Reply(200, {"info": {"id": 1}}))
    with _client(server, max_retries=3) as cx, pytest.raises(errors.ServerError):
        cx.groups.create(body={"name": "Customers"})
    assert len(server.requests_to("/groups")) == 1


def test_server_error_on_a_renewal_is_not_retried(server: LoopbackServer) -> None:
    server.script(SERVER_ERROR, Reply(200, {"info": {}}))
    with _client(server, max_retries=3) as cx, pytest.raises(errors.ServerError):
        cx.numbers.renew("rent-1", body={"period": 1})
    assert len(server.received) == 1


def test_server_error_on_a_read_is_retried(server: LoopbackServer) -> None:
    server.script(SERVER_ERROR, Reply(200, {"data": [{"id": 3, "name": "VIP"}]}))
    with _client(server, max_retries=3) as cx:
        groups = cx.groups.list()
    assert [group.name for group in groups.data] == ["VIP"]
    assert len(server.received) == 2


def test_a_viber_send_is_retried_with_the_same_idempotency_id(server: LoopbackServer) -> None:
    server.script(SERVER_ERROR, Reply(200, {"info": {"totalPhoneNumbers": 1}, "data": []}))
    body = {"to": ["+4915112345678"], "from": "Shop", "templateId": 12}
    with _client(server, max_retries=3) as cx:
        cx.viber.send(body=body)
    first, second = (request.json()["idempotencyId"] for request in server.received)
    assert first == second
    assert len(first) == 36


def test_a_conversation_reply_without_key_is_not_repeated(server: LoopbackServer) -> None:
    server.script(SERVER_ERROR, Reply(200, {}))
    with _client(server, max_retries=3) as cx, pytest.raises(errors.SmskitError) as raised:
        cx.conversations.reply_sms("conv-1", body={"text": "Thanks!"})
    assert len(server.received) == 1
    # a server error after a send left may have sent it: said so, never retried
    assert isinstance(raised.value, errors.ServerError | errors.DeliveryUnknownError)


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda cx: cx.groups.contacts(""), "group_id"),
        (lambda cx: cx.templates.get(None), "template_id"),
        (lambda cx: cx.groups.create(body={"nom": "x"}), "body"),
        (lambda cx: cx.groups.create(), "create_group"),
        (lambda cx: cx.groups.delete(1, 2), "delete_group"),
        (lambda cx: cx.reports.advanced(period="today"), "get_advanced_report"),
    ],
)
def test_bad_input_is_refused_before_sending(server: LoopbackServer, call: Any, field: str) -> None:
    with _client(server) as cx, pytest.raises(errors.ValidationError) as raised:
        call(cx)
    assert raised.value.field == field
    assert server.received == []


def test_extras_and_raw_responses_reach_the_areas(server: LoopbackServer) -> None:
    server.handle(lambda request: Reply(200, {"info": {"id": 9}}, {"X-Request-Id": "r-1"}))
    with _client(server) as cx:
        cx.with_extra(body={"note": "new"}, headers={"X-Trace": "t"}).groups.create(
            body={"name": "abc"}
        )
        cx.templates.with_extra(query={"lang": "de"}).list()
        raw = cx.with_raw_response.groups.create(body={"name": "abc"})

    create, listing, _ = server.received
    assert create.json() == {"name": "abc", "note": "new"}
    assert create.headers["X-Trace"] == "t"
    assert listing.path == "/templates?lang=de"
    assert raw.response.headers["X-Request-Id"] == "r-1"
    assert raw.parsed.info.id == 9


def test_dates_come_back_aware(server: LoopbackServer) -> None:
    group = {"id": 1, "name": "VIP", "createdAt": "2024-05-06 07:08:09"}
    server.script(Reply(200, {"data": [group]}))
    with _client(server) as cx:
        (parsed,) = cx.groups.list().data
    assert parsed.created_at.isoformat() == "2024-05-06T07:08:09+00:00"


def test_a_listing_can_be_walked_twice(server: LoopbackServer) -> None:
    server.handle(_optout_pages)
    with _client(server) as cx:
        listing = cx.optouts.list(limit=2)
        assert [o.id for o in listing] == [1, 2, 3, 4, 5]
        assert [o.id for o in listing] == [1, 2, 3, 4, 5]  # a fresh walk, not a "repeat"
    assert len(server.received) == 6
