"""The HTML inbox: every caught message, newest first, refreshed as messages arrive."""

from __future__ import annotations

import html
from typing import Any

COLUMNS = ("provider", "to", "from", "text", "segments", "encoding", "status", "created_at")

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>smskit sandbox inbox</title>
<style>
body {{ font: 14px system-ui, sans-serif; margin: 2em; color: #222; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ text-align: left; padding: .4em .6em; border-bottom: 1px solid #ddd; }}
td.text {{ white-space: pre-wrap; max-width: 40em; }}
.provider {{ font-weight: 600; }}
</style></head>
<body>
<h1>smskit sandbox inbox</h1>
<p>Messages the sandbox caught, newest first; nothing was sent to a phone.
<span id="count">{count}</span> message(s).
JSON: <a href="/_sandbox/messages">/_sandbox/messages</a></p>
<table><thead><tr>{head}</tr></thead><tbody id="messages">{rows}</tbody></table>
<script>
const columns = {columns};
function cell(message, column) {{
  const td = document.createElement("td");
  td.className = column;
  td.textContent = message[column] === null ? "" : String(message[column]);
  return td;
}}
async function refresh() {{
  try {{
    const messages = await (await fetch("/_sandbox/messages")).json();
    const body = document.getElementById("messages");
    body.replaceChildren(...messages.map(m => {{
      const tr = document.createElement("tr");
      columns.forEach(c => tr.appendChild(cell(m, c)));
      return tr;
    }}));
    document.getElementById("count").textContent = messages.length;
  }} catch (e) {{ /* the sandbox may be restarting */ }}
}}
setInterval(refresh, 2000);
</script>
</body></html>
"""


def inbox_page(messages: list[dict[str, Any]]) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in COLUMNS)
    rows = "".join(
        "<tr>"
        + "".join(
            f'<td class="{c}">{html.escape("" if m.get(c) is None else str(m.get(c)))}</td>'
            for c in COLUMNS
        )
        + "</tr>"
        for m in messages
    )
    columns = "[" + ", ".join(f'"{c}"' for c in COLUMNS) + "]"
    return _PAGE.format(count=len(messages), head=head, rows=rows, columns=columns)
