"""Answers made from a response schema, for the operations the sandbox has no story for.

Every property is filled (so a client's parser meets the whole documented shape), values
respect the schema's type, format, limits and patterns the sandbox knows, and a listing's
``paging`` says there is no further page.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

_UUID_PATTERN_MARK = "[0-9a-f]{8}-"
_ONE_OF = re.compile(r"One of: ([^.]+)\.")
_UUID_FIELDS = frozenset({"idempotencyId", "trackData", "campaignId", "msgId"})
_NULLS = frozenset({"None", "null"})
# Named as times, typed as plain strings in the spec (so smskit reads them leniently).
_DATE_TIMES = frozenset({"scheduledDate", "datetime", "createdAt", "sentAt", "dateSent"})


def example(schema: dict[str, Any], name: str = "") -> Any:
    """A value the (inlined) schema accepts."""
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = example(part, name)
            if not isinstance(value, dict):
                return value
            merged.update(value)
        return merged
    for key in ("oneOf", "anyOf"):
        if key in schema:
            # The alternative that requires the most: what a strict client accepts too.
            choice = max(schema[key], key=lambda option: len(option.get("required", [])))
            return example(choice, name)
    if schema.get("enum"):
        return schema["enum"][0]
    kind = schema.get("type")
    allowed = _ONE_OF.search(str(schema.get("description") or ""))
    if allowed and kind in ("string", "integer"):
        # The allowed values of a field the spec describes rather than enumerates (so that
        # smskit's parsers stay lenient), as strict clients such as SMS.CX's SDK check them.
        listed = [v.strip() for v in allowed.group(1).split(",")]
        first = next((v for v in listed if v not in _NULLS), listed[0])  # "None" is null
        return int(first) if kind == "integer" and first.isdigit() else first
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict) and extra and not schema.get("properties"):
        return {"sandbox": example(extra, name)}  # a map: one entry, typed as documented
    if kind == "object" or "properties" in schema:
        return {
            prop: _paging() if prop == "paging" else example(sub, prop)
            for prop, sub in schema.get("properties", {}).items()
        }
    if kind == "array":
        return [example(schema.get("items", {}), name)]
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return 0.05
    if kind == "boolean":
        return False
    if kind == "string":
        return _string(schema, name)
    return None


def _string(schema: dict[str, Any], name: str) -> str:
    # A day ahead: an example schedule must lie in the future.
    tomorrow = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)
    if schema.get("format") == "date-time" or name in _DATE_TIMES or name.endswith("At"):
        return tomorrow.strftime("%Y-%m-%d %H:%M:%S")
    if schema.get("format") == "date":
        return tomorrow.strftime("%Y-%m-%d")
    uuid_sized = schema.get("minLength") == schema.get("maxLength") == 36
    if (schema.get("format") == "uuid" or _UUID_PATTERN_MARK in schema.get("pattern", "")
            or name in _UUID_FIELDS or uuid_sized):  # fmt: skip
        return str(uuid.uuid4())
    low, high = int(schema.get("minLength", 1)), int(schema.get("maxLength", 12))
    if schema.get("pattern") == "^[a-zA-Z0-9]+$":
        return "Sandbox"[:high].ljust(low, "x")
    if name.lower() in ("countryiso", "country_iso") or (low == 2 and high == 2):
        return "DE"
    if "phone" in name.lower() or name.lower() in ("to", "number"):
        return "+4915112345678"
    text = f"sandbox-{name or 'value'}"
    return text[:high].ljust(low, "x")


def _paging() -> dict[str, Any]:
    return {"next": None, "previous": None, "size": 1}
