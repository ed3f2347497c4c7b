"""docs/smscx.md is generated from the area declarations and must say what they say."""

from __future__ import annotations

import runpy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_docs_list_is_current() -> None:
    render = runpy.run_path(str(ROOT / "scripts" / "smscx-docs"))["render"]
    assert (ROOT / "docs" / "smscx.md").read_text() == render(), "run scripts/smscx-docs"


def test_docs_list_every_operation_of_the_published_api() -> None:
    text = (ROOT / "docs" / "smscx.md").read_text()
    listed = [line for line in text.splitlines() if line.startswith("| `")]
    operations = (ROOT / "specs" / "smscx.yaml").read_text().count("operationId:")
    assert "99 operations in 18 areas" in text
    assert operations == 100  # the 99 and the OAuth2 token operation
    assert len(listed) >= 99
