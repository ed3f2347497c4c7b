"""The PostgreSQL outbox's statements on the hot path (add, claim, outcomes), each built as
one statement: on this path a round trip costs as much as the work, so everything a step
writes (the rows, their events, the opt-out check, the message ids, the wake-up) travels
together and is its own transaction."""

from __future__ import annotations

import json
from typing import Any

from ._model import PENDING, QUEUED, SENDING, SUPPRESSED, NewEntry, Outcome

# The SQL type of each column an outcome may set (a batched finish casts its JSON values).
COLUMN_TYPES = {
    "owner": "text", "lease_until": "double precision", "provider": "text", "ids": "text",
    "error": "text", "attempts": "integer", "tries": "integer",
    "next_attempt_at": "double precision", "reference": "text", "delivery": "text",
    "delivery_at": "double precision", "delivery_check_at": "double precision",
}  # fmt: skip


# A batch travels as one JSON parameter: psycopg dumps a list as an array element by
# element (a pattern search per string), which was a third of add_many's client CPU
# (23.8 -> 17.0 µs an entry; 21,200 -> 23,000 entries/s in six interleaved rounds).
_JSON_ROWS = """SELECT r->>0 AS key, r->>1 AS recipient, r->>2 AS text, r->>3 AS via,
                   (r->>4)::float8 AS send_at, r->>5 AS reference, (r->>6)::float8 AS due
                FROM json_array_elements(%s::json) AS r"""
_ONE_ROW = """SELECT * FROM (VALUES (%s::text, %s::text, %s::text, %s::text, %s::float8,
                                    %s::text, %s::float8))
                AS g(key, recipient, text, via, send_at, reference, due)"""


def add(p: str, channel: str, entries: list[NewEntry], now: float) -> tuple[str, Any]:
    """INSERT ... SELECT FROM the given rows (one JSON array of them, or one row of
    parameters for one message) ON CONFLICT DO NOTHING, the events inserted from its
    RETURNING in the same statement, the state decided against the suppression list in it
    too, and the NOTIFY that wakes idle dispatchers at commit. Only the key and the state
    come back: the store builds the entries from what it was given."""
    rows = [(x.key, x.to, x.text, x.via, x.send_at, x.reference, x.send_at or now)
            for x in entries]  # fmt: skip
    values: tuple[Any, ...]
    if len(rows) == 1:
        # One message (the common add, often in the caller's transaction): a row of
        # parameters costs the server half what arrays and unnest did (0.22 against 0.47
        # ms), and beats a one-row JSON array too (add(connection=) 1.79x against 1.89x).
        given, values = _ONE_ROW, rows[0]
    else:
        given, values = _JSON_ROWS, (json.dumps(rows, ensure_ascii=False),)
    sql = f"""
        WITH given AS ({given}), added AS (
            INSERT INTO {p}_entries (key, recipient, text, via, send_at, reference, state,
                                     next_attempt_at, created_at, updated_at)
            SELECT g.key, g.recipient, g.text, g.via, g.send_at, g.reference,
                   CASE WHEN EXISTS (SELECT 1 FROM {p}_suppressed WHERE number = g.recipient)
                        THEN %s ELSE %s END,
                   g.due, %s, %s
            FROM given g
            ON CONFLICT (key) DO NOTHING
            RETURNING key, state
        ), logged AS (
            INSERT INTO {p}_events (key, from_state, to_state, at, detail)
            SELECT key, NULL, state, %s,
                   CASE WHEN state = %s THEN 'the number opted out' END
            FROM added
        )
        SELECT added.* FROM added, (SELECT pg_notify(%s, '')) AS woken"""  # noqa: S608
    return sql, (*values, SUPPRESSED, QUEUED, now, now, now, SUPPRESSED, channel)


def claim(
    p: str, now: float, lease_until: float, owner: str, vias: list[str], limit: int
) -> tuple[str, Any]:
    """Pick (``{p}_pick_v1``: the queue index in due order, stopping after ``limit`` rows;
    the route is a filter), move each row to sending, or to suppressed when its number
    opted out meanwhile, and write the events of both. Returns the rows to send."""
    t = f"{p}_entries"
    sql = f"""WITH picked AS (
            SELECT * FROM {p}_pick_v1(%(now)s, %(vias)s, %(limit)s)),
        moved AS (
            UPDATE {t} SET
                state = CASE WHEN picked.opted_out THEN %(suppressed)s ELSE %(sending)s END,
                owner = CASE WHEN picked.opted_out THEN NULL ELSE %(owner)s END,
                lease_until = CASE WHEN picked.opted_out THEN NULL ELSE %(lease)s END,
                updated_at = %(now)s
            FROM picked WHERE {t}.id = picked.id
            RETURNING {t}.*, picked.opted_out),
        logged AS (
            INSERT INTO {p}_events (key, from_state, to_state, at, detail)
            SELECT key, %(queued)s, state, %(now)s,
                   CASE WHEN opted_out THEN recipient || ' opted out' ELSE %(claimed)s END
            FROM moved ORDER BY next_attempt_at, id)
        SELECT * FROM moved WHERE NOT opted_out"""  # noqa: S608
    return sql, {"queued": QUEUED, "sending": SENDING, "suppressed": SUPPRESSED, "now": now,
                 "vias": vias, "limit": limit, "owner": owner, "lease": lease_until,
                 "claimed": f"claimed by {owner}"}  # fmt: skip


def finish(
    p: str,
    owner: str | None,
    now: float,
    names: tuple[str, ...],
    group: list[tuple[Outcome, dict[str, Any]]],
) -> tuple[str, Any]:
    """Outcomes that set the same columns (``names``): the updates from one JSON array of
    rows (only rows still sending, and held by ``owner`` when given), their events and the
    message ids of those now pending delivery. Returns the keys that changed."""
    t = f"{p}_entries"
    sets = "".join(f", {name} = o.{name}" for name in names)
    columns_out = "".join(f", (r->>{n})::{COLUMN_TYPES[name]} AS {name}"
                          for n, name in enumerate(names, start=3))  # fmt: skip
    rows = [[o.key, o.state, o.detail, *(values[name] for name in names)] for o, values in group]
    tracked = [(o.key, o.fields["provider"], message_id) for o, _ in group
               if o.fields.get("delivery") == PENDING
               for message_id in o.fields.get("ids", ())]  # fmt: skip
    sql = f"""WITH o AS (
            SELECT r->>0 AS key, r->>1 AS state, r->>2 AS detail{columns_out}
            FROM json_array_elements(%(rows)s::json) AS r),
        moved AS (
            UPDATE {t} SET state = o.state, updated_at = %(now)s{sets}
            FROM o WHERE {t}.key = o.key AND {t}.state = %(sending)s
              AND (%(owner)s::text IS NULL OR {t}.owner = %(owner)s)
            RETURNING {t}.key, {t}.id, o.state, o.detail),
        logged AS (
            INSERT INTO {p}_events (key, from_state, to_state, at, detail)
            SELECT key, %(sending)s, state, %(now)s, detail FROM moved ORDER BY id),
        indexed AS (
            INSERT INTO {p}_ids (provider, id, key)
            SELECT i->>1, i->>2, i->>0 FROM json_array_elements(%(tracked)s::json) AS i
            WHERE i->>0 IN (SELECT key FROM moved)
            ON CONFLICT DO NOTHING)
        SELECT key FROM moved"""  # noqa: S608
    return sql, {"rows": json.dumps(rows, ensure_ascii=False), "now": now, "sending": SENDING,
                 "owner": owner, "tracked": json.dumps(tracked, ensure_ascii=False)}  # fmt: skip
