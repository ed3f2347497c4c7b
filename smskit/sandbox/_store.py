"""The sandbox's memory: caught messages in SQLite, so nothing is lost across restarts."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
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
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    msg_id TEXT NOT NULL,
    at TEXT NOT NULL,
    status TEXT,
    note TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS exchanges (
    id TEXT PRIMARY KEY,
    at TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_msg_id ON messages (msg_id);
CREATE INDEX IF NOT EXISTS messages_provider ON messages (provider, id);
CREATE INDEX IF NOT EXISTS messages_recipient ON messages (recipient, id);
CREATE INDEX IF NOT EXISTS messages_batch ON messages (batch);
CREATE INDEX IF NOT EXISTS events_msg_id ON events (msg_id);
"""


_COLUMNS = (
    "provider, msg_id, batch, recipient, sender, text, status, encoding, parts, "
    "created_at, scheduled_at, callback_url, track_data, idempotency_key, exchange_id"
)
# Columns added after the first release: a sandbox file from then gains them on open.
_ADDED = {
    "callback_url": "TEXT",
    "track_data": "TEXT",
    "idempotency_key": "TEXT",
    "exchange_id": "TEXT",
}


@attrs.define
class Tag:
    """The provider request being served: messages stored while it runs name it, so the
    detail view can show the request that created them (kept only when one did)."""

    id: str
    used: bool = False


# Set by the recorder around each provider request; read by ``Store.add``.
SERVING: ContextVar[Tag | None] = ContextVar("smskit_sandbox_serving", default=None)


@attrs.frozen
class Event:
    """One line of a message's timeline: a status it took, or something that happened to it
    (a repeated request, a webhook posted); ``status`` is None for the latter."""

    at: datetime
    status: str | None
    note: str

    def as_json(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(), "status": self.status, "note": self.note}


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
    idempotency_key: str | None = None  # SMS.CX idempotencyId the send carried
    exchange_id: str | None = None  # the recorded request that created it

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
            "idempotency_key": self.idempotency_key,
        }


