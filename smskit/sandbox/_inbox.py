"""The HTML inbox: every caught message, newest first, a page at a time, live.

Server-rendered (readable without JavaScript), then kept current by a small script. Filters
(provider, recipient, words in the text: ``?provider=&to=&q=``) and pages (``?offset=``) are
answered by the store, over every message it holds: the page says how many matched in all
and links to the previous and next pages. The live feed (``/_sandbox/stream`` with the same
query) re-renders the page as messages arrive or change; typing in a filter re-asks the feed,
without a reload. Each row has a button that forgets that message
(``DELETE /_sandbox/messages/{id}``); "Clear" empties the inbox. Times show in the browser's
own zone. No build step, nothing fetched from elsewhere: the sandbox works offline.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlencode

import attrs

from .._html import BASE_CSS, LOCAL_TIMES
from ._store import Message, Store

COLUMNS = ("provider", "to", "from", "text", "segments", "encoding", "status", "created_at")
HEADINGS = ("Provider", "To", "From", "Text", "Parts", "Encoding", "Status", "Caught", "")
PROVIDERS = ("sipgate", "smscx", "smsend", "acrobits")
PAGE_SIZE = 100


@attrs.frozen
class InboxView:
    """Which messages a page (or its live feed) shows."""

    provider: str = ""
    to: str = ""
    q: str = ""
    offset: int = 0

    @classmethod
    def of(cls, query: Mapping[str, str]) -> InboxView | None:
        """The view a query string asks for; None for an offset that is not a number."""
        raw = query.get("offset", "0") or "0"
        if not raw.isdigit() or len(raw) > 9:
            return None
        provider = query.get("provider", "")
        return cls(provider if provider in PROVIDERS else "", query.get("to", "").strip(),
                   query.get("q", "").strip(), int(raw))  # fmt: skip

    def read(self, store: Store) -> tuple[list[Message], int]:
        return store.search(self.provider or None, self.to or None, PAGE_SIZE, self.offset,
                            q=self.q or None)  # fmt: skip

    def link(self, offset: int) -> str:
        kept = {k: v for k, v in (("provider", self.provider), ("to", self.to), ("q", self.q))
                if v}  # fmt: skip
        return "?" + urlencode({**kept, "offset": offset}) if offset else "?" + urlencode(kept)


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>smskit sandbox inbox</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>{base_css}
td.text {{ white-space: pre-wrap; max-width: 40em; }}
td.provider {{ font-weight: 600; }}
button.forget {{ font-size: 12px; }}
</style></head>
<body>
<h1>smskit sandbox inbox</h1>
<p>Messages the sandbox caught, newest first; nothing was sent to a phone.
<span id="count" aria-live="polite">{total}</span> message(s) match, <span id="shown">{shown}</span>
shown<span id="range">{range}</span>. <span id="live" class="off">not live</span>.
<a href="/conversations">Conversations</a>.
JSON: <a href="/_sandbox/messages">/_sandbox/messages</a></p>
<form id="filters" role="search" method="get" action="/">
<label>Provider <select id="provider" name="provider">
<option value="">all</option>{options}</select></label>
<label>Recipient <input id="to" name="to" type="search" placeholder="+4915..." value="{to}">
</label>
<label>Text <input id="q" name="q" type="search" placeholder="words in the text" value="{q}">
</label>
<button type="submit">Filter</button>
<button id="clear" type="button">Clear the inbox</button>
</form>
<p id="pages"><a id="prev" rel="prev" href="{prev}"{prev_hidden}>Newer messages</a>
<a id="next" rel="next" href="{next}"{next_hidden}>Older messages</a></p>
<p id="empty"{empty_hidden}>No messages match.</p>
<table><caption class="visually-hidden">Caught messages</caption>
<thead><tr>{head}</tr></thead><tbody id="messages">{rows}</tbody></table>
<script>
const columns = {columns};
const pageSize = {page_size};
const filters = ["provider", "to", "q"].map(id => document.getElementById(id));
let offset = {offset};
{local_times}function row(m) {{
  const tr = document.createElement("tr");
  tr.dataset.provider = m.provider; tr.dataset.to = m.to || ""; tr.dataset.text = m.text || "";
  columns.forEach(c => {{
    const td = document.createElement("td");
    td.className = c;
    if (c === "created_at") {{
      const t = document.createElement("time");
      t.dateTime = m[c]; t.textContent = localTime(m[c]); td.appendChild(t);
    }} else if (c === "text") {{
      const a = document.createElement("a");
      a.href = "/messages/" + encodeURIComponent(m.id); a.textContent = m.text || "";
      td.appendChild(a);
    }} else {{
      td.textContent = m[c] === null || m[c] === undefined ? "" : String(m[c]);
    }}
    tr.appendChild(td);
  }});
  const td = document.createElement("td");
  const forget = document.createElement("button");
  forget.type = "button"; forget.className = "forget"; forget.dataset.id = m.id;
  forget.textContent = "Delete"; td.appendChild(forget); tr.appendChild(td);
  return tr;
}}
function query(at) {{
  const params = new URLSearchParams();
  filters.forEach(f => {{ if (f.value.trim()) params.set(f.id, f.value.trim()); }});
  if (at) params.set("offset", at);
  return params.toString();
}}
function pages(total, shown) {{
  const prev = document.getElementById("prev"), next = document.getElementById("next");
  prev.hidden = offset === 0; next.hidden = offset + shown >= total;
  prev.href = "?" + query(Math.max(0, offset - pageSize));
  next.href = "?" + query(offset + pageSize);
  document.getElementById("range").textContent =
    total > shown ? ` (${{offset + 1}} to ${{offset + shown}})` : "";
  document.getElementById("empty").hidden = total !== 0;
}}
let total = {total};
let live = null;
const badge = document.getElementById("live");
function listen() {{
  if (live) live.close();
  live = new EventSource("/_sandbox/stream?" + query(offset));
  live.addEventListener("total", e => {{ total = JSON.parse(e.data); }});
  live.addEventListener("messages", e => {{
    const messages = JSON.parse(e.data);
    document.getElementById("messages").replaceChildren(...messages.map(row));
    document.getElementById("count").textContent = total;
    document.getElementById("shown").textContent = messages.length;
    pages(total, messages.length);
  }});
  live.onopen = () => {{ badge.textContent = "live"; badge.className = ""; }};
  live.onerror = () => {{ badge.textContent = "reconnecting"; badge.className = "off"; }};
}}
let typing = null;
filters.forEach(f => f.addEventListener("input", () => {{
  clearTimeout(typing);
  typing = setTimeout(() => {{  // a new filter starts at the first page
    offset = 0; history.replaceState(null, "", "?" + query(0)); listen();
  }}, 200);
}}));
document.getElementById("messages").addEventListener("click", event => {{
  const id = event.target.dataset && event.target.dataset.id;
  if (id) fetch("/_sandbox/messages/" + encodeURIComponent(id), {{method: "DELETE"}});
}});
document.getElementById("clear").addEventListener("click", () => {{
  fetch("/_sandbox/messages", {{method: "DELETE"}});  // the live feed then shows it empty
}});
listen();
</script>
</body></html>
"""


