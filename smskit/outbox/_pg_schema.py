"""The PostgreSQL outbox's schema: its tables, the URL's own options, and the migration
that creates or upgrades them under an advisory lock (processes that start together wait on
one lock instead of racing)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .. import errors
from ._overview import schema as overview_schema
from ._replies import schema as replies_schema
from ._tracking import COLUMNS, schema

if TYPE_CHECKING:
    import psycopg

SCHEMA_VERSION = 2  # 2: delivery tracking (version 1 is upgraded in place)
_PREFIX = re.compile(r"[a-z_][a-z0-9_]{0,39}")


def tables(p: str) -> list[str]:
    return [
        f"""CREATE TABLE IF NOT EXISTS {p}_entries (
            id BIGSERIAL PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            recipient TEXT NOT NULL,
            text TEXT NOT NULL,
            via TEXT NOT NULL,
            send_at DOUBLE PRECISION,
            reference TEXT NOT NULL,
            state TEXT NOT NULL,
            provider TEXT,
            ids TEXT NOT NULL DEFAULT '[]',
            error TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            tries INTEGER NOT NULL DEFAULT 0,
            next_attempt_at DOUBLE PRECISION NOT NULL,
            lease_until DOUBLE PRECISION,
            owner TEXT,
            created_at DOUBLE PRECISION NOT NULL,
            updated_at DOUBLE PRECISION NOT NULL)""",
        # The queue in the claim's order (due time, then id), read straight from the index so
        # a claim of 8 stops after 8 rows. Partial: only queued entries are in it, so moving
        # an entry on (to sending, to sent) writes nothing to it, and a claim on a table
        # without statistics yet cannot be planned on another index and a sort (it replaces
        # {p}_due and then {p}_claim_order).
        f"CREATE INDEX IF NOT EXISTS {p}_queue ON {p}_entries (next_attempt_at, id)"
        " WHERE state = 'queued'",
        f"CREATE INDEX IF NOT EXISTS {p}_order ON {p}_entries (recipient, via, id)",
        f"""CREATE TABLE IF NOT EXISTS {p}_events (
            id BIGSERIAL PRIMARY KEY,
            key TEXT NOT NULL,
            from_state TEXT,
            to_state TEXT NOT NULL,
            at DOUBLE PRECISION NOT NULL,
            detail TEXT)""",
        f"CREATE INDEX IF NOT EXISTS {p}_events_key ON {p}_events (key, id)",
        f"""CREATE TABLE IF NOT EXISTS {p}_slots (
            via TEXT PRIMARY KEY,
            next_start DOUBLE PRECISION NOT NULL)""",
        f"CREATE TABLE IF NOT EXISTS {p}_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ]


def pick_function(p: str) -> str:
    """The claim's choice of due entries, as a function so that it runs with ``enable_sort``
    off while the claim stays one statement (one round trip). On a table without statistics
    yet (a just-filled outbox) the planner otherwise reads the whole queue and sorts it, on
    every claim, instead of walking the queue index and stopping after ``wanted`` rows.
    (Versioned by name: a changed body gets a new name, so a running older smskit keeps
    its own.)"""
    return f"""CREATE OR REPLACE FUNCTION {p}_pick_v1(
            due DOUBLE PRECISION, vias TEXT[], wanted INTEGER)
        RETURNS TABLE (id BIGINT, opted_out BOOLEAN)
        LANGUAGE plpgsql SET enable_sort = off ROWS 16  -- for the caller's plan: a few rows
        AS $fn$
        #variable_conflict use_column
        BEGIN
            RETURN QUERY
            SELECT e.id, EXISTS (SELECT 1 FROM {p}_suppressed AS s WHERE s.number = e.recipient)
            FROM {p}_entries AS e
            WHERE e.state = 'queued' AND e.next_attempt_at <= due
              AND e.via || '' = ANY(vias)
              AND NOT EXISTS (
                SELECT 1 FROM {p}_entries AS earlier
                WHERE earlier.recipient = e.recipient AND earlier.via = e.via
                  AND earlier.id < e.id AND earlier.state IN ('queued', 'sending'))
            ORDER BY e.next_attempt_at, e.id
            LIMIT wanted
            FOR UPDATE OF e SKIP LOCKED;
        END
        $fn$"""  # noqa: S608 - the prefix is checked against _PREFIX


def split_url(url: str) -> tuple[str, str, float]:
    """(the psycopg conninfo, the table prefix, the lock timeout): smskit's own options are
    taken out of the query; the rest (``sslmode``, ...) goes to libpq."""
    parts = urlsplit(url)
    options = dict(parse_qsl(parts.query, keep_blank_values=True))
    prefix = options.pop("prefix", "smskit_outbox")
    if not _PREFIX.fullmatch(prefix):
        raise errors.ValidationError("outbox", "prefix= must be lower-case letters, digits, _")
    try:
        timeout = float(options.pop("timeout", "30"))
    except ValueError:
        raise errors.ValidationError("outbox", "timeout= must be a number of seconds") from None
    options.setdefault("connect_timeout", "10")
    conninfo = urlunsplit(parts._replace(scheme="postgresql", query=urlencode(options)))
    return conninfo, prefix, timeout


def reason(exc: Exception) -> str:
    """libpq's message, every line of it (the first says what failed, the next what to
    check), in one line with single spaces. It names no password: libpq never prints one."""
    lines = [" ".join(line.split()) for line in str(exc).splitlines()]
    text = "; ".join(line for line in lines if line)
    return text[:400] if text else type(exc).__name__


def where(url: str) -> str:
    """Host, port and database of a URL: what an error may name (never the password)."""
    parts = urlsplit(url)
    return f"{parts.hostname or 'localhost'}:{parts.port or 5432}{parts.path or '/'}"


def migrate(conn: psycopg.Connection[Any], prefix: str, where: str) -> None:
    """Create or check the schema; processes that start together wait on one lock."""
    conn.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"smskit:{prefix}",))
    for statement in tables(prefix):
        conn.execute(statement)
    row = conn.execute(
        f"SELECT value FROM {prefix}_meta WHERE name = 'schema'"  # noqa: S608
    ).fetchone()
    if row is not None and not str(row["value"]).strip().isdigit():
        raise errors.ValidationError(
            "outbox",
            f"the outbox at {where} has schema version {str(row['value'])[:40]!r}: "
            "not an smskit outbox this version can use",
        )
    elif row is not None and int(row["value"]) > SCHEMA_VERSION:
        raise errors.ValidationError(
            "outbox",
            f"the outbox at {where} has schema version {row['value']}, written by a "
            f"newer smskit; this one reads version {SCHEMA_VERSION}: upgrade smskit",
        )
    if row is None or int(row["value"]) < SCHEMA_VERSION:
        # No ALTER TABLE on a current schema: it would wait for every other process's
        # transactions.
        _upgrade(conn, prefix)
    # CREATE INDEX locks out writers even when the index exists: look first.
    present = conn.execute(
        "SELECT to_regclass(%s) AS tally, to_regclass(%s) AS events_at, to_regclass(%s) AS due,"
        " to_regclass(%s) AS claim_order,"
        " to_regprocedure(%s) AS pick",
        (f"{prefix}_tally", f"{prefix}_events_at", f"{prefix}_due", f"{prefix}_claim_order",
         f"{prefix}_pick_v1(double precision, text[], integer)"),
    ).fetchone()  # fmt: skip
    assert present is not None
    if present["pick"] is None:
        conn.execute(pick_function(prefix))
    if present["tally"] is None or present["events_at"] is None:
        for statement in overview_schema(prefix):
            conn.execute(statement)
    for older in ("due", "claim_order"):  # older outboxes' claim indexes, now _queue
        if present[older] is not None:
            conn.execute(f"DROP INDEX IF EXISTS {prefix}_{older}")


def _upgrade(conn: psycopg.Connection[Any], prefix: str) -> None:
    # Version 1 (or a new database) to 2, under the same lock: delivery tracking.
    for name, _, kind in COLUMNS:
        conn.execute(f"ALTER TABLE {prefix}_entries ADD COLUMN IF NOT EXISTS {name} {kind}")
    for statement in schema(prefix) + replies_schema(prefix):
        conn.execute(statement)
    conn.execute(
        f"INSERT INTO {prefix}_meta VALUES ('schema', %s) ON CONFLICT (name)"  # noqa: S608
        " DO UPDATE SET value = EXCLUDED.value",
        (str(SCHEMA_VERSION),),
    )
