"""What a user's mypy --strict says about code written against smskit: the examples in this
folder, checked in one mypy run (a cold mypy costs 10 to 20 s of this suite per run)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import reaper

HERE = Path(__file__).resolve().parent
EXAMPLES = ("sender_example.py", "areas_example.py", "not_a_sender.py")


@pytest.mark.heavy(seconds=15)
def test_users_code_type_checks_under_mypy_strict() -> None:
    done = reaper.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental",
         *(str(HERE / name) for name in EXAMPLES)],
        capture_output=True, text=True, cwd=HERE.parents[1], timeout=300,
    )  # fmt: skip
    said = {name: [line for line in done.stdout.splitlines() if name in line]
            for name in EXAMPLES}  # fmt: skip
    # Code written against Sender / AsyncSender never names a provider, and checks.
    assert said["sender_example.py"] == [], done.stdout
    # SMS.CX's areas are typed down to the generated models and the async pager.
    areas = "\n".join(said["areas_example.py"])
    assert "NewGroupResponse" in areas, done.stdout
    assert "AsyncPager[smskit_generated.smscx.models.data_optouts.DataOptouts" in areas
    assert "error" not in areas.replace("Revealed type", ""), done.stdout
    # And the check can fail: an object without send() is not a Sender.
    (refused,) = said["not_a_sender.py"]
    assert "error" in refused, done.stdout
    assert "Sender" in refused
    assert done.returncode == 1
