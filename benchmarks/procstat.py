"""Every process's line of ``/proc/<pid>/stat``: the CPU figures the benchmarks read."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")  # the unit of the CPU fields


def processes() -> Iterator[tuple[int, str, list[str]]]:
    """(pid, command name, the fields after the name) of every process. Field 1 is the
    parent's pid, 3 the session id, 11 and 12 its own user and system CPU, 13 and 14 those
    of its ended children that it waited for."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:  # it ended while we looked
            continue
        name = text[text.index("(") + 1 : text.rindex(")")]
        yield int(stat.parent.name), name, text[text.rindex(")") + 2 :].split()
