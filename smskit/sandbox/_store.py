"""The sandbox's memory: caught messages in SQLite, so nothing is lost across restarts."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import attrs

SCHEMA = """
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    provider TEXT NOT NULL,
    msg_id TEXT NOT NULL,
    batch TEXT,
    recipient TEXT NOT NULL,
    sender TEXT,
    text TEXT NOT NULL,
    status TEXT NOT NULL,
    encoding TEXT NOT NULL,
    parts INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    scheduled_at TEXT
);
CREATE TABLE IF NOT EXISTS replies (
    key TEXT PRIMARY KEY,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_msg_id ON messages (msg_id);
CREATE INDEX IF NOT EXISTS messages_batch ON messages (batch);
"""


_COLUMNS = (
    "provider, msg_id, batch, recipient, sender, text, status, encoding, parts, "
    "created_at, scheduled_at, callback_url, track_data"
)
# Columns added after the first release: a sandbox file from then gains them on open.
_ADDED = {"callback_url": "TEXT", "track_data": "TEXT"}


@attrs.frozen
class Message:
    provider: str
    msg_id: str
    recipient: str
    text: str
    status: str
    encoding: str
    parts: int
    sender: str | None = None
    batch: str | None = None  # the order or campaign the message belongs to
    created_at: datetime = attrs.Factory(lambda: datetime.now(UTC))
    scheduled_at: datetime | None = None
    callback_url: str | None = None  # SMS.CX dlrCallbackUrl: where delivery reports go
    track_data: str | None = None  # SMS.CX trackData, echoed in delivery reports

    def as_json(self) -> dict[str, Any]:
        return {
            "provider": self.provider,
            "id": self.msg_id,
            "to": self.recipient,
            "from": self.sender,
            "text": self.text,
            "status": self.status,
            "encoding": self.encoding,
            "segments": self.parts,
            "batch": self.batch,
            "created_at": self.created_at.isoformat(),
            "scheduled_at": self.scheduled_at.isoformat() if self.scheduled_at else None,
            "dlr_callback_url": self.callback_url,
        }


class Store:
    """Thread-safe: the server's handlers and the demo may use it at once."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.executescript(SCHEMA)
        present = {row[1] for row in self._db.execute("PRAGMA table_info(messages)")}
        for column, kind in _ADDED.items():
            if column not in present:
                self._db.execute(f"ALTER TABLE messages ADD COLUMN {column} {kind}")
        self._lock = threading.Lock()
        # Bumped by every write: the inbox's live stream sends a new list when it moves.
        self.version = 0

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
            self.version += 1

    def reply_for(self, key: str) -> Any | None:
        """The answer already given to a request with this idempotency key or order id."""
        with self._lock:
            row = self._db.execute("SELECT body FROM replies WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def add(self, messages: list[Message], reply_key: str | None = None, reply: Any = None) -> bool:
        """Store messages (and the reply to repeat for ``reply_key``) at once. False when the
        key was taken meanwhile: then nothing is stored, and the earlier reply stands."""
        with self.transaction() as db:
            if reply_key is not None:
                try:
                    db.execute(
                        "INSERT INTO replies (key, body) VALUES (?, ?)",
                        (reply_key, json.dumps(reply)),
                    )
                except sqlite3.IntegrityError:
                    return False
            db.executemany(
                f"INSERT INTO messages ({_COLUMNS}) VALUES ({', '.join('?' * 13)})",  # noqa: S608
                [
                    (
                        m.provider,
                        m.msg_id,
                        m.batch,
                        m.recipient,
                        m.sender,
                        m.text,
                        m.status,
                        m.encoding,
                        m.parts,
                        m.created_at.isoformat(),
                        m.scheduled_at.isoformat() if m.scheduled_at else None,
                        m.callback_url,
                        m.track_data,
                    )
                    for m in messages
                ],
            )
        return True

    def _rows(
        self, where: str, args: tuple[Any, ...], limit: int | None = None, offset: int = 0
    ) -> list[Message]:
        sql = f"SELECT {_COLUMNS} FROM messages {where} ORDER BY id DESC"  # noqa: S608 - fixed clauses
        sql += " LIMIT ? OFFSET ?"
        with self._lock:
            rows = self._db.execute(sql, (*args, -1 if limit is None else limit, offset)).fetchall()
        return [
            Message(
                provider=r[0],
                msg_id=r[1],
                batch=r[2],
                recipient=r[3],
                sender=r[4],
                text=r[5],
                status=r[6],
                encoding=r[7],
                parts=r[8],
                created_at=datetime.fromisoformat(r[9]),
                scheduled_at=datetime.fromisoformat(r[10]) if r[10] else None,
                callback_url=r[11],
                track_data=r[12],
            )
            for r in rows
        ]

    def messages(self, limit: int | None = 500) -> list[Message]:
        """Newest first."""
        return self._rows("", (), limit)

    def search(
        self,
        provider: str | None = None,
        to: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> tuple[list[Message], int]:
        """Newest first, filtered; and how many matched in all (for ``X-Total-Count``)."""
        clauses, args = [], []
        for column, value in (("provider", provider), ("recipient", to)):
            if value is not None:
                clauses.append(f"{column} = ?")
                args.append(value)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        with self._lock:
            (total,) = self._db.execute(
                f"SELECT COUNT(*) FROM messages {where}",  # noqa: S608 - fixed clauses
                tuple(args),
            ).fetchone()
        return self._rows(where, tuple(args), limit, offset), int(total)

    def find(self, msg_id: str) -> list[Message]:
        return self._rows("WHERE msg_id = ? OR batch = ?", (msg_id, msg_id))

    def accepted_before(self, moment: datetime) -> list[Message]:
        """Messages still ACCEPTED that were caught before ``moment`` (oldest first)."""
        rows = self._rows("WHERE status = 'ACCEPTED' AND created_at < ?", (moment.isoformat(),))
        return rows[::-1]

    def set_status(self, msg_id: str, status: str, only_if: str | None = None) -> int:
        """Change the status of a message (or of every message of a batch); how many changed."""
        with self.transaction() as db:
            query = "UPDATE messages SET status = ? WHERE (msg_id = ? OR batch = ?)"
            args: tuple[Any, ...] = (status, msg_id, msg_id)
            if only_if is not None:
                query += " AND status = ?"
                args += (only_if,)
            return db.execute(query, args).rowcount

    def clear(self) -> int:
        """Forget every caught message (and the replies kept for idempotency keys)."""
        with self.transaction() as db:
            removed = db.execute("DELETE FROM messages").rowcount
            db.execute("DELETE FROM replies")
        return int(removed)

    def close(self) -> None:
        with self._lock:
            self._db.close()
