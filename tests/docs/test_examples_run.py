"""The Python examples of README.md and docs/ run, block after block in one namespace as a
reader would paste them (top-level ``await`` included), against the sandbox: an example that
breaks fails CI.

What the test changes, and nothing else:

- the provider's address: ``SIPGATE_BASE_URL``, ``SMSCX_BASE_URL`` and ``SMSEND_BASE_URL``
  point ``@default`` and every client built without ``base_url`` at the sandbox, as they
  would point them at a staging host; ``sms.example.com`` (the reader's own Acrobits-style
  service) is the sandbox's Acrobits endpoint;
- placeholder credentials (``"..."``, ``SECRET``, ``API_KEY`` ...) become the sandbox's
  credential, the word ``sandbox``;
- ``run_forever()`` becomes ``run_until_empty()``, so a dispatcher example ends;
- names an example leaves to the reader (``numbers``, ``text``, ``request_body``) are given.
"""

from __future__ import annotations

import ast
import asyncio
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import reaper

from smskit.testing import SmsSandbox, start_sandbox

ROOT = Path(__file__).resolve().parents[2]


def blocks(doc: str) -> list[tuple[int, str]]:
    """``(line, code)`` of every ```` ```python ```` block, the line being the code's first."""
    text = (ROOT / doc).read_text()
    return [
        (text[: m.start()].count("\n") + 2, m.group(1))
        for m in re.finditer(r"```python\n(.*?)```", text, flags=re.S)
    ]


def for_the_sandbox(code: str, sandbox_url: str) -> str:
    code = code.replace('"..."', '"sandbox"')
    code = re.sub(r"([:/])[A-Z][A-Z_]*@", r"\1sandbox@", code)  # ID:TOKEN@, //API_KEY@
    code = code.replace("https://sms.example.com", f"{sandbox_url}/acrobits")
    return code.replace(".run_forever()", ".run_until_empty()")


def run(doc: str, namespace: dict[str, Any], sandbox_url: str) -> int:
    """Run ``doc``'s blocks in order; a block with a top-level ``await`` runs on an event
    loop of its own (smskit's async clients may be used under several loops in turn)."""
    found = blocks(doc)
    for line, code in found:
        source = "\n" * (line - 1) + for_the_sandbox(code, sandbox_url)  # tracebacks: doc lines
        compiled = compile(source, str(ROOT / doc), "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        outcome = eval(compiled, namespace)  # noqa: S307 - the repo's own documentation
        if asyncio.iscoroutine(outcome):
            asyncio.run(outcome)
    return len(found)


@pytest.fixture
def kit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SmsSandbox]:
    sandbox = start_sandbox()
    monkeypatch.chdir(tmp_path)  # sqlite:///sms.db lands here
    url = sandbox.url
    for variable, path in [("SIPGATE_BASE_URL", "/sipgate/v2"), ("SMSCX_BASE_URL", "/smscx"),
                           ("SMSEND_BASE_URL", "/smsend/API/v1.0/REST")]:  # fmt: skip
        monkeypatch.setenv(variable, url + path)
    monkeypatch.setenv("SIPGATE_TOKEN_ID", "token-DOCS")
    monkeypatch.setenv("SIPGATE_TOKEN", "sandbox")
    monkeypatch.setenv("SMSCX_API_KEY", "sandbox")
    monkeypatch.setenv("SMSKIT_DSN", "sipgate://token-DOCS:sandbox@default?sms_id=s0")
    yield sandbox
    sandbox.close()


def dlr_webhook_body() -> bytes:
    """What SMS.CX posts to a DLR webhook (docs/testing.md's shape)."""
    report = {"campaignId": None, "msgId": "f1b2c3d4-0000-4000-8000-000000000001",
              "statusCode": 102, "status": "DELIVERED", "errorCode": None,
              "datetime": "2026-12-03 10:00:00", "trackData": None}  # fmt: skip
    return json.dumps({"event": "dlr_update", "data": [report]}).encode()


def test_the_readme_runs(kit: SmsSandbox) -> None:
    namespace: dict[str, Any] = {
        "numbers": ["+31612469001", "+447400508501", "+491701234567"],
        "text": "Your order shipped",
        "request_body": dlr_webhook_body(),
    }
    assert run("README.md", namespace, kit.url) >= 9
    sent = kit.messages
    providers = {m["provider"] for m in sent}
    assert providers == {"sipgate", "smscx", "smsend", "acrobits"}, providers
    assert any(m["text"] == "Hello & welcome, 50% off" for m in sent)  # the Acrobits example
    assert namespace["reports"][0].status == "DELIVERED"  # parse_dlr read the webhook body
    assert namespace["outbox"].get("order-42-shipped").state == "sent"


