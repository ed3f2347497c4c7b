"""The HTML inbox in a real browser (headless Chromium, driven over DevTools): messages sent
before and after the page opened appear, filters hide what does not match, times show in the
browser's zone, the clear button empties the inbox; the conversation view draws parts; the
detail view keeps credentials out of the page; its delivery button reaches a webhook.

With SMSKIT_DOCS_SCREENSHOTS=1 the screenshots go to docs/img/ (what docs/sandbox.md shows).
"""

from __future__ import annotations

import asyncio
import base64
import os
from pathlib import Path

import httpx
import pytest
from browser import CHROMIUM, Browser
from loopback import LoopbackServer, Reply

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

                # filters: provider, recipient, text (asked of the store, live, no reload)
                await page.evaluate("""(() => { const s = document.getElementById('provider');
                    s.value = 'smscx'; s.dispatchEvent(new Event('input')); })()""")
                await page.wait_for("document.getElementById('count').textContent === '2'")
                assert "provider=smscx" in await page.evaluate("location.search")
                await page.evaluate("""(() => { const q = document.getElementById('q');
                    q.value = 'paket'; q.dispatchEvent(new Event('input')); })()""")
                await page.wait_for("document.getElementById('count').textContent === '1'")
                visible = await page.evaluate(
                    "[...document.querySelectorAll('#messages tr')].map(r => r.dataset.text)"
                )
                assert visible == ["Ihr Paket kommt heute zwischen 14 und 16 Uhr"]
                await page.screenshot(shots / "sandbox-inbox-filtered.png")

                # a row's button forgets that message; the clear button empties the inbox
                await page.evaluate("document.querySelector('#messages button.forget').click()")
                await page.wait_for("document.getElementById('count').textContent === '0'")
                assert await page.evaluate("!document.getElementById('empty').hidden")
                await page.evaluate("""(() => { const q = document.getElementById('q');
                    q.value = ''; q.dispatchEvent(new Event('input')); })()""")
                await page.wait_for("document.getElementById('count').textContent === '1'")
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
                    "[...document.querySelectorAll('#messages tr')].map(r => r.dataset.text)"))  # fmt: skip

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


CANARY = "canary-5e1d77"
TRACK = "3f1b2c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"


def test_the_detail_view_masks_the_credential(tmp_path: Path) -> None:
    async def run() -> dict[str, str]:
        with start(tmp_path / "detail.sqlite3") as sandbox:
            settings = {**sandbox_settings("sipgate", sandbox.url), "token_id": CANARY}
            with smskit.Sipgate(**settings) as sg:
                sg.send("+4915112345678", "Your code is 4821")
            async with Browser() as browser:
                page = await browser.open(sandbox.url + "/")
                await page.evaluate("document.querySelector('#messages td.text a').click()")
                await page.wait_for("location.pathname.startsWith('/messages/')"
                                    " && document.readyState === 'complete'")  # fmt: skip
                return {
                    "html": await page.html(),
                    "request": await page.evaluate(
                        "document.getElementById('request').textContent"
                    ),
                    "timeline": await page.evaluate(
                        "document.getElementById('timeline').innerText"
                    ),
                    "facts": await page.evaluate("document.getElementById('facts').innerText"),
                }

    found = asyncio.run(run())
    basic = base64.b64encode(f"{CANARY}:sandbox".encode()).decode()
    assert CANARY not in found["html"]
    assert basic not in found["html"]
    assert "authorization: Basic ••••••" in found["request"]
    assert found["request"].startswith("POST /sipgate/v2/sessions/sms HTTP/1.1")
    assert '"message":"Your code is 4821"' in found["request"]
    assert "ACCEPTED caught" in found["timeline"]
    assert "sipgate has no idempotency key" in found["facts"]


def test_the_delivery_button_reaches_the_webhook(tmp_path: Path, server: LoopbackServer) -> None:
    shots = _shots(tmp_path)
    server.handle(lambda request: Reply(200, {"ok": True}))

    async def run() -> tuple[str, str]:
        with start(tmp_path / "button.sqlite3") as sandbox:
            with smskit.Smscx(**sandbox_settings("smscx", sandbox.url)) as cx:
                (msg_id,) = cx.send("+4915187654321", "Ваш заказ в пути, курьер будет в 14:00", "Shop",
                                    dlr_callback_url=server.url + "/hooks/sms",
                                    track_data=TRACK).ids  # fmt: skip
            async with Browser() as browser:
                page = await browser.open(f"{sandbox.url}/messages/{msg_id}")
                await page.evaluate("document.querySelector('button[data-status=delivered]')"
                                    ".click()")  # fmt: skip
                await page.wait_for("document.getElementById('status')?.textContent"
                                    " === 'DELIVERED'")  # fmt: skip
                timeline = await page.wait_for(
                    "(t => t.includes('webhook') && t)"
                    "(document.getElementById('timeline')?.innerText || '')"
                )
                await page.screenshot(shots / "sandbox-detail.png")
        return msg_id, str(timeline)

    msg_id, timeline = asyncio.run(run())
    (hook,) = server.received
    assert (hook.method, hook.path) == ("POST", "/hooks/sms")
    (report,) = smskit.smscx.parse_dlr(hook.body)
    assert (report.msg_id, report.status, report.track_data) == (msg_id, "DELIVERED", TRACK)
    assert "DELIVERED delivery report" in timeline
    assert "answered 200" in timeline
    assert (shots / "sandbox-detail.png").stat().st_size > 10_000
