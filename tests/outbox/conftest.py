from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(params=["sqlite", "postgresql"])
def outbox_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The outbox suite runs against both stores: an SQLite file and a fresh PostgreSQL
    database on a real server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/outbox.db"
    url: str = request.getfixturevalue("postgres_url")
    return url
