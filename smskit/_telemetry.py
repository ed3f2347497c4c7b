"""OpenTelemetry from the dispatchers (DESIGN §19), when ``opentelemetry-api`` is installed
(``pip install 'smskit[otel]'``); without it nothing is imported and every call is a no-op.

- a span ``smskit.send`` per send attempt, with ``smskit.provider``, ``smskit.route``,
  ``smskit.attempt``, ``smskit.outcome`` (sent, failed, unknown, retry, lookup),
  ``smskit.sent`` (omitted when nobody can tell), ``smskit.recipient`` masked to its last
  three digits, and the error's class name (never its message);
- spans ``smskit.claim`` and ``smskit.record`` around the dispatcher's database work;
- a counter ``smskit.send.outcomes`` and a histogram ``smskit.send.duration`` (seconds).

A span never carries a secret, the message text, or a whole phone number: the attributes
are built here from known-safe values only. The SDK, exporters and sampling are the
application's choice; smskit only speaks the API.
"""

from __future__ import annotations

import importlib.util
import time
from contextlib import AbstractContextManager, nullcontext
from typing import Any

OUTCOMES = {"queued": "retry"}  # a decision's state, as an outcome a person reads
# The API's stand-ins before an SDK is set (by name: the meter's proxy class is private).
_UNSET_TRACERS = frozenset({"ProxyTracerProvider", "NoOpTracerProvider"})
_UNSET_METERS = frozenset({"_ProxyMeterProvider", "NoOpMeterProvider"})


def mask(recipient: str) -> str:
    """``+491701234567`` -> ``***567``: enough to match a complaint, not to text anyone."""
    digits = [c for c in recipient if c.isdigit()]
    return "***" + "".join(digits[-3:])


_NOTHING: AbstractContextManager[Any] = nullcontext()  # reusable: it holds no state


class Attempt:
    """One send attempt being timed; ``finish`` ends its span and records the metrics."""

    def __init__(self, telemetry: Telemetry, span: Any, attributes: dict[str, Any]) -> None:
        self._telemetry = telemetry
        self._span = span
        self._attributes = attributes
        self._started = time.perf_counter()

    def current(self) -> AbstractContextManager[Any]:
        """The span as the current one while the request runs (so that an instrumented HTTP
        client's spans are its children)."""
        if self._span is None:
            return _NOTHING
        from opentelemetry import trace

        # Not recording the exception: its message may hold a number or a provider's words.
        return trace.use_span(self._span, end_on_exit=False, record_exception=False,
                              set_status_on_exception=False)  # fmt: skip

    def finish(self, state: str, sent: bool | None, error: BaseException | None) -> None:
        if self._span is None:
            return
        outcome = OUTCOMES.get(state, state)
        attributes = {**self._attributes, "smskit.outcome": outcome}
        if sent is not None:
            attributes["smskit.sent"] = sent
        if error is not None:
            attributes["smskit.error"] = type(error).__name__
        self._span.set_attributes(attributes)
        if error is not None and sent is not True:
            from opentelemetry.trace import Status, StatusCode

            self._span.set_status(Status(StatusCode.ERROR, type(error).__name__))
        self._span.end()
        metric = {k: attributes[k] for k in ("smskit.provider", "smskit.route", "smskit.outcome")}
        self._telemetry.outcomes.add(1, metric)
        self._telemetry.duration.record(time.perf_counter() - self._started, metric)


class Telemetry:
    """The tracer and instruments (``None`` of each when OpenTelemetry is absent)."""

    def __init__(self, recheck_every: float = 1.0) -> None:
        self.tracer: Any = None
        self._recheck_every = recheck_every
        self._unset_until = 0.0  # time.monotonic() until which "no SDK yet" is believed
        self._quiet = Attempt(self, None, {})  # every attempt's while nothing listens
        self.outcomes: Any = None
        self.duration: Any = None
        if importlib.util.find_spec("opentelemetry") is None:
            return
        try:
            from opentelemetry import metrics, trace
        except ImportError:  # another opentelemetry-* package without the API
            return
        self._providers = (trace.get_tracer_provider, metrics.get_meter_provider)
        self.tracer = trace.get_tracer("smskit")
        meter = metrics.get_meter("smskit")
        self.outcomes = meter.create_counter(
            "smskit.send.outcomes", unit="{attempt}", description="Send attempts by outcome."
        )
        self.duration = meter.create_histogram(
            "smskit.send.duration", unit="s", description="How long a send attempt took."
        )

    def _listening(self) -> bool:
        """Whether the application has set a tracer or meter provider (an SDK). Until it
        has, the API's spans and instruments record nothing, and making them cost a
        dispatcher about a tenth of its time per message. An application may set its SDK
        after the dispatcher started, so "not yet" is asked again every ``recheck_every``
        seconds (asking the API costs a few environment lookups: not for every message)."""
        if self.tracer is None:
            return False
        if self._unset_until and time.monotonic() < self._unset_until:
            return False
        tracers, meters = (provider() for provider in self._providers)
        if (type(tracers).__name__ not in _UNSET_TRACERS
                or type(meters).__name__ not in _UNSET_METERS):  # fmt: skip
            return True
        self._unset_until = time.monotonic() + self._recheck_every
        return False

    def recheck(self) -> None:
        """Ask the API again on the next attempt (a dispatcher starting: an SDK set before
        it was made is used from its first send)."""
        self._unset_until = 0.0

    def attempt(self, *, provider: str | None, route: str, attempt: int, to: str) -> Attempt:
        if not self._listening():
            return self._quiet
        attributes = {
            "smskit.provider": provider or "",
            "smskit.route": route,
            "smskit.attempt": attempt,
            "smskit.recipient": mask(to),
        }
        span = self.tracer.start_span("smskit.send", attributes=attributes)
        return Attempt(self, span, attributes)

    def done(self, name: str, started_ns: int, **attributes: Any) -> None:
        """A span for database work that began at ``started_ns`` (``time.time_ns()``) and
        ended now. Made afterwards, so that a dispatcher's idle polls (nothing claimed) make
        no span at all."""
        if self._listening():
            span = self.tracer.start_span(name, start_time=started_ns, attributes=attributes)
            span.end()


_TELEMETRY: Telemetry | None = None


def telemetry() -> Telemetry:
    """The process's telemetry, looked up once."""
    global _TELEMETRY
    if _TELEMETRY is None:
        _TELEMETRY = Telemetry()
    return _TELEMETRY
