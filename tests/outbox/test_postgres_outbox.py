"""What only the PostgreSQL outbox has: its connection errors, the schema's first use by many
processes at once, a newer schema, a server lost mid-run, and the caller's own transaction
(sync and async). The rest of the outbox suite runs against it too (``outbox_url``)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter
from collections.abc import Iterator

import psycopg
import pytest
from loopback import LoopbackServer, Reply
from servers import PG_PASSWORD, Postgres, free_port, fresh_database

import smskit
from smskit import errors


def test_an_unreachable_server_is_a_quick_clear_error_without_the_password() -> None:
    port = free_port()  # nothing listens there
    started = time.monotonic()
    with pytest.raises(errors.ValidationError) as caught:
        smskit.Outbox(f"postgresql://shop:{PG_PASSWORD}@127.0.0.1:{port}/shop")
    assert time.monotonic() - started < 5
    assert f"127.0.0.1:{port}/shop" in str(caught.value)
    assert PG_PASSWORD not in str(caught.value)


def test_a_wrong_password_names_the_server_not_the_password(postgres_admin: str) -> None:
    wrong = postgres_admin.replace(PG_PASSWORD, "not-the-pg-password-3")
    with pytest.raises(errors.ValidationError, match="cannot connect") as caught:
        smskit.Outbox(wrong)
    assert "not-the-pg-password-3" not in str(caught.value)
    assert "password authentication failed" in str(caught.value)


def test_many_processes_starting_at_once_create_the_schema_once(postgres_url: str) -> None:
    failures: list[BaseException] = []

    def open_and_add(n: int) -> None:
        try:
            with smskit.Outbox(postgres_url) as outbox:
                outbox.add(to="+491701234567", text=f"race-{n}", key=f"race-{n}")
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=open_and_add, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    with psycopg.connect(postgres_url) as conn:
        assert conn.execute("SELECT value FROM smskit_outbox_meta").fetchall() == [("2",)]
    with smskit.Outbox(postgres_url) as outbox:
        assert outbox.counts()["queued"] == 8


def test_a_schema_from_a_newer_smskit_is_refused(postgres_url: str) -> None:
    smskit.Outbox(postgres_url).close()
    with psycopg.connect(postgres_url) as conn:
        conn.execute("UPDATE smskit_outbox_meta SET value = '99' WHERE name = 'schema'")
    with pytest.raises(errors.ValidationError, match="newer smskit"):
        smskit.Outbox(postgres_url)


def test_a_prefix_keeps_two_outboxes_apart(postgres_url: str) -> None:
    with smskit.Outbox(postgres_url) as one, smskit.Outbox(postgres_url + "?prefix=sms_b") as two:
        one.add(to="+491701234567", text="a", key="same-key")
        two.add(to="+491701234567", text="b", key="same-key")  # another table, no conflict
        assert one.get("same-key").text == "a"  # type: ignore[union-attr]
        assert two.get("same-key").text == "b"  # type: ignore[union-attr]
    with pytest.raises(errors.ValidationError, match="prefix"):
        smskit.Outbox(postgres_url + "?prefix=Robert'); DROP TABLE x;--")


def test_add_joins_the_callers_transaction(postgres_url: str) -> None:
    with smskit.Outbox(postgres_url) as outbox:
        with psycopg.connect(postgres_url) as conn:
            conn.execute("CREATE TABLE orders (id INT PRIMARY KEY)")
        with psycopg.connect(postgres_url) as conn:
            conn.execute("INSERT INTO orders VALUES (1)")
            outbox.add(to="+491701234567", text="order 1", key="order-1", connection=conn)
            assert outbox.get("order-1") is None  # not visible before the caller commits
        with psycopg.connect(postgres_url) as conn:
            conn.execute("INSERT INTO orders VALUES (2)")
            outbox.add(to="+491701234567", text="order 2", key="order-2", connection=conn)
            conn.rollback()
        assert outbox.get("order-1") is not None
        assert outbox.get("order-2") is None
        assert [e.to_state for e in outbox.events("order-1")] == ["queued"]
        with pytest.raises(errors.ValidationError, match="psycopg"):
            outbox.add(to="+491701234567", text="x", connection=object())


async def test_add_async_joins_the_callers_async_transaction(postgres_url: str) -> None:
    with smskit.Outbox(postgres_url) as outbox:
        async with await psycopg.AsyncConnection.connect(postgres_url) as conn:
            await outbox.add_async(to="+491701234567", text="kept", key="a-1", connection=conn)
        async with await psycopg.AsyncConnection.connect(postgres_url) as conn:
            await outbox.add_async(to="+491701234567", text="gone", key="a-2", connection=conn)
            await conn.rollback()
        entry = await outbox.add_async(to="+491701234567", text="no connection", key="a-3")
        assert entry.state == "queued"
        assert outbox.get("a-1") is not None
        assert outbox.get("a-2") is None


def test_a_key_added_again_in_the_callers_transaction_is_the_entry_already_there(
    postgres_url: str,
) -> None:
    """The read for keys already there runs on the same cursor as the insert, with another
    row shape; the caller's own ``row_factory`` changes neither."""
    with smskit.Outbox(postgres_url) as outbox:
        first = outbox.add(to="+491701234567", text="order 7", key="order-7")
        with psycopg.connect(postgres_url, row_factory=psycopg.rows.namedtuple_row) as conn:
            again = outbox.add(to="+491701234567", text="order 7", key="order-7", connection=conn)
            fresh = outbox.add(to="+491701234567", text="order 8", key="order-8", connection=conn)
            assert conn.execute("SELECT 1 AS one").fetchone().one == 1  # theirs, untouched
            with pytest.raises(errors.ValidationError, match="another message"):
                outbox.add(to="+491701234567", text="changed", key="order-7", connection=conn)
    assert (again.key, again.state, again.created_at) == (first.key, "queued", first.created_at)
    assert (fresh.key, fresh.text, fresh.state) == ("order-8", "order 8", "queued")


