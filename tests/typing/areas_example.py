"""SMS.CX's resource areas as a user's mypy --strict sees them (checked, with the reveals,
by tests/typing/test_users_types.py)."""

from __future__ import annotations

from typing import reveal_type

from smskit_generated.smscx.models import NewGroupRequest

import smskit


def names(cx: smskit.Smscx) -> list[str]:
    created = cx.groups.create(body=NewGroupRequest(name="VIP"))
    reveal_type(created)
    return [str(c.phone_number) for c in cx.groups.contacts(1, limit=10)]


async def total(acx: smskit.AsyncSmscx) -> float:
    balance = await acx.account.balance()
    reveal_type(acx.optouts.list())
    return float(balance.balance)
