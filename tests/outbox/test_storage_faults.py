"""Storage faults are smskit errors (DESIGN §16): a damaged SQLite file is ``StorageError``
naming it, a value PostgreSQL cannot store is a ``ValidationError`` on both stores, a schema
version that is not ours is refused at open. Never ``sqlite3.*`` or ``psycopg.*``."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from dispatching import MODES, run_until_empty

import smskit
from smskit import errors


def damage_all_but_the_schema(path: Path) -> None:
    """Overwrite every page but the first (the header and the table list) and the schema
    version's table and index: the file opens, the entries' pages are garbage."""
    db = sqlite3.connect(path)
    keep = {1} | {row[0] for row in db.execute(
        "SELECT rootpage FROM sqlite_master WHERE tbl_name = 'smskit_outbox_meta'")}  # fmt: skip
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.close()
    assert pages > 5
    with path.open("r+b") as raw:
        for page in range(1, pages + 1):
            if page not in keep:
                raw.seek((page - 1) * page_size)
                raw.write(bytes([0xA5]) * page_size)


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    path = tmp_path / "damaged.db"
    with smskit.Outbox(f"sqlite:///{path}") as outbox:
        outbox.add_many([{"to": "+491701234567", "text": "x" * 300, "key": f"k{n}"}
                         for n in range(200)])  # fmt: skip
    damage_all_but_the_schema(path)
    return path


def test_a_damaged_file_is_a_storage_error_naming_it(damaged: Path) -> None:
    with smskit.Outbox(f"sqlite:///{damaged}") as outbox:
        for operation in (
            lambda: outbox.add(to="+491701234567", text="after", key="after"),
            outbox.counts,
            lambda: outbox.events("k1"),
            lambda: outbox.get("k1"),
        ):
            with pytest.raises(errors.StorageError) as caught:
                operation()
            assert str(damaged) in str(caught.value)
            assert caught.value.path == str(damaged)
            assert not isinstance(caught.value, sqlite3.Error)


@pytest.mark.parametrize("mode", MODES)
def test_a_dispatcher_stops_with_a_storage_error(damaged: Path, mode: str) -> None:
    with smskit.Outbox(f"sqlite:///{damaged}") as outbox, pytest.raises(errors.StorageError):
        run_until_empty(outbox, {"main": "sipgate://t:x@127.0.0.1:9/v2"}, mode, lease=1.0)


@pytest.mark.parametrize("field", ["text", "key", "via"])
def test_a_nul_character_is_a_validation_error_on_both_stores(outbox_url: str, field: str) -> None:
    item = {"to": "+491701234567", "text": "hello", "key": "k", "via": "main"}
    item[field] = item[field][:2] + "\x00" + item[field][2:]
    with smskit.Outbox(outbox_url) as outbox:
        with pytest.raises(errors.ValidationError, match=field):
            outbox.add(**item)  # type: ignore[arg-type]
        with pytest.raises(errors.ValidationError, match=field):
            asyncio.run(outbox.add_async(**item))  # type: ignore[arg-type]
        assert outbox.counts()["queued"] == 0


@pytest.mark.parametrize("version", ["1.5", "v2", "", " "])
def test_a_schema_version_that_is_not_a_whole_number_is_refused_at_open(
    outbox_url: str, version: str
) -> None:
    smskit.Outbox(outbox_url).close()
    sql = "UPDATE smskit_outbox_meta SET value = ? WHERE name = 'schema'"
    if outbox_url.startswith("sqlite"):
        with sqlite3.connect(outbox_url.removeprefix("sqlite:///")) as db:
            db.execute(sql, (version,))
    else:
        import psycopg

        with psycopg.connect(outbox_url) as conn:
            conn.execute(sql.replace("?", "%s"), (version,))
    with pytest.raises(errors.ValidationError, match="schema version"):
        smskit.Outbox(outbox_url)
