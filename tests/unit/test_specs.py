"""Every spec validates, and generated/ is exactly what the specs produce."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parents[2]
SPECS = sorted(p for p in (ROOT / "specs").glob("*.yaml") if p.name != "generator.yaml")


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_spec_is_valid_openapi(spec: Path) -> None:
    validate(yaml.safe_load(spec.read_text()))


def test_there_is_a_generated_package_per_spec() -> None:
    for spec in SPECS:
        if spec.name in ("acrobits-bridge.yaml", "sandbox-control.yaml"):  # smskit serves them
            continue
        assert (ROOT / "generated" / "smskit_generated" / spec.stem / "client.py").is_file()


def test_editing_a_description_is_drift_and_regenerating_fixes_it(tmp_path: Path) -> None:
    for folder in ("scripts", "specs", "generated"):
        shutil.copytree(
            ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    script = tmp_path / "scripts" / "regenerate"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True)

    assert run("--check").returncode == 0
    spec = tmp_path / "specs" / "sipgate.yaml"
    text = spec.read_text()
    assert "summary: Send an SMS from a web SMS extension" in text
    spec.write_text(
        text.replace("summary: Send an SMS from a web SMS extension", "summary: Send one SMS")
    )
    drift = run("--check")
    assert drift.returncode == 1
    assert "generated/smskit_generated/sipgate/api/sessions/send_web_sms.py" in drift.stdout
    assert run().returncode == 0
    assert run("--check").returncode == 0


def test_regenerate_without_the_dev_extras_says_what_to_install(tmp_path: Path) -> None:
    """A bare interpreter (no generator installed) gets one line naming the fix, not a
    PackageNotFoundError traceback."""
    import venv

    venv.create(tmp_path / "bare", with_pip=False)
    bare = tmp_path / "bare" / "bin" / "python"
    script = Path(__file__).resolve().parents[2] / "scripts" / "regenerate"
    done = subprocess.run([bare, script, "--check"], capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert "openapi-python-client is not installed" in done.stderr
    assert "Traceback" not in done.stderr
