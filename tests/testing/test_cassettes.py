"""smskit.testing.vcr_config(): cassettes recorded for all four providers, through the sync
client and both async transports, keep no secret (the sandbox's credentials, the OAuth
token it issued, smsend's session key), and replay offline despite each send's fresh
idempotencyId / order_id."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

import pytest
import vcr

import smskit
from smskit.testing import start_sandbox, vcr_config

PROVIDERS = ["sipgate", "smscx", "smscx-oauth", "smsend", "acrobits-get"]


def _dsn(kit: Any, name: str) -> str:
    host = kit.url.removeprefix("http://")
    return {
        "sipgate": kit.dsn("sipgate"),
        "smscx": kit.dsn("smscx"),
        "smscx-oauth": f"smscx://app-id:sandbox@{host}/smscx?sender=smskit&scope=sms",
        "smsend": kit.dsn("smsend"),
        "acrobits-get": f"acrobits://smskit:sandbox@{host}/acrobits/send_message",
    }[name]


def _send(dsn: str, mode: str) -> None:
    if mode == "sync":
        with smskit.connect(dsn) as sms:
            sms.send("+491701234567", "taped")
            sms.send("+491701234568", "taped again")
        return

    async def run() -> None:
        async with smskit.connect_async(dsn + ("&" if "?" in dsn else "?") +
                                        f"transport={mode}") as sms:  # fmt: skip
            await sms.send("+491701234567", "taped")
            await sms.send("+491701234568", "taped again")

    asyncio.run(run())


@pytest.mark.parametrize("mode", ["sync", "aiohttp", "httpx"])
@pytest.mark.parametrize("name", PROVIDERS)
def test_recorded_cassettes_keep_no_secret_and_replay_offline(
    tmp_path: Path, name: str, mode: str
) -> None:
    tape = tmp_path / "tape.yaml"
    kit = start_sandbox()
    try:
        dsn = _dsn(kit, name)
        with vcr.VCR(**vcr_config()).use_cassette(str(tape), record_mode="all"):
            _send(dsn, mode)
        assert len(kit.messages) == 2
    finally:
        kit.close()  # from here on, nothing answers at that address
    text = tape.read_text()
    assert "REDACTED" in text
    assert "sandbox" not in text  # the password, API key and client secret
    assert not re.search(r"[0-9a-f]{32};[0-9a-f]{32}", text)  # an smsend login answer
    assert "access_token: " not in text or "access_token: REDACTED" in text
    leaked = re.search(r'"access_token":\s*"(?!\[?REDACTED)[^"]*"', text)  # the issued token
    assert leaked is None, leaked.group(0) if leaked else ""
    with vcr.VCR(**vcr_config()).use_cassette(str(tape), record_mode="none"):
        _send(dsn, mode)  # offline: every answer comes from the cassette
