"""The SQLite outbox's schema: its tables, and the migration that creates them in a new file
or brings an older file to this version."""

from __future__ import annotations

import sqlite3

from .. import errors
from ._overview import schema as overview_schema
from ._replies import schema as replies_schema
from ._tracking import COLUMNS, schema

SCHEMA_VERSION = 2  # 2: delivery tracking (a file of version 1 is upgraded in place)
PREFIX = "smskit_outbox"
SCHEMA = f"""
CREATE TABLE IF NOT EXISTS {PREFIX}_entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    recipient TEXT NOT NULL,
    text TEXT NOT NULL,
    via TEXT NOT NULL,
    send_at REAL,
    reference TEXT NOT NULL,
    state TEXT NOT NULL,
    provider TEXT,
    ids TEXT NOT NULL DEFAULT '[]',
    error TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    tries INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL,
    lease_until REAL,
    owner TEXT,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    delivery TEXT,
    delivery_at REAL,
    delivery_check_at REAL
);
CREATE INDEX IF NOT EXISTS {PREFIX}_due ON {PREFIX}_entries (state, next_attempt_at);
CREATE INDEX IF NOT EXISTS {PREFIX}_order ON {PREFIX}_entries (recipient, via, id);
CREATE TABLE IF NOT EXISTS {PREFIX}_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL,
    from_state TEXT,
    to_state TEXT NOT NULL,
    at REAL NOT NULL,
    detail TEXT
);
CREATE INDEX IF NOT EXISTS {PREFIX}_events_key ON {PREFIX}_events (key, id);
CREATE TABLE IF NOT EXISTS {PREFIX}_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
ENTRIES = f"{PREFIX}_entries"


def create_or_upgrade(db: sqlite3.Connection, path: str) -> None:
    """Tables that are missing are created; a file of version 1 is upgraded; a file of a
    version this smskit does not know is refused (``StorageError`` naming it)."""
    db.executescript(SCHEMA)
    row = db.execute(f"SELECT value FROM {PREFIX}_meta WHERE name = 'schema'").fetchone()  # noqa: S608
    version = None if row is None else str(row[0]).strip()
    if version is not None and version not in {"1", str(SCHEMA_VERSION)}:
        raise errors.StorageError(
            f"schema version {str(row[0])[:40]!r}, this smskit reads 1 to {SCHEMA_VERSION}",
            path=path,
        )
    if version != str(SCHEMA_VERSION):
        _migrate(db)
    for statement in overview_schema(PREFIX):
        db.execute(statement)


def _migrate(db: sqlite3.Connection) -> None:
    """A new file, or one of version 1 (before delivery tracking), brought to the current
    version in one transaction: added columns, the ids table, the version."""
    db.execute("BEGIN IMMEDIATE")
    try:
        present = {r[1] for r in db.execute(f"PRAGMA table_info({ENTRIES})")}
        for name, kind, _ in COLUMNS:
            if name not in present:
                db.execute(f"ALTER TABLE {ENTRIES} ADD COLUMN {name} {kind}")
        for statement in schema(PREFIX) + replies_schema(PREFIX):
            db.execute(statement)
        db.execute(
            f"INSERT OR REPLACE INTO {PREFIX}_meta VALUES ('schema', ?)",  # noqa: S608
            (str(SCHEMA_VERSION),),
        )
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
