"""A TCP relay that holds every chunk for ``delay`` seconds in each direction: a server on
this machine as if it were on another one (benchmarks/outbox.py (q): PostgreSQL a round trip
away, as it is for most applications). It runs in a process of its own, so its work never
takes the measuring process's lock; its own cost per chunk is part of what it adds, as a
network's is.

Run: ``python benchmarks/distance.py TARGET_PORT DELAY_SECONDS``; it prints its port.
"""

from __future__ import annotations

import queue
import socket
import subprocess
import sys
import threading
import time


def _carry(source: socket.socket, target: socket.socket, delay: float) -> None:
    """Read as chunks arrive; a second thread writes each one ``delay`` after its arrival
    (reading never waits on the delay, so chunks in a row are not delayed twice)."""
    held: queue.SimpleQueue[tuple[float, bytes]] = queue.SimpleQueue()

    def write() -> None:
        while True:
            due, chunk = held.get()
            if not chunk:
                target.shutdown(socket.SHUT_WR)
                return
            wait = due - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
            target.sendall(chunk)

    threading.Thread(target=write, daemon=True).start()
    try:
        while True:
            chunk = source.recv(65536)
            held.put((time.perf_counter() + delay, chunk))
            if not chunk:
                return
    except OSError:
        held.put((0.0, b""))


def serve(target_port: int, delay: float) -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    print(listener.getsockname()[1], flush=True)
    while True:
        client, _ = listener.accept()
        server = socket.create_connection(("127.0.0.1", target_port))
        for s in (client, server):
            s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        for source, target in ((client, server), (server, client)):
            threading.Thread(target=_carry, args=(source, target, delay), daemon=True).start()


def start(target_port: int, delay: float) -> tuple[int, subprocess.Popen[str]]:
    """A relay to ``127.0.0.1:target_port`` in a child process: its port, and the process
    (terminate it when done)."""
    relay = subprocess.Popen(
        [sys.executable, __file__, str(target_port), repr(delay)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert relay.stdout is not None
    return int(relay.stdout.readline()), relay


if __name__ == "__main__":
    serve(int(sys.argv[1]), float(sys.argv[2]))
