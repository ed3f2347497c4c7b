"""What smskit's HTML pages (the sandbox's inbox, the operator's console) share: one look,
times shown in the browser's own zone. No build step and nothing fetched from elsewhere, so
the pages work offline."""

from __future__ import annotations

# Defines localTime() for scripts that render times later, and rewrites every <time> the
# server rendered (its ISO form stays in the datetime attribute). Used inside str.format
# templates, hence the doubled braces.
LOCAL_TIMES = """
function localTime(iso) {{
  const when = new Date(iso);
  return isNaN(when) ? iso : when.toLocaleString();
}}
document.querySelectorAll("time").forEach(t => {{ t.textContent = localTime(t.dateTime); }});
"""

# The rules every page starts from (plain CSS: pages put it in their <style>; it has no
# braces to double, so it goes into str.format templates as a value).
BASE_CSS = """
body { font: 14px system-ui, sans-serif; margin: 2em; color: #222; }
form { display: flex; gap: 1em; align-items: end; flex-wrap: wrap; margin: 1em 0; }
label { display: flex; flex-direction: column; font-size: 12px; color: #555; }
input, select, button { font: inherit; padding: .3em .5em; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .4em .6em; border-bottom: 1px solid #ddd; }
#live { font-size: 12px; color: #080; }
#live.off { color: #a00; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; }
"""
