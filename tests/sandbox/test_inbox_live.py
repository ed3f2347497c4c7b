"""The inbox's live feed and page: Server-Sent Events over real HTTP, and the page in
headless Chromium (filters from the query string, local times, live updates)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import smskit
from smskit.cli import sandbox_settings
from smskit.sandbox import RunningSandbox, start


class Feed:
    """The ``messages`` events of one open stream, read in a thread."""

    def __init__(self, url: str) -> None:
        self.events: list[list[dict[str, object]]] = []
        self._thread = threading.Thread(target=self._read, args=(url,), daemon=True)
        self._thread.start()

    def _read(self, url: str) -> None:
        with httpx.stream("GET", url + "/_sandbox/stream", timeout=30) as response:
            assert response.headers["content-type"].startswith("text/event-stream")
            buffer = ""
            for chunk in response.iter_text():
                buffer += chunk
                while "\n\n" in buffer:
                    event, buffer = buffer.split("\n\n", 1)
                    if event.startswith("event: messages"):
                        self.events.append(json.loads(event.split("data: ", 1)[1]))

    def wait_for(self, count: int) -> list[dict[str, object]]:
        deadline = time.monotonic() + 10
        while len(self.events) < count:
            assert time.monotonic() < deadline, f"only {len(self.events)} event(s) arrived"
            time.sleep(0.02)
        return self.events[count - 1]


@pytest.fixture
def live_sandbox(tmp_path: Path) -> Iterator[RunningSandbox]:
    with start(tmp_path / "live.sqlite3") as running:
        yield running


def test_the_feed_follows_every_change(live_sandbox: RunningSandbox) -> None:
    feed = Feed(live_sandbox.url)
    assert feed.wait_for(1) == []  # the state at once, then each change
    with smskit.Sipgate(**sandbox_settings("sipgate", live_sandbox.url)) as sg:
        sg.send("+4915112345678", "first")
    (caught,) = feed.wait_for(2)
    assert (caught["text"], caught["status"]) == ("first", "ACCEPTED")
    httpx.post(f"{live_sandbox.url}/_sandbox/messages/{caught['id']}/status",
               json={"status": "delivered"})  # fmt: skip
    assert feed.wait_for(3)[0]["status"] == "DELIVERED"
    httpx.delete(live_sandbox.url + "/_sandbox/messages")
    assert feed.wait_for(4) == []


def test_stopping_the_sandbox_does_not_wait_for_an_open_feed(tmp_path: Path) -> None:
    running = start(tmp_path / "stop.sqlite3")
    Feed(running.url).wait_for(1)
    started = time.monotonic()
    running.stop()
    assert time.monotonic() - started < 3
