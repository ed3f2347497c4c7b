"""What the suite's secret check reads: the str and repr of every smskit client, error and
raw result alive (``no_canary_leaks`` in conftest.py)."""

from __future__ import annotations

import gc

from smskit._client import BaseClient
from smskit._views import RawResult
from smskit.errors import SmskitError


def _subclasses(*roots: type) -> set[type]:
    found: set[type] = set()
    todo = list(roots)
    while todo:
        cls = todo.pop()
        if cls not in found:
            found.add(cls)
            todo.extend(cls.__subclasses__())
    return found


def live_texts() -> list[str]:
    """str/repr of every smskit client and error still alive. Objects are picked by their
    exact type from the classes alive now (one set lookup each): an isinstance() chain over
    every object in the process cost a tenth of a second per test."""
    clients = _subclasses(BaseClient)
    failures = _subclasses(SmskitError)
    wanted = clients | failures | _subclasses(RawResult)
    texts = []
    for obj in [o for o in gc.get_objects() if type(o) in wanted]:
        kind = type(obj)
        if kind in clients:
            texts.append(repr(obj))
            texts.append(repr(getattr(obj, "_auth", None)))
        elif kind in failures:
            texts += [str(obj), repr(obj), getattr(obj, "body", "") or ""]
        else:  # what with_raw_response hands out
            for response in obj.responses:
                texts += [repr(response.request.headers), str(response.request.url)]
    return texts
