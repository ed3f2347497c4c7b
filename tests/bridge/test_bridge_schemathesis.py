"""schemathesis fuzzes the bridge against specs/acrobits-bridge.yaml (the spec its docs use):
no 5xx, and every answer's status, content type and body as the spec says."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
import reaper
from running import account, running

ROOT = Path(__file__).resolve().parents[2]
CHECKS = "not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance"


@pytest.mark.heavy(seconds=15)
def test_the_bridge_conforms_to_its_spec(sandbox: Any) -> None:
    host = sandbox.url.removeprefix("http://")
    route = f"sipgate://token-B:sandbox@{host}/sipgate/v2?sms_id=s0"
    config = {"accounts": [account(route)], "limits": {"per_account": 100000, "per_client": 100000}}
    executable = (
        shutil.which("schemathesis", path=str(Path(sys.executable).parent)) or "schemathesis"
    )
    with running(config) as url:
        done = reaper.run(
            [executable, "run", str(ROOT / "specs" / "acrobits-bridge.yaml"), "--url", url,
             "--checks", CHECKS, "--max-examples", "40", "--phases", "examples,fuzzing",
             "--seed", "1", "--no-color"],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
    assert done.returncode == 0, done.stdout[-4000:]
    assert " passed" in done.stdout
    assert sandbox.store.messages(None), "the examples sent through the route"
