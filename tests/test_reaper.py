"""What the test servers promise: a PostgreSQL, Redis or Celery process started by a test
does not outlive a pytest process that is killed (tests/reaper.py)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from reaper import alive, ends_within

CHILD = """
import subprocess, sys, time
from reaper import run_when_pytest_ends, spawn
run_when_pytest_ends(["touch", sys.argv[1]])
server = spawn(["sleep", "300"])
print(server.pid, flush=True)
time.sleep(300)
"""


def test_a_killed_run_takes_its_servers_with_it(tmp_path: Path) -> None:
    marker = tmp_path / "cleaned-up"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(marker)], env=env,
                             stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert child.stdout is not None
    server = int(child.stdout.readline())
    assert alive(server)
    time.sleep(0.3)
    assert not marker.exists()  # nothing happens while the run lives
    child.send_signal(signal.SIGKILL)  # no finalizer, no atexit: only the watcher is left
    child.wait(10)
    deadline = time.monotonic() + 10
    while (alive(server) or not marker.exists()) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert marker.exists()
    assert not alive(server)


def test_a_watcher_ends_with_what_it_watched() -> None:
    """Watchers do not pile up over a run: one whose process ended with its test exits."""
    from reaper import spawn

    short = spawn(["sleep", "0.2"])
    short.wait(10)
    deadline = time.monotonic() + 5
    while _watchers_of(short.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _watchers_of(short.pid) == []


def _watchers_of(pid: int) -> list[str]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            args = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"groups" in args and str(pid).encode() in args:
            found.append(entry.name)
    return found


PARENT = """
import subprocess, sys
worker = subprocess.Popen([sys.executable, "-c",
    "import time; from reaper import end_with_parent; end_with_parent(); time.sleep(300)"])
print(worker.pid, flush=True)
worker.wait()
"""


def test_a_worker_ends_with_its_parent() -> None:
    """What an xdist worker does: a killed controller takes its workers with it."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent)}
    parent = subprocess.Popen([sys.executable, "-c", PARENT], env=env, stdout=subprocess.PIPE,
                              text=True)  # fmt: skip
    assert parent.stdout is not None
    worker = int(parent.stdout.readline())
    time.sleep(0.5)
    assert alive(worker)
    parent.send_signal(signal.SIGKILL)
    parent.wait(10)
    assert ends_within(worker, 10)


WAITER = """
import sys
from reaper import run
run([sys.executable, "-c", "import os, time; print(os.getpid(), flush=True); time.sleep(300)"])
"""


def test_a_program_a_killed_run_waits_on_ends_with_it() -> None:
    """``run`` (a generator, mypy, a benchmark): what a killed pytest waited on does not go on
    to its end."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent)}
    waiter = subprocess.Popen([sys.executable, "-c", WAITER], env=env, stdout=subprocess.PIPE,
                              text=True)  # fmt: skip
    assert waiter.stdout is not None
    program = int(waiter.stdout.readline())
    assert alive(program)
    waiter.send_signal(signal.SIGKILL)
    waiter.wait(10)
    assert ends_within(program, 10)


def test_run_is_subprocess_run_and_a_timeout_kills_the_whole_group(tmp_path: Path) -> None:
    from reaper import run

    done = run([sys.executable, "-c", "import sys; print(sys.stdin.read().upper())"],
               input="hi", capture_output=True, text=True, timeout=30)  # fmt: skip
    assert (done.returncode, done.stdout) == (0, "HI\n")
    pid_file = tmp_path / "grandchild"
    started = time.monotonic()
    with pytest.raises(subprocess.TimeoutExpired):
        run(["sh", "-c", f"sleep 300 & echo $! > {pid_file}; wait"], timeout=1)
    assert time.monotonic() - started < 10
    grandchild = int(pid_file.read_text())
    assert ends_within(grandchild, 5)
