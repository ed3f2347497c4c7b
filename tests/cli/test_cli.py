"""The smskit command, through typer's runner and as a real subprocess against the sandbox."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from canaries import canary
from reaper import spawn
from typer.testing import CliRunner

from smskit.cli import app
from smskit.sandbox import RunningSandbox

runner = CliRunner()


def smskit_command(
    *args: str, stdin: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "160", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "smskit", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )


def test_segments_json() -> None:
    result = runner.invoke(app, ["segments", "Hello € 😀", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {
        "encoding": "UCS-2",
        "characters": 9,
        "units": 10,
        "parts": 1,
        "per_part": 70,
        "remaining": 60,
        "outside_gsm7": ["😀"],  # € is GSM-7 (its extension table)
    }


def test_segments_table() -> None:
    result = runner.invoke(app, ["segments", "a" * 161])
    assert result.exit_code == 0
    assert "GSM-7" in result.stdout
    assert "153" in result.stdout


@pytest.mark.parametrize("provider", ["sipgate", "smscx", "smsend", "acrobits"])
def test_send_to_the_sandbox(sandbox: RunningSandbox, provider: str) -> None:
    result = runner.invoke(
        app,
        [
            "send",
            "-p",
            provider,
            "--to",
            "+14155552671",
            "-t",
            f"via {provider}",
            "--sandbox",
            sandbox.url,
        ],
    )
    assert result.exit_code == 0, result.output
    assert f"sent via {provider} to +14155552671" in result.stdout
    assert httpx.get(sandbox.url + "/_sandbox/messages").json()[0]["text"] == f"via {provider}"


def test_send_with_config_file(sandbox: RunningSandbox, tmp_path: Path) -> None:
    config = tmp_path / "smskit.toml"
    config.write_text(f'[smscx]\napi_key = "sandbox"\nbase_url = "{sandbox.url}/smscx"\n')
    result = runner.invoke(
        app,
        [
            "send",
            "-p",
            "smscx",
            "--to",
            "+491701234567",
            "-t",
            "from config",
            "--config",
            str(config),
        ],
    )
    assert result.exit_code == 0, result.output


def test_errors_are_one_line_and_exit_1(sandbox: RunningSandbox) -> None:
    result = runner.invoke(
        app, ["send", "-p", "smscx", "--to", "not a number", "-t", "x", "--sandbox", sandbox.url]
    )
    assert result.exit_code == 1
    assert "ValidationError" in result.output
    assert "Traceback" not in result.output


def test_missing_credentials_are_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SIPGATE_TOKEN_ID", "SIPGATE_TOKEN", "SIPGATE_ACCESS_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    result = runner.invoke(app, ["send", "-p", "sipgate", "--to", "+491701234567", "-t", "x"])
    assert result.exit_code == 1
    assert "SIPGATE_TOKEN_ID" in result.output  # names what to set
    assert "SIPGATE_ACCESS_TOKEN" in result.output


def test_unknown_provider_is_a_usage_error() -> None:
    result = runner.invoke(app, ["send", "-p", "nokia", "--to", "+491701234567", "-t", "x"])
    assert result.exit_code == 2
    assert "unknown provider" in result.output


def test_debug_shows_the_traceback(sandbox: RunningSandbox) -> None:
    done = smskit_command(
        "--debug", "send", "-p", "smscx", "--to", "nope", "-t", "x", "--sandbox", sandbox.url
    )
    assert done.returncode != 0
    assert "Traceback" in done.stderr


def test_balance_status_and_extensions(sandbox: RunningSandbox) -> None:
    sent = runner.invoke(
        app, ["send", "-p", "smscx", "--to", "+491701234567", "-t", "x", "--sandbox", sandbox.url]
    )
    msg_id = sent.stdout.split("ids: ")[1].strip()
    assert "eur" in runner.invoke(app, ["balance", "-p", "smscx", "--sandbox", sandbox.url]).stdout
    assert "N: " in runner.invoke(app, ["balance", "-p", "smsend", "--sandbox", sandbox.url]).stdout
    assert (
        f"{msg_id}: ACCEPTED"
        in runner.invoke(app, ["status", msg_id, "-p", "smscx", "--sandbox", sandbox.url]).stdout
    )
    assert "s0" in runner.invoke(app, ["extensions", "--sandbox", sandbox.url]).stdout


def test_bulk_of_1000_with_progress_and_a_report(sandbox: RunningSandbox, tmp_path: Path) -> None:
    lines = [f"+4915{n:09d}" for n in range(997)] + ["not a number", "", "+1415555"]
    numbers = tmp_path / "numbers.csv"
    numbers.write_text("\n".join(lines) + "\n")
    report = tmp_path / "out.jsonl"
    done = smskit_command("send", "-p", "smscx", "--to-file", str(numbers), "-t", "bulk", "--sandbox", sandbox.url,
                          "--report", str(report), "--concurrency", "20")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "sending" in done.stderr  # the progress bar
    outcomes = [json.loads(line) for line in report.read_text().splitlines()]
    assert len(outcomes) == 1000  # one outcome per input line, none dropped
    assert sorted(o["line"] for o in outcomes) == list(range(1, 1001))  # streamed as known
    statuses = [o["status"] for o in outcomes]
    assert statuses.count("sent") == 997
    assert statuses.count("invalid") == 3
    assert "997" in done.stdout
    assert len(httpx.get(sandbox.url + "/_sandbox/messages", params={"limit": 2000}).json()) == 997


def test_bulk_from_stdin(sandbox: RunningSandbox, tmp_path: Path) -> None:
    report = tmp_path / "stdin.jsonl"
    done = smskit_command("send", "-p", "sipgate", "--to-file", "-", "-t", "hi", "--sandbox", sandbox.url,
                          "--report", str(report), stdin="+491701234567\n+491701234568\n")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["to"] for line in report.read_text().splitlines()] == [
        "+491701234567",
        "+491701234568",
    ]


def test_sandbox_command_serves_and_prints_its_credentials(tmp_path: Path) -> None:
    import time

    from servers import free_port

    port = free_port()
    env = {**os.environ, "COLUMNS": "160"}
    process = spawn(
        [sys.executable, "-m", "smskit", "sandbox", "--port", str(port), "--db", str(tmp_path / "s.sqlite3")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                assert httpx.get(f"http://127.0.0.1:{port}/_sandbox/messages").json() == []
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the sandbox did not start"
                time.sleep(0.1)
        assert httpx.get(f"http://127.0.0.1:{port}/").status_code == 200
    finally:
        process.terminate()
        out, _ = process.communicate(timeout=10)
    assert "every secret is the word 'sandbox'" in out
    assert f"http://127.0.0.1:{port}/smscx" in out


def test_bulk_survives_a_huge_line_and_drops_duplicates(
    sandbox: RunningSandbox, tmp_path: Path
) -> None:
    numbers = tmp_path / "numbers.csv"
    huge = "9" * 200_000
    # The same number three times: after a BOM, in national form, and with spaces.
    numbers.write_text(
        "\ufeff+491701234567\n" + huge + "\n0170 1234567\n+49 170 1234567\n+491709999999\n"
    )
    report = tmp_path / "out.jsonl"
    done = smskit_command("send", "-p", "sipgate", "--to-file", str(numbers), "-t", "once", "--region", "DE",
                          "--sandbox", sandbox.url, "--report", str(report))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    outcomes = sorted((json.loads(line) for line in report.read_text().splitlines()),
                      key=lambda o: o["line"])  # fmt: skip
    assert [o["status"] for o in outcomes] == ["sent", "invalid", "duplicate", "duplicate", "sent"]
    assert outcomes[2]["duplicate_of"] == 1
    assert "2 duplicate line(s) dropped" in done.stdout
    caught = httpx.get(sandbox.url + "/_sandbox/messages").json()
    assert sorted(m["to"] for m in caught) == ["+491701234567", "+491709999999"]


def test_bulk_allow_duplicates_sends_each_line(sandbox: RunningSandbox, tmp_path: Path) -> None:
    numbers = tmp_path / "numbers.csv"
    numbers.write_text("+491701234567\n+491701234567\n")
    result = runner.invoke(app, ["send", "-p", "sipgate", "--to-file", str(numbers), "-t", "twice",
                                 "--sandbox", sandbox.url, "--allow-duplicates"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert len(httpx.get(sandbox.url + "/_sandbox/messages").json()) == 2


def test_config_typo_is_one_line_naming_the_keys(tmp_path: Path) -> None:
    config = tmp_path / "smskit.toml"
    config.write_text('[smscx]\napi_key = "k"\nmax_retires = 3\n')
    result = runner.invoke(app, ["send", "-p", "smscx", "--to", "+491701234567", "-t", "x",
                                 "--config", str(config)])  # fmt: skip
    assert result.exit_code == 2
    assert "max_retires" in result.output
    assert "max_retries" in result.output  # the key that was meant is listed
    assert "Traceback" not in result.output


def test_config_reads_environment_variables_and_is_found_in_the_working_directory(
    sandbox: RunningSandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "smskit.toml").write_text(
        '[smscx]\napi_key = "${SMSKIT_TEST_KEY}"\nbase_url = "${SMSKIT_TEST_URL}/smscx"\n'
    )
    monkeypatch.setenv("SMSKIT_TEST_KEY", "sandbox")
    monkeypatch.setenv("SMSKIT_TEST_URL", sandbox.url)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["send", "-p", "smscx", "--to", "+491701234567", "-t", "env"])
    assert result.exit_code == 0, result.output
    assert httpx.get(sandbox.url + "/_sandbox/messages").json()[0]["text"] == "env"
    monkeypatch.delenv("SMSKIT_TEST_KEY")
    result = runner.invoke(app, ["send", "-p", "smscx", "--to", "+491701234567", "-t", "env"])
    assert result.exit_code == 1
    assert "SMSKIT_TEST_KEY is not set" in result.output


def test_non_loopback_http_sandbox_needs_allow_insecure() -> None:
    args = ["send", "-p", "sipgate", "--to", "+491701234567", "-t", "x",
            "--sandbox", "http://sandbox.invalid:8765"]  # fmt: skip
    refused = runner.invoke(app, args)
    assert refused.exit_code == 1
    assert "allow_insecure" in refused.output
    allowed = runner.invoke(app, [*args, "--allow-insecure"])
    assert allowed.exit_code == 1
    assert "ValidationError" not in allowed.output  # got past the check, to the network
    assert "ConnectError" in allowed.output  # nothing sent: no such host


def test_send_with_dsn(sandbox: RunningSandbox) -> None:
    host = sandbox.url.removeprefix("http://")
    dsn = f"sipgate://token-CLI:sandbox@{host}/sipgate/v2?sms_id=s0"
    result = runner.invoke(app, ["send", "--dsn", dsn, "--to", "0170 1234567", "--region", "DE",
                                 "-t", "by dsn"])  # fmt: skip
    assert result.exit_code == 0, result.output
    caught = httpx.get(sandbox.url + "/_sandbox/messages").json()
    assert (caught[0]["provider"], caught[0]["to"], caught[0]["text"]) == (
        "sipgate",
        "+491701234567",
        "by dsn",
    )


def test_switching_provider_is_only_smskit_dsn(
    sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The same command, two providers: only the environment variable changes."""
    monkeypatch.chdir(tmp_path)
    host = sandbox.url.removeprefix("http://")
    command = ["send", "--to", "+491701234567", "-t", "same command"]
    for dsn, provider in [
        (f"smscx://sandbox@{host}/smscx?sender=InfoText", "smscx"),
        (f"smsend://u:sandbox@{host}/smsend/API/v1.0/REST?sender=Shop", "smsend"),
    ]:
        monkeypatch.setenv("SMSKIT_DSN", dsn)
        assert runner.invoke(app, command).exit_code == 0
        assert httpx.get(sandbox.url + "/_sandbox/messages").json()[0]["provider"] == provider


