"""The house rules of DESIGN §21, checked on the source: no import circle anywhere in
``smskit/`` (every import counts: module level, inside functions, under TYPE_CHECKING), the
rooms never reach provider internals, the core knows no provider, command line or outbox,
and the rooms ARCHITECTURE.md names exist."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "smskit"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py")}


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """Every smskit module ``name`` imports (a ``from X import y`` of a submodule counts y)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{a.name}" for a in node.names)
    resolved = set()
    for target in found:
        while target and target not in known:
            target = target.rpartition(".")[0]
        if target and target != name:
            resolved.add(target)
    return resolved


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports_of(name, path, set(known)) for name, path in known.items()}


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), excluding a package and
    its own submodules importing each other (``__init__`` re-exports)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on.add(node)
        for nxt in edges.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return groups


def without_package_reexports(edges: dict[str, set[str]]) -> dict[str, set[str]]:
    """A package's ``__init__`` importing its own submodules (to re-export them) is not a
    circle with those submodules: drop the edge from a submodule up to its package."""
    return {
        name: {t for t in targets if not name.startswith(t + ".")}
        for name, targets in edges.items()
    }


def test_no_import_circle_in_smskit() -> None:
    assert circles(without_package_reexports(graph())) == []


def test_the_circle_finder_finds_a_circle() -> None:
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


ROOMS = ("smskit.outbox", "smskit.bridge", "smskit.celery", "smskit.cli", "smskit.testing",
         "smskit.webhooks", "smskit.console")  # fmt: skip


def test_the_console_uses_the_outbox_only_through_its_public_surface() -> None:
    for name, targets in graph().items():
        if name.startswith("smskit.console"):
            private = [t for t in targets if t.startswith("smskit.outbox.")]
            assert private == [], f"{name} imports outbox internals: {private}"


def test_rooms_reach_clients_only_through_the_sender_interface() -> None:
    edges = graph()
    for name, targets in edges.items():
        if name.startswith(ROOMS) and not name.startswith("smskit.cli"):
            inside = [t for t in targets if t.startswith("smskit.providers")]
            assert inside == [], f"{name} imports provider internals: {inside}"


def test_the_core_knows_no_provider_command_line_or_outbox() -> None:
    core = [n for n in graph() if n.count(".") == 1 and n.rpartition(".")[2].startswith("_")]
    edges = graph()
    # the built-in connection-string schemes name the providers; `python -m smskit` is the CLI
    allowed = {"smskit._schemes", "smskit.__main__"}
    for name in core:
        if name in allowed:
            continue
        bad = [t for t in edges[name]
               if t.startswith(("smskit.providers", "smskit.cli", "smskit.outbox"))]  # fmt: skip
        assert bad == [], f"{name} (core) imports {bad}"


def test_the_rooms_architecture_md_names_exist() -> None:
    text = (ROOT / "ARCHITECTURE.md").read_text()
    named = set(re.findall(r"`(smskit/[\w/.]+)`", text))
    assert len(named) >= 10
    missing = [n for n in sorted(named) if not (ROOT / n).exists()]
    assert missing == []


def test_no_hand_written_module_is_long_without_saying_why() -> None:
    for path in PACKAGE.rglob("*.py"):
        lines = path.read_text().splitlines()
        if len(lines) > 600:
            head = "\n".join(lines[:15]).lower()
            assert "long" in head or "lines" in head, f"{path}: {len(lines)} lines, no reason given"
