"""The console's HTML, rendered on the server: every value from the outbox passes through
``html.escape`` (text, keys, routes, details), and every key in a URL through ``quote``.

The pages carry no inline script: ``console.js`` (served beside them) asks before an action
and keeps the overview live, so the Content-Security-Policy can forbid inline scripts and
an escaped payload could not run even if escaping were ever missed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from html import escape
from urllib.parse import quote, urlencode

from .._html import BASE_CSS
from ..outbox import STATES, Entry, EntryPage, Event, Overview

PAGE_SIZE = 100

CSS = (
    BASE_CSS
    + """
nav { display: flex; gap: 1.5em; align-items: baseline; margin-bottom: 1em; }
nav h1 { margin: 0; font-size: 20px; }
.figures { display: flex; gap: 2em; flex-wrap: wrap; margin: 1em 0; }
.figure { border: 1px solid #ddd; border-radius: 6px; padding: .6em 1em; min-width: 7em; }
.figure b { display: block; font-size: 22px; }
.figure.warn { border-color: #c60; }
td.text, p.text { white-space: pre-wrap; max-width: 50em; overflow-wrap: anywhere; }
.error { color: #a00; }
form.inline { display: inline-flex; margin: 0 .5em 0 0; }
dl { display: grid; grid-template-columns: max-content auto; gap: .3em 1.5em; }
dt { color: #555; }
section { margin: 1.5em 0; }
"""
)

_LAYOUT = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} · smskit console</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>{css}</style></head>
<body{body_attrs}>
<nav><h1>smskit console</h1><a href="{base}/">Overview</a><a href="{base}/entries">Entries</a>
{logout}</nav>
{body}
<script src="{base}/console.js"></script>
</body></html>
"""


def _time(value: datetime | None) -> str:
    if value is None:
        return ""
    iso = value.isoformat(timespec="seconds")
    return f'<time datetime="{escape(iso)}">{escape(iso)}</time>'


def layout(title: str, body: str, *, base: str, csrf: str | None = None, live: bool = False) -> str:
    logout = ""
    if csrf is not None:
        logout = (f'<form class="inline" method="post" action="{escape(base)}/logout">'
                  f'<input type="hidden" name="csrf" value="{escape(csrf)}">'
                  '<button type="submit">Log out</button></form>')  # fmt: skip
    attrs = f' data-live="{escape(base)}/events"' if live else ""
    return _LAYOUT.format(title=escape(title), css=CSS, base=escape(base), body=body,
                          logout=logout, body_attrs=attrs)  # fmt: skip


def login_page(base: str, *, wrong: bool = False) -> str:
    note = '<p class="error" role="alert">That token is not right.</p>' if wrong else ""
    body = f"""<h2>Log in</h2>{note}
<p>The console needs the token it was started with (<code>SMSKIT_CONSOLE_TOKEN</code>).</p>
<form method="post" action="{escape(base)}/login">
<label>Token <input name="token" type="password" autocomplete="current-password" required
autofocus></label><button type="submit">Log in</button></form>"""
    return layout("Log in", body, base=base)


def message_page(title: str, text: str, base: str, csrf: str | None) -> str:
    return layout(title, f"<h2>{escape(title)}</h2><p>{escape(text)}</p>", base=base, csrf=csrf)


def _figure(label: str, value: object, href: str | None = None, warn: bool = False) -> str:
    shown = escape(str(value))
    if href is not None:
        shown = f'<a href="{escape(href)}">{shown}</a>'
    cls = "figure warn" if warn else "figure"
    return f'<div class="{cls}"><b data-figure="{escape(label)}">{shown}</b>{escape(label)}</div>'


def overview_fragment(view: Overview, base: str) -> str:
    """The overview's content (also what the live feed sends to replace it)."""
    states = "".join(
        _figure(state, view.counts.get(state, 0), f"{base}/entries?state={state}",
                warn=state in {"unknown", "failed"} and view.counts.get(state, 0) > 0)
        for state in STATES
    )  # fmt: skip
    deliveries = "".join(_figure(name, n) for name, n in view.deliveries.items())
    lag = f"{view.oldest_due_seconds:.0f} s"
    routes = (
        "".join(
            f'<tr><td><a href="{escape(base)}/entries?via={quote(r.via, safe="")}">'
            f"{escape(r.via)}</a></td><td>{r.queued}</td><td>{r.sent_last_minute}</td>"
            f"<td>{r.sent_last_hour}</td><td>{r.failed_last_hour}</td>"
            f"<td>{r.unknown_last_hour}</td></tr>"
            for r in view.routes
        )
        or '<tr><td colspan="6">No route has entries yet.</td></tr>'
    )
    leases = (
        "".join(
            f"<tr><td>{escape(h.owner)}</td><td>{h.entries}</td><td>{_time(h.lease_until)}</td></tr>"
            for h in view.leases
        )
        or '<tr><td colspan="3">No dispatcher is sending right now.</td></tr>'
    )
    return f"""<p>{view.total} entries; as of {_time(view.at)}.
<span id="live" class="off">not live</span></p>
<section aria-label="Entries by state"><h2>By state</h2>
<div class="figures">{states}</div></section>
<section aria-label="Delivery"><h2>Delivery of sent entries</h2>
<div class="figures">{deliveries}{
        _figure("lag (oldest due)", lag, warn=view.oldest_due_seconds > 60)
    }</div></section>
<section><h2>Routes</h2><table><thead><tr><th scope="col">Route</th>
<th scope="col">Queued</th><th scope="col">Sent, last minute</th>
<th scope="col">Sent, last hour</th><th scope="col">Failed, last hour</th>
<th scope="col">Unknown, last hour</th></tr></thead><tbody>{routes}</tbody></table></section>
<section><h2>Dispatchers holding leases</h2><table><thead><tr><th scope="col">Dispatcher</th>
<th scope="col">Entries</th><th scope="col">Lease until</th></tr></thead>
<tbody>{leases}</tbody></table></section>"""


def overview_page(view: Overview, base: str, csrf: str) -> str:
    body = f'<div id="overview">{overview_fragment(view, base)}</div>'
    return layout("Overview", body, base=base, csrf=csrf, live=True)


def _filters(filters: Mapping[str, str]) -> str:
    def field(name: str, label: str, hint: str) -> str:
        value = escape(filters.get(name, ""))
        return (f'<label>{label} <input name="{name}" type="search" value="{value}" '
                f'placeholder="{hint}"></label>')  # fmt: skip

    options = "".join(
        f'<option value="{s}"{" selected" if filters.get("state") == s else ""}>{s}</option>'
        for s in STATES
    )
    return (
        '<form method="get" role="search">'
        + field("key", "Key", "exact key")
        + field("to", "Recipient", "+4917...")
        + f'<label>State <select name="state"><option value="">any</option>{options}'
        "</select></label>"
        + field("via", "Route", "main")
        + field("q", "Text", "words in the text")
        + '<button type="submit">Search</button></form>'
    )


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def entries_page(
    page: EntryPage, filters: Mapping[str, str], number: int, base: str, csrf: str
) -> str:
    rows = "".join(
        f'<tr><td><a href="{escape(base)}/entries/{quote(e.key, safe="")}">{escape(e.key)}'
        f"</a></td><td>{escape(e.to)}</td><td>{escape(e.state)}</td><td>{escape(e.via)}</td>"
        f"<td>{escape(e.provider or '')}</td><td>{escape(e.delivery or '')}</td>"
        f'<td>{e.attempts}</td><td>{_time(e.updated_at)}</td><td class="text">'
        f"{escape(_short(e.text))}</td></tr>"
        for e in page.entries
    )
    if page.total == 0:
        summary = "No entries match."
    else:
        first, last = page.offset + 1, page.offset + len(page.entries)
        summary = f"{page.total} entries match; showing {first} to {last}."
    links = []
    kept = {k: v for k, v in filters.items() if v}
    if number > 1:
        links.append(f'<a rel="prev" href="?{escape(urlencode({**kept, "page": number - 1}))}">'
                     "Previous page</a>")  # fmt: skip
    if page.has_next:
        links.append(f'<a rel="next" href="?{escape(urlencode({**kept, "page": number + 1}))}">'
                     "Next page</a>")  # fmt: skip
    body = f"""<h2>Entries</h2>{_filters(filters)}
<p id="summary">{summary} {" · ".join(links)}</p>
<table><thead><tr><th scope="col">Key</th><th scope="col">To</th><th scope="col">State</th>
<th scope="col">Route</th><th scope="col">Provider</th><th scope="col">Delivery</th>
<th scope="col">Attempts</th><th scope="col">Updated</th><th scope="col">Text</th></tr>
</thead><tbody>{rows}</tbody></table>"""
    return layout("Entries", body, base=base, csrf=csrf)


def _action(base: str, key: str, action: str, label: str, csrf: str, question: str,
            extra: Mapping[str, str] | None = None) -> str:  # fmt: skip
    fields = "".join(
        f'<input type="hidden" name="{escape(k)}" value="{escape(v)}">'
        for k, v in {"csrf": csrf, **(extra or {})}.items()
    )
    return (f'<form class="inline" method="post" data-confirm="{escape(question)}" '
            f"action=\"{escape(base)}/entries/{quote(key, safe='')}/{action}\">{fields}"
            f'<button type="submit">{escape(label)}</button></form>')  # fmt: skip


def actions_for(entry: Entry, suppressed: bool, base: str, csrf: str) -> list[str]:
    key = entry.key
    found = []
    if entry.state in {"unknown", "failed"}:
        found.append(_action(base, key, "resolve", "Mark sent", csrf,
                             "Record this message as sent? It will not be sent again.",
                             {"sent": "true"}))  # fmt: skip
    if entry.state == "unknown":
        found.append(_action(base, key, "resolve", "Mark not sent (send again)", csrf,
                             "Queue this message again? If it did arrive, it arrives twice.",
                             {"sent": "false"}))  # fmt: skip
    if entry.state == "failed":
        found.append(_action(base, key, "retry", "Retry", csrf, "Queue this message again?"))
    if entry.state == "queued":
        found.append(_action(base, key, "cancel", "Cancel", csrf,
                             "Cancel this message? It will not be sent."))  # fmt: skip
    if suppressed:
        found.append(_action(base, key, "unsuppress", f"Unsuppress {entry.to}", csrf,
                             f"Let messages go to {entry.to} again?"))  # fmt: skip
    return found


def entry_page(
    entry: Entry, events: Iterable[Event], suppressed: bool, base: str, csrf: str
) -> str:
    facts = [
        ("Key", escape(entry.key)), ("To", escape(entry.to)), ("Route", escape(entry.via)),
        ("State", escape(entry.state)), ("Provider", escape(entry.provider or "")),
        ("Message ids", escape(", ".join(entry.ids))), ("Delivery", escape(entry.delivery or "")),
        ("Attempts", str(entry.attempts)), ("Error", escape(entry.error or "")),
        ("Created", _time(entry.created_at)), ("Updated", _time(entry.updated_at)),
        ("Send at", _time(entry.send_at)),
    ]  # fmt: skip
    rows = "".join(
        f"<tr><td>{_time(e.at)}</td><td>{escape(e.from_state or '')}</td>"
        f"<td>{escape(e.to_state)}</td><td>{escape(e.detail or '')}</td></tr>"
        for e in events
    )
    actions = actions_for(entry, suppressed, base, csrf)
    body = f"""<h2>Entry {escape(entry.key)}</h2>
<dl>{"".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts)}</dl>
<h3>Text</h3><p class="text" id="text">{escape(entry.text)}</p>
<section aria-label="Actions"><h3>Actions</h3>
{"".join(actions) or "<p>None in this state.</p>"}</section>
<section><h3>Events</h3><table><thead><tr><th scope="col">At</th><th scope="col">From</th>
<th scope="col">To</th><th scope="col">Detail</th></tr></thead><tbody>{rows}</tbody></table>
</section>"""
    return layout(f"Entry {entry.key}", body, base=base, csrf=csrf)


SCRIPT = """// The console's only script: ask before an action, keep the overview live.
document.querySelectorAll("form[data-confirm]").forEach(form => {
  form.addEventListener("submit", event => {
    if (!window.confirm(form.dataset.confirm)) event.preventDefault();
  });
});
function localTimes() {
  document.querySelectorAll("time").forEach(t => {
    const when = new Date(t.dateTime);
    if (!isNaN(when)) t.textContent = when.toLocaleString();
  });
}
localTimes();
const feed = document.body.dataset.live;
if (feed) {
  const live = new EventSource(feed);
  const badge = () => document.getElementById("live");
  live.addEventListener("overview", event => {
    document.getElementById("overview").innerHTML = JSON.parse(event.data);
    localTimes();
    badge().textContent = "live"; badge().className = "";
  });
  live.onerror = () => { badge().textContent = "reconnecting"; badge().className = "off"; };
}
"""
