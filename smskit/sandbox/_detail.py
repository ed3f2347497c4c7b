"""One message in full: ``/messages/{id}`` (HTML) and ``GET /_sandbox/messages/{id}`` (JSON).

What a developer asks when a test fails: which provider got it, what became of it (the
timeline: caught, repeated requests answered from the first reply, delivery reports, the
webhook's answer), what exactly went over the wire (the request as the sandbox received it
and the answer it gave, credentials masked by ``_wire``), and which ids tie it together
(message id, campaign or order id, idempotency key). Buttons mark it delivered, failed or
expired, as ``POST /_sandbox/messages/{id}/status`` does.
"""

from __future__ import annotations

import html
import json
from typing import Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from .._html import LOCAL_TIMES
from ._store import Message, Store
from ._threads import drawn_text

# The id a provider's own status lookup takes when it is not the message's (smsend's order
# status takes the order id, which is what smskit's send returns as the id).
BATCH_NAMES = {"smscx": "Campaign id", "smsend": "Order id (what order_status and smskit take)"}
# Why a provider's message has no idempotency key: said on the page instead of a blank.
NO_KEY = {
    "sipgate": "none: sipgate has no idempotency key, so smskit never repeats a sipgate send "
    "that may have arrived",
    "acrobits": "none: the Send Message service has no idempotency key, so smskit never "
    "repeats a send that may have arrived",
    "smsend": "the order id: a send repeated with it is answered once",
    "smscx": "none sent",
}

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Message {title} · smskit sandbox</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body {{ font: 14px system-ui, sans-serif; margin: 2em; color: #222; max-width: 60em; }}
dl {{ display: grid; grid-template-columns: max-content 1fr; gap: .3em 1.2em; }}
dt {{ color: #555; }} dd {{ margin: 0; }}
pre {{ background: #f6f6f6; border: 1px solid #ddd; padding: .8em; overflow-x: auto;
  white-space: pre-wrap; word-break: break-all; }}
ol.timeline li {{ margin: .2em 0; }}
.status {{ font-weight: 600; }}
.cut {{ color: #c00; font-weight: 700; padding: 0 .2em; }}
mark {{ background: #ffd54f; }}
button {{ font: inherit; padding: .3em .7em; margin-right: .5em; }}
</style></head>
<body>
<p><a href="/">Inbox</a> · <a href="/conversations">Conversations</a> ·
JSON: <a href="{json_url}">{json_url}</a></p>
<h1>Message to {to}</h1>
<dl id="facts">{facts}</dl>
<h2>Delivery report</h2>
<p>What the provider would report next; the status endpoints answer with it, and an SMS.CX
send with a dlrCallbackUrl gets the dlr_update webhook.</p>
<p id="report">{buttons}</p>
<p id="outcome" role="status"></p>
<h2>Timeline</h2>
<ol class="timeline" id="timeline">{timeline}</ol>
<h2>Request</h2>
<p>As the sandbox received it; every credential shows as ••••••.</p>
<pre id="request">{request}</pre>
<h2>Response</h2>
<pre id="response">{response}</pre>
<script>
{local_times}
document.querySelectorAll("#report button").forEach(b => b.addEventListener("click", async () => {{
  const outcome = document.getElementById("outcome");
  outcome.textContent = "Marking " + b.dataset.status + "...";
  const answer = await fetch({status_url}, {{
    method: "POST", headers: {{"Content-Type": "application/json"}},
    body: JSON.stringify({{status: b.dataset.status}}),
  }});
  if (answer.ok) location.reload();  // the timeline then shows the report and the webhook
  else outcome.textContent = "Refused: " + (await answer.json()).message;
}}));
</script>
</body></html>
"""


def _wire_text(part: dict[str, Any], first_line: str) -> str:
    headers = "".join(f"{name}: {value}\n" for name, value in part.get("headers", []))
    body = part.get("body") or ""
    return f"{first_line}\n{headers}" + (f"\n{body}" if body else "")


def wire_texts(exchange: dict[str, Any] | None) -> tuple[str, str]:
    """The request and the response as HTTP/1.1 text (what the page shows)."""
    if exchange is None:
        missing = "Not recorded: the message was caught before this sandbox kept requests."
        return missing, missing
    request, response = exchange["request"], exchange["response"]
    target = request["path"] + (f"?{request['query']}" if request.get("query") else "")
    return (
        _wire_text(request, f"{request['method']} {target} HTTP/1.1"),
        _wire_text(response, f"HTTP/1.1 {response['status']}"),
    )


def _facts(message: Message) -> list[tuple[str, str]]:
    """(label, HTML) rows; every value escaped here."""

    def text(value: object) -> str:
        return html.escape("" if value is None else str(value))

    shown = message.as_json()
    rows = [
        ("Provider", text(message.provider)),
        ("Status", f'<span class="status" id="status">{text(message.status)}</span>'),
        ("To", text(message.recipient)),
        ("From", text(message.sender) or "(provider default)"),
        ("Text", drawn_text(shown)),
        ("Parts", f"{message.parts} ({text(message.encoding)})"),
        ("Caught", f'<time datetime="{shown["created_at"]}">{shown["created_at"]}</time>'),
        ("Message id", f'<code id="msg-id">{text(message.msg_id)}</code>'),
    ]
    if message.batch:
        label = BATCH_NAMES.get(message.provider, "Batch")
        rows.append((label, f"<code>{text(message.batch)}</code>"))
    key = message.idempotency_key
    rows.append(
        ("Idempotency key", f'<code id="idempotency-key">{text(key)}</code>' if key
         else text(NO_KEY.get(message.provider, "none")))
    )  # fmt: skip
    if message.scheduled_at:
        at = message.scheduled_at.isoformat()
        rows.append(("Scheduled for", f'<time datetime="{at}">{at}</time>'))
    if message.callback_url:
        rows.append(("DLR callback URL", f"<code>{text(message.callback_url)}</code>"))
    if message.track_data:
        rows.append(("Track data", f"<code>{text(message.track_data)}</code>"))
    return rows


class Detail:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _message(self, request: Request) -> Message | None:
        return self.store.one(request.path_params["msg_id"])

    async def as_json(self, request: Request) -> Response:
        """The message as in the list, plus ``events`` (its timeline) and ``exchange`` (the
        request that created it and the answer, masked; null when not recorded). ``DELETE``
        forgets it."""
        if request.method == "DELETE":
            removed = self.store.delete(request.path_params["msg_id"])
            if not removed:
                return JSONResponse({"message": f"no message {request.path_params['msg_id']}"},
                                    404)  # fmt: skip
            return JSONResponse({"deleted": removed})
        message = self._message(request)
        if message is None:
            return JSONResponse({"message": f"no message {request.path_params['msg_id']}"}, 404)
        return JSONResponse(
            {
                **message.as_json(),
                "events": [e.as_json() for e in self.store.events(message.msg_id)],
                "exchange": self.store.exchange(message.exchange_id or ""),
            }
        )

    async def page(self, request: Request) -> Response:
        message = self._message(request)
        if message is None:
            return HTMLResponse(
                '<!doctype html><html lang="en"><title>Not found</title><p>No such message. '
                '<a href="/">Back to the inbox</a></p></html>',
                404,
            )
        path = "/_sandbox/messages/" + quote(message.msg_id, safe="")
        # A string inside <script>: JSON, with "<" escaped so no id can close the script.
        status_url = json.dumps(path + "/status").replace("<", "\\u003c")
        timeline = "".join(
            f'<li><time datetime="{e.at.isoformat()}">{e.at.isoformat()}</time> '
            + (f'<span class="status">{html.escape(e.status)}</span> ' if e.status else "")
            + f"{html.escape(e.note)}</li>"
            for e in self.store.events(message.msg_id)
        )
        sent, answered = wire_texts(self.store.exchange(message.exchange_id or ""))
        buttons = "".join(
            f'<button type="button" data-status="{s}">Mark {s}</button>'
            for s in ("delivered", "failed", "expired")
        )
        return HTMLResponse(
            _PAGE.format(
                title=html.escape(message.msg_id),
                to=html.escape(message.recipient),
                json_url=html.escape(path),
                facts="".join(
                    f"<dt>{label}</dt><dd>{value}</dd>" for label, value in _facts(message)
                ),
                buttons=buttons,
                timeline=timeline or "<li>Nothing yet.</li>",
                request=html.escape(sent),
                response=html.escape(answered),
                local_times=LOCAL_TIMES,
                status_url=status_url,
            )
        )
