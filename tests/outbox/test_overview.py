"""What an operator asks of the outbox (DESIGN §19), on both stores: the overview's counts
agree with ``counts()`` and ``delivery_counts()``, each route's activity and lag are right,
and a search states its true total past one page."""

from __future__ import annotations

from datetime import timedelta

import pytest
from dispatching import run_until_empty
from loopback import LoopbackServer, Reply

import smskit
from smskit import errors


def test_overview_counts_activity_and_lag(server: LoopbackServer, outbox_url: str) -> None:
    server.route("POST", "/ok/sessions/sms", lambda r: Reply(204))
    server.route("POST", "/bad/sessions/sms", lambda r: Reply(400, "refused"))
    with smskit.Outbox(outbox_url) as outbox:
        for n in range(5):
            outbox.add(to=f"+4917012345{n:02d}", text=f"ok {n}", via="good")
        outbox.add(to="+491701234599", text="refused", via="poor", key="refused")
        outbox.add(to="+491701234598", text="later", via="good", send_at=timedelta(days=1))
        outbox.add(to="+491701234597", text="waiting", via="idle", key="waiting")
        routes = {
            "good": f"sipgate://t:ov-secret@127.0.0.1:{server.port}/ok",
            "poor": f"sipgate://t:ov-secret@127.0.0.1:{server.port}/bad?max_retries=0",
        }
        run_until_empty(outbox, routes, "sync")
        view = outbox.overview()
        assert view.counts == outbox.counts()
        assert view.counts["sent"] == 5
        assert view.counts["failed"] == 1
        assert view.counts["queued"] == 2
        assert view.total == 8
        assert view.deliveries == outbox.delivery_counts()
        by_route = {r.via: r for r in view.routes}
        assert (by_route["good"].sent_last_minute, by_route["good"].sent_last_hour) == (5, 5)
        assert by_route["poor"].failed_last_hour == 1
        assert by_route["poor"].sent_last_hour == 0
        assert by_route["idle"].queued == 1
        assert by_route["good"].queued == 1
        assert [(t.via, t.provider, t.entries) for t in view.sent_totals] == [
            ("good", "sipgate", 5)
        ]
        assert view.leases == ()
        # "waiting" has been due since it was added; "later" is not due
        assert 0 < view.oldest_due_seconds < 120


def test_search_filters_and_states_the_true_total(outbox_url: str) -> None:
    with smskit.Outbox(outbox_url) as outbox:
        outbox.add_many(
            {"to": "+491701234567", "text": f"Order {n} shipped", "key": f"o{n}"}
            for n in range(130)
        )
        outbox.add(to="+491709876543", text="50% off_today", via="promo", key="promo")
        page = outbox.search(limit=100)
        assert (page.total, len(page.entries), page.has_next) == (131, 100, True)
        assert page.entries[0].key == "promo"  # newest first
        second = outbox.search(offset=100, limit=100)
        assert (len(second.entries), second.has_next) == (31, False)
        assert {e.key for e in page.entries} | {e.key for e in second.entries} == (
            {f"o{n}" for n in range(130)} | {"promo"}
        )
        assert outbox.search(q="ORDER 12").total == 1 + 10  # 12, 120 to 129
        assert outbox.search(q="%").total == 1  # LIKE's wildcards are plain characters
        assert outbox.search(q="r_1").total == 0  # as a wildcard it would match "Order 1"
        assert outbox.search(q="f_t").total == 1
        assert [e.key for e in outbox.search(via="promo").entries] == ["promo"]
        assert outbox.search(to="+491709876543").total == 1
        assert outbox.search(key="o7").entries[0].text == "Order 7 shipped"
        outbox.cancel("o7")
        assert outbox.search(state="cancelled").total == 1
        with pytest.raises(errors.ValidationError, match="state"):
            outbox.search(state="nope")
        with pytest.raises(errors.ValidationError, match="limit"):
            outbox.search(limit=1001)
        with pytest.raises(errors.ValidationError):
            outbox.search(to="not a number")
