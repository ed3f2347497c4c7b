from __future__ import annotations

import gc
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from canaries import all_canaries, leaks
from leakcheck import live_texts
from loopback import LoopbackServer


def pytest_configure(config: pytest.Config) -> None:
    if hasattr(config, "workerinput"):  # a pytest-xdist worker: it ends with its controller
        from reaper import end_with_parent

        end_with_parent()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Heavy tests first, longest first (a stable sort: the rest keep their order).
    Collected last, as most were, they started when the other workers were running out of
    tests, and the suite waited 30 to 40 s on one of them at its end."""

    def weight(item: pytest.Item) -> float:
        heavy = item.get_closest_marker("heavy")
        return -heavy.kwargs["seconds"] if heavy else 0

    items.sort(key=weight)


@pytest.fixture(scope="module", autouse=True)
def _secrets_registered_per_module() -> Iterator[None]:
    """The redaction registry is process-wide by design (a secret once seen stays masked);
    in a test run that let one module's secrets mask another module's expected output
    (a secret "nope" hid "nope" in a later error message), so each module starts with the
    registry as the session had it before."""
    from smskit import _redact

    with _redact._lock:
        saved = (set(_redact._secrets), _redact._pattern)
    yield
    with _redact._lock:
        _redact._secrets.clear()
        _redact._secrets.update(saved[0])
        _redact._pattern = saved[1]


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[Any]:
    """A running smskit sandbox on 127.0.0.1 with its own SQLite file."""
    from smskit.sandbox import start

    with start(tmp_path / "sandbox.sqlite3") as running:
        yield running


@pytest.fixture(scope="session")
def postgres_admin() -> Iterator[str]:
    """One PostgreSQL server for the whole session (its admin URL)."""
    from servers import postgres

    with postgres() as url:
        yield url


@pytest.fixture
def postgres_url(postgres_admin: str, request: pytest.FixtureRequest) -> str:
    """A fresh database on the session's PostgreSQL server, for one test."""
    from servers import fresh_database

    name = "t_" + "".join(c if c.isalnum() else "_" for c in request.node.name)[-50:].lower()
    return fresh_database(postgres_admin, name)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    srv = LoopbackServer()
    yield srv
    srv.close()


@pytest.fixture(scope="module", autouse=True)
def no_canary_leaks_in_what_outlives_a_test() -> Iterator[None]:
    """Objects made by module or session fixtures (older than any one test) are checked once
    more, all of them, when the module ends."""
    yield
    gc.unfreeze()
    leaked = leaks("\n".join(live_texts()), all_canaries())
    if leaked:
        pytest.fail(f"canary secrets leaked into reprs of long-lived objects: {leaked}")


@pytest.fixture(autouse=True)
def no_canary_leaks(
    caplog: pytest.LogCaptureFixture, recwarn: pytest.WarningsRecorder
) -> Iterator[None]:
    """Every test runs with DEBUG logging captured; none may leak a canary secret.

    What exists before the test is frozen (``gc.freeze``), so the check reads the objects
    this test made, not every object of the process again (that cost a twentieth of a
    second per test); each object is read at the end of the test that made it."""
    caplog.set_level(logging.DEBUG)
    gc.freeze()
    try:
        yield
        canaries = all_canaries()
        seen = [
            caplog.text,
            *(r.getMessage() for r in caplog.records),
            *(str(w.message) for w in recwarn),
        ]
        seen += live_texts()
    finally:
        gc.unfreeze()  # frozen objects are never collected: give them back each time
    leaked = leaks("\n".join(seen), canaries)
    if leaked:
        pytest.fail(f"canary secrets leaked into logs, warnings or reprs: {leaked}")
