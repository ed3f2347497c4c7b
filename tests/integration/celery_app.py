"""The Celery app of the fleet test: what a user writes (docs/celery.md), configured from the
environment the test sets."""

from __future__ import annotations

import os

from celery import Celery

import smskit
import smskit.celery

app = Celery("fleet", broker=os.environ["FLEET_BROKER"])
app.conf.update(
    broker_connection_retry_on_startup=True,
    worker_prefetch_multiplier=1,
    task_default_queue="fleet",
)
smskit.celery.install(
    app,
    outbox=os.environ["FLEET_OUTBOX"],
    routes={
        "main": os.environ["FLEET_MAIN_DSN"],
        "paced": smskit.Route(os.environ["FLEET_PACED_DSN"], per_second=20),
    },
    lease=float(os.environ.get("FLEET_LEASE", "30")),
    sweep_every=float(os.environ.get("FLEET_SWEEP_EVERY", "2")),
    batch=int(os.environ.get("FLEET_BATCH", "500")),
)
