"""docs/console.md's examples run as a user would run them (each in a fresh interpreter, in an
empty folder), and print what the doc says they print."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest
import reaper
from console_process import TOKEN

DOC = Path(__file__).resolve().parents[2] / "docs" / "console.md"


def examples() -> dict[str, str]:
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(), flags=re.S)
    return {block.splitlines()[0].removeprefix("# ").strip(): block for block in blocks}


def promised(code: str) -> str:
    """What the example's last ``print`` says it prints (its trailing comment)."""
    return code.rstrip().splitlines()[-1].rpartition("# ")[2].strip()


@pytest.mark.parametrize("name", ["mount.py", "tracing.py"])
def test_the_example_prints_what_the_doc_says(tmp_path: Path, name: str) -> None:
    code = examples()[name]
    (tmp_path / name).write_text(code)
    done = reaper.run([sys.executable, name], cwd=tmp_path, capture_output=True, text=True,
                      env={**os.environ, "SMSKIT_CONSOLE_TOKEN": TOKEN}, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().splitlines()[-1] == promised(code)
