"""``smskit bridge``: the Acrobits "Send Message" web service (and Fetch Messages) that a VoIP
provider's softphones call, sending through any smskit route (a provider, a failover, the
outbox). See docs/bridge.md.

    app = smskit.bridge.create_app("bridge.toml")      # ASGI; or: smskit bridge --config ...
"""

from __future__ import annotations

from ._app import create_app
from ._config import Account, BridgeConfig, load_config
from ._passwords import hash_password, verify_password
from ._xml import account_xml

__all__ = [
    "Account",
    "BridgeConfig",
    "account_xml",
    "create_app",
    "hash_password",
    "load_config",
    "verify_password",
]
