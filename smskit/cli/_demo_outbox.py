"""The demo's outbox act: queue a few messages, kill a dispatcher process with SIGKILL after
one of its requests was answered but before the outcome was recorded, recover with a new
dispatcher, and show that the sandbox caught each message once.

``python -m smskit.cli._demo_outbox OUTBOX_URL DSN KEY`` is the dispatcher that dies: it kills
itself when the answer for KEY is in.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from ..outbox import Entry, Outbox
from ..outbox.dispatcher import Dispatcher

MESSAGES = [("+49 170 1000001", "Order 1 shipped"), ("+49 170 1000002", "Order 2 shipped"),
            ("+49 170 1000003", "Order 3 shipped"), ("+49 170 1000004", "Order 4 shipped"),
            ("+49 170 1000005", "Order 5 shipped")]  # fmt: skip
VICTIM = "order-3"
LEASE = 1.0


def act(url: str, store: Any, out: Console, db: Path | None = None) -> bool:
    """Run the act against a running sandbox at ``url`` (its messages kept in ``db``); True
    when nothing was sent twice."""
    dsn = url.replace("http://", "smscx://sandbox@") + "/smscx?sender=Shop"
    before = Counter(m.text for m in store.messages(None))  # a kept sandbox has earlier runs
    with tempfile.TemporaryDirectory() as folder:
        box_url = f"sqlite:///{Path(folder) / 'outbox.db'}"
        with Outbox(box_url) as outbox:
            for n, (to, text) in enumerate(MESSAGES, start=1):
                outbox.add(to=to, text=text, key=f"order-{n}", default_region="DE")
        out.print(f"\noutbox: queued {len(MESSAGES)} messages; a dispatcher process starts ...")
        child = subprocess.run(  # noqa: S603 - our own module, our own arguments
            [sys.executable, "-m", "smskit.cli._demo_outbox", box_url, dsn, VICTIM],
            capture_output=True, timeout=60, check=False,
        )  # fmt: skip
        if child.returncode != -signal.SIGKILL:
            out.print(f"the dispatcher was expected to be killed: {child.stderr.decode()[-500:]}")
            return False
        with Outbox(box_url) as outbox:
            out.print(
                f"  ... and is killed (SIGKILL) after SMS.CX answered for {VICTIM}, before the "
                f"outcome was recorded: {VICTIM} is left '{_state(outbox, VICTIM)}'."
            )
            out.print(f"a new dispatcher recovers it when the lease ({LEASE:g} s) runs out ...")
            with outbox.dispatcher({"main": dsn}, lease=LEASE) as dispatcher:
                dispatcher.run_until_empty()
            entries = outbox.list()
            recovery = [e.detail for e in outbox.events(VICTIM) if e.detail]
        caught = Counter(m.text for m in store.messages(None)) - before
        table = Table(title="the outbox after the crash (SMS.CX deduplicates by idempotencyId)")
        for column in ("key", "to", "state", "caught by the sandbox"):
            table.add_column(column)
        for entry in entries:
            table.add_row(entry.key, entry.to, entry.state, f"{caught[entry.text]}x")
        out.print(table)
        out.print(f"{VICTIM}: " + " -> ".join(recovery))
        once = all(caught[e.text] == 1 and e.state == "sent" for e in entries)
        out.print("nothing was sent twice." if once else "a message was sent twice!")
        _show_repeat(store, next((e for e in entries if e.key == VICTIM), None), out, db)
        return once


def _show_repeat(store: Any, victim: Any, out: Console, db: Path | None) -> None:
    """What the provider saw of the recovery: the sandbox's timeline of the victim's SMS, and
    how to open it (the demo's own sandbox has stopped by the time anyone clicks)."""
    for msg_id in getattr(victim, "ids", None) or ():
        repeats = [e.note for e in store.events(msg_id) if "came again" in e.note]
        if repeats:
            out.print(f"the sandbox's timeline of that SMS: {repeats[0]}")
            if db is not None:
                out.print(f"to see it: run `smskit sandbox --db {db}` and open "
                          f"http://127.0.0.1:8765/messages/{msg_id}", soft_wrap=True)  # fmt: skip


def _state(outbox: Outbox, key: str) -> str:
    entry = outbox.get(key)
    return entry.state if entry else "missing"


def _die_after_reply(victim: str) -> Any:
    def step(name: str, entry: Entry) -> None:
        if name == "replied" and entry.key == victim:
            os.kill(os.getpid(), signal.SIGKILL)

    return step


def main() -> None:
    url, dsn, victim = sys.argv[1:4]
    step = _die_after_reply(victim)
    with (
        Outbox(url) as outbox,
        Dispatcher(outbox, {"main": dsn}, lease=LEASE, concurrency=1, step=step) as dispatcher,
    ):
        dispatcher.run_until_empty()


if __name__ == "__main__":
    main()
