"""What the sandbox's HTML pages share: times shown in the browser's own zone."""

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
