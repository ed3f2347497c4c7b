"""The bridge served by uvicorn on 127.0.0.1 (a free port) in a background thread."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from asgi import serving

from smskit.bridge import create_app, hash_password

PASSWORD = "12345678"  # the seed's example password
HASH = hash_password(PASSWORD)


def account(route: str, username: str = "johndow", **extra: Any) -> dict[str, Any]:
    return {"username": username, "password_hash": HASH, "route": route, **extra}


@contextmanager
def running(config: Mapping[str, Any]) -> Iterator[str]:
    with serving(create_app(config)) as url:
        yield url
