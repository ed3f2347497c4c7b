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
