"""A sandbox file as the first release wrote it (no delivery-report, idempotency or request
columns, no timeline tables): newer sandboxes must open it."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def old_sandbox_file(path: Path, provider: str, msg_id: str) -> Path:
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE TABLE messages (id INTEGER PRIMARY KEY AUTOINCREMENT, provider TEXT NOT NULL,"
            " msg_id TEXT NOT NULL, batch TEXT, recipient TEXT NOT NULL, sender TEXT,"
            " text TEXT NOT NULL, status TEXT NOT NULL, encoding TEXT NOT NULL,"
            " parts INTEGER NOT NULL, created_at TEXT NOT NULL, scheduled_at TEXT)"
        )
        db.execute(
            "INSERT INTO messages (provider, msg_id, recipient, text, status, encoding, parts,"
            " created_at) VALUES (?, ?, '+4915112345678', 'hi', 'ACCEPTED', 'GSM-7', 1,"
            " '2026-01-01T00:00:00+00:00')",
            (provider, msg_id),
        )
    return path
