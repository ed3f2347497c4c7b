"""Issue 31's frictions, each run as a new user ran it (the command, or the call) and checked
against what they expected."""

from __future__ import annotations

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
