"""``smskit webhooks`` as a real process: it refuses to start without its secret, and serves
SMS.CX's delivery reports into the outbox."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
from servers import free_port

import smskit

SECRET = "cli-webhook-secret-0123456789"


def test_without_the_secret_it_does_not_start(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SMSKIT_WEBHOOK_SECRET"}
    done = subprocess.run(
        [sys.executable, "-m", "smskit", "webhooks", "--outbox", f"sqlite:///{tmp_path}/o.db"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert "SMSKIT_WEBHOOK_SECRET" in done.stderr


def test_it_serves_reports_into_the_outbox(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/o.db"
    with smskit.Outbox(url) as outbox:
        outbox.add(to="+491701234567", text="x", key="k")
        store, now = outbox._store, time.time()
        from smskit.outbox._model import Outcome

        (entry,) = store.claim(now, now + 30, "test", ["main"], 1)
        store.finish("test", now, [Outcome("k", "sent", None, {
            "provider": "smscx", "ids": ["msg-1"], "delivery": "pending", "delivery_at": now,
            "delivery_check_at": now + 60})])  # fmt: skip
    port = free_port()
    env = {**os.environ, "SMSKIT_WEBHOOK_SECRET": SECRET}
    served = subprocess.Popen(
        [sys.executable, "-m", "smskit", "webhooks", "--outbox", url, "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, text=True,
    )  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(base + "/health")
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "smskit webhooks did not start"
                time.sleep(0.1)
        report = {"event": "dlr_update", "data": [{"msgId": "msg-1", "status": "FAILED"}]}
        assert (
            httpx.post(f"{base}/smscx/dlr?secret=nope-0123456789abcdef", json=report).status_code
            == 401
        )
        answer = httpx.post(f"{base}/smscx/dlr?secret={SECRET}", json=report)
        assert answer.json() == {"received": 1, "changed": 1}
    finally:
        served.terminate()
        output, _ = served.communicate(timeout=20)
    assert SECRET not in output  # neither the banner nor an access log shows it
    with smskit.Outbox(url) as outbox:
        entry = outbox.get("k")
        assert entry is not None
        assert entry.delivery == "undelivered"
