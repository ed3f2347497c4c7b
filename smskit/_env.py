"""``${NAME}`` in a configuration value is the environment variable NAME, so secrets stay out
of files (smskit.toml for the command line, bridge.toml for the bridge)."""

from __future__ import annotations

import os
import re

from .errors import ValidationError

_REFERENCE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


def expand_env(field: str, value: str) -> str:
    """``value`` with every ``${NAME}`` replaced; an unset NAME is a ``ValidationError``
    naming ``field`` and the variable (never its value)."""

    def variable(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in os.environ:
            raise ValidationError(field, f"environment variable {name} is not set")
        return os.environ[name]

    return _REFERENCE.sub(variable, value)
