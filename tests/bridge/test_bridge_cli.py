"""``smskit bridge`` as a real subprocess driven over HTTP (its output never shows a password),
``hash-password`` (prompted, never an argument) and ``account-xml``."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
from reaper import spawn
from running import HASH, PASSWORD
from servers import free_port
from typer.testing import CliRunner

from smskit.bridge import verify_password
from smskit.cli import app

runner = CliRunner()


def test_the_served_process_never_prints_a_password(sandbox: Any, tmp_path: Path) -> None:
    host = sandbox.url.removeprefix("http://")
    config = tmp_path / "bridge.toml"
    config.write_text(
        "[[accounts]]\n"
        'username = "johndow"\n'
        f'password_hash = "{HASH}"\n'
        f'route = "sipgate://token-B:sandbox@{host}/sipgate/v2?sms_id=s0"\n'
    )
    port = free_port()
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    served = spawn(
        [sys.executable, "-m", "smskit", "bridge", "--config", str(config), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
    )  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(url + "/nope")
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the bridge did not start"
                time.sleep(0.1)
        sent = httpx.get(url + "/send_message/", params={"from": "johndow", "password": PASSWORD,
                                                         "sms_to": "+15551231234",
                                                         "sms_body": "Hello World"})  # fmt: skip
        assert sent.status_code == 200
        wrong = httpx.get(url + "/send_message", params={"from": "johndow",
                                                         "password": "wrong-pass-77"})  # fmt: skip
        assert wrong.status_code == 401
    finally:
        served.send_signal(signal.SIGTERM)
        output, _ = served.communicate(timeout=20)
    text = output.decode()
    assert "GET /send_message/ 200 account=johndow" in text  # its own access log ...
    assert "GET /send_message 401" in text
    assert PASSWORD not in text  # ... without the query string that carries the password
    assert "wrong-pass-77" not in text
    assert "sandbox@" not in text  # nor the route's credentials


def test_hash_password_prompts_and_prints_a_hash() -> None:
    done = runner.invoke(app, ["bridge", "hash-password"], input="pa55-word\npa55-word\n")
    assert done.exit_code == 0, done.output
    stored = done.stdout.strip().splitlines()[-1]
    assert verify_password("pa55-word", stored)
    assert "pa55-word" not in done.stdout.replace(stored, "")


def test_account_xml_prints_the_keys_for_each_form() -> None:
    done = runner.invoke(app, ["bridge", "account-xml", "--url", "https://sms.example.com/"])
    assert done.exit_code == 0, done.output
    assert (
        "<genericSmsSendUrl>https://sms.example.com/send_message</genericSmsSendUrl>" in done.stdout
    )
    assert "<genericSmsContentType>application/json</genericSmsContentType>" in done.stdout
    assert "%account[password]%" in done.stdout
    assert (
        "<genericSmsFetchUrl>https://sms.example.com/fetch_messages</genericSmsFetchUrl>"
        in done.stdout
    )
    get = runner.invoke(
        app, ["bridge", "account-xml", "--url", "https://x.example", "--form", "get"]
    )
    assert "send_message?from=%account[username]%&amp;password=" in get.stdout
    assert runner.invoke(app, ["bridge", "account-xml", "--url", "ftp://x"]).exit_code == 2
    assert runner.invoke(app, ["bridge"]).exit_code == 2  # no --config
