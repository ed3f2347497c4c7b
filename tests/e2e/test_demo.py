import sys
from pathlib import Path

import reaper


def test_demo_catches_a_message_from_each_provider(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    done = reaper.run(
        [sys.executable, "-m", "smskit", "demo", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "", "COLUMNS": "300", "PYTHONIOENCODING": "utf-8"},
    )
    assert done.returncode == 0, done.stderr
    for provider in ("sipgate", "smscx", "smsend", "acrobits"):
        assert f"│ {provider}" in done.stdout
    assert "+491701234567" in done.stdout
    assert db.exists()  # the messages are kept
    assert "nothing was sent twice." in done.stdout  # the outbox act
    assert "came again with the same idempotencyId" in done.stdout  # as the provider saw it
    assert "order-3" in done.stdout
    assert "resending with the same reference" in done.stdout
