"""The HTML inbox: every caught message, newest first, live.

Server-rendered (readable without JavaScript), then kept current by a small script: the
live feed (``/_sandbox/stream``, Server-Sent Events) re-renders the list as messages arrive
or change, filters (provider, recipient, text; also from the query string ``?provider=&to=
&q=``) hide what does not match, times show in the browser's own zone, and "Clear" empties
the inbox (``DELETE /_sandbox/messages``). No build step, nothing fetched from elsewhere:
the sandbox works offline.
"""

from __future__ import annotations

import html
from typing import Any
from urllib.parse import quote

from .._html import BASE_CSS, LOCAL_TIMES

COLUMNS = ("provider", "to", "from", "text", "segments", "encoding", "status", "created_at")
HEADINGS = ("Provider", "To", "From", "Text", "Parts", "Encoding", "Status", "Caught")
PROVIDERS = ("sipgate", "smscx", "smsend", "acrobits")

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>smskit sandbox inbox</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>{base_css}
td.text {{ white-space: pre-wrap; max-width: 40em; }}
td.provider {{ font-weight: 600; }}
</style></head>
<body>
<h1>smskit sandbox inbox</h1>
<p>Messages the sandbox caught, newest first; nothing was sent to a phone.
<span id="count" aria-live="polite">{count}</span> message(s), <span id="shown">{count}</span>
shown. <span id="live" class="off">not live</span>.
<a href="/conversations">Conversations</a>.
JSON: <a href="/_sandbox/messages">/_sandbox/messages</a></p>
<form id="filters" role="search" onsubmit="return false">
<label>Provider <select id="provider" name="provider">
<option value="">all</option>{options}</select></label>
<label>Recipient <input id="to" name="to" type="search" placeholder="+4915..."></label>
<label>Text <input id="q" name="q" type="search" placeholder="words in the text"></label>
<button id="clear" type="button">Clear the inbox</button>
</form>
<table><caption class="visually-hidden">Caught messages</caption>
<thead><tr>{head}</tr></thead><tbody id="messages">{rows}</tbody></table>
<script>
const columns = {columns};
const filters = ["provider", "to", "q"].map(id => document.getElementById(id));
const params = new URLSearchParams(location.search);
filters.forEach(f => {{ f.value = params.get(f.id) || ""; f.addEventListener("input", apply); }});
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
  return tr;
}}
function apply() {{
  const [provider, to, q] = filters.map(f => f.value.trim().toLowerCase());
  let shown = 0;
  for (const tr of document.querySelectorAll("#messages tr")) {{
    const hit = (!provider || tr.dataset.provider === provider)
      && (!to || tr.dataset.to.toLowerCase().includes(to))
      && (!q || tr.dataset.text.toLowerCase().includes(q));
    tr.hidden = !hit; if (hit) shown++;
  }}
  document.getElementById("shown").textContent = shown;
}}
function render(messages) {{
  document.getElementById("messages").replaceChildren(...messages.map(row));
  document.getElementById("count").textContent = messages.length;
  apply();
}}
apply();
const live = new EventSource("/_sandbox/stream");
const badge = document.getElementById("live");
live.addEventListener("messages", e => render(JSON.parse(e.data)));
live.onopen = () => {{ badge.textContent = "live"; badge.className = ""; }};
live.onerror = () => {{ badge.textContent = "reconnecting"; badge.className = "off"; }};
document.getElementById("clear").addEventListener("click", () => {{
  fetch("/_sandbox/messages", {{method: "DELETE"}});  // the live feed then shows it empty
}});
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


def inbox_page(messages: list[dict[str, Any]]) -> str:
    head = "".join(f'<th scope="col">{html.escape(h)}</th>' for h in HEADINGS)
    rows = "".join(
        f'<tr data-provider="{html.escape(m["provider"])}" '
        f'data-to="{html.escape(str(m.get("to") or ""))}" '
        f'data-text="{html.escape(str(m.get("text") or ""))}">'
        + "".join(_cell(m, c) for c in COLUMNS)
        + "</tr>"
        for m in messages
    )
    options = "".join(f'<option value="{p}">{p}</option>' for p in PROVIDERS)
    columns = "[" + ", ".join(f'"{c}"' for c in COLUMNS) + "]"
    return _PAGE.format(
        count=len(messages),
        head=head,
        rows=rows,
        columns=columns,
        options=options,
        local_times=LOCAL_TIMES,
        base_css=BASE_CSS,
    )
