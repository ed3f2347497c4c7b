"""Three dispatcher processes on one SQLite outbox, 1,000 entries: each is sent exactly once
(sipgate deduplicates nothing, so every request the sandbox catches is a message)."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from reaper import spawn

import smskit

CHILD = Path(__file__).with_name("dispatcher_process.py")
ENTRIES = 1000


@pytest.mark.heavy(seconds=10)
def test_three_processes_send_every_entry_exactly_once(sandbox: Any, outbox_url: str) -> None:
    url = outbox_url
    host = sandbox.url.removeprefix("http://")
    dsn = f"sipgate://token-SBX:sandbox@{host}/sipgate/v2?sms_id=s0&max_retries=0"
    with smskit.Outbox(url) as outbox:
        outbox.add_many(
            {"to": f"+4917012{n % 50:05d}", "text": f"many-{n}", "key": f"k{n}"}
            for n in range(ENTRIES)
        )
    children = [
        spawn(
            [sys.executable, str(CHILD), url, dsn, "10", "none", "4"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(3)
    ]
    try:
        for child in children:
            _, stderr = child.communicate(timeout=300)
            assert child.returncode == 0, stderr.decode()[-2000:]
    finally:  # one that failed must not leave the others running after the test
        for child in children:
            if child.poll() is None:
                child.kill()
                child.communicate()

    caught = Counter(m.text for m in sandbox.store.messages(None))
    assert len(caught) == ENTRIES
    assert set(caught.values()) == {1}
    with smskit.Outbox(url) as outbox:
        assert outbox.counts()["sent"] == ENTRIES
        claimers = Counter(
            event.detail
            for n in range(0, ENTRIES, 10)
            for event in outbox.events(f"k{n}")
            if event.to_state == "sending"
        )
    assert len(claimers) >= 2  # the processes shared the work
    assert sum(claimers.values()) == ENTRIES // 10  # and claimed each entry once
