"""Headless Chromium driven over the DevTools protocol (a websocket, spoken with aiohttp): a
page stays open while the test acts, so live pages can be watched and photographed.

``--dump-dom`` cannot do this: a page with an open event stream never lets its virtual
time run out, and without virtual time the DOM is dumped before the first event.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp
from reaper import spawn

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


class Page:
    def __init__(self, socket: aiohttp.ClientWebSocketResponse) -> None:
        self._socket = socket
        self._ids = itertools.count(1)

    async def call(self, method: str, **params: Any) -> dict[str, Any]:
        number = next(self._ids)
        await self._socket.send_json({"id": number, "method": method, "params": params})
        while True:
            message = json.loads((await self._socket.receive()).data)
            if message.get("id") == number:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    async def evaluate(self, expression: str) -> Any:
        result = await self.call("Runtime.evaluate", expression=expression, returnByValue=True,
                                 awaitPromise=True)  # fmt: skip
        return result["result"].get("value")

    async def wait_for(self, expression: str, seconds: float = 10) -> Any:
        """The expression's value once it is truthy (checked every 50 ms). Survives the page
        navigating meanwhile (its old document then cannot answer)."""
        deadline = time.monotonic() + seconds
        while True:
            try:
                value = await self.evaluate(expression)
            except RuntimeError:  # the execution context went with the old document
                value = None
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"still falsy after {seconds}s: {expression}")
            await asyncio.sleep(0.05)

    async def html(self) -> str:
        return str(await self.evaluate("document.documentElement.outerHTML"))

    async def screenshot(self, path: Path) -> None:
        shot = await self.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(shot["data"]))


class Browser:
    """``async with Browser() as browser: page = await browser.open(url)``."""

    async def __aenter__(self) -> Browser:
        assert CHROMIUM is not None, "needs Chromium"
        self._profile = tempfile.TemporaryDirectory(ignore_cleanup_errors=True)
        self._process = spawn(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--window-size=1200,800", "--remote-debugging-port=0",
             f"--user-data-dir={self._profile.name}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert self._process.stderr is not None
        for line in self._process.stderr:
            found = re.search(r"DevTools listening on (ws://\S+)", line)
            if found:
                self._port = int(re.search(r":(\d+)/", found.group(1)).group(1))  # type: ignore[union-attr]
                break
        else:
            raise AssertionError("Chromium did not start its DevTools endpoint")
        self._session = aiohttp.ClientSession()
        return self

    async def open(self, url: str) -> Page:
        base = f"http://127.0.0.1:{self._port}"
        async with self._session.put(f"{base}/json/new?{url}") as answer:
            target = await answer.json(content_type=None)
        socket = await self._session.ws_connect(target["webSocketDebuggerUrl"], max_msg_size=0)
        page = Page(socket)
        await page.call("Page.enable")
        await page.call("Runtime.enable")
        # The new tab starts on about:blank, which is "complete" too: wait for our document.
        target_url = json.dumps(url)
        await page.wait_for(
            f"location.href === new URL({target_url}).href && document.readyState === 'complete'"
        )
        return page

    async def __aexit__(self, *exc: object) -> None:
        await self._session.close()
        self._process.terminate()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
        self._profile.cleanup()
