"""Servers a test starts never outlive the test run, even when pytest itself is killed.

PostgreSQL (started by ``pg_ctl``) and Celery workers (in sessions of their own) are not
children that die with pytest: a timeout's SIGTERM, or a SIGKILL, left them running. Each is
handed to a watcher process here, in a session of its own (a signal to pytest's process group
does not reach it), which waits for this pytest process to end and then runs the clean-up.
The fixtures still clean up as usual; the watcher's clean-up then finds nothing to do.
"""

from __future__ import annotations

import os
import subprocess
import sys

_WATCHER = r"""
import os, signal, subprocess, sys, time
pid, kind, args = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
while True:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        break
    except PermissionError:
        pass
    time.sleep(0.5)
if kind == "command":
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
else:  # process groups: SIGKILL each, it may be gone already
    for group in args:
        try:
            os.killpg(int(group), signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
"""


def _watch(kind: str, args: list[str]) -> None:
    subprocess.Popen(
        [sys.executable, "-c", _WATCHER, str(os.getpid()), kind, *args],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True, close_fds=True,
    )  # fmt: skip


def run_when_pytest_ends(command: list[str]) -> None:
    """Run ``command`` once this process has ended (however it ended)."""
    _watch("command", command)


def kill_group_when_pytest_ends(pid: int) -> None:
    """SIGKILL the process group led by ``pid`` once this process has ended."""
    _watch("groups", [str(pid)])