def _cell(message: dict[str, Any], column: str) -> str:
    value = message.get(column)
    text = html.escape("" if value is None else str(value))
    if column == "created_at":
        text = f'<time datetime="{text}">{text}</time>'
    elif column == "text":
        text = f'<a href="/messages/{quote(str(message["id"]), safe="")}">{text}</a>'
    return f'<td class="{column}">{text}</td>'


def _row(message: dict[str, Any]) -> str:
    forget = (f'<td><button type="button" class="forget" '
              f'data-id="{html.escape(str(message["id"]))}">Delete</button></td>')  # fmt: skip
    return (
        f'<tr data-provider="{html.escape(message["provider"])}" '
        f'data-to="{html.escape(str(message.get("to") or ""))}" '
        f'data-text="{html.escape(str(message.get("text") or ""))}">'
        + "".join(_cell(message, c) for c in COLUMNS)
        + forget
        + "</tr>"
    )


def inbox_page(view: InboxView, messages: list[dict[str, Any]], total: int) -> str:
    head = "".join(f'<th scope="col">{html.escape(h)}</th>' for h in HEADINGS)
    options = "".join(
        f'<option value="{p}"{" selected" if p == view.provider else ""}>{p}</option>'
        for p in PROVIDERS
    )
    shown = len(messages)
    hidden = ' hidden=""'
    return _PAGE.format(
        total=total,
        shown=shown,
        range=f" ({view.offset + 1} to {view.offset + shown})" if total > shown else "",
        to=html.escape(view.to),
        q=html.escape(view.q),
        prev=html.escape(view.link(max(0, view.offset - PAGE_SIZE))),
        next=html.escape(view.link(view.offset + PAGE_SIZE)),
        prev_hidden=hidden if view.offset == 0 else "",
        next_hidden=hidden if view.offset + shown >= total else "",
        empty_hidden=hidden if total else "",
        head=head,
        rows="".join(_row(m) for m in messages),
        columns="[" + ", ".join(f'"{c}"' for c in COLUMNS) + "]",
        page_size=PAGE_SIZE,
        offset=view.offset,
        options=options,
        local_times=LOCAL_TIMES,
        base_css=BASE_CSS,
    )
