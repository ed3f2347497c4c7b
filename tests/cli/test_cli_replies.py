"""The outbox's reply and opt-out commands: inbound, suppress (one number or a CSV),
unsuppress, suppressed (a table or CSV that suppress --from-file reads back)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from typer.testing import CliRunner

import smskit
from smskit._inbound import InboundSms
from smskit.cli import app

runner = CliRunner()


def test_suppress_list_export_import_and_unsuppress(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/o.db"
    assert runner.invoke(app, ["outbox", "suppress", "+49 170 1110001", "--reason", "STOP by SMS",
                               "--outbox", url]).exit_code == 0  # fmt: skip
    (tmp_path / "list.csv").write_text(
        "number,reason\n+491701110002,asked by phone\n+491701110003\n"
    )
    done = runner.invoke(app, ["outbox", "suppress", "--from-file", str(tmp_path / "list.csv"),
                               "--outbox", url])  # fmt: skip
    assert done.exit_code == 0, done.output
    assert "2 number(s) suppressed" in done.stdout
    exported = runner.invoke(app, ["outbox", "suppressed", "--csv", "--outbox", url]).stdout
    lines = exported.splitlines()
    assert lines[0] == "number,reason,since"
    assert [line.split(",")[:2] for line in lines[1:]] == [
        ["+491701110001", "STOP by SMS"], ["+491701110002", "asked by phone"],
        ["+491701110003", ""]]  # fmt: skip
    (tmp_path / "export.csv").write_text(exported)
    other = f"sqlite:///{tmp_path}/other.db"
    assert runner.invoke(app, ["outbox", "suppress", "--from-file", str(tmp_path / "export.csv"),
                               "--outbox", other]).exit_code == 0  # fmt: skip
    with smskit.Outbox(other) as box:
        assert [s.number for s in box.suppressed()] == [
            "+491701110001", "+491701110002", "+491701110003"]  # fmt: skip
    done = runner.invoke(app, ["outbox", "unsuppress", "+491701110001", "--outbox", url])
    assert "unsuppressed" in done.stdout
    assert (
        "3 suppressed" not in runner.invoke(app, ["outbox", "suppressed", "--outbox", url]).stdout
    )
    bad = tmp_path / "bad.csv"
    bad.write_text("+491701110004\nnot a number\n")
    done = runner.invoke(app, ["outbox", "suppress", "--from-file", str(bad), "--outbox", url])
    assert done.exit_code == 2
    assert "line 2" in done.output
    assert runner.invoke(app, ["outbox", "suppress", "--outbox", url]).exit_code == 2


def test_inbound_lists_what_was_received(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/o.db"
    with smskit.Outbox(url) as box:
        box.record_inbound([InboundSms("smscx", "m1", "+491701110001", "+4915100000001",
                                       "Where is my parcel?", datetime(2026, 12, 1, tzinfo=UTC))])  # fmt: skip
    done = runner.invoke(app, ["outbox", "inbound", "--outbox", url], env={"COLUMNS": "160"})
    assert done.exit_code == 0
    assert "Where is my" in done.stdout
    assert "+491701110001" in done.stdout


def test_status_shows_delivery_counts_and_list_filters_by_delivery(tmp_path: Path) -> None:
    import time

    from smskit.outbox import DeliveryUpdate
    from smskit.outbox._model import Outcome

    url = f"sqlite:///{tmp_path}/o.db"
    with smskit.Outbox(url) as box:
        box.add_many([{"to": "+491701110001", "text": "a", "key": "a"},
                      {"to": "+491701110002", "text": "b", "key": "b"}])  # fmt: skip
        now, store = time.time(), box._store
        store.claim(now, now + 30, "t", ["main"], 2)
        store.finish("t", now, [Outcome(k, "sent", None, {
            "provider": "smscx", "ids": [f"m-{k}"], "delivery": "pending", "delivery_at": now,
            "delivery_check_at": now + 60}) for k in ("a", "b")])  # fmt: skip
        box.apply_delivery_reports([DeliveryUpdate("undelivered", "FAILED", key="b")])
    status = runner.invoke(app, ["outbox", "status", "--outbox", url]).stdout
    rows = {line.split("│")[1].strip(): line.split("│")[2].strip()
            for line in status.splitlines() if line.count("│") == 3}  # fmt: skip
    assert (rows["pending"], rows["undelivered"], rows["delivered"]) == ("1", "1", "0")
    listed = runner.invoke(app, ["outbox", "list", "--delivery", "undelivered", "--outbox", url])
    (row,) = listed.stdout.splitlines()[1:]  # not a terminal: a header, then tab-separated
    assert row.startswith("b\t+491701110002\tmain\tsent\tundelivered\tsmscx\t0\t")