async def test_a_key_added_again_in_the_callers_async_transaction(postgres_url: str) -> None:
    with smskit.Outbox(postgres_url) as outbox:
        first = outbox.add(to="+491701234567", text="a", key="b-1")
        async with await psycopg.AsyncConnection.connect(postgres_url) as conn:
            again = await outbox.add_async(to="+491701234567", text="a", key="b-1", connection=conn)
            added = await outbox.add_async(to="+491701234567", text="b", key="b-2", connection=conn)
            with pytest.raises(errors.ValidationError, match="another message"):
                await outbox.add_async(to="+491701234567", text="c", key="b-1", connection=conn)
        assert (again.key, again.created_at) == (first.key, first.created_at)
        assert (added.key, added.text, added.state) == ("b-2", "b", "queued")


@pytest.fixture
def own_postgres() -> Iterator[Postgres]:
    server = Postgres(durable=True)  # it is crashed: what it acknowledged must survive
    yield server
    server.close()


def test_a_server_lost_mid_run_delays_but_never_duplicates(
    own_postgres: Postgres, server: LoopbackServer
) -> None:
    server.handle(lambda r: Reply(204, delay=0.02))
    url = fresh_database(own_postgres.url, "lost")
    with smskit.Outbox(url) as outbox:
        outbox.add_many({"to": f"+4917012{n:05d}", "text": f"lost-{n}"} for n in range(120))
        routes = {"main": f"sipgate://t:lost-secret@127.0.0.1:{server.port}?max_retries=0"}
        with outbox.dispatcher(routes, lease=6.0, concurrency=2) as dispatcher:
            runner = threading.Thread(target=dispatcher.run_until_empty)
            runner.start()
            while len(server.received) < 20:
                time.sleep(0.01)
            own_postgres.stop()  # mid-run
            time.sleep(2.0)
            own_postgres.start()
            runner.join(120)
            assert not runner.is_alive()
        counts = outbox.counts()
    sent = Counter(r.json()["message"] for r in server.received)
    assert set(sent.values()) == {1}  # sipgate deduplicates nothing: no text twice
    assert counts["sent"] + counts["unknown"] == 120  # all final; unknown = lost in flight
    assert counts["unknown"] <= 2  # at most what the two workers had in flight


def test_async_dispatcher_on_postgres(postgres_url: str, server: LoopbackServer) -> None:
    server.handle(lambda r: Reply(204))
    with smskit.Outbox(postgres_url) as outbox:
        outbox.add_many({"to": f"+4917012{n:05d}", "text": f"a-{n}"} for n in range(50))

        async def run() -> None:
            dsn = f"sipgate://t:async-pg-secret@127.0.0.1:{server.port}"
            async with outbox.async_dispatcher({"main": dsn}, concurrency=8) as d:
                await d.run_until_empty()

        asyncio.run(run())
        assert outbox.counts()["sent"] == 50
    assert len(server.received) == 50


def test_after_a_restart_the_next_add_finds_a_live_connection(own_postgres: Postgres) -> None:
    """Connections are checked only when they have rested (a check is a round trip): one
    that rested through a server restart is replaced before it is used."""
    url = fresh_database(own_postgres.url, "restarted")
    with smskit.Outbox(url) as outbox:
        for n in range(4):  # several pooled connections, all used
            outbox.add(to="+491701234567", text=f"before-{n}", key=f"before-{n}")
        own_postgres.stop()
        own_postgres.start()
        time.sleep(1.0)  # they rest past the freshness window
        entry = outbox.add(to="+491701234567", text="after", key="after")
        assert entry.state == "queued"
        assert outbox.counts()["queued"] == 5


def test_an_older_outbox_gets_the_queue_index_and_the_pick_function(postgres_url: str) -> None:
    """Opened by this version, an outbox of the previous one (its claim index
    ``_claim_order``, no ``_queue``, no pick function) is upgraded in place and claims."""
    import psycopg

    smskit.Outbox(postgres_url).close()
    with psycopg.connect(postgres_url) as conn:
        conn.execute("DROP INDEX smskit_outbox_queue")
        conn.execute("DROP FUNCTION smskit_outbox_pick_v1")
        conn.execute("CREATE INDEX smskit_outbox_claim_order"
                     " ON smskit_outbox_entries (state, next_attempt_at, id)")  # fmt: skip
    with smskit.Outbox(postgres_url) as outbox:
        outbox.add(to="+491701234567", text="after the upgrade", key="k")
        now = time.time()
        (claimed,) = outbox._store.claim(now, now + 30, "me", ["main"], 8)
        assert claimed.key == "k"
    with psycopg.connect(postgres_url) as conn:
        present = conn.execute(
            "SELECT to_regclass('smskit_outbox_queue'), to_regclass('smskit_outbox_claim_order'),"
            " to_regprocedure('smskit_outbox_pick_v1(double precision, text[], integer)')"
        ).fetchone()
    assert present is not None
    queue, claim_order, pick = present
    assert queue is not None
    assert claim_order is None
    assert pick is not None
