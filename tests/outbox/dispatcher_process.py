"""A dispatcher in its own process, for tests that kill one (``SIGKILL`` at a step of the
protocol) or run several side by side on one outbox.

    python dispatcher_process.py OUTBOX_URL DSN LEASE [STEP] [CONCURRENCY]

STEP is ``claimed`` (the claim is committed: the entry is ``sending`` with its reference and a
lease), ``sending`` (the request is about to leave), ``replied`` (the answer is in, the
outcome not yet recorded), or ``none``. At that step the process kills itself with SIGKILL:
no ``finally``, no flush, exactly what ``kill -9`` or a power cut leaves.
"""

from __future__ import annotations

import os
import signal
import sys

import smskit
from smskit.outbox import Dispatcher, Entry


def main() -> None:
    url, dsn, lease = sys.argv[1], sys.argv[2], float(sys.argv[3])
    step = sys.argv[4] if len(sys.argv) > 4 else "none"
    concurrency = int(sys.argv[5]) if len(sys.argv) > 5 else 1

    def die_at(name: str, entry: Entry) -> None:
        if name == step:
            os.kill(os.getpid(), signal.SIGKILL)

    outbox = smskit.Outbox(url)
    dispatcher = Dispatcher(outbox, {"main": dsn}, lease=lease, concurrency=concurrency,
                            step=die_at)  # fmt: skip
    with dispatcher:
        dispatcher.run_until_empty()
    outbox.close()


if __name__ == "__main__":
    main()
