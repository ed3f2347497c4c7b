"""SMS received on a provider's number, read defensively: the stored provider documents name
the inbound operations but not their item fields (UNCONFIRMED in providers.md), so each field
is looked up under the names the providers' other answers and their clients use."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, tzinfo
from typing import Any

import attrs

from ._time import parse_provider_date

logger = logging.getLogger("smskit.inbound")

_ID = ("id", "msgId", "messageId", "id_message", "smsId", "sms_id")
_SENDER = ("from", "sender", "phoneNumber", "msisdn", "originator")
_RECIPIENT = ("to", "id_sim", "recipient", "number", "rentedNumber")
_TEXT = ("text", "message", "body", "sms_text", "content")
_DATE = ("receivedAt", "received_at", "createdAt", "dateReceived", "sms_date", "date",
         "received")  # fmt: skip


@attrs.frozen
class InboundSms:
    """One SMS received on a provider's number."""

    provider: str
    id: str  # the provider's id, or a digest of the message when it gives none
    sender: str
    recipient: str | None
    text: str
    received_at: datetime | None


def _first(item: Mapping[str, Any], names: Iterable[str]) -> Any:
    for name in names:
        value = item.get(name)
        if value not in (None, ""):
            return value
    return None


def parse_inbound(
    provider: str, items: Iterable[Any], zone: tzinfo | None = None
) -> list[InboundSms]:
    """The readable messages of a provider's answer; an item without a sender or a text is
    skipped (and logged), never a failure of the whole answer."""
    found: list[InboundSms] = []
    for item in items:
        if not isinstance(item, Mapping):
            continue
        sender, text = _first(item, _SENDER), _first(item, _TEXT)
        if sender is None or text is None:
            logger.warning("%s inbound: an item without sender or text was skipped", provider)
            continue
        raw_date = _first(item, _DATE)
        received = parse_provider_date(str(raw_date), zone or UTC) if raw_date is not None else None
        ident = _first(item, _ID)
        if ident is None:
            ident = hashlib.sha256(f"{sender}|{raw_date}|{text}".encode()).hexdigest()[:24]
        recipient = _first(item, _RECIPIENT)
        found.append(InboundSms(provider, str(ident), str(sender),
                                None if recipient is None else str(recipient), str(text),
                                received))  # fmt: skip
    return found


def items_of(payload: Any, *keys: str) -> list[Any]:
    """The list of messages in an answer: under one of ``keys``, else the first list of
    objects in it, else the answer itself when it is a list."""
    if isinstance(payload, list):
        return payload
    if not isinstance(payload, Mapping):
        return []
    for key in keys:
        if isinstance(payload.get(key), list):
            return list(payload[key])
    for value in payload.values():
        if isinstance(value, list) and all(isinstance(v, Mapping) for v in value):
            return value
    return []
