"""The pytest plugin (entry point ``pytest11``): fixtures ``sms_sandbox`` (cleared before each
test) and ``sms_sandbox_session`` (the one sandbox of the session, one per xdist worker).
Imports nothing heavy until a test asks for a fixture, so a project that never uses them pays
nothing."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ._kit import SmsSandbox


@pytest.fixture(scope="session")
def sms_sandbox_session() -> Iterator[SmsSandbox]:
    """One sandbox for the whole session (its own free port and in-memory database)."""
    from ._kit import start_sandbox

    sandbox = start_sandbox()
    yield sandbox
    sandbox.close()


@pytest.fixture
def sms_sandbox(sms_sandbox_session: SmsSandbox) -> SmsSandbox:
    """The session's sandbox, cleared: a test sees only its own messages and faults."""
    sms_sandbox_session.clear()
    return sms_sandbox_session
