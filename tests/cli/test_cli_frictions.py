"""Issue 31's frictions, each run as a new user ran it (the command, or the call) and checked
against what they expected."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from smskit.cli import app
from smskit.sandbox import RunningSandbox

runner = CliRunner()


def test_1_balance_status_and_extensions_take_the_dsn_and_smskit_dsn(
    sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)  # no smskit.toml around
    host = sandbox.url.removeprefix("http://")
    smscx = f"smscx://sandbox@{host}/smscx?sender=InfoText"
    monkeypatch.setenv("SMSKIT_DSN", smscx)
    sent = runner.invoke(app, ["send", "--to", "+491701234567", "-t", "x"])
    msg_id = sent.stdout.split("ids: ")[1].split()[0]
    balance = runner.invoke(app, ["balance"])
    assert balance.exit_code == 0, balance.output
    assert "eur" in balance.stdout
    status = runner.invoke(app, ["status", msg_id])
    assert f"{msg_id}: ACCEPTED" in status.stdout, status.output
    smsend = f"smsend://u:sandbox@{host}/smsend/API/v1.0/REST?sender=Shop"
    by_option = runner.invoke(app, ["balance", "--dsn", smsend])
    assert "N: " in by_option.stdout, by_option.output
    monkeypatch.setenv("SMSKIT_DSN", f"sipgate://token-X:sandbox@{host}/sipgate/v2")
    assert "s0" in runner.invoke(app, ["extensions"]).stdout
    wrong = runner.invoke(app, ["extensions", "--dsn", smscx])
    assert wrong.exit_code == 2
    assert "sipgate's" in wrong.output


@pytest.mark.parametrize(
    ("dsn", "says"),
    [
        ("sipgate://t:tok@127.0.0.1:99999", "dsn: sipgate: the port 99999 is not between 1 and"),
        ("sipgate://t:to/ken@default", "percent-encode it as %2F"),
        ("sipgate://t:tok@host:abc", "the port 'abc' is not a number"),
        ("sipgate://t:tok@default?max_retries=-1", "dsn: sipgate: max_retries: -1 must be"),
        ("sipgate://t:tok@default?timeout=0", "dsn: sipgate: timeout: 0.0 must be"),
    ],
)
def test_5_dsn_errors_say_which_part_is_wrong(dsn: str, says: str) -> None:
    import smskit
    from smskit import errors

    with pytest.raises(errors.ValidationError) as caught:
        smskit.connect(dsn)
    assert says in str(caught.value)
    assert "tok" not in str(caught.value).replace("token", "")  # never the secret


def test_5_an_unreachable_host_is_named() -> None:
    from servers import free_port

    import smskit
    from smskit import errors

    port = free_port()  # nothing listens there
    dsn = f"sipgate://t:secret-5@127.0.0.1:{port}?max_retries=0"
    with smskit.connect(dsn) as client, pytest.raises(errors.ConnectError) as caught:
        client.send("+491701234567", "x")
    assert f"connecting to 127.0.0.1:{port}" in str(caught.value)
    assert caught.value.sent is False


def test_6_a_one_letter_token_id_leaves_words_alone(sandbox: RunningSandbox) -> None:
    """The README's own example (token id ``t``): an error about a missing cassette must
    read as written, while the id stays masked where it is a value."""
    import smskit
    from smskit._redact import redact

    host = sandbox.url.removeprefix("http://")
    with smskit.connect(f"sipgate://t:sandbox@{host}/sipgate/v2"):
        text = "Can't play back this request: no cassette"
        assert redact(text) == text
        assert redact("tokenId=t") == "tokenId=[REDACTED]"


def _smskit(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "smskit", *args], capture_output=True,
                          text=True, timeout=120, env=env)  # fmt: skip


def test_7_debug_after_the_command_shows_the_traceback_of_a_validation_error() -> None:
    bad = "sipgate://t:x@127.0.0.1:99999"
    plain = _smskit("send", "--dsn", bad, "--to", "+491701234567", "-t", "x")
    assert plain.returncode == 2
    assert "Traceback" not in plain.stderr
    assert "the port 99999" in plain.stderr
    debug = _smskit("send", "--dsn", bad, "--to", "+491701234567", "-t", "x", "--debug")
    assert "No such option" not in debug.stderr
    assert "Traceback" in debug.stderr
    assert "the port 99999" in debug.stderr.splitlines()[-1]


def test_8_outbox_list_states_the_true_total_pages_and_speaks_json(tmp_path: Path) -> None:
    import json

    import smskit

    url = f"sqlite:///{tmp_path}/o.db"
    with smskit.Outbox(url) as box:
        box.add_many({"to": "+491701234567", "text": f"n{n}", "key": f"job1:{n}"}
                     for n in range(3000))  # fmt: skip
        box.add(to="+491701234567", text="other", key="job2:1")
    shown = _smskit("outbox", "list", "--outbox", url)  # stdout is a pipe here
    lines = shown.stdout.splitlines()
    assert lines[0].split("\t") == ["key", "to", "via", "state", "delivery", "provider",
                                    "attempts", "updated", "error"]  # fmt: skip
    assert len(lines) == 51  # the header and the first 50, every column whole
    assert lines[1].split("\t")[:4] == ["job1:0", "+491701234567", "main", "queued"]
    assert "3001 entries; showing 1 to 50" in shown.stderr
    updated = lines[1].split("\t")[7]
    assert updated[-6] in "+-"
    assert updated[-3] == ":"
    page = json.loads(_smskit("outbox", "list", "--outbox", url, "--job", "job1",
                              "--offset", "2990", "--limit", "20", "--json").stdout)  # fmt: skip
    assert [e["key"] for e in page] == [f"job1:{n}" for n in range(2990, 3000)]
    only = json.loads(_smskit("outbox", "list", "--outbox", url, "--job", "job2",
                              "--json").stdout)  # fmt: skip
    assert [e["text"] for e in only] == ["other"]


def test_8_outbox_dispatch_sends_what_python_queued(
    sandbox: RunningSandbox, tmp_path: Path
) -> None:
    import smskit

    url = f"sqlite:///{tmp_path}/o.db"
    with smskit.Outbox(url) as box:
        box.add(to="+491701234567", text="from python", key="k1", via="sms")
        box.add(to="+491701234568", text="refused", key="k2", via="sms")
    host = sandbox.url.removeprefix("http://")
    dsn = f"sipgate://t:sandbox@{host}/sipgate/v2"
    done = _smskit("outbox", "dispatch", "--outbox", url, "--route", f"sms={dsn}")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "dispatched: sent 2" in done.stdout
    assert "sandbox@" not in done.stdout + done.stderr  # the DSN's secret is never shown
    with smskit.Outbox(url) as box:
        assert box.get("k1").state == "sent"  # type: ignore[union-attr]
        box.add(to="+491701234569", text="via toml", key="k3", via="sms")
    (tmp_path / "smskit.toml").write_text(f'[routes]\nsms = "{dsn}"\n')
    again = _smskit("outbox", "dispatch", "--outbox", url, "--config",
                    str(tmp_path / "smskit.toml"))  # fmt: skip
    assert "dispatched: sent 1" in again.stdout, again.stdout + again.stderr
    usage = _smskit("outbox", "dispatch", "--outbox", url, "--route", "nodsn")
    assert usage.returncode == 2
    assert "NAME=DSN" in usage.stderr


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_9_a_lookup_recovery_records_the_ids_and_the_request_that_left(
    sandbox: RunningSandbox, tmp_path: Path, caplog: pytest.LogCaptureFixture, mode: str
) -> None:
    """A dispatcher sent an smsend entry and died before recording it: the next run waits out
    its lease (and says so), finds the order by lookup, and records it as sent with the order
    id and one request that left."""
    import asyncio
    import logging
    import time

    import smskit
    from smskit.providers.smsend import order_id_for

    host = sandbox.url.removeprefix("http://")
    dsn = f"smsend://u:sandbox@{host}/smsend/API/v1.0/REST?sender=Shop&message_type=N"
    url = f"sqlite:///{tmp_path}/o.db"
    number = "+393331234567" if mode == "sync" else "+393331234568"  # one sandbox for both
    with smskit.Outbox(url) as box:
        entry = box.add(to=number, text="sent, then the run died", key="k")
        now = time.time()
        (claimed,) = box._store.claim(now, now + 1.0, "dead-run", ["main"], 1)  # its lease: 1 s
        with smskit.connect(dsn) as client:  # the dead run's request, which arrived
            client.send(number, claimed.text, reference=claimed.reference)
        caplog.set_level(logging.INFO, logger="smskit")
        if mode == "sync":
            with box.dispatcher({"main": dsn}, lease=5.0) as dispatcher:
                dispatcher.run_until_empty()
        else:

            async def run() -> None:
                async with box.async_dispatcher({"main": dsn}, lease=5.0) as dispatcher:
                    await dispatcher.run_until_empty()

            asyncio.run(run())
        done = box.get("k")
    assert done is not None
    assert (done.state, done.ids, done.attempts) == ("sent", (order_id_for(entry.reference),), 1)
    assert "held by another dispatcher (or one that stopped): waiting up to" in caplog.text
    import httpx

    caught = httpx.get(sandbox.url + "/_sandbox/messages", params={"to": number})
    assert caught.headers["x-total-count"] == "1"  # found, not sent again


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_10_failover_moves_on_from_a_refused_connection_at_once(
    sandbox: RunningSandbox, mode: str
) -> None:
    import asyncio
    import time

    from servers import free_port

    import smskit
    from smskit.cli import sandbox_settings

    closed = f"http://127.0.0.1:{free_port()}/sipgate/v2"  # nothing listens: refused
    settings = sandbox_settings("sipgate", sandbox.url)
    slow = {"retry_backoff": 2.0, "max_retries": 2}  # a retry here would take seconds
    started = time.monotonic()
    if mode == "sync":
        with smskit.Failover([smskit.Sipgate(**{**settings, "base_url": closed}, **slow),
                              smskit.Sipgate(**settings)]) as route:  # fmt: skip
            result = route.send("+491701234567", "moves on")
    else:

        async def run() -> smskit.SendResult:
            members = [smskit.AsyncSipgate(**{**settings, "base_url": closed}, **slow),
                       smskit.AsyncSipgate(**settings)]  # fmt: skip
            async with smskit.AsyncFailover(members) as route:
                return await route.send("+491701234567", "moves on")

        result = asyncio.run(run())
    assert time.monotonic() - started < 1.5
    assert result.provider == "sipgate"
    with smskit.Sipgate(**{**settings, "base_url": closed}, max_retries=1,
                        retry_backoff=0.3) as alone:  # fmt: skip
        began = time.monotonic()
        with pytest.raises(smskit.errors.ConnectError):
            alone.send("+491701234567", "alone it still retries")
        assert time.monotonic() - began >= 0.15  # outside a failover nothing changed


def test_12_every_character_outside_gsm7_is_marked_and_named() -> None:
    import json

    from smskit.sandbox._threads import drawn_text

    text = "Grüße aus Berlin 😀 — bis bald 😀"
    shown = _smskit("segments", text)
    assert "😀 (U+1F600), — (U+2014)" in shown.stdout
    as_json = json.loads(_smskit("segments", text, "--json").stdout)
    assert as_json["outside_gsm7"] == ["😀", "—"]  # each once; ü and ß are GSM-7
    drawn = drawn_text({"text": text})
    assert drawn.count("<mark") == 3  # every occurrence, not only the first
    assert 'title="needs UCS-2: U+2014">—</mark>' in drawn
    assert "<mark" not in drawn_text({"text": "Grüße"})


def test_13_a_failover_send_names_the_provider_and_an_id_status_takes(
    sandbox: RunningSandbox,
) -> None:
    import httpx

    host = sandbox.url.removeprefix("http://")
    smsend = f"smsend://u:sandbox@{host}/smsend/API/v1.0/REST?sender=Shop"
    dsn = f"failover(sipgate://t:sandbox@127.0.0.1:9/x {smsend})"  # the first is refused
    sent = _smskit("send", "--dsn", dsn, "--to", "+393339876543", "-t", "which one?")
    assert "sent via smsend to +393339876543" in sent.stdout, sent.stdout + sent.stderr
    order = sent.stdout.split("ids: ")[1].split()[0]
    status = _smskit("status", "--dsn", smsend, order)
    assert "+393339876543: " in status.stdout, status.stdout + status.stderr
    caught = httpx.get(sandbox.url + "/_sandbox/messages", params={"to": "+393339876543"})
    (message,) = caught.json()
    page = httpx.get(f"{sandbox.url}/messages/{message['id']}").text
    assert f"<code>{order}</code>" in page  # the sandbox shows the same id beside its own


def _commands(group: object, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [path]
    for name, sub in getattr(group, "commands", {}).items():
        found += _commands(sub, (*path, name))
    return found


def test_14_help_shows_plain_placeholders_and_no_markup(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from smskit.cli import click_command

    monkeypatch.setenv("COLUMNS", "200")
    root = click_command()
    paths = _commands(root)
    assert len(paths) > 20
    for path in paths:
        with pytest.raises(SystemExit):
            click_command().main(args=[*path, "--help"], prog_name="smskit")
        shown = capsys.readouterr().out
        assert "Usage: smskit" in shown, path
        for raw in ("<str>", "<bool>", "<int", "<float", "<path>", "``", "{"):
            assert raw not in shown, (path, raw, shown)
    resolve = _smskit("outbox", "resolve", "--help").stdout
    assert "Usage: smskit outbox resolve [OPTIONS] KEY" in resolve
    assert "Decide an 'unknown' entry" in resolve


def test_15_the_demo_ends_with_a_link_that_can_be_opened(tmp_path: Path) -> None:
    import httpx

    from smskit.sandbox import start

    db = tmp_path / "demo.sqlite3"
    done = _smskit("demo", "--db", str(db))
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    last = done.stdout.strip().splitlines()[-1]
    assert last.startswith(f"to see it: run `smskit sandbox --db {db}` and open ")
    page = last.rsplit(" ", 1)[1]
    assert page.startswith("http://127.0.0.1:8765/messages/")
    with start(db) as sandbox:  # what `smskit sandbox --db` serves (here on a free port)
        shown = httpx.get(sandbox.url + page.removeprefix("http://127.0.0.1:8765"))
    assert shown.status_code == 200
    assert "came again" in shown.text


def test_16_a_postgresql_connect_error_keeps_every_line_in_one_line() -> None:
    from servers import free_port

    import smskit
    from smskit import errors

    port = free_port()
    with pytest.raises(errors.ValidationError) as caught:
        smskit.Outbox(f"postgresql://shop:pw-16-secret@127.0.0.1:{port}/shop")
    text = str(caught.value)
    assert f"127.0.0.1:{port}/shop" in text
    assert "Connection refused" in text  # libpq's first line, kept
    assert "accepting TCP/IP connections" in text  # and its advice
    assert "  " not in text
    assert "\n" not in text
    assert "pw-16-secret" not in text


def test_16_celery_doc_says_how_to_create_the_database_and_name_workers() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "celery.md").read_text()
    assert "createdb --owner shop shop" in doc
    assert "CREATE DATABASE shop OWNER shop;" in doc
    assert "-n sms1@%h" in doc
    assert "-n sms2@%h" in doc
