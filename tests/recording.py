"""Helpers for contract tests that can also re-record against a real provider."""

from __future__ import annotations

import os
from pathlib import Path

from smskit._redact import register

CASSETTES = Path(__file__).parent / "contract" / "cassettes"


def credential(name: str, placeholder: str, *, secret: bool = True) -> str:
    """The real credential from the environment when recording (secrets are registered, so
    they are scrubbed from the cassette), else the placeholder the cassettes were written with."""
    value = os.environ.get(name, placeholder)
    if secret:
        register(value)
    return value
