"""The outbox's first slice over real HTTP on 127.0.0.1: add rules, states, operator tools,
and the outcomes that decide between resend, lookup and unknown."""

from __future__ import annotations

from pathlib import Path

import pytest
from dispatching import MODES, run_until_empty, stored_text
from loopback import LoopbackServer, Received, Reply

import smskit
from smskit import errors


def test_add_is_validated_idempotent_and_audited(outbox_url: str) -> None:
    with smskit.Outbox(outbox_url) as outbox:
        with pytest.raises(errors.ValidationError):
            outbox.add(to="not a number", text="x", key="bad")
        assert outbox.get("bad") is None  # a bad entry never enters
        first = outbox.add(to="0170 1234567", text="Hi", key="k1", default_region="DE")
        assert first.to == "+491701234567"
        assert outbox.add(to="+491701234567", text="Hi", key="k1") == first
        with pytest.raises(errors.ValidationError, match="another message"):
            outbox.add(to="+491701234567", text="Other", key="k1")
        assert outbox.counts() == {"queued": 1, "sending": 0, "sent": 0, "failed": 0,
                                   "unknown": 0, "cancelled": 0, "suppressed": 0}  # fmt: skip
        assert [(e.from_state, e.to_state) for e in outbox.events("k1")] == [(None, "queued")]
        assert outbox.cancel("k1").state == "cancelled"
        with pytest.raises(errors.ValidationError, match="cancelled"):
            outbox.cancel("k1")
        with pytest.raises(KeyError):
            outbox.retry("nope")


@pytest.mark.parametrize(
    "url", ["postgres-ish://x", "sqlite://host/x.db", "sqlite:///no/such/folder/x.db", 5]
)
def test_bad_urls_are_validation_errors(url: object) -> None:
    with pytest.raises(errors.ValidationError):
        smskit.Outbox(url)  # type: ignore[arg-type]


def test_a_corrupted_file_is_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not a database" * 100)
    with pytest.raises(errors.ValidationError, match="cannot be used as an outbox"):
        smskit.Outbox(f"sqlite:///{broken}")


@pytest.mark.parametrize("mode", MODES)
def test_dispatch_sends_once_in_order_and_stores_no_secret(
    server: LoopbackServer, outbox_url: str, mode: str
) -> None:
    server.handle(lambda r: Reply(204))
    secret = "outbox-dsn-secret-1"
    with smskit.Outbox(outbox_url) as outbox:
        for n in range(6):
            outbox.add(to="+491701234567", text=f"m{n}", key=f"k{n}")
        outbox.add(to="+491709999999", text="later", key="later",
                   send_at=__import__("datetime").timedelta(days=1))  # fmt: skip
        routes = {"main": f"sipgate://t:{secret}@127.0.0.1:{server.port}"}
        run_until_empty(outbox, routes, mode, lease=2.0, concurrency=3)  # "later" is not due
        assert outbox.counts()["sent"] == 6
        assert outbox.get("later").state == "queued"  # type: ignore[union-attr]
    assert [r.json()["message"] for r in server.received] == [f"m{n}" for n in range(6)]
    assert secret not in stored_text(outbox_url)


@pytest.mark.parametrize("mode", MODES)
def test_outcomes_decide_retry_failure_and_recovery(
    server: LoopbackServer, outbox_url: str, mode: str
) -> None:
    orders: set[str] = set()

    def smsend(request: Received) -> Reply:
        if request.method == "POST":
            orders.add(request.json()["order_id"])
            return Reply(500, "oops")  # it arrived, then the answer failed
        order = request.path.rsplit("/", 1)[1]
        return Reply(200, {"recipients": []}) if order in orders else Reply(404, "")

    server.route("POST", "/cx/sms", lambda r: Reply(503, ""))
    server.handle(smsend)
    with smskit.Outbox(outbox_url) as outbox:
        outbox.add(to="+491701234567", text="sg", via="sipgate", key="sg")
        outbox.add(to="+491701234567", text="se", via="smsend", key="se")
        outbox.add(to="+491701234567", text="bad", via="smsend-400", key="bad")
        routes = {
            "sipgate": f"sipgate://t:outbox-s@127.0.0.1:{server.port}/sg-500?max_retries=0",
            "smsend": f"smsend+token://UK:outbox-t@127.0.0.1:{server.port}/se?max_retries=0",
            "smsend-400": f"sipgate://t:outbox-x@127.0.0.1:{server.port}/400?max_retries=0",
        }  # fmt: skip
        server.route("POST", "/sg-500/sessions/sms", lambda r: Reply(500, "maybe sent"))
        server.route("POST", "/400/sessions/sms", lambda r: Reply(400, "bad request"))
        run_until_empty(outbox, routes, mode, lease=2.0)
        assert outbox.get("sg").state == "unknown"  # type: ignore[union-attr]  # never resent
        assert outbox.get("se").state == "sent"  # type: ignore[union-attr]  # found by lookup
        assert outbox.get("bad").state == "failed"  # type: ignore[union-attr]
        assert len(server.requests_to("/sg-500/sessions/sms")) == 1
        assert len(server.requests_to("/se/sms")) == 1
        resolved = outbox.resolve("sg", sent=True)
        assert resolved.state == "sent"


@pytest.mark.parametrize("mode", MODES)
def test_operator_tools_requeue_with_a_fresh_reference_and_tries_are_bounded(
    server: LoopbackServer, outbox_url: str, mode: str
) -> None:
    from faults.server import refusing_url

    dead = refusing_url().removeprefix("http://")
    with smskit.Outbox(outbox_url) as outbox:
        outbox.add(to="+491701234567", text="down", key="down")
        run_until_empty(outbox, {"main": f"sipgate://t:ops-secret@{dead}?max_retries=0"},
                        mode, max_attempts=3, backoff=0.01)  # fmt: skip
        down = outbox.get("down")
        assert down is not None
        assert (down.state, down.tries, down.attempts) == ("failed", 3, 0)  # none ever left
        assert "ConnectError" in (down.error or "")
        server.route("POST", "/ops/sessions/sms", lambda r: Reply(500, "maybe sent"))
        live = f"sipgate://t:ops-secret@127.0.0.1:{server.port}/ops?max_retries=0"
        before = outbox.add(to="+491701234568", text="maybe", key="maybe")
        run_until_empty(outbox, {"main": live}, mode)
        assert outbox.get("maybe").state == "unknown"  # type: ignore[union-attr]
        with pytest.raises(errors.ValidationError, match="unknown"):
            outbox.retry("maybe")  # retry is for failed entries; unknown needs a decision
        again = outbox.resolve("maybe", sent=False)
        retried = outbox.retry("down")
        assert again.state == retried.state == "queued"
        assert again.reference != before.reference  # the operator decided: a new send
        assert retried.reference != down.reference
        assert retried.tries == 0
        server.route("POST", "/ops/sessions/sms", lambda r: Reply(204))
        run_until_empty(outbox, {"main": live}, mode)
        assert outbox.counts()["sent"] == 2
        trail = [(e.from_state, e.to_state) for e in outbox.events("maybe")]
        assert trail[0] == (None, "queued")
        assert ("unknown", "queued") in trail
        assert trail[-1] == ("sending", "sent")
