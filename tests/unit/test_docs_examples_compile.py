"""Every Python example in README.md and docs/ is valid Python that imports only what smskit
has: a renamed function or a typo in an example fails here, before the examples run whole
against the sandbox (``RUN_BY``), and a document with examples that nothing runs fails too."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
RUN_BY = {
    "README.md": "tests/docs/test_examples_run.py",
    "docs/celery.md": "tests/docs/test_examples_run.py",
    "docs/connection-strings.md": "tests/docs/test_examples_run.py",
    "docs/outbox.md": "tests/docs/test_examples_run.py",
    "docs/console.md": "tests/console/test_console_docs.py",
    "docs/testing.md": "tests/testing/test_docs_recipes.py",
}


def examples() -> list[tuple[str, int, str]]:
    found = []
    for doc in DOCS:
        text = doc.read_text()
        for match in re.finditer(r"```python\n(.*?)```", text, flags=re.S):
            line = text[: match.start()].count("\n") + 2
            found.append((doc.relative_to(ROOT).as_posix(), line, match.group(1)))
    return found


@pytest.mark.parametrize(("doc", "line", "code"), examples(), ids=lambda v: str(v)[:40])
def test_the_example_is_python_and_its_smskit_names_exist(doc: str, line: int, code: str) -> None:
    tree = ast.parse(code, filename=f"{doc}:{line}")
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("smskit"):
            module = importlib.import_module(node.module)
            for alias in node.names:
                assert hasattr(module, alias.name) or importlib.util.find_spec(
                    f"{node.module}.{alias.name}"
                ), f"{doc}:{line}: {node.module} has no {alias.name}"
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "smskit"
        ):
            smskit = importlib.import_module("smskit")
            assert hasattr(smskit, node.attr) or importlib.util.find_spec(f"smskit.{node.attr}"), (
                f"{doc}:{line}: smskit has no {node.attr}"
            )


def test_every_document_with_examples_has_them_run() -> None:
    with_examples = {doc for doc, _, _ in examples()}
    assert with_examples == RUN_BY.keys(), "a document's examples are run by no test"
    for doc, runner in RUN_BY.items():
        assert doc in (ROOT / runner).read_text(), f"{runner} does not open {doc}"
