"""The conversation view: caught messages grouped by recipient, like a phone's threads, with
what the recipient answered (``POST /_sandbox/inbound``) as replies on the other side.

Each message is a bubble with its sender id, status, time and part count; its text is drawn
part by part as the network would cut it (``smskit._segments.split``), and in a UCS-2
message the first character that forced UCS-2 (one outside GSM-7) is marked, since that one
character is what halved the room per part.
"""

from __future__ import annotations

import html
from collections import OrderedDict
from typing import Any
from urllib.parse import quote

from .._html import LOCAL_TIMES
from .._segments import outside_gsm7, split

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>smskit sandbox conversations</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body {{ font: 14px system-ui, sans-serif; margin: 2em; color: #222; }}
main.threads {{ display: grid; gap: 1em;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 30em), 1fr)); }}
section.thread {{ border: 1px solid #ddd; border-radius: 8px; padding: 1em; }}
section.thread h2 {{ font-size: 15px; margin: 0 0 .5em; }}
.bubble {{ background: #dcf8c6; border-radius: 12px; padding: .5em .8em; margin: .5em 0 .5em 20%;
  white-space: pre-wrap; }}
.bubble.reply {{ background: #eee; margin: .5em 20% .5em 0; }}
.meta {{ font-size: 11px; color: #666; margin-top: .3em; }}
.cut {{ color: #c00; font-weight: 700; padding: 0 .2em; }}
mark {{ background: #ffd54f; }}
</style></head>
<body>
<h1>Conversations</h1>
<p><a href="/">Back to the inbox</a>. {count} recipient(s). Part boundaries show as
<span class="cut">|</span>; <mark>marked</mark> are the characters that made a message UCS-2.
The newest {shown} messages are grouped here; the inbox pages through all of them.</p>
<main class="threads">{threads}</main>
<script>
{local_times}new EventSource("/_sandbox/stream").addEventListener("messages", () => {{
  if (window.seenFirst) location.reload(); window.seenFirst = true;
}});
</script>
</body></html>
"""


def drawn_text(message: dict[str, Any]) -> str:
    """The text as HTML, part by part, every character that needs UCS-2 marked (with its
    code point in the title)."""
    text = str(message.get("text") or "")
    outside = set(outside_gsm7(text))
    drawn = []
    for part in split(text) or [""]:
        pieces = []
        for char in part:
            escaped = html.escape(char)
            if char in outside:
                pieces.append(f'<mark title="needs UCS-2: U+{ord(char):04X}">{escaped}</mark>')
            else:
                pieces.append(escaped)
        drawn.append(f'<span class="part">{"".join(pieces)}</span>')
    return '<span class="cut" title="next part">|</span>'.join(drawn)


def _bubble(message: dict[str, Any]) -> str:
    created = html.escape(str(message.get("created_at") or ""))
    meta = (
        f"{html.escape(str(message.get('from') or ''))} · {html.escape(message['provider'])} · "
        f"{html.escape(str(message.get('status')))} · {message.get('segments')} part(s), "
        f'{html.escape(str(message.get("encoding")))} · <time datetime="{created}">{created}</time>'
        f' · <a href="/messages/{quote(str(message.get("id")), safe="")}">details</a>'
    )
    return f'<div class="bubble">{drawn_text(message)}<div class="meta">{meta}</div></div>'


def _reply(message: dict[str, Any]) -> str:
    at = message["at"].isoformat()
    meta = (f"reply from {html.escape(str(message['from']))} to "
            f"{html.escape(str(message['to']))} · {html.escape(str(message['provider']))} · "
            f'<time datetime="{at}">{at}</time>')  # fmt: skip
    text = html.escape(str(message["text"]))
    return f'<div class="bubble reply">{text}<div class="meta">{meta}</div></div>'


def conversations_page(
    messages: list[dict[str, Any]], replies: list[dict[str, Any]] | None = None
) -> str:
    """``messages`` newest first; threads ordered by their newest message, oldest first inside.
    ``replies`` (received messages, oldest first) join the thread of their sender."""
    threads: OrderedDict[str, list[dict[str, Any]]] = OrderedDict()
    for message in messages:
        threads.setdefault(str(message.get("to")), []).append(message)
    answers: dict[str, list[dict[str, Any]]] = {}
    for reply in replies or []:
        if str(reply["from"]) in threads:
            answers.setdefault(str(reply["from"]), []).append(reply)
        else:
            threads[str(reply["from"])] = []
            answers.setdefault(str(reply["from"]), []).append(reply)

    def in_order(to: str, items: list[dict[str, Any]]) -> str:
        timed = [(str(m.get("created_at") or ""), _bubble(m)) for m in reversed(items)]
        timed += [(r["at"].isoformat(), _reply(r)) for r in answers.get(to, [])]
        return "".join(bubble for _, bubble in sorted(timed, key=lambda pair: pair[0]))

    drawn = "".join(
        f'<section class="thread" data-to="{html.escape(to)}"><h2>{html.escape(to)}</h2>'
        + in_order(to, items)
        + "</section>"
        for to, items in threads.items()
    )
    return _PAGE.format(
        count=len(threads),
        shown=len(messages),
        threads=drawn or "<p>No messages yet.</p>",
        local_times=LOCAL_TIMES,
    )
