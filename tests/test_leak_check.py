"""The suite's own secret check (``no_canary_leaks`` in conftest.py) must still see what a
test made, now that it reads only the objects made since the test began."""

from __future__ import annotations

import gc

from leakcheck import live_texts

import smskit
from smskit import errors


def test_the_check_reads_an_error_and_a_client_made_in_the_test() -> None:
    marker = "leak-check-marker-7f3a"
    error = errors.ValidationError("to", marker)
    client = smskit.Sipgate(token_id="token-LEAK", token="x", base_url=f"http://127.0.0.1/{marker}")
    assert gc.get_freeze_count() > 0  # the fixture froze what existed before
    texts = live_texts()
    assert any(marker in t for t in texts if "ValidationError" in t or t.startswith("to:"))
    assert any(marker in t and t.startswith("Sipgate(") for t in texts)
    client.close()
    del error