class Store:
    """Thread-safe: the server's handlers and the demo may use it at once."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        if self.path != ":memory:":
            # WAL with NORMAL sync: a commit survives the sandbox crashing, and no longer
            # waits for the disk (a power cut may lose the last few; this is a test tool).
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)
        present = {row[1] for row in self._db.execute("PRAGMA table_info(messages)")}
        for column, kind in _ADDED.items():
            if column not in present:
                self._db.execute(f"ALTER TABLE messages ADD COLUMN {column} {kind}")
        self._lock = threading.Lock()
        # Bumped by every write: the inbox's live stream sends a new list when it moves.
        self.version = 0

    @contextmanager
    def transaction(self, *, listed: bool = True) -> Iterator[sqlite3.Connection]:
        """``listed``: whether the write changes what the message list shows (then the live
        feed sends a new list; a timeline note or a kept request does not)."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
            if listed:
                self.version += 1

    def reply_for(self, key: str) -> Any | None:
        """The answer already given to a request with this idempotency key or order id."""
        with self._lock:
            row = self._db.execute("SELECT body FROM replies WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def add(self, messages: list[Message], reply_key: str | None = None, reply: Any = None) -> bool:
        """Store messages (and the reply to repeat for ``reply_key``) at once. False when the
        key was taken meanwhile: then nothing is stored, and the earlier reply stands."""
        tag = SERVING.get()
        if tag is not None:
            messages = [attrs.evolve(m, exchange_id=tag.id) for m in messages]
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
                f"INSERT INTO messages ({_COLUMNS}) VALUES ({', '.join('?' * 15)})",  # noqa: S608
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
                        m.idempotency_key,
                        m.exchange_id,
                    )
                    for m in messages
                ],
            )
            _log(db, ((m.msg_id, m.created_at, m.status, "caught") for m in messages))
        if tag is not None and messages:
            tag.used = True
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
                idempotency_key=r[13],
                exchange_id=r[14],
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
        q: str | None = None,
    ) -> tuple[list[Message], int]:
        """Newest first, filtered (exact ``provider`` and recipient ``to``, ``q`` anywhere in
        the text, ignoring ASCII case); and how many matched in all (``X-Total-Count``).
        Indexed by provider and recipient, so a page of 100,000 messages is quick."""
        clauses, args = [], []
        for column, value in (("provider", provider), ("recipient", to)):
            if value:
                clauses.append(f"{column} = ?")
                args.append(value)
        if q:
            clauses.append("text LIKE ? ESCAPE '!'")
            args.append("%" + q.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%")
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        with self._lock:
            (total,) = self._db.execute(
                f"SELECT COUNT(*) FROM messages {where}",  # noqa: S608 - fixed clauses
                tuple(args),
            ).fetchone()
        return self._rows(where, tuple(args), limit, offset), int(total)

    def find(self, msg_id: str) -> list[Message]:
        return self._rows("WHERE msg_id = ? OR batch = ?", (msg_id, msg_id))

    def one(self, msg_id: str) -> Message | None:
        """The message with this id (the newest, should a client have reused one)."""
        found = self._rows("WHERE msg_id = ?", (msg_id,), limit=1)
        return found[0] if found else None

    def with_idempotency_key(self, key: str) -> list[Message]:
        return self._rows("WHERE idempotency_key = ?", (key,))

    def accepted_before(self, moment: datetime) -> list[Message]:
        """Messages still ACCEPTED that were caught before ``moment`` (oldest first)."""
        rows = self._rows("WHERE status = 'ACCEPTED' AND created_at < ?", (moment.isoformat(),))
        return rows[::-1]

    def set_status(
        self, msg_id: str, status: str, only_if: str | None = None, note: str = "status set"
    ) -> int:
        """Change the status of a message (or of every message of a batch); how many changed.
        Each changed message's timeline gains ``note``."""
        with self.transaction() as db:
            where = "(msg_id = ? OR batch = ?)"
            args: tuple[Any, ...] = (msg_id, msg_id)
            if only_if is not None:
                where += " AND status = ?"
                args += (only_if,)
            changed = [r[0] for r in db.execute(f"SELECT msg_id FROM messages WHERE {where}", args)]  # noqa: S608 - fixed clauses
            db.execute(f"UPDATE messages SET status = ? WHERE {where}", (status, *args))  # noqa: S608
            now = datetime.now(UTC)
            _log(db, ((changed_id, now, status, note) for changed_id in changed))
        return len(changed)

    def note(self, msg_ids: Iterable[str], note: str) -> None:
        """Add a line to the timelines of these messages without changing their status."""
        now = datetime.now(UTC)
        with self.transaction(listed=False) as db:
            _log(db, ((msg_id, now, None, note) for msg_id in msg_ids))

    def events(self, msg_id: str) -> list[Event]:
        """The message's timeline, oldest first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT at, status, note FROM events WHERE msg_id = ? ORDER BY id", (msg_id,)
            ).fetchall()
        return [Event(datetime.fromisoformat(r[0]), r[1], r[2]) for r in rows]

    def keep_exchange(self, exchange_id: str, at: datetime, exchange: dict[str, Any]) -> None:
        """Keep a request and the answer it got (already masked: the store keeps no secret)."""
        with self.transaction(listed=False) as db:
            db.execute(
                "INSERT OR REPLACE INTO exchanges (id, at, body) VALUES (?, ?, ?)",
                (exchange_id, at.isoformat(), json.dumps(exchange)),
            )

    def exchange(self, exchange_id: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute(
                "SELECT body FROM exchanges WHERE id = ?", (exchange_id,)
            ).fetchone()
        return dict(json.loads(row[0])) if row else None

    def delete(self, msg_id: str) -> int:
        """Forget one message (with its timeline); how many rows went (0: unknown id)."""
        with self.transaction() as db:
            removed = db.execute("DELETE FROM messages WHERE msg_id = ?", (msg_id,)).rowcount
            db.execute("DELETE FROM events WHERE msg_id = ?", (msg_id,))
        return int(removed)

    def clear(self) -> int:
        """Forget every caught message (with its timeline and request, and the replies kept
        for idempotency keys)."""
        with self.transaction() as db:
            removed = db.execute("DELETE FROM messages").rowcount
            for table in ("replies", "events", "exchanges"):
                db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed names
        return int(removed)

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _log(db: sqlite3.Connection, events: Iterable[tuple[str, datetime, str | None, str]]) -> None:
    db.executemany(
        "INSERT INTO events (msg_id, at, status, note) VALUES (?, ?, ?, ?)",
        ((msg_id, at.isoformat(), status, note) for msg_id, at, status, note in events),
    )
