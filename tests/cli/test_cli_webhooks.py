"""``smskit webhooks`` as a real process: it refuses to start without its secret, and serves
SMS.CX's delivery reports into the outbox."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from reaper import spawn
from servers import free_port, wait_until_answers

import smskit

SECRET = "cli-webhook-secret-0123456789"


@contextmanager
def webhooks_process(outbox_url: str) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """``smskit webhooks`` as a real process on a free port, once it answers."""
    port = free_port()
    env = {**os.environ, "SMSKIT_WEBHOOK_SECRET": SECRET}
    served = spawn(
        [sys.executable, "-m", "smskit", "webhooks", "--outbox", outbox_url, "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, text=True,
    )  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_answers(base + "/health", served)
        yield base, served
    finally:
        if served.poll() is None:
            served.terminate()
            served.communicate(timeout=20)


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
    with webhooks_process(url) as (base, served):
        report = {"event": "dlr_update", "data": [{"msgId": "msg-1", "status": "FAILED"}]}
        refused = httpx.post(f"{base}/smscx/dlr?secret=nope-0123456789abcdef", json=report)
        assert refused.status_code == 401
        answer = httpx.post(f"{base}/smscx/dlr?secret={SECRET}", json=report)
        assert answer.json() == {"received": 1, "changed": 1}
        served.terminate()
        output, _ = served.communicate(timeout=20)
    assert SECRET not in output  # neither the banner nor an access log shows it
    with smskit.Outbox(url) as outbox:
        entry = outbox.get("k")
        assert entry is not None
        assert entry.delivery == "undelivered"


def test_an_smscx_route_reports_delivery_to_a_running_smskit_webhooks(
    tmp_path: Path, sandbox: object
) -> None:
    """The whole way: a route's dlr_url points at ``smskit webhooks``; the sandbox marks the
    messages delivered and failed and posts SMS.CX's dlr_update there; the entries follow."""
    from urllib.parse import quote

    url = f"sqlite:///{tmp_path}/o.db"
    sandbox_url: str = sandbox.url  # type: ignore[attr-defined]
    with webhooks_process(url) as (hook, _):
        dlr = quote(f"{hook}/smscx/dlr?secret={SECRET}", safe="")
        route = (
            f"smscx://sandbox@{sandbox_url.removeprefix('http://')}/smscx?sender=Shop&dlr_url={dlr}"
        )
        with smskit.Outbox(url) as outbox:
            outbox.add(to="+491701234567", text="arrives", key="a")
            outbox.add(to="+491701234568", text="fails", key="f")
            with outbox.dispatcher({"main": route}) as d:
                d.run_until_empty()
            for message in sandbox.store.messages(None):  # type: ignore[attr-defined]
                status = "delivered" if message.text == "arrives" else "failed"
                httpx.post(f"{sandbox_url}/_sandbox/messages/{message.msg_id}/status",
                           json={"status": status})  # fmt: skip
            deadline = time.monotonic() + 15
            while {outbox.get("a").delivery, outbox.get("f").delivery} != {  # type: ignore[union-attr]
                "delivered", "undelivered"}:  # fmt: skip
                assert time.monotonic() < deadline, "the reports never reached the outbox"
                time.sleep(0.05)
