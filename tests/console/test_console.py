"""``smskit console`` over real HTTP (DESIGN §19): nothing without the token, the login
cookie's flags, CSRF refusals, the actions through the page's own forms, escaping, the true
total past a page, /metrics equal to the store, and the live feed."""

from __future__ import annotations

import html
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from console_process import BEARER, TOKEN, console_process, fill, form_of
from loopback import LoopbackServer
from prometheus_client.parser import text_string_to_metric_families

import smskit

PATHS = ["/", "/entries", "/entries/q", "/metrics", "/api/overview", "/api/entries", "/events"]


def test_without_a_token_it_does_not_start(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SMSKIT_CONSOLE_TOKEN"}
    done = subprocess.run(
        [sys.executable, "-m", "smskit", "console", "--outbox", f"sqlite:///{tmp_path}/o.db"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert "SMSKIT_CONSOLE_TOKEN" in done.stderr
    short = subprocess.run(
        [sys.executable, "-m", "smskit", "console", "--outbox", f"sqlite:///{tmp_path}/o.db"],
        capture_output=True, text=True, env={**env, "SMSKIT_CONSOLE_TOKEN": "short"}, timeout=60,
    )  # fmt: skip
    assert short.returncode == 2
    assert "16 characters" in short.stderr


def test_every_page_and_api_needs_the_token(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/o.db"
    with smskit.Outbox(url) as outbox:
        outbox.add(to="+491704444444", text="waiting", key="q")
        with console_process(url) as base, httpx.Client(base_url=base) as http:
            for path in PATHS:
                plain = http.get(path)
                assert plain.status_code == 401, path
                assert plain.headers["www-authenticate"].startswith("Bearer")
                assert "waiting" not in plain.text
                assert "+49170" not in plain.text
                wrong = http.get(path, headers={"Authorization": "Bearer " + TOKEN[:-1] + "x"})
                assert wrong.status_code == 401, path
                browser = http.get(path, headers={"Accept": "text/html"})
                assert browser.status_code == 401
                assert 'name="token"' in browser.text
            refused = http.post("/entries/q/cancel", data={"csrf": "x"})
            assert refused.status_code == 401
            assert http.get("/api/overview", headers=BEARER).status_code == 200
            assert http.get("/entries/q", headers=BEARER).status_code == 200
        assert outbox.get("q").state == "queued"  # type: ignore[union-attr]


def test_login_sets_a_strict_httponly_session_cookie(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/o.db"
    smskit.Outbox(url).close()
    with console_process(url) as base, httpx.Client(base_url=base) as http:
        wrong = http.post("/login", data={"token": "not the token at all"})
        assert wrong.status_code == 401
        assert "not right" in wrong.text
        assert "set-cookie" not in wrong.headers
        login = http.post("/login", data={"token": TOKEN})
        assert login.status_code == 303
        assert login.headers["location"] == "/"
        cookie = login.headers["set-cookie"]
        assert "HttpOnly" in cookie
        assert "SameSite=strict" in cookie
        assert "Path=/" in cookie
        assert TOKEN not in cookie  # the cookie is signed with the token, never holds it
        overview = http.get("/")
        assert overview.status_code == 200
        assert "By state" in overview.text
        assert overview.headers["content-security-policy"].startswith("default-src 'self'")
        assert overview.headers["x-frame-options"] == "DENY"
        assert TOKEN not in overview.text
        path, fields = form_of(overview.text, "/logout")
        assert http.post(path, data=fields).status_code == 303
        assert http.get("/").status_code == 401  # the cookie is gone
        forged = http.get("/", cookies={"smskit_console": "9999999999.00ff"})
        assert forged.status_code == 401


def test_actions_need_csrf_and_change_the_outbox(tmp_path: Path, server: LoopbackServer) -> None:
    url = f"sqlite:///{tmp_path}/o.db"
    with smskit.Outbox(url) as outbox:
        fill(outbox, server)
        assert [outbox.get(k).state for k in ("f", "u1", "u2", "q", "s")] == [  # type: ignore[union-attr]
            "failed", "unknown", "unknown", "queued", "suppressed"]  # fmt: skip
        with console_process(url) as base, httpx.Client(base_url=base, headers=BEARER) as http:

            def act(key: str, action: str, **extra: str) -> httpx.Response:
                page = http.get(f"/entries/{key}").text
                path, fields = form_of(page, action)
                if extra:  # the page has one resolve form per answer
                    path, fields = next(
                        (p, f) for p, f in _forms(page, action) if f.get("sent") == extra["sent"]
                    )
                return http.post(path, data=fields)

            queued = http.get("/entries/q").text
            path, fields = form_of(queued, "/cancel")
            assert http.post(path, data={}).status_code == 403
            assert http.post(path, data={**fields, "csrf": "0" * 64}).status_code == 403
            assert outbox.get("q").state == "queued"  # type: ignore[union-attr]
            done = act("q", "/cancel")
            assert done.status_code == 303
            assert done.headers["location"] == "/entries/q"
            assert outbox.get("q").state == "cancelled"  # type: ignore[union-attr]
            assert act("f", "/retry").status_code == 303
            assert outbox.get("f").state == "queued"  # type: ignore[union-attr]
            assert act("u1", "/resolve", sent="true").status_code == 303
            assert outbox.get("u1").state == "sent"  # type: ignore[union-attr]
            assert act("u2", "/resolve", sent="false").status_code == 303
            assert outbox.get("u2").state == "queued"  # type: ignore[union-attr]
            assert act("s", "/unsuppress").status_code == 303
            assert not outbox.is_suppressed("+491705555555")
            # in the wrong state (a form from before the change): 409, and nothing changes
            stale = http.post(path, data=fields)
            assert stale.status_code == 409
            assert "Nothing was changed" in stale.text
            assert outbox.get("q").state == "cancelled"  # type: ignore[union-attr]
            assert http.post("/entries/nope/cancel", data=fields).status_code == 404
            events = http.get("/entries/u1").text
            assert "resolved: sent" in events


def _forms(page: str, action: str) -> list[tuple[str, dict[str, str]]]:
    import re

    return [
        (m.group(1), dict(re.findall(r'name="([^"]+)" value="([^"]*)"', m.group(2))))
        for m in re.finditer(r'<form[^>]*action="([^"]+)"[^>]*>(.*?)</form>', page, re.S)
        if m.group(1).endswith(action)
    ]


PAYLOAD = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_text_from_entries_is_escaped_everywhere(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/o.db"
    with smskit.Outbox(url) as outbox:
        outbox.add(to="+491701234567", text=PAYLOAD, via=f'r"><b>{PAYLOAD}', key=f"k{PAYLOAD}")
        with console_process(url) as base, httpx.Client(base_url=base, headers=BEARER) as http:
            pages = [http.get("/").text, http.get("/entries").text,
                     http.get("/entries", params={"q": PAYLOAD}).text,
                     http.get("/entries/" + httpx.URL(f"k{PAYLOAD}").raw_path.decode()).text,
                     http.get("/entries/nope" + PAYLOAD).text]  # fmt: skip
    for page in pages:
        assert "<script>alert" not in page
        assert "<img src=x" not in page
        assert "<b>" not in page
    assert html.escape(PAYLOAD) in pages[1]
    assert html.escape(PAYLOAD) in pages[3]


def test_pages_state_the_true_total_past_one_page(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/o.db"
    with smskit.Outbox(url) as outbox:
        outbox.add_many({"to": "+491701234567", "text": f"note {n}"} for n in range(250))
        with console_process(url) as base, httpx.Client(base_url=base, headers=BEARER) as http:
            first = http.get("/entries").text
            assert "250 entries match; showing 1 to 100." in first
            assert 'rel="next" href="?page=2"' in first
            assert 'rel="prev"' not in first
            third = http.get("/entries", params={"page": 3}).text
            assert "250 entries match; showing 201 to 250." in third
            assert 'rel="next"' not in third
            assert third.count("<tr><td><a") == 50
            narrowed = http.get("/entries", params={"q": "note 1"}).text
            assert "111 entries match" in narrowed  # 1, 10-19, 100-199
            assert "No entries match." in http.get("/entries", params={"q": "zzz"}).text
            api = http.get("/api/entries", params={"page": 2}).json()
            assert api["total"] == 250
            assert len(api["entries"]) == 100
            assert http.get("/entries", params={"state": "bogus"}).status_code == 400
            assert http.get("/entries", params={"page": "0"}).status_code == 400


def test_metrics_parse_and_equal_the_store(tmp_path: Path, server: LoopbackServer) -> None:
    url = f"sqlite:///{tmp_path}/o.db"
    with smskit.Outbox(url) as outbox:
        fill(outbox, server)
        with console_process(url, refresh=30) as base:
            text = httpx.get(base + "/metrics", headers=BEARER).text
            outbox.cancel("q")  # a scrape reads the store, not a snapshot
            again = httpx.get(base + "/metrics", headers=BEARER).text
        families = {f.name: f for f in text_string_to_metric_families(text)}
        entries = {s.labels["state"]: s.value for s in families["smskit_outbox_entries"].samples}
        assert entries == outbox.counts() | {"queued": 1, "cancelled": 0}
        delivery = {s.labels["delivery"]: s.value
                    for s in families["smskit_outbox_delivery"].samples}  # fmt: skip
        assert delivery == outbox.delivery_counts()
        sent = [(s.name, s.labels, s.value) for s in families["smskit_outbox_sent"].samples]
        assert sent == [("smskit_outbox_sent_total", {"route": "ok", "provider": "sipgate"}, 5)]
        (lag,) = families["smskit_outbox_oldest_due_seconds"].samples
        assert 0 < lag.value < 120  # "q" has been due since it was added
        later = {f.name: f for f in text_string_to_metric_families(again)}
        counts = {s.labels["state"]: s.value for s in later["smskit_outbox_entries"].samples}
        assert counts == outbox.counts()


def test_the_overview_is_live(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/o.db"
    with (
        smskit.Outbox(url) as outbox,
        console_process(url, refresh=0.2) as base,
        httpx.stream("GET", base + "/events", headers=BEARER, timeout=20) as feed,
    ):
        lines = feed.iter_lines()
        first = next(line for line in lines if line.startswith("data:"))
        assert "0 entries" in first
        outbox.add(to="+491701234567", text="new", key="new")
        later = next(line for line in lines if line.startswith("data:"))
        assert "1 entries" in later


@pytest.mark.parametrize("refresh", [-1.0, float("nan")])
def test_create_app_checks_its_arguments(tmp_path: Path, refresh: float) -> None:
    from smskit import errors
    from smskit.console import create_app

    with smskit.Outbox(f"sqlite:///{tmp_path}/o.db") as outbox:
        with pytest.raises(errors.ValidationError, match="refresh"):
            create_app(outbox, token=TOKEN, refresh=refresh)
        with pytest.raises(errors.ValidationError, match="16 characters"):
            create_app(outbox, token="short")
        assert TOKEN not in repr(create_app(outbox, token=TOKEN).__dict__)


def test_mounted_under_a_prefix_every_link_and_the_cookie_keep_it(tmp_path: Path) -> None:
    from asgi import serving
    from starlette.applications import Starlette
    from starlette.routing import Mount

    from smskit.console import create_app

    with smskit.Outbox(f"sqlite:///{tmp_path}/o.db") as outbox:
        outbox.add(to="+491704444444", text="waiting", key="a/b")
        app = Starlette(routes=[Mount("/sms", app=create_app(outbox, token=TOKEN))])
        with serving(app) as base, httpx.Client(base_url=base) as http:
            login = http.post("/sms/login", data={"token": TOKEN})
            assert login.headers["location"] == "/sms/"
            assert "Path=/sms" in login.headers["set-cookie"]
            overview = http.get("/sms/").text
            assert 'href="/sms/entries"' in overview
            assert 'src="/sms/console.js"' in overview
            entries = http.get("/sms/entries").text
            assert 'href="/sms/entries/a%2Fb"' in entries
            page = http.get("/sms/entries/a%2Fb").text
            path, fields = form_of(page, "/cancel")
            assert path == "/sms/entries/a%2Fb/cancel"
            assert http.post(path, data=fields).headers["location"] == "/sms/entries/a%2Fb"
        assert outbox.get("a/b").state == "cancelled"  # type: ignore[union-attr]
