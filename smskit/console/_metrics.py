"""``GET /metrics``: the outbox in Prometheus's text format, written by ``prometheus_client``.

The figures are the store's own (a fresh overview per scrape), not counters kept in this
process, so any number of consoles and restarts agree with each other and with
``Outbox.counts()``.
"""

from __future__ import annotations

from collections.abc import Iterator

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from ..outbox import Overview

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


class _OverviewCollector(Collector):
    def __init__(self, view: Overview) -> None:
        self._view = view

    def collect(self) -> Iterator[Metric]:
        view = self._view
        entries = GaugeMetricFamily(
            "smskit_outbox_entries", "Entries in the outbox by state.", labels=["state"]
        )
        for state, n in view.counts.items():
            entries.add_metric([state], n)
        yield entries
        delivery = GaugeMetricFamily(
            "smskit_outbox_delivery",
            "Sent entries by delivery state (routes that report delivery).",
            labels=["delivery"],
        )
        for state, n in view.deliveries.items():
            delivery.add_metric([state], n)
        yield delivery
        yield GaugeMetricFamily(
            "smskit_outbox_oldest_due_seconds",
            "Now minus the due time of the oldest queued entry that is due (0 when none).",
            value=view.oldest_due_seconds,
        )
        sent = CounterMetricFamily(
            "smskit_outbox_sent",
            "Sent entries in the store by route and provider.",
            labels=["route", "provider"],
        )
        for total in view.sent_totals:
            sent.add_metric([total.via, total.provider], total.entries)
        yield sent


def exposition(view: Overview) -> bytes:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(_OverviewCollector(view))
    return generate_latest(registry)
