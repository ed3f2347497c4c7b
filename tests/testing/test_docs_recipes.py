"""docs/testing.md's recipes run as a user's test files (pytester, in a subprocess: the plugin
is found through its entry point, as in a user's project)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from users_pytest import USERS_PYTEST

from smskit.testing import start_sandbox

pytest_plugins = ["pytester"]
DOC = Path(__file__).resolve().parents[2] / "docs" / "testing.md"


def recipes() -> dict[str, str]:
    """``# test_x.py`` -> the code block it heads."""
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(), flags=re.S)
    return {block.splitlines()[0].removeprefix("# ").strip(): block for block in blocks}


@pytest.mark.parametrize("name", ["test_notify.py", "test_faults.py", "test_dlr.py"])
def test_the_fixture_recipes_pass(pytester: pytest.Pytester, name: str) -> None:
    pytester.makepyfile(**{name.removesuffix(".py"): recipes()[name]})
    result = pytester.runpytest_subprocess(*USERS_PYTEST)
    result.assert_outcomes(passed=2 if name == "test_faults.py" else 1)


@pytest.mark.heavy(seconds=12)
def test_the_cassette_recipe_records_without_secrets_and_replays_offline(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytester.makepyfile(test_cassette=recipes()["test_cassette.py"])
    kit = start_sandbox()
    host = kit.url.removeprefix("http://")
    monkeypatch.setenv("SMSKIT_DSN", f"smscx://app-id:sandbox@{host}/smscx?sender=Shop&scope=sms")
    try:
        pytester.runpytest_subprocess(*USERS_PYTEST, "--record-mode=once")\
            .assert_outcomes(passed=1)  # fmt: skip
        assert len(kit.messages) == 1
    finally:
        kit.close()  # the "provider" is gone: the replay below is offline
    (cassette,) = pytester.path.rglob("*.yaml")
    text = cassette.read_text()
    assert "sandbox" not in text  # the client secret
    assert "REDACTED" in text
    # Replayed with a DSN that names the recorded host and a wrong secret: none is needed.
    monkeypatch.setenv("SMSKIT_DSN", f"smscx://app-id:not-it@{host}/smscx?sender=Shop&scope=sms")
    pytester.runpytest_subprocess(*USERS_PYTEST, "--record-mode=none")\
        .assert_outcomes(passed=1)  # fmt: skip
    # Without SMSKIT_DSN the recipe falls back to the default host, which this cassette (made
    # against a sandbox) has no recording of: the failure says so plainly.
    monkeypatch.delenv("SMSKIT_DSN")
    missing = pytester.runpytest_subprocess(*USERS_PYTEST, "--record-mode=none")
    missing.assert_outcomes(failed=1)
    assert "no cassette recording matches this request" in missing.stdout.str()
    assert "KeyError" not in missing.stdout.str()
