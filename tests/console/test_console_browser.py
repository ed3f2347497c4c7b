"""The console in a real browser (headless Chromium, driven over DevTools): log in through
the form, watch the overview update live, and cancel an entry through its page's button and
confirmation. No inline script runs (the page's policy forbids it), so this also proves the
served script does the work.

With SMSKIT_DOCS_SCREENSHOTS=1 the screenshots go to docs/img/ (what docs/console.md shows).
"""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path

import pytest
from browser import CHROMIUM, Browser
from console_process import TOKEN, console_process, fill
from loopback import LoopbackServer

import smskit

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"), reason="needs Chromium (apt install chromium)"
)


def _figure(name: str) -> str:
    return f"(document.querySelector('[data-figure=\"{name}\"]') || {{}}).textContent"


def test_log_in_watch_the_overview_and_cancel_an_entry(
    tmp_path: Path, server: LoopbackServer
) -> None:
    shots = ROOT / "docs" / "img" if os.environ.get("SMSKIT_DOCS_SCREENSHOTS") else tmp_path
    url = f"sqlite:///{tmp_path}/o.db"

    async def run(outbox: smskit.Outbox, base: str) -> None:
        async with Browser() as browser:
            page = await browser.open(base + "/")
            assert "Log in" in await page.evaluate("document.body.innerText")
            await page.evaluate(f"""(() => {{
                document.querySelector('input[name=token]').value = {json.dumps(TOKEN)};
                document.querySelector('form[action="/login"]').submit(); }})()""")
            await page.wait_for(f"{_figure('queued')} === '1'")
            assert await page.evaluate(_figure("sent")) == "5"
            assert await page.evaluate(_figure("unknown")) == "2"
            await page.wait_for("document.getElementById('live').textContent === 'live'")
            await asyncio.to_thread(outbox.add, to="+491706666666", text="new", key="new")
            await page.wait_for(f"{_figure('queued')} === '2'")  # live, without a reload
            await page.screenshot(shots / "console-overview.png")

            await page.evaluate("location.href = '/entries/q'")
            await page.wait_for("document.querySelector('h2').textContent === 'Entry q'")
            # console.js (which asks before an action) has run once the page has loaded; a
            # click before that, on a loaded machine, submitted without asking.
            await page.wait_for("document.readyState === 'complete'")
            await page.evaluate("""(() => { window.asked = [];
                window.confirm = question => { window.asked.push(question); return true; };
            })()""")
            await page.screenshot(shots / "console-entry.png")
            await page.evaluate("document.querySelector('form[action$=\"/cancel\"] button')"
                                ".click()")  # fmt: skip
            await page.wait_for("document.body.innerText.includes('None in this state')")
            asked = await page.evaluate("window.asked")
            assert asked is None or asked == []  # the page navigated: its window is new
        assert (await asyncio.to_thread(outbox.get, "q")).state == "cancelled"  # type: ignore[union-attr]

    with smskit.Outbox(url) as outbox:
        fill(outbox, server)
        with console_process(url, refresh=0.2) as base:
            asyncio.run(run(outbox, base))
        events = outbox.events("q")
        assert events[-1].to_state == "cancelled"


def test_a_declined_confirmation_changes_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/o.db"

    async def run(base: str) -> list[str]:
        async with Browser() as browser:
            page = await browser.open(base + "/login")
            await page.evaluate(f"""(() => {{
                document.querySelector('input[name=token]').value = {json.dumps(TOKEN)};
                document.querySelector('form[action="/login"]').submit(); }})()""")
            await page.wait_for("document.querySelector('#overview') !== null")
            await page.evaluate("location.href = '/entries/q'")
            await page.wait_for("document.querySelector('h2').textContent === 'Entry q'")
            # console.js (which asks before an action) has run once the page has loaded; a
            # click before that, on a loaded machine, submitted without asking.
            await page.wait_for("document.readyState === 'complete'")
            await page.evaluate("""(() => { window.asked = [];
                window.confirm = question => { window.asked.push(question); return false; };
                document.querySelector('form[action$="/cancel"] button').click(); })()""")
            await asyncio.sleep(0.5)
            return list(await page.evaluate("window.asked"))

    with smskit.Outbox(url) as outbox:
        outbox.add(to="+491704444444", text="waiting", key="q")
        with console_process(url) as base:
            asked = asyncio.run(run(base))
        assert asked == ["Cancel this message? It will not be sent."]
        assert outbox.get("q").state == "queued"  # type: ignore[union-attr]
