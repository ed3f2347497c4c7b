"""Code written against smskit.Sender never names a provider (type-checked with mypy --strict
by tests/typing/test_users_types.py)."""

from __future__ import annotations

import smskit


def notify(sms: smskit.Sender, number: str) -> tuple[str, ...]:
    with sms:
        return sms.send(to=number, text="Your order shipped", reference="order-42").recipients


async def notify_async(sms: smskit.AsyncSender, number: str) -> str:
    async with sms:
        result = await sms.send(number, "Your order shipped")
        return result.provider


def every_client_is_a_sender() -> list[smskit.Sender]:
    return [
        smskit.Sipgate(token_id="t", token="secret", sms_id="s1"),
        smskit.Smscx(api_key="key", sender="InfoText"),
        smskit.Smsend(username="u", password="p", sender="Shop", message_type="N"),
        smskit.AcrobitsWebService(send_url="https://h/s?to=%sms_to%&b=%sms_body%"),
    ]


def every_async_client_is_an_async_sender() -> list[smskit.AsyncSender]:
    return [
        smskit.AsyncSipgate(token_id="t", token="secret"),
        smskit.AsyncSmscx(api_key="key", sender="InfoText"),
        smskit.AsyncSmsend(user_key="k", access_token="t"),
        smskit.AsyncAcrobitsWebService(send_url="https://h/s?to=%sms_to%&b=%sms_body%"),
    ]
