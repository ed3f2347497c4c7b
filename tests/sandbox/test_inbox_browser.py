"""The HTML inbox in a real browser (headless Chromium, driven over DevTools): messages sent
before and after the page opened appear, filters hide what does not match, times show in the
browser's zone, and the clear button empties the inbox.

With SMSKIT_DOCS_SCREENSHOTS=1 the screenshots go to docs/img/ (what docs/sandbox.md shows).
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import httpx
import pytest
from browser import CHROMIUM, Browser

import smskit
from smskit.cli import sandbox_settings
from smskit.sandbox import RunningSandbox, start

ROOT = Path(__file__).resolve().parents[2]

# CI (CI=true) installs Chromium in .ci/run and must run these; elsewhere they need Chromium.
pytestmark = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"), reason="needs Chromium (apt install chromium)"
)


def _shots(tmp_path: Path) -> Path:
    return ROOT / "docs" / "img" if os.environ.get("SMSKIT_DOCS_SCREENSHOTS") else tmp_path


def _send(sandbox: RunningSandbox, provider: str, to: str, text: str) -> None:
    settings = sandbox_settings(provider, sandbox.url)
    client = {"sipgate": smskit.Sipgate, "smscx": smskit.Smscx}[provider](**settings)
    with client:
        if provider == "smscx":
            client.send(to, text, "Shop")
        else:
            client.send(to, text)


def test_a_sent_message_appears_in_the_inbox(tmp_path: Path) -> None:
    async def run() -> str:
        with start(tmp_path / "inbox.sqlite3") as sandbox:
            _send(sandbox, "sipgate", "+491701234567", "Seen in the browser <3")
            async with Browser() as browser:
                page = await browser.open(sandbox.url + "/")
                return str(await page.evaluate("document.body.innerText"))

    text = asyncio.run(run())
    assert "Seen in the browser <3" in text
    assert "+491701234567" in text


def test_live_arrival_filters_local_times_and_clear(tmp_path: Path) -> None:
    shots = _shots(tmp_path)

    async def run() -> None:
        with start(tmp_path / "live.sqlite3") as sandbox:
            _send(sandbox, "sipgate", "+4915112345678", "Your table for two is booked for 8pm")
            async with Browser() as browser:
                page = await browser.open(sandbox.url + "/")
                await page.wait_for("document.getElementById('live').textContent === 'live'")

                # sent after the page loaded: it appears without a reload
                _send(
                    sandbox,
                    "smscx",
                    "+4915187654321",
                    "Ihr Paket kommt heute zwischen 14 und 16 Uhr",
                )
                _send(sandbox, "smscx", "+4915187654321", "Код подтверждения: 4821")
                await page.wait_for("document.body.innerText.includes('Код подтверждения')")
                assert await page.evaluate("document.getElementById('count').textContent") == "3"

                # times in the browser's zone, the ISO form kept in the datetime attribute
                created = httpx.get(sandbox.url + "/_sandbox/messages").json()[0]["created_at"]
                shown = await page.evaluate("document.querySelector('#messages time').textContent")
                stamp = await page.evaluate("document.querySelector('#messages time').dateTime")
                assert stamp == created
                assert shown != created
                await page.screenshot(shots / "sandbox-inbox.png")

                # filters: provider, recipient, text (rows hidden, not removed)
                await page.evaluate("""(() => { const s = document.getElementById('provider');
                    s.value = 'smscx'; s.dispatchEvent(new Event('input')); })()""")
                assert await page.evaluate("document.getElementById('shown').textContent") == "2"
                await page.evaluate("""(() => { const q = document.getElementById('q');
                    q.value = 'paket'; q.dispatchEvent(new Event('input')); })()""")
                visible = await page.evaluate(
                    "[...document.querySelectorAll('#messages tr')].filter(r => !r.hidden)"
                    ".map(r => r.dataset.text)"
                )
                assert visible == ["Ihr Paket kommt heute zwischen 14 und 16 Uhr"]
                await page.screenshot(shots / "sandbox-inbox-filtered.png")

                # the clear button empties the inbox; the feed shows it
                await page.evaluate("document.getElementById('clear').click()")
                await page.wait_for("document.getElementById('count').textContent === '0'")
        assert not shots.joinpath("missing").exists()

    asyncio.run(run())
    assert (shots / "sandbox-inbox.png").stat().st_size > 10_000


def test_filters_come_from_the_query_string(tmp_path: Path) -> None:
    async def run() -> list[str]:
        with start(tmp_path / "query.sqlite3") as sandbox:
            _send(sandbox, "sipgate", "+4915112345678", "one")
            _send(sandbox, "smscx", "+4915187654321", "two")
            async with Browser() as browser:
                page = await browser.open(sandbox.url + "/?provider=sipgate")
                return list(await page.evaluate(
                    "[...document.querySelectorAll('#messages tr')].filter(r => !r.hidden)"
                    ".map(r => r.dataset.text)"))  # fmt: skip

    assert asyncio.run(run()) == ["one"]


def test_conversations_group_by_recipient_and_draw_parts(tmp_path: Path) -> None:
    shots = _shots(tmp_path)
    long_ucs2 = "Ihre Bestellung ist unterwegs 🚚 " + "und kommt morgen an. " * 4

    async def run() -> dict[str, object]:
        with start(tmp_path / "threads.sqlite3") as sandbox:
            _send(sandbox, "sipgate", "+4915112345678", "Your table for two is booked for 8pm")
            _send(sandbox, "sipgate", "+4915112345678", "See you tonight!")
            _send(sandbox, "smscx", "+4915187654321", long_ucs2)
            async with Browser() as browser:
                page = await browser.open(sandbox.url + "/conversations")
                await page.screenshot(shots / "sandbox-conversations.png")
                return dict(
                    await page.evaluate("""(() => {
                    const threads = [...document.querySelectorAll('section.thread')];
                    const ucs2 = threads.find(t => t.dataset.to === '+4915187654321');
                    return {
                        recipients: threads.map(t => t.dataset.to),
                        bubbles: threads.map(t => t.querySelectorAll('.bubble').length),
                        parts: ucs2.querySelectorAll('.part').length,
                        cuts: ucs2.querySelectorAll('.cut').length,
                        marked: ucs2.querySelector('mark').textContent,
                        text: ucs2.querySelector('.bubble').innerText,
                    };
                })()""")
                )

    found = asyncio.run(run())
    assert found["recipients"] == ["+4915187654321", "+4915112345678"]  # newest thread first
    assert found["bubbles"] == [1, 2]
    assert found["parts"] == 2  # 105 UTF-16 units: two UCS-2 parts of at most 67
    assert found["cuts"] == 1
    assert found["marked"] == "🚚"  # the one character that made it UCS-2
    assert "und kommt morgen an." in str(found["text"])
