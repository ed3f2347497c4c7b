"""Test your code that sends SMS without the network: the sandbox as a pytest fixture.

    def test_shipping_notice(sms_sandbox):
        notify(sms_sandbox.client("sipgate"), order)         # or sms_sandbox.dsn("smscx")
        assert sms_sandbox.messages[-1]["text"] == "Shipped"

    def test_provider_down(sms_sandbox):
        sms_sandbox.fail_next("smscx", status=503)
        ...

The fixture is registered as a pytest plugin when smskit is installed with its ``sandbox``
extra: nothing to configure. See docs/testing.md.
"""

from __future__ import annotations

from ._kit import PROVIDERS, SmsSandbox, start_sandbox
from ._vcr import vcr_config

__all__ = ["PROVIDERS", "SmsSandbox", "start_sandbox", "vcr_config"]
