"""The ``smskit`` logger. ``SMSKIT_LOG=debug|info`` turns on a stderr handler."""

from __future__ import annotations

import logging
import os

from ._redact import install_log_filter

logger = logging.getLogger("smskit")


def setup_from_env() -> None:
    level = os.environ.get("SMSKIT_LOG", "").strip().lower()
    install_log_filter()
    if level in {"debug", "info"}:
        log_to_stderr(logging.DEBUG if level == "debug" else logging.INFO)


def log_to_stderr(level: int) -> None:
    """One stderr handler on the ``smskit`` logger (redacted like every smskit log line);
    calling it again only changes the level."""
    install_log_filter()
    if not any(getattr(h, "_smskit", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        handler._smskit = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > level:
        logger.setLevel(level)
