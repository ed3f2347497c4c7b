"""Real database and broker servers for tests, started on 127.0.0.1 on free ports in
temporary folders: PostgreSQL (initdb as the ``postgres`` user when running as root, since it
refuses root) and Redis. Never a mock."""

from __future__ import annotations

import glob
import os
import random
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import pytest
from reaper import run_when_pytest_ends, spawn

PG_PASSWORD = "pg-outbox-secret-7"


def free_port() -> int:
    """A port nothing listens on, for a server a test starts in another process. Picked
    below the kernel's ephemeral range (which every bind to port 0 and every outgoing
    connection draws from) and in a slice of its own per pytest-xdist worker: no other
    test's server can take it between this pick and the server's own bind. (A port from
    ``bind(0)`` could be handed out again at once: a sandbox then failed to bind, and its
    test talked to another test's server until that one stopped.)"""
    low = _ephemeral_low()
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")[2:]
    if low - _PORTS_FROM < 8 * 200:  # an unusual range: let the kernel pick
        return _bindable(0)
    width = (low - _PORTS_FROM) // 8
    first = _PORTS_FROM + (int(worker) % 8 if worker.isdigit() else 0) * width
    for _ in range(200):
        port = first + random.randrange(width)
        with suppress(OSError):
            return _bindable(port)
    raise AssertionError(f"no free port in {first}-{first + width - 1}")


_PORTS_FROM = 10_000


def _ephemeral_low() -> int:
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32_768  # Linux's default; other systems' ranges start higher


def _bindable(port: int) -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", port))
        found: int = probe.getsockname()[1]
        return found


def wait_until_answers(url: str, process: Any = None, seconds: float = 30) -> None:
    """Until ``url`` answers HTTP at all (any status): a server a test started is up.
    ``process``: the server's process, whose early end is reported with its output."""
    import httpx

    deadline = time.monotonic() + seconds
    while True:
        try:
            httpx.get(url)
            return
        except httpx.TransportError:
            if process is not None and process.poll() is not None:
                raise AssertionError(
                    f"{url}: the server ended: {process.communicate()[0]}"
                ) from None
            assert time.monotonic() < deadline, f"{url} did not answer in {seconds} s"
            time.sleep(0.1)


def _missing(what: str) -> None:
    """Locally a missing server skips; in CI (which installs them) it fails."""
    if os.environ.get("CI"):
        pytest.fail(f"{what} is not installed")
    pytest.skip(f"{what} is not installed")


def _as_server_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def _stop_and_remove(bin_dir: Path, data: Path, folder: Path) -> str:
    stop = " ".join(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m",
                                     "immediate", "stop"]))  # fmt: skip
    return f"{stop}; rm -rf {folder}"


class Postgres:
    """A PostgreSQL server on a free port (password auth on 127.0.0.1); ``url`` is the admin
    URL (user ``postgres``). ``stop()`` / ``start()`` keep the data and the port."""

    def __init__(self, *, durable: bool = False) -> None:
        """``durable=False`` trades crash safety for speed (no fsync, asynchronous commit):
        fine for a server that is never killed; a test that crashes it wants it durable."""
        self.durable = durable
        found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
        initdb = found[-1] if found else shutil.which("initdb")
        if not initdb:
            _missing("PostgreSQL (the Debian postgresql package)")
        self.bin = Path(str(initdb)).parent
        self.folder = Path(tempfile.mkdtemp(prefix="smskit-pg-"))
        self.data = self.folder / "data"
        password_file = self.folder / "pw"
        password_file.write_text(PG_PASSWORD)
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
            shutil.chown(password_file, "postgres")
        self.port = free_port()
        subprocess.run(
            _as_server_user([str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres",
                             "--auth-host=scram-sha-256", "--auth-local=trust",
                             f"--pwfile={password_file}", "-E", "UTF8"]),
            check=True, capture_output=True,
        )  # fmt: skip
        self.url = f"postgresql://postgres:{PG_PASSWORD}@127.0.0.1:{self.port}/postgres"
        # pg_ctl detaches the server: stopped (and its folder removed) when pytest ends,
        # however it ends, and not only by close()
        run_when_pytest_ends(["sh", "-c", _stop_and_remove(self.bin, self.data, self.folder)])
        self.start()

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1"
        options += " -c max_connections=200"
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        subprocess.run(
            _as_server_user([str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options,
                             "-w", "-l", str(self.folder / "log"), "start"]),
            check=True, capture_output=True,
        )  # fmt: skip

    def stop(self) -> None:
        subprocess.run(
            _as_server_user([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                             "stop"]),
            capture_output=True, check=False,
        )  # fmt: skip

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


@contextmanager
def postgres() -> Iterator[str]:
    """A PostgreSQL server for a ``with`` block; yields the admin URL."""
    server = Postgres()
    try:
        yield server.url
    finally:
        server.close()


def fresh_database(admin_url: str, name: str) -> str:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return admin_url.rsplit("/", 1)[0] + "/" + name


class Redis:
    """A redis-server on a free port; ``restart()`` stops and starts it on the same port."""

    def __init__(self) -> None:
        binary = shutil.which("redis-server")
        if not binary:
            _missing("redis-server (the Debian redis-server package)")
        self.binary = str(binary)
        self.port = free_port()
        self.folder = tempfile.mkdtemp(prefix="smskit-redis-")
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen[bytes] | None = None
        self.start()

    def start(self) -> None:
        self.process = spawn(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", self.folder],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)
            self.process = None

    def restart(self, down_for: float = 1.0) -> None:
        self.stop()
        time.sleep(down_for)
        self.start()

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)
