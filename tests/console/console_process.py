"""``smskit console`` as a real process, and the outbox states its tests need, reached by a
real dispatcher against a loopback provider."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from loopback import LoopbackServer, Reply
from reaper import spawn
from servers import free_port, wait_until_answers

import smskit

TOKEN = "console-token-0123456789abcdef"
BEARER = {"Authorization": f"Bearer {TOKEN}"}


@contextmanager
def console_process(outbox_url: str, refresh: float = 0.0) -> Iterator[str]:
    """``smskit console`` on a free port, once it answers; its base URL."""
    port = free_port()
    env = {**os.environ, "SMSKIT_CONSOLE_TOKEN": TOKEN}
    served = spawn(
        [sys.executable, "-m", "smskit", "console", "--outbox", outbox_url, "--port", str(port),
         "--refresh", str(refresh)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, text=True,
    )  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_answers(base + "/login", served)
        yield base
    finally:
        if served.poll() is None:
            served.terminate()
            served.communicate(timeout=20)


def fill(outbox: smskit.Outbox, server: LoopbackServer) -> None:
    """Entries in every state an operator acts on: sent (5), failed ("f"), unknown ("u1",
    "u2"), queued ("q"), and suppressed ("s", its number opted out)."""
    server.route("POST", "/ok/sessions/sms", lambda r: Reply(204))
    server.route("POST", "/no/sessions/sms", lambda r: Reply(400, "refused"))
    server.route("POST", "/maybe/sessions/sms", lambda r: Reply(500, "maybe"))
    for n in range(5):
        outbox.add(to=f"+4917011111{n:02d}", text=f"sent {n}", via="ok", key=f"sent-{n}")
    outbox.add(to="+491702222222", text="refused", via="no", key="f")
    outbox.add(to="+491703333333", text="maybe 1", via="maybe", key="u1")
    outbox.add(to="+491703333334", text="maybe 2", via="maybe", key="u2")
    outbox.add(to="+491704444444", text="waiting", via="idle", key="q")
    outbox.add(to="+491705555555", text="opted out", via="idle", key="s")
    outbox.suppress("+491705555555", reason="replied STOP")
    at = f"127.0.0.1:{server.port}"
    routes = {
        "ok": f"sipgate://t:console-s@{at}/ok",
        "no": f"sipgate://t:console-s@{at}/no?max_retries=0",
        "maybe": f"sipgate://t:console-s@{at}/maybe?max_retries=0",
    }
    with outbox.dispatcher(routes) as dispatcher:
        dispatcher.run_until_empty()


def form_of(page: str, action: str) -> tuple[str, dict[str, str]]:
    """The path and hidden fields of the page's form whose action ends with ``action``."""
    for found in re.finditer(r'<form[^>]*action="([^"]+)"[^>]*>(.*?)</form>', page, re.S):
        if found.group(1).endswith(action):
            fields = dict(re.findall(r'name="([^"]+)" value="([^"]*)"', found.group(2)))
            return found.group(1), fields
    raise AssertionError(f"no form for {action}")
