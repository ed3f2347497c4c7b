"""Every consumer answers "may it go again?" by ``sent`` alone (DESIGN §16): the outbox (both
dispatchers), the bridge and the command line, against loopback fault servers that record
every request they received whole."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import httpx
import pytest
from bridge.running import PASSWORD, account, running
from loopback import Received
from outbox.dispatching import run_until_empty as dispatch
from smscx_replies import accepted
from typer.testing import CliRunner

import smskit
from faults.server import Fault, FaultServer
from smskit import Recovery, SendResult, errors
from smskit.cli import app

HANG = Fault("hang always", hang=0.6, every_attempt=True)


def smscx_route(server: FaultServer, retries: int = 1) -> str:
    host = server.url.removeprefix("http://")
    return f"smscx://fault-cx-key@{host}?sender=InfoText&timeout=0.2&max_retries={retries}"


def keys(server: FaultServer) -> set[str]:
    return {r.json()["idempotencyId"] for r in server.received}


@pytest.fixture
def smscx() -> Any:
    server = FaultServer(accepted)
    yield server
    server.close()


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_smscx_send_timing_out_on_every_attempt_is_never_failed(
    smscx: FaultServer, tmp_path: Path, mode: str
) -> None:
    """Defect 1: it ended ``failed`` (whose documented next step, ``retry``, takes a fresh
    reference). Now: resent under the same idempotencyId while tries remain, then
    ``unknown``."""
    smscx.script.append(HANG)
    with smskit.Outbox(f"sqlite:///{tmp_path}/o.db") as outbox:
        outbox.add(to="+491701234567", text="code 1234", key="otp")
        dispatch(outbox, {"main": smscx_route(smscx)}, mode, max_attempts=2, backoff=0.01)
        entry = outbox.get("otp")
        assert entry is not None
        assert entry.state == "unknown"
        assert "DeliveryUnknownError" in (entry.error or "")
        assert len(smscx.settled(4)) == 4  # 2 tries x (1 + max_retries)
        assert len(keys(smscx)) == 1  # every request of every try under the entry's reference
        states = [e.to_state for e in outbox.events("otp")]
        assert "failed" not in states


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_smscx_timeout_is_resent_with_the_same_key_and_then_sent(
    smscx: FaultServer, tmp_path: Path, mode: str
) -> None:
    hang_once = Fault("hang", hang=0.6)
    smscx.script.extend([hang_once, hang_once])  # the first try's two attempts
    with smskit.Outbox(f"sqlite:///{tmp_path}/o.db") as outbox:
        outbox.add(to="+491701234567", text="code 1234", key="otp")
        dispatch(outbox, {"main": smscx_route(smscx)}, mode, max_attempts=3, backoff=0.01)
        entry = outbox.get("otp")
        assert entry is not None
        assert entry.state == "sent"
        assert len(smscx.settled(3)) == 3
        assert len(keys(smscx)) == 1


class Plugin:
    """A third party's ``Sender`` that raises a foreign exception for one recipient."""

    provider = "plugin"
    recovery = Recovery.NONE
    broken = "+491700000000"

    def __init__(self) -> None:
        self.sent: list[str] = []

    def send(
        self,
        to: str | Iterable[str],
        text: str,
        *,
        send_at: datetime | timedelta | None = None,
        reference: str | None = None,
    ) -> SendResult:
        assert isinstance(to, str)
        if to == self.broken:
            raise RuntimeError("the plugin's own bug")
        self.sent.append(to)
        return SendResult(provider="plugin", ids=(f"id-{len(self.sent)}",), recipients=(to,))

    def close(self) -> None:
        pass

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:  # fmt: skip
        pass


