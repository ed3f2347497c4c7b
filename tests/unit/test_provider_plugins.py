"""A third-party package adds a connection-string scheme by installing an entry point in the
``smskit.providers`` group; connect() reaches it exactly like the built-in ones."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import smskit
from smskit._dsn import factories

PLUGIN = '''
import attrs
import smskit


@attrs.define
class Recorder:
    """A Sender that keeps what it was asked to send."""

    options: dict
    asynchronous: bool
    sent: list = attrs.Factory(list)
    provider: str = "echo"
    recovery: smskit.Recovery = smskit.Recovery.NONE

    def send(self, to, text, *, send_at=None, reference=None):
        self.sent.append((to, text, reference))
        return smskit.SendResult(provider="echo", ids=("e-1",), recipients=tuple(to) if isinstance(to, list) else (to,))

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def factory(cs, *, asynchronous):
    cs.require("greeting")
    return Recorder({"user": cs.username, "host": cs.host, "port": cs.port,
                     "greeting": cs.params.get("greeting"), "base_url": cs.base_url}, asynchronous)
'''


@pytest.fixture
def installed_plugin(tmp_path: Path) -> Iterator[None]:
    """A distribution as pip leaves it: a module and a dist-info with entry_points.txt."""
    (tmp_path / "smskit_echo_plugin.py").write_text(PLUGIN)
    info = tmp_path / "smskit_echo_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: smskit-echo-plugin\nVersion: 1.0\n"
    )
    (info / "entry_points.txt").write_text(
        "[smskit.providers]\necho = smskit_echo_plugin:factory\n"
    )
    sys.path.insert(0, str(tmp_path))
    factories.cache_clear()
    yield
    sys.path.remove(str(tmp_path))
    sys.modules.pop("smskit_echo_plugin", None)
    factories.cache_clear()


def test_plugin_scheme_is_reached_through_connect(installed_plugin: None) -> None:
    sms = smskit.connect("echo://alice@127.0.0.1:9000/api?greeting=hi")
    assert isinstance(sms, smskit.Sender)
    assert sms.send("+491701234567", "Hi", reference="r-1").ids == ("e-1",)
    recorder = sms  # type: ignore[assignment]
    assert recorder.options == {  # type: ignore[attr-defined]
        "user": "alice",
        "host": "127.0.0.1",
        "port": 9000,
        "greeting": "hi",
        "base_url": "http://127.0.0.1:9000/api",
    }
    assert recorder.sent == [("+491701234567", "Hi", "r-1")]  # type: ignore[attr-defined]
    assert smskit.connect_async("echo://bob@default").asynchronous is True  # type: ignore[attr-defined]


def test_plugin_members_join_a_failover(installed_plugin: None) -> None:
    sms = smskit.connect("failover(echo://a@default sipgate://t:plugin-secret@default)")
    assert isinstance(sms, smskit.Failover)
    assert sms.send("+491701234567", "Hi").provider == "echo"


def test_built_in_schemes_come_from_entry_points_too() -> None:
    assert {"sipgate", "smscx", "smsend", "smsend+token", "acrobits"} <= set(factories())
    from importlib import metadata

    registered = {e.name for e in metadata.entry_points(group="smskit.providers")}
    assert {"sipgate", "smscx", "smsend", "smsend+token", "acrobits"} <= registered
