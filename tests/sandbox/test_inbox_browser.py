"""The HTML inbox in a real browser (headless Chromium): a message sent through the sandbox
appears on the page."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

import smskit
from smskit.cli import sandbox_settings
from smskit.sandbox import start

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def dump_dom(url: str, wait_ms: int) -> str:
    assert CHROMIUM is not None
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", f"--virtual-time-budget={wait_ms}", "--dump-dom", url],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


# CI (CI=true) installs Chromium in .ci/run and must run this; elsewhere it needs Chromium.
@pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),
    reason="needs Chromium (apt install chromium)",
)
def test_a_sent_message_appears_in_the_inbox(tmp_path: Path) -> None:
    with start(tmp_path / "inbox.sqlite3") as sb:
        with smskit.Sipgate(**sandbox_settings("sipgate", sb.url)) as sg:
            sg.send(to="+491701234567", text="Seen in the browser <3")
        dom = dump_dom(sb.url + "/", wait_ms=500)
    assert "Seen in the browser &lt;3" in dom
    assert "+491701234567" in dom
