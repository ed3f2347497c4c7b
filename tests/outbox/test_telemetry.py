"""OpenTelemetry from both dispatchers (DESIGN §19), read back with the SDK's in-memory
exporter and metric reader: one ``smskit.send`` span per attempt with the agreed attributes,
claim and record spans, outcome counts and durations; no secret, no text and no whole number
in any attribute. Without the package nothing of it is imported."""

from __future__ import annotations

import functools
import subprocess
import sys
from typing import Any

import pytest
from dispatching import MODES, run_until_empty
from loopback import LoopbackServer, Reply
from opentelemetry import metrics, trace
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

import smskit

SECRET = "telemetry-secret-token-1"
TEXT = "Telemetry text that must stay private"
NUMBERS = ["+491701234501", "+491701234502", "+491701234503", "+491701234504"]
EXPORTER = InMemorySpanExporter()
READER = InMemoryMetricReader()


@pytest.fixture(scope="module", autouse=True)
def sdk() -> None:
    _set_providers()


@functools.cache
def _set_providers() -> None:
    """The process's providers, set once: OpenTelemetry refuses a second time, and a worker
    that hands tests on (pytest-xdist's worksteal) may set this module up twice."""
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(EXPORTER))
    trace.set_tracer_provider(provider)
    metrics.set_meter_provider(MeterProvider(metric_readers=[READER]))


def _outcome_counts() -> dict[tuple[str, str], int]:
    found: dict[tuple[str, str], int] = {}
    data = READER.get_metrics_data()
    for resource in data.resource_metrics if data else []:
        for scope in resource.scope_metrics:
            for metric in scope.metrics:
                if metric.name == "smskit.send.outcomes":
                    for point in metric.data.data_points:
                        key = (point.attributes["smskit.route"], point.attributes["smskit.outcome"])
                        found[key] = int(point.value)
    return found


def _all_attributes(spans: list[Any]) -> str:
    return repr([dict(s.attributes or {}) for s in spans] + [s.name for s in spans]
                + [s.events for s in spans] + [s.status.description for s in spans])  # fmt: skip


@pytest.mark.parametrize("mode", MODES)
def test_a_span_per_attempt_and_nothing_private(
    server: LoopbackServer, outbox_url: str, mode: str
) -> None:
    server.route("POST", "/ok/sessions/sms", lambda r: Reply(204))
    server.route("POST", "/no/sessions/sms", lambda r: Reply(400, f"refused {NUMBERS[2]}"))
    server.route("POST", "/maybe/sessions/sms", lambda r: Reply(500, "maybe"))
    EXPORTER.clear()
    before = _outcome_counts()
    with smskit.Outbox(outbox_url) as outbox:
        outbox.add(to=NUMBERS[0], text=TEXT, via="ok")
        outbox.add(to=NUMBERS[1], text=TEXT, via="ok")
        outbox.add(to=NUMBERS[2], text=TEXT, via="no")
        outbox.add(to=NUMBERS[3], text=TEXT, via="maybe")
        at = f"127.0.0.1:{server.port}"
        routes = {
            "ok": f"sipgate://t:{SECRET}@{at}/ok",
            "no": f"sipgate://t:{SECRET}@{at}/no?max_retries=0",
            "maybe": f"sipgate://t:{SECRET}@{at}/maybe?max_retries=0",
        }
        run_until_empty(outbox, routes, mode)
    spans = EXPORTER.get_finished_spans()
    sends = [s for s in spans if s.name == "smskit.send"]
    assert len(sends) == 4  # one per attempt: sipgate's 500 is never tried again
    seen = {(s.attributes["smskit.route"], s.attributes["smskit.outcome"],  # type: ignore[index]
             s.attributes.get("smskit.sent")) for s in sends}  # type: ignore[union-attr]  # fmt: skip
    assert seen == {("ok", "sent", True), ("no", "failed", False), ("maybe", "unknown", None)}
    for span in sends:
        attributes = dict(span.attributes or {})
        assert attributes["smskit.provider"] == "sipgate"
        assert attributes["smskit.attempt"] == 1
        assert attributes["smskit.recipient"] in {"***501", "***502", "***503", "***504"}
    failed = next(s for s in sends if s.attributes["smskit.outcome"] == "failed")  # type: ignore[index]
    assert failed.status.status_code == trace.StatusCode.ERROR
    assert failed.attributes["smskit.error"] == "InvalidRequestError"  # type: ignore[index]
    names = {s.name for s in spans}
    assert {"smskit.claim", "smskit.record"} <= names
    private = _all_attributes(list(spans))
    assert SECRET not in private
    assert TEXT not in private
    for number in NUMBERS:
        assert number not in private
        assert number[3:] not in private
    after = _outcome_counts()
    grew = {k: after.get(k, 0) - before.get(k, 0) for k in after}
    assert grew[("ok", "sent")] == 2
    assert grew[("no", "failed")] == 1
    assert grew[("maybe", "unknown")] == 1


def test_without_the_package_nothing_is_imported(tmp_path: Any) -> None:
    script = f"""
import sys
sys.modules["opentelemetry"] = None  # as if it were not installed
import smskit
from smskit._telemetry import telemetry
with smskit.Outbox("sqlite:///{tmp_path}/o.db") as outbox:
    outbox.add(to="+491701234567", text="x", key="k")
    dispatcher = outbox.dispatcher({{"main": "sipgate://t:x@127.0.0.1:9"}})
    dispatcher.close()
assert telemetry().tracer is None
loaded = sorted(m for m in sys.modules if m.startswith("opentelemetry") and sys.modules[m])
assert loaded == [], loaded
print("ok")
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
    plain = subprocess.run(
        [sys.executable, "-c", "import sys, smskit, smskit.outbox; "
         "print(sorted(m for m in sys.modules if m.startswith('opentelemetry')))"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert plain.stdout.strip() == "[]"  # importing smskit alone never loads it


def test_nothing_is_made_until_the_application_sets_an_sdk() -> None:
    """With the API installed and no SDK set, an attempt makes no span (it would record
    nothing and cost every message); a provider set later, after the dispatcher started,
    is used once "not yet" is asked again (every second by default, not per message)."""
    code = (
        "import time\n"
        "from smskit._telemetry import Telemetry\n"
        "from opentelemetry import trace\n"
        "from opentelemetry.sdk.trace import TracerProvider\n"
        "t = Telemetry(recheck_every=0.3)\n"
        "def attempt():\n"
        "    return t.attempt(provider='sipgate', route='main', attempt=1, to='+491701234567')\n"
        "before = attempt()\n"
        "trace.set_tracer_provider(TracerProvider())\n"
        "soon = attempt()  # within recheck_every of the last look: not asked again yet\n"
        "time.sleep(0.35)\n"
        "after = attempt()\n"
        "print(before._span is None, soon._span is None, after._span is not None,\n"
        "      after._span.is_recording())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True", "True", "True"]