def test_dsn_in_smskit_toml(
    sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SMSKIT_DSN", raising=False)
    host = sandbox.url.removeprefix("http://")
    monkeypatch.setenv("SMSKIT_TEST_SECRET", "sandbox")
    (tmp_path / "smskit.toml").write_text(
        f'dsn = "smscx://${{SMSKIT_TEST_SECRET}}@{host}/smscx?sender=InfoText"\n'
    )
    result = runner.invoke(app, ["send", "--to", "+491701234567", "-t", "toml dsn"])
    assert result.exit_code == 0, result.output
    assert httpx.get(sandbox.url + "/_sandbox/messages").json()[0]["text"] == "toml dsn"


def test_bulk_over_a_failover_dsn_never_shows_the_dsn(
    sandbox: RunningSandbox, tmp_path: Path
) -> None:
    from faults.server import refusing_url

    host = sandbox.url.removeprefix("http://")
    dead = refusing_url().removeprefix("http://")
    secret = canary("cli-dsn-canary-secret")
    dsn = (f"failover(sipgate://token-X:{secret}@{dead}/v2 "
           f"smscx://sandbox@{host}/smscx?sender=InfoText)")  # fmt: skip
    numbers = tmp_path / "numbers.csv"
    numbers.write_text("+491701234567\n+491701234568\nnope\n")
    report = tmp_path / "out.jsonl"
    done = smskit_command("send", "--dsn", dsn, "--to-file", str(numbers), "-t", "fo",
                          "--report", str(report))  # fmt: skip
    assert done.returncode == 0, done.stderr
    statuses = sorted(json.loads(line)["status"] for line in report.read_text().splitlines())
    assert statuses == ["invalid", "sent", "sent"]
    caught = httpx.get(sandbox.url + "/_sandbox/messages", params={"provider": "smscx"}).json()
    assert len(caught) == 2
    for text in (done.stdout, done.stderr, report.read_text()):
        assert secret not in text


def test_bad_dsn_is_one_line_without_the_secret() -> None:
    result = runner.invoke(
        app,
        [
            "send",
            "--dsn",
            "sipgate://t:bad-dsn-canary@default?nope=1",
            "--to",
            "+491701234567",
            "-t",
            "x",
        ],
    )
    assert result.exit_code == 2
    assert "unknown parameter nope" in result.output
    assert "bad-dsn-canary" not in result.output
    assert "Traceback" not in result.output


def test_bulk_smscx_sends_batches_and_gives_each_line_its_id(
    sandbox: RunningSandbox, tmp_path: Path
) -> None:
    numbers = tmp_path / "numbers.csv"
    numbers.write_text("".join(f"+4915{n:09d}\n" for n in range(1200)))
    report = tmp_path / "out.jsonl"
    done = smskit_command("send", "-p", "smscx", "--to-file", str(numbers), "-t", "batched",
                          "--sandbox", sandbox.url, "--report", str(report))  # fmt: skip
    assert done.returncode == 0, done.stderr
    outcomes = [json.loads(line) for line in report.read_text().splitlines()]
    assert len(outcomes) == 1200
    assert all(o["status"] == "sent" and len(o["ids"]) == 1 for o in outcomes)
    caught = httpx.get(sandbox.url + "/_sandbox/messages", params={"limit": 2000}).json()
    by_id = {m["id"]: m["to"] for m in caught}
    assert all(by_id[o["ids"][0]] == o["to"] for o in outcomes)  # each line's own message
    assert len({m["batch"] for m in caught}) == 3  # 500 + 500 + 200 recipients a request
