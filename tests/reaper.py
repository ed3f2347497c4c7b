"""Servers a test starts never outlive the test run, even when pytest itself is killed.

A child process does not die with its parent: a timeout's SIGTERM, or a SIGKILL, of pytest
left PostgreSQL (started by ``pg_ctl``), Celery workers, sandboxes, bridges and Chromium
running. Each is handed to a watcher process here, in a session of its own (a signal to
pytest's process group does not reach it), which waits for this pytest process to end and
then runs the clean-up; a watcher of processes that ended with their test ends too. A
pytest-xdist worker ends with its controller (``end_with_parent``): a killed controller left
its workers running tests, and starting servers, with nobody to report to. The
fixtures still clean up as usual; the watcher's clean-up then finds nothing to do.

``spawn`` is ``subprocess.Popen`` for every long-running process a test starts, ``run`` is
``subprocess.run`` for a program a test waits on for seconds.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from typing import Any

_WATCHER = r"""
import os, signal, subprocess, sys, time
pids, kind, args = [int(p) for p in sys.argv[1].split(",")], sys.argv[2], sys.argv[3:]


def alive_groups():
    found = []
    for group in args:
        try:
            os.killpg(int(group), 0)
            found.append(group)
        except (ProcessLookupError, PermissionError):
            pass
    return found


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    return True


while all(alive(pid) for pid in pids):
    if kind == "groups" and not alive_groups():
        sys.exit(0)  # what it watched ended with its test: nothing left to do
    time.sleep(0.5)
if kind == "command":
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
elif kind == "pids":
    for target in args:
        try:
            os.kill(int(target), signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
else:  # process groups: SIGKILL each, it may be gone already
    for group in args:
        try:
            os.killpg(int(group), signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
"""


def _watch(kind: str, args: list[str], watched: int | None = None) -> None:
    subprocess.Popen(
        [sys.executable, "-c", _WATCHER, str(watched or os.getpid()), kind, *args],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True, close_fds=True,
    )  # fmt: skip


def run_when_pytest_ends(command: list[str]) -> None:
    """Run ``command`` once this process has ended (however it ended)."""
    _watch("command", command)


def kill_group_when_pytest_ends(pid: int) -> None:
    """SIGKILL the process group led by ``pid`` once this process has ended."""
    _watch("groups", [str(pid)])


def alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie has ended too)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(") ", 1)[1][0] != "Z"
    except OSError:
        return False


def ends_within(pid: int, seconds: float) -> bool:
    """Whether ``pid`` has ended, or ends within ``seconds``."""
    deadline = time.monotonic() + seconds
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    return not alive(pid)


def spawn(args: list[str], **options: Any) -> subprocess.Popen[Any]:
    """``subprocess.Popen`` in a session of its own (so its whole group can be killed, its
    children too), killed when this pytest process ends if the test did not stop it."""
    process = subprocess.Popen(args, start_new_session=True, **options)
    kill_group_when_pytest_ends(process.pid)
    return process


def run(
    args: list[Any],
    *,
    timeout: float | None = None,
    check: bool = False,
    capture_output: bool = False,
    input: str | bytes | None = None,
    **options: Any,
) -> subprocess.CompletedProcess[Any]:
    """``subprocess.run`` for a program a test waits on for seconds (a generator, mypy, a
    benchmark, a docs example): started by ``spawn``, so it and what it starts end with
    pytest, and a timeout kills its whole group. A killed pytest left such runs going for
    half a minute."""
    if capture_output:
        options |= {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
    if input is not None:
        options["stdin"] = subprocess.PIPE
    process = spawn(args, **options)
    try:
        out, err = process.communicate(input, timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise
    done = subprocess.CompletedProcess(args, process.returncode, out, err)
    if check:
        done.check_returncode()
    return done


def end_with_parent() -> None:
    """SIGKILL this process when its parent ends (an xdist worker, its controller); the
    watchers of what it started then clean up after it."""
    _watch("pids", [str(os.getpid())], watched=os.getppid())
