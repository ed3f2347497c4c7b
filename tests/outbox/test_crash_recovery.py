"""Kill a dispatcher process with SIGKILL at each step of the protocol, per provider, then let
a new dispatcher recover: the recording proxy's request counts prove that sipgate and
Acrobits are never sent twice (their entry becomes ``unknown``), that SMS.CX is resent with
the same ``idempotencyId`` and caught once, and that smsend is looked up by its ``order_id``
and sent once. The dead dispatcher runs the thread twin, the recovering one the asyncio twin.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from dispatching import run_until_empty
from proxy import RecordingProxy
from reaper import spawn

import smskit

CHILD = Path(__file__).with_name("dispatcher_process.py")
LEASE = 1.0
PROVIDERS = {
    "sipgate": "sipgate://token-SBX:sandbox@{host}/sipgate/v2?sms_id=s0&max_retries=0",
    "acrobits": "acrobits://johndoe:sandbox@{host}/acrobits/send_message?max_retries=0",
    "smscx": "smscx://sandbox@{host}/smscx?sender=InfoText&max_retries=0",
    "smsend": "smsend://u:sandbox@{host}/smsend/API/v1.0/REST?sender=Shop&message_type=N"
    "&max_retries=0",
}
# Where the first dispatcher dies. "in_flight": the proxy kills it when its send arrives.
STEPS = ["claimed", "sending", "in_flight", "replied"]


@pytest.fixture
def proxy(sandbox: Any) -> Iterator[RecordingProxy]:
    recording = RecordingProxy(sandbox.url)
    yield recording
    recording.close()


def _sends_of(proxy: RecordingProxy, text: str) -> list[Any]:
    return [r for r in proxy.sends() if text.encode() in r.body or text in r.path]


@pytest.mark.parametrize("step", STEPS)
@pytest.mark.parametrize("provider", list(PROVIDERS))
def test_sigkill_at_each_step_never_sends_twice(
    provider: str, step: str, proxy: RecordingProxy, sandbox: Any, outbox_url: str
) -> None:
    url = outbox_url
    dsn = PROVIDERS[provider].format(host=f"127.0.0.1:{proxy.port}")
    with smskit.Outbox(url) as outbox:
        outbox.add(to="+491701234567", text="crash-one", key="one")
        outbox.add(to="+491701234568", text="crash-two", key="two")

    child = spawn(
        [sys.executable, str(CHILD), url, dsn, str(LEASE), step],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    if step == "in_flight":
        proxy.in_flight = lambda: (os.kill(child.pid, signal.SIGKILL), child.wait())
    _, stderr = child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL, stderr.decode()[-2000:]

    with smskit.Outbox(url) as outbox:
        assert outbox.get("one").state == "sending"  # type: ignore[union-attr]  # the dead one's
        run_until_empty(outbox, {"main": dsn}, "async", lease=LEASE)
        one, two = outbox.get("one"), outbox.get("two")
        assert one is not None
        assert two is not None
        recovered = [e.detail or "" for e in outbox.events("one")]

    left = step in {"in_flight", "replied"}  # the dead dispatcher's request reached the wire
    first = _sends_of(proxy, "crash-one")
    caught = [m.text for m in sandbox.store.messages(None)]
    assert two.state == "sent"
    assert len(_sends_of(proxy, "crash-two")) == 1
    assert caught.count("crash-two") == 1
    if provider in {"sipgate", "acrobits"}:
        assert one.state == "unknown", recovered
        assert len(first) == (1 if left else 0)  # never resent
        assert any("resolve by hand" in d for d in recovered)
    elif provider == "smscx":
        assert one.state == "sent", recovered
        assert len(first) == (2 if left else 1)  # resent ...
        assert len({json.loads(r.body)["idempotencyId"] for r in first}) == 1  # ... by one key
        assert caught.count("crash-one") == 1  # which SMS.CX deduplicated
    else:
        assert one.state == "sent", recovered
        assert len(first) == 1  # looked up; resent only when the order was absent
        lookups = [r for r in proxy.received if r.method == "GET" and "/sms/" in r.path]
        assert len(lookups) == 1
        assert caught.count("crash-one") == 1
        assert any(("found at" if left else "not at") in d for d in recovered)
