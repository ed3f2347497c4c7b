"""The bridge's own record of what it sent: ``sms_id`` (increasing), the provider's ids
beside it, and the sent list of Fetch Messages. SQLite; one file per bridge."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from .._inbound import InboundSms

SCHEMA = """
CREATE TABLE IF NOT EXISTS bridge_sent (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account TEXT NOT NULL,
    recipient TEXT NOT NULL,
    text TEXT NOT NULL,
    state TEXT NOT NULL,
    provider TEXT,
    ids TEXT NOT NULL DEFAULT '[]',
    created_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS bridge_sent_account ON bridge_sent (account, id);
CREATE TABLE IF NOT EXISTS bridge_received (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account TEXT NOT NULL,
    provider TEXT NOT NULL,
    provider_id TEXT NOT NULL,
    sender TEXT NOT NULL,
    text TEXT NOT NULL,
    received_at REAL NOT NULL,
    UNIQUE (account, provider, provider_id)
);
"""
NEWEST = 100  # what Fetch Messages returns for an empty or unknown id


class Record:
    def __init__(self, path: str) -> None:
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        if path != ":memory:":
            self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(SCHEMA)
        self._lock = threading.Lock()

    def new(self, account: str, recipient: str, text: str) -> str:
        with self._lock:
            cursor = self._db.execute(
                "INSERT INTO bridge_sent (account, recipient, text, state, created_at)"
                " VALUES (?, ?, ?, 'sending', ?)",
                (account, recipient, text, time.time()),
            )
        return str(cursor.lastrowid)

    def settle(self, sms_id: str, state: str, provider: str | None = None,
               ids: tuple[str, ...] = ()) -> None:  # fmt: skip
        with self._lock:
            self._db.execute(
                "UPDATE bridge_sent SET state = ?, provider = ?, ids = ? WHERE id = ?",
                (state, provider, json.dumps(list(ids)), int(sms_id)),
            )

    def keep_received(self, account: str, messages: Iterable[InboundSms]) -> int:
        """Store received messages once each (a provider may hand one out again)."""
        added = 0
        with self._lock:
            for m in messages:
                at = m.received_at.timestamp() if m.received_at else time.time()
                added += self._db.execute(
                    "INSERT OR IGNORE INTO bridge_received (account, provider, provider_id,"
                    " sender, text, received_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (account, m.provider, m.id, m.sender, m.text, at),
                ).rowcount
        return added

    def sent_since(self, account: str, last_id: str | None) -> list[dict[str, Any]]:
        """Sent messages after ``last_id``, oldest first; the newest 100 for an empty or
        unknown id."""
        return [
            {"sms_id": str(r["id"]), "sending_date": rfc3339(r["created_at"]),
             "recipient": r["recipient"], "sms_text": r["text"], "content_type": "text/plain",
             "stream_id": r["recipient"]}
            for r in self._since("bridge_sent", account, last_id)
        ]  # fmt: skip

    def received_since(self, account: str, last_id: str | None) -> list[dict[str, Any]]:
        """Received messages after ``last_id`` (the bridge's own ids), as ``sent_since``.
        ``stream_id`` is the other party's number, so a softphone threads a conversation."""
        return [
            {"sms_id": str(r["id"]), "sending_date": rfc3339(r["received_at"]),
             "sender": r["sender"], "sms_text": r["text"], "content_type": "text/plain",
             "stream_id": r["sender"]}
            for r in self._since("bridge_received", account, last_id)
        ]  # fmt: skip

    def _since(self, table: str, account: str, last_id: str | None) -> list[sqlite3.Row]:
        with self._lock:
            known = (
                last_id is not None and last_id.isdigit()
                and self._db.execute(f"SELECT 1 FROM {table} WHERE id = ? AND account = ?",  # noqa: S608
                                     (int(last_id), account)).fetchone() is not None
            )  # fmt: skip
            if known:
                return self._db.execute(
                    f"SELECT * FROM {table} WHERE account = ? AND id > ? ORDER BY id",  # noqa: S608
                    (account, int(last_id or 0)),
                ).fetchall()
            return self._db.execute(
                f"SELECT * FROM (SELECT * FROM {table} WHERE account = ?"  # noqa: S608
                " ORDER BY id DESC LIMIT ?) ORDER BY id",
                (account, NEWEST),
            ).fetchall()

    def close(self) -> None:
        with self._lock:
            self._db.close()


def rfc3339(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
