"""No credential the contract tests use appears in any cassette, in any encoding."""

from __future__ import annotations

import pytest
from canaries import all_canaries, forms, leaks
from recording import CASSETTES

SECRETS = (
    forms("00000000-0000-4000-8000-000000000000", user="token-ABC123")
    | forms("11111111-1111-4111-8111-111111111111", user="token-WRONG1")
    | forms("smscx-placeholder-api-key")
    | forms("app-secret-placeholder", user="app-placeholder")
    | forms("smsend-placeholder-password")
    | forms("access-token-placeholder")
    | forms("user-key-placeholder")
    | forms("12345678")
)
FILES = sorted(CASSETTES.rglob("*.yaml"))


def test_there_are_cassettes() -> None:
    assert {p.parent.name for p in FILES} >= {"sipgate", "smscx", "smsend", "acrobits"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_cassette_holds_no_credentials(path: object) -> None:
    text = path.read_text()  # type: ignore[attr-defined]
    assert leaks(text, SECRETS | all_canaries()) == []  # and no canary of any other test
    assert "Basic " not in text
    assert "Bearer " not in text