def test_the_outbox_guide_runs(kit: SmsSandbox) -> None:
    namespace: dict[str, Any] = {}
    assert run("docs/outbox.md", namespace, kit.url) == 4
    outbox = namespace["outbox"]
    assert outbox.get("order-42-shipped").state == "sent"
    assert outbox.is_suppressed("+491701234567") is False  # suppressed, then lifted
    assert [m["to"] for m in kit.messages] == ["+491701234567"]  # sent once, though run twice


def test_the_connection_string_guide_runs(kit: SmsSandbox) -> None:
    namespace: dict[str, Any] = {}
    assert run("docs/connection-strings.md", namespace, kit.url) == 1
    assert namespace["result"].provider == "sipgate"
    assert [m["text"] for m in kit.messages] == ["Shipped"]


def shell_blocks(doc: str) -> list[str]:
    text = (ROOT / doc).read_text()
    return re.findall(r"```(?:bash|sh)\n(.*?)```", text, flags=re.S)


def test_the_connection_string_guides_commands_send_with_each_provider(tmp_path: Path) -> None:
    """The guide's shell session: its first line (the sandbox, in the background) runs as
    the reader sees it start, then the rest as one script (its own port instead of 8765)."""
    from reaper import spawn
    from servers import free_port, wait_until_answers

    (script,) = shell_blocks("docs/connection-strings.md")
    port = str(free_port())
    first, rest = script.replace("8765", port).split("\n", 1)
    assert first.split("#")[0].strip().endswith("&"), first
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
           "XDG_DATA_HOME": str(tmp_path)}  # fmt: skip
    env.pop("SMSKIT_DSN", None)
    bash = shutil.which("bash") or "/bin/bash"
    sandbox = spawn([bash, "-c", first.split("&")[0]], env=env, cwd=tmp_path,
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        wait_until_answers(f"http://127.0.0.1:{port}/_sandbox/messages", sandbox)
        done = reaper.run([bash, "-e", "-c", rest], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=120)  # fmt: skip
    finally:
        os.killpg(sandbox.pid, signal.SIGTERM)
        sandbox.wait(30)
    assert done.returncode == 0, done.stderr[-3000:]
    said = [line.split(" to ")[0] for line in done.stdout.splitlines() if line.startswith("sent")]
    assert said == ["sent via sipgate", "sent via smscx", "sent via smsend"], done.stdout


def test_the_celery_guide_sends_a_committed_order(
    kit: SmsSandbox, tmp_path: Path, postgres_url: str
) -> None:
    """docs/celery.md's module as ``shop/sms.py``, its worker and beat commands as written,
    and its ``ship()`` called for an order: the SMS leaves once the transaction commits."""
    import psycopg
    from reaper import spawn
    from servers import Redis

    (module,) = [code for _, code in blocks("docs/celery.md")]
    module = for_the_sandbox(module, kit.url)
    module = re.sub(r"postgresql://[^\"]+", postgres_url, module)
    redis = Redis()
    module = module.replace("redis://redis.internal:6379/0", redis.url)
    (tmp_path / "shop").mkdir()
    (tmp_path / "shop" / "__init__.py").write_text("")
    (tmp_path / "shop" / "sms.py").write_text(module)
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE orders (id int PRIMARY KEY, shipped bool NOT NULL)")
        conn.execute("INSERT INTO orders VALUES (7, false)")
    commands = [line.split("#")[0].split() for line in shell_blocks("docs/celery.md")[2]
                .splitlines() if line.startswith("celery")]  # fmt: skip
    assert [c[3] for c in commands] == ["worker", "beat"]
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    processes = [spawn([sys.executable, "-m", *command], cwd=tmp_path, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                 for command in commands]  # fmt: skip
    try:
        ship = "from shop.sms import ship; ship(7, '+491701234567')"
        reaper.run([sys.executable, "-c", ship], cwd=tmp_path, env=env, check=True,
                   timeout=60)  # fmt: skip
        deadline = time.monotonic() + 60
        while not kit.messages and time.monotonic() < deadline:
            time.sleep(0.2)
        assert [(m["provider"], m["text"]) for m in kit.messages] == [("sipgate", "Shipped!")]
        with psycopg.connect(postgres_url) as conn:
            assert conn.execute("SELECT shipped FROM orders").fetchone() == (True,)
    finally:
        for process in processes:
            os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            process.wait(30)
        redis.stop()


if __name__ == "__main__":  # python tests/docs/test_examples_run.py README.md: try one by hand
    sys.exit(pytest.main([__file__, "-q"]))
