"""Every provider x sync/async x fault: requests on the wire, the outcome, no duplicate SMS,
and never an exception that is not a SmskitError."""

from __future__ import annotations

import asyncio
import inspect
import os
from pathlib import Path

import pytest

from faults.matrix import CASES, PROVIDERS, Case, Provider, fault_for, table_markdown
from faults.server import FaultServer, refusing_url
from smskit import errors

TABLE = Path(__file__).resolve().parents[2] / "docs" / "reliability.md"


def run(provider: Provider, url: str, mode: str, token_flow: bool) -> object:
    client = (provider.make_renewing if token_flow else provider.make)(url, mode)  # type: ignore[misc]
    if mode == "sync":
        with client:
            return provider.send(client)

    async def main() -> object:
        async with client:
            result = provider.send(client)
            return await result if inspect.isawaitable(result) else result

    return asyncio.run(main())


@pytest.mark.parametrize("mode", ["sync", "async", "async-httpx"])
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
@pytest.mark.parametrize("provider", PROVIDERS, ids=[p.name for p in PROVIDERS])
def test_cell(provider: Provider, case: Case, mode: str) -> None:
    expected = case.expect(provider)
    if not expected.applies:
        pytest.skip(f"{provider.name} has no token endpoint")
    server = FaultServer(provider.responder(case.token_flow))
    fault = fault_for(case, provider)
    url = server.url if fault is not None else refusing_url()
    if fault is not None:
        server.script.append(fault)
    try:
        escaped: Exception | None = None
        try:
            # A hang here fails the test by the suite's timeout rather than never ending.
            run(provider, url, mode, case.token_flow)
        except Exception as exc:
            escaped = exc  # whatever escapes is checked below: only SmskitError may
        assert escaped is None or isinstance(escaped, errors.SmskitError), f"{escaped!r} escaped"
        outcome = None if escaped is None else type(escaped)
        assert outcome is expected.outcome
        assert len(server.settled(expected.requests)) == expected.requests
        if isinstance(escaped, errors.SmskitError):
            assert escaped.sent is expected.sent
            assert escaped.sent is ground_truth(provider, case, server)
        if case.token_flow:  # a retried token request never repeats the send itself
            assert len([r for r in server.received if not provider.is_token(r)]) <= 1
        if case.maybe_processed and len(server.received) > 1:
            keys = {provider.key_of(r) for r in server.received}
            assert provider.keyed, "a send that may have been processed was repeated"
            assert len(keys) == 1, "a repeated send changed its idempotency key"
            assert None not in keys
    finally:
        server.close()


def ground_truth(provider: Provider, case: Case, server: FaultServer) -> bool | None:
    """What ``sent`` must be, from what the server saw: ``None`` when it received a send
    request whole and did not answer it with a refusal; ``False`` otherwise."""
    sends = [r for r in server.received if not provider.is_token(r)]
    if not sends or (case.refusal and not case.token_flow):
        return False
    return None


def test_table_in_the_repo_matches_the_matrix() -> None:
    if os.environ.get("SMSKIT_WRITE_RELIABILITY"):
        TABLE.parent.mkdir(exist_ok=True)
        TABLE.write_text(table_markdown())
    assert TABLE.read_text() == table_markdown(), "run with SMSKIT_WRITE_RELIABILITY=1 to refresh"
