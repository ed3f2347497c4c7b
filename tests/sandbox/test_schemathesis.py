"""schemathesis fuzzes each spec's operations against the sandbox: no server errors, and every
answer's status, content type and body conform to the same spec the clients are generated from.
The sandbox's own control API (``/_sandbox/*``) is fuzzed against specs/sandbox-control.yaml,
the spec its docs describe."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import reaper

from smskit.sandbox import Message, RunningSandbox, start

ROOT = Path(__file__).resolve().parents[2]
CHECKS = "not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance"
RUNS = [
    ("sipgate", "/sipgate/v2", ["--auth", "token-SANDBX:sandbox"]),
    ("smscx", "/smscx", ["-H", "X-API-KEY: sandbox"]
     + [arg for op in ("sendSms", "estimateSms", "deleteScheduledSms", "getAccountBalance", "getSingleReport",
                   "validateNumber", "validateNumbers", "lookupNumber", "newOtp", "getOtpStatus", "verifyOtp",
                   "cancelOtp")
        for arg in ("--include-operation-id", op)]),
    ("smsend", "/smsend/API/v1.0/REST", []),
    ("acrobits", "/acrobits",
     ["--include-operation-id", "sendMessageGet", "--include-operation-id", "sendMessagePost"]),
]  # fmt: skip


def _schemathesis(spec: Path, url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    executable = (
        shutil.which("schemathesis", path=str(Path(sys.executable).parent)) or "schemathesis"
    )
    return reaper.run(
        [executable, "run", str(spec), "--url", url, "--checks", CHECKS, "--max-examples", "25",
         "--phases", "examples,fuzzing", "--seed", "1", "--no-color", *extra],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    with start(tmp_path_factory.mktemp("st") / "schemathesis.sqlite3") as running:
        yield running


@pytest.mark.parametrize(("spec", "prefix", "extra"), RUNS, ids=[r[0] for r in RUNS])
@pytest.mark.heavy(seconds=10)
def test_sandbox_conforms_to_the_spec(
    sandbox: RunningSandbox, spec: str, prefix: str, extra: list[str]
) -> None:
    done = _schemathesis(ROOT / "specs" / f"{spec}.yaml", sandbox.url + prefix, *extra)
    assert done.returncode == 0, done.stdout[-4000:]
    assert " passed" in done.stdout


@pytest.mark.heavy(seconds=10)
def test_control_api_conforms_to_its_spec(tmp_path: Path) -> None:
    # A sandbox of its own: the faults this run adds (hangs of up to 300 s) must not meet the
    # provider runs. The message the spec's examples name exists, so its 200s are reached too.
    with start(tmp_path / "control.sqlite3") as sandbox:
        sandbox.store.add([Message(provider="sipgate", msg_id="example-1", recipient="+4915112345678",
                                   text="hi", status="ACCEPTED", encoding="GSM-7", parts=1)])  # fmt: skip
        done = _schemathesis(ROOT / "specs" / "sandbox-control.yaml", sandbox.url,
                             "--exclude-operation-id", "streamMessages")  # fmt: skip
    assert done.returncode == 0, done.stdout[-4000:]
    assert " passed" in done.stdout
    assert "Tested: 10" in done.stdout  # every operation but the endless stream