class AsyncPlugin(Plugin):
    async def send(self, *args: Any, **kwargs: Any) -> SendResult:  # type: ignore[override]
        await asyncio.sleep(0)
        return Plugin.send(self, *args, **kwargs)

    async def close(self) -> None:  # type: ignore[override]
        pass

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        pass


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_plugin_raising_a_foreign_exception_does_not_stop_the_dispatcher(
    tmp_path: Path, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Defect 3: the sync dispatcher's worker died (5 left queued) and the async one
    re-raised. Now the entry is ``sent is None`` (this route cannot tell: ``unknown``), the
    exception is logged, and the others are sent."""
    plugin = Plugin() if mode == "sync" else AsyncPlugin()
    with smskit.Outbox(f"sqlite:///{tmp_path}/o.db") as outbox:
        outbox.add(to=Plugin.broken, text="boom", key="broken")
        for n in range(5):
            outbox.add(to=f"+49170123456{n}", text="fine", key=f"ok{n}")
        did = dispatch(outbox, {"main": plugin}, mode, concurrency=1)
        assert did == {"sent": 5, "unknown": 1}  # what run_until_empty() returns
        assert outbox.counts()["sent"] == 5
        assert outbox.counts()["queued"] == outbox.counts()["sending"] == 0
        broken = outbox.get("broken")
        assert broken is not None
        assert broken.state == "unknown"
        assert "RuntimeError" in (broken.error or "")
    assert len(plugin.sent) == 5
    logged = [r for r in caplog.records if r.levelno == logging.ERROR and r.exc_info]
    assert any("RuntimeError" in r.getMessage() for r in logged)


def test_the_bridge_answers_504_for_an_smscx_send_that_timed_out(smscx: FaultServer) -> None:
    """Defect 2: it answered 502 "the provider refused the message"."""
    smscx.script.append(HANG)
    with running({"accounts": [account(smscx_route(smscx))]}) as url:
        answer = httpx.post(url + "/send_message", json={"from": "johndow", "password": PASSWORD,
                                                          "to": "+491701234567", "body": "x"},
                            timeout=10)  # fmt: skip
    assert answer.status_code == 504
    assert "Do not resend" in answer.json()["message"]
    assert "refused" not in answer.json()["message"]


def test_the_bridge_answers_504_for_a_5xx_to_a_send(smscx: FaultServer) -> None:
    smscx.script.append(Fault("503 always", status=503, every_attempt=True))
    with running({"accounts": [account(smscx_route(smscx))]}) as url:
        answer = httpx.post(url + "/send_message", json={"from": "johndow", "password": PASSWORD,
                                                          "to": "+491701234567", "body": "x"},
                            timeout=10)  # fmt: skip
    assert answer.status_code == 504
    assert len(keys(smscx)) == 1


def test_the_command_line_reports_a_possibly_sent_line_as_unknown(
    smscx: FaultServer, tmp_path: Path
) -> None:
    smscx.script.append(HANG)
    numbers = tmp_path / "numbers.txt"
    numbers.write_text("+491701234567\n")
    result = CliRunner().invoke(app, ["send", "--dsn", smscx_route(smscx, retries=0),
                                      "--to-file", str(numbers), "-t", "hello"])  # fmt: skip
    assert result.exit_code == 1
    assert "unknown" in result.stdout
    assert "may have been sent" in result.stdout
    rows = {cells[1].strip(): cells[2].strip() for line in result.stdout.splitlines()
            if len(cells := line.split("│")) == 4}  # fmt: skip
    assert rows["unknown"] == "1"
    assert rows["failed"] == "0"


def test_sent_is_false_on_every_refusal_class_and_none_where_it_may_have_left() -> None:
    refused = [errors.ValidationError("to", "x"), errors.ConnectError("x"),
               errors.FailoverError("x", [])]  # fmt: skip
    refused += [cls(provider="p", status_code=400, message="m") for cls in (
        errors.InvalidRequestError, errors.AuthenticationError, errors.PermissionDeniedError,
        errors.InsufficientFundsError, errors.NotFoundError, errors.NoCoverageError)]  # fmt: skip
    refused.append(errors.RateLimitError(provider="p", status_code=429, message="m"))
    maybe = [errors.DeliveryUnknownError("x"), errors.TransportError("x"),
             errors.ServerError(provider="p", status_code=503, message="m"),
             errors.StorageError("x", path="o.db")]  # fmt: skip
    assert [e.sent for e in refused] == [False] * len(refused)
    assert [e.sent for e in maybe] == [None] * len(maybe)


def test_a_failover_route_moves_on_only_when_sent_is_false(smscx: FaultServer) -> None:
    """A keyed SMS.CX member that timed out on every attempt is ``sent is None``: the next
    member is never tried (it would be a second SMS)."""
    second = FaultServer(lambda r: _ok_204(r))
    try:
        smscx.script.append(HANG)
        host = second.url.removeprefix("http://")
        route = smskit.connect(
            f"failover({smscx_route(smscx)} sipgate://t:fault-sg-secret@{host}/v2)"
        )
        with route, pytest.raises(errors.DeliveryUnknownError) as caught:
            route.send("+491701234567", "Hi")
        assert caught.value.sent is None
        assert second.received == []
    finally:
        second.close()


def test_failover_cooldown_nan_is_refused() -> None:
    with pytest.raises(errors.ValidationError, match="finite"):
        smskit.connect("failover(sipgate://t:x@127.0.0.1:9/v2)?cooldown=nan")
    with pytest.raises(errors.ValidationError, match="finite"):
        smskit.Failover([smskit.connect("sipgate://t:x@127.0.0.1:9/v2")], cooldown=float("nan"))


def _ok_204(request: Received) -> Any:
    from loopback import Reply

    return Reply(204)


def test_failover_members_take_their_own_parameters_transport_included() -> None:
    """DESIGN §16: inside failover(...) each member's connection string keeps its own
    parameters."""
    route = smskit.connect_async(
        "failover(sipgate://t:x@127.0.0.1:9/v2?transport=httpx&timeout=3"
        " smscx://k@127.0.0.1:9?transport=aiohttp&max_retries=0)"
    )
    first, second = route._members  # type: ignore[attr-defined]
    assert type(first._sender).__name__ == "_HttpxAsyncSender"
    assert type(second._sender).__name__ == "_AiohttpAsyncSender"
    assert first.timeout.read == 3.0
    assert second.retry_policy.max_retries == 0
    asyncio.run(route.close())
