"""Importing smskit loads none of the clients, httpx, phonenumbers, the generated packages,
the CLI or the sandbox; each comes when first used."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ["httpx", "phonenumbers", "smskit_generated", "smskit.cli", "smskit.sandbox", "typer", "rich",
         "starlette", "uvicorn", "dateutil", "attrs"]  # fmt: skip


def loaded_after(code: str) -> set[str]:
    probe = f"import sys; {code}; import json; print(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(json.loads(done.stdout))


def test_import_smskit_is_light() -> None:
    modules = loaded_after("import smskit")
    assert not {m for m in modules for heavy in HEAVY if m == heavy or m.startswith(heavy + ".")}


def test_a_client_loads_only_its_own_generated_package() -> None:
    modules = loaded_after("from smskit import Sipgate")
    assert "smskit_generated.sipgate" in modules
    assert "smskit_generated.smscx" not in modules
    assert "smskit.sandbox" not in modules


def test_every_public_name_resolves() -> None:
    import smskit

    for name in smskit.__all__:
        assert getattr(smskit, name) is not None


def test_a_sync_client_loads_neither_asyncio_nor_aiohttp_nor_dateutil() -> None:
    modules = loaded_after(
        "import smskit; smskit.Sipgate(token_id='token-X', token='lazy-token-1')"
    )
    assert {"asyncio", "aiohttp", "dateutil"}.isdisjoint(modules)
