"""The inbox holding 100,000 messages (DESIGN §20): the page and the JSON API state the true
total and page through all of them, filters and the text search reach the oldest, one
message can be deleted (then 404). How fast: benchmarks/inbox.py."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from smskit.sandbox import RunningSandbox, start
from smskit.sandbox._store import Message, Store

COUNT = 100_000


def fill(store: Store, count: int) -> None:
    """``count`` messages, oldest first: every 1000th to +4915100000001, the very first one
    with a text nothing else has."""
    now = datetime.now(UTC)
    store.add([
        Message(provider=("sipgate", "smscx", "smsend", "acrobits")[n % 4],
                recipient="+4915100000001" if n % 1000 == 0 else f"+49152{n:08d}",
                text="the very first" if n == 0 else f"Message number {n}", status="ACCEPTED",
                encoding="GSM-7", parts=1, msg_id=f"m-{n}", created_at=now)
        for n in range(count)
    ])  # fmt: skip


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    path: Path = tmp_path_factory.mktemp("inbox") / "big.sqlite3"
    store = Store(path)
    fill(store, COUNT)
    store.close()
    with start(path) as sandbox:
        yield sandbox


def test_the_page_states_the_true_total_and_pages_to_the_oldest(big: RunningSandbox) -> None:
    first = httpx.get(big.url + "/").text
    assert f'<span id="count" aria-live="polite">{COUNT}</span>' in first
    assert "(1 to 100)" in first
    assert first.count('class="forget"') == 100
    assert re.search(r'id="prev" rel="prev" href="[^"]*" hidden=""', first)  # no newer page
    last = httpx.get(big.url + "/", params={"offset": COUNT - 100}).text
    assert "the very first" in last
    assert f"({COUNT - 99} to {COUNT})" in last
    assert re.search(r'id="next" rel="next" href="[^"]*" hidden=""', last)  # no older page


def test_filters_and_search_reach_every_message(big: RunningSandbox) -> None:
    found = httpx.get(big.url + "/", params={"q": "THE VERY FIRST"}).text
    assert '<span id="count" aria-live="polite">1</span>' in found
    answer = httpx.get(big.url + "/_sandbox/messages", params={"to": "+4915100000001"})
    assert answer.headers["x-total-count"] == "100"
    assert answer.json()[-1]["text"] == "the very first"
    api = httpx.get(big.url + "/_sandbox/messages",
                    params={"provider": "acrobits", "q": "number 9999", "limit": 5})  # fmt: skip
    expected = sum(1 for n in range(1, COUNT) if n % 4 == 3 and str(n).startswith("9999"))
    assert api.headers["x-total-count"] == str(expected)
    assert len(api.json()) == min(5, expected)
    none = httpx.get(big.url + "/", params={"q": "nothing like this"}).text
    assert '<p id="empty">No messages match.</p>' in none


def test_one_message_is_deleted_then_404(big: RunningSandbox) -> None:
    assert httpx.get(big.url + "/_sandbox/messages/m-5").status_code == 200
    assert httpx.delete(big.url + "/_sandbox/messages/m-5").json() == {"deleted": 1}
    assert httpx.get(big.url + "/_sandbox/messages/m-5").status_code == 404
    assert httpx.delete(big.url + "/_sandbox/messages/m-5").status_code == 404
    total = httpx.get(big.url + "/_sandbox/messages", params={"limit": 1})
    assert total.headers["x-total-count"] == str(COUNT - 1)
