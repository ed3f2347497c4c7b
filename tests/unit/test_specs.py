"""Every spec validates, and generated/ is exactly what the specs produce."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import reaper
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


@pytest.mark.heavy(seconds=40)
def test_editing_a_description_is_drift_and_regenerating_fixes_it(tmp_path: Path) -> None:
    for folder in ("scripts", "specs", "generated"):
        shutil.copytree(
            ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    script = tmp_path / "scripts" / "regenerate"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return reaper.run([sys.executable, str(script), *args], capture_output=True, text=True)

    # That the copied tree matches its specs before the edit is what the bare-interpreter
    # test below shows (a generation costs 10 to 15 s here; this test makes three).
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


def _bare_python(folder: Path) -> Path:
    import venv

    venv.create(folder / "bare", with_pip=False)
    return folder / "bare" / "bin" / "python"


@pytest.mark.heavy(seconds=30)
def test_regenerate_from_a_bare_interpreter_fetches_its_pinned_tools_once(tmp_path: Path) -> None:
    """``python3 scripts/regenerate --check`` before any ``pip install``: the pinned generator
    and ruff go into a venv in the user's cache, and the check passes; the next run reuses
    that venv."""
    script = Path(__file__).resolve().parents[2] / "scripts" / "regenerate"
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop("SMSKIT_REGENERATE_TOOLS", None)
    bare = _bare_python(tmp_path)
    first = reaper.run([bare, script, "--check"], capture_output=True, text=True,
                       env=env, timeout=300)  # fmt: skip
    assert first.returncode == 0, first.stderr
    assert "generated/ matches specs/" in first.stdout
    assert "(once)" in first.stderr
    again = reaper.run([bare, script, "--check"], capture_output=True, text=True,
                       env=env, timeout=120)  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert "installing" not in again.stderr


@pytest.mark.heavy(seconds=15)
def test_regenerate_that_cannot_install_its_tools_says_what_to_install(tmp_path: Path) -> None:
    """No package index to fetch the generator from: one line naming the fix, not a
    traceback, and no half-made venv left in the cache."""
    script = Path(__file__).resolve().parents[2] / "scripts" / "regenerate"
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "PIP_NO_INDEX": "1",
           "PIP_CONFIG_FILE": os.devnull}  # fmt: skip
    env.pop("SMSKIT_REGENERATE_TOOLS", None)
    done = reaper.run([_bare_python(tmp_path), script, "--check"], capture_output=True,
                      text=True, env=env, timeout=120)  # fmt: skip
    assert done.returncode != 0
    assert "openapi-python-client is not installed" in done.stderr
    assert "pip install -e '.[dev]'" in done.stderr
    assert "Traceback" not in done.stderr
    assert list((tmp_path / "cache" / "smskit").iterdir()) == []


def test_the_script_pins_what_pyproject_pins() -> None:
    import tomllib

    dev = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    pins = dict(d.split("==") for d in dev["dev"] if "==" in d)
    script = (ROOT / "scripts" / "regenerate").read_text()
    assert f'GENERATOR_VERSION = "{pins["openapi-python-client"]}"' in script
    assert f'RUFF_VERSION = "{pins["ruff"]}"' in script
