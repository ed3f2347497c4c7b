"""The test servers' port picking: a port for a server started in another process is never
one the kernel may hand to another test's ``bind(0)`` or outgoing connection meanwhile."""

from __future__ import annotations

import socket

import pytest
import servers


def test_free_ports_come_from_below_the_ephemeral_range_in_a_slice_per_worker(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    low = servers._ephemeral_low()
    if low - servers._PORTS_FROM < 8 * 200:
        pytest.skip("this machine's ephemeral range leaves no room below it")
    picked: dict[str, set[int]] = {}
    for worker in ("gw0", "gw1", "gw3"):
        monkeypatch.setenv("PYTEST_XDIST_WORKER", worker)
        picked[worker] = {servers.free_port() for _ in range(30)}
    every = set().union(*picked.values())
    assert all(servers._PORTS_FROM <= port < low for port in every)
    # each worker has its own slice: none of one worker's ports is between another's
    assert max(picked["gw0"]) < min(picked["gw1"]) <= max(picked["gw1"]) < min(picked["gw3"])
    assert len(picked["gw0"]) > 1  # picked at random within the slice, not one fixed port
    with socket.socket() as probe:  # free: nothing listens there
        probe.bind(("127.0.0.1", next(iter(every))))
