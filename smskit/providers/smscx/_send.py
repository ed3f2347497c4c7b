"""The send path's input rules for SMS.CX: sender ids, text, idempotency keys (one per batch
of at most 25,000 recipients), scheduling and callback URLs, checked before any request is
built."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import Any

import attrs
import httpx
from smskit_generated.smscx.models import (
    SendSmsCampaignResponse,
    SendSmsMessageResponse,
    Transliteration,
    TransliterationAlphabet,
)

from ... import errors
from ..._models import SendResult
from ..._plan import Call, json_answer, model_later
from ..._time import resolve_send_at
from ..._validate import (
    check_header_value,
    require_list,
    require_str,
    require_text,
)

PROVIDER = "smscx"
DEFAULT_BASE_URL = "https://api.sms.cx"
MAX_RECIPIENTS_PER_REQUEST = 25_000
MAX_TEXT_LENGTH = 1530
SCHEDULED_DATE_FORMAT = "%Y-%m-%d %H:%M:%S"


def _sender(sender: object) -> str:
    if not isinstance(sender, str) or not 3 <= len(sender.strip()) <= 15:
        raise errors.ValidationError(
            "sender", f"{sender!r} must be 3 to 15 characters (SMS.CX 'from')"
        )
    check_header_value("sender", sender)
    return sender.strip()


def _message_text(text: object) -> str:
    message = require_text(text)
    if len(message) > MAX_TEXT_LENGTH:
        raise errors.ValidationError(
            "text",
            f"is {len(message)} characters; SMS.CX takes at most {MAX_TEXT_LENGTH} (10 parts)",
        )
    return message


def _uuid(field: str, value: object) -> str:
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        raise errors.ValidationError(field, f"{value!r} is not a UUID") from None


def _transliteration(value: str | Transliteration | None) -> Transliteration | None:
    if value is None or isinstance(value, Transliteration):
        return value
    try:
        return Transliteration(alphabet=TransliterationAlphabet(str(value).upper()))
    except ValueError:
        allowed = ", ".join(a.value for a in TransliterationAlphabet)
        raise errors.ValidationError(
            "transliteration", f"{value!r} is not one of {allowed}"
        ) from None


def _callback_url(field: str, url: str | None) -> str | None:
    if url is None:
        return None
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        parsed = None
    if parsed is None or parsed.scheme not in {"http", "https"} or not parsed.host:
        raise errors.ValidationError(field, f"{url!r} is not an http(s) URL")
    return url


def _batch_keys(idempotency_id: str | uuid.UUID | None, batches: int) -> list[str]:
    """One idempotency key per batch. A single batch uses the caller's key (or a new one);
    several derive theirs from it deterministically, so sending the same logical message again
    with the same key is recognised batch by batch."""
    root = (
        uuid.UUID(_uuid("idempotency_id", idempotency_id))
        if idempotency_id is not None
        else uuid.uuid4()
    )
    if batches == 1:
        return [str(root)]
    return [str(uuid.uuid5(root, f"smskit-batch-{i}")) for i in range(batches)]


@attrs.frozen
class _MessageOptions:
    """The fields a send, an estimate and a campaign share, validated once."""

    text: str
    sender: str
    scheduled_date: str | None
    transliteration: Transliteration | None
    dlr_callback_url: str | None

    @classmethod
    def build(
        cls,
        text: str,
        sender: str,
        send_at: datetime | timedelta | None,
        transliteration: str | Transliteration | None,
        dlr_callback_url: str | None,
    ) -> _MessageOptions:
        instant = resolve_send_at(send_at)
        return cls(
            text=_message_text(text),
            sender=_sender(sender),
            scheduled_date=instant.strftime(SCHEDULED_DATE_FORMAT) if instant else None,
            transliteration=_transliteration(transliteration),
            dlr_callback_url=_callback_url("dlr_callback_url", dlr_callback_url),
        )

    def fields(self) -> dict[str, Any]:
        """Keyword arguments for the generated request models; absent options stay absent."""
        result: dict[str, Any] = {"text": self.text, "from_": self.sender}
        if self.scheduled_date is not None:
            result.update(scheduled_date=self.scheduled_date, is_utc=True)
        if self.transliteration is not None:
            result["transliteration"] = self.transliteration
        if self.dlr_callback_url is not None:
            result["dlr_callback_url"] = self.dlr_callback_url
        return result


def _read_send_answer(response: httpx.Response) -> dict[str, Any]:
    """A send's answer decoded, with the fields its model cannot be built without checked
    (the model is built if ``raw`` is read). Raises, as the generated parser would, when the
    answer is not a send's."""
    body = json_answer(response)
    data = body.get("data") if isinstance(body, dict) else None
    if not (
        isinstance(data, list)
        and isinstance(body.get("info"), dict)
        and all(isinstance(item, dict) and "msgId" in item for item in data)
    ):
        raise ValueError("not the answer to a send")
    return body  # type: ignore[no-any-return]


def _results_as(
    model: type[SendSmsMessageResponse | SendSmsCampaignResponse],
) -> Callable[[Call, dict[str, Any]], SendResult]:
    """A send's result from an answer ``_read_send_answer`` decoded; ``raw`` is ``model``."""

    def result(call: Call, body: dict[str, Any]) -> SendResult:
        data: list[dict[str, Any]] = body["data"]
        numbers = tuple(to for item in data if isinstance(to := item.get("to"), str))
        return SendResult(
            provider=PROVIDER,
            ids=tuple(item["msgId"] for item in data),
            recipients=numbers or call.recipients,
            raw=model_later(model, body),
        )

    return result


_send_result = _results_as(SendSmsMessageResponse)
_campaign_result = _results_as(SendSmsCampaignResponse)


def _required_id(field: str, value: object) -> str:
    if not isinstance(value, str) or not require_str(field, value).strip():
        raise errors.ValidationError(field, "must be a non-empty id string")
    return value.strip()


def _in_range(field: str, value: int | None, low: int, high: int) -> int | None:
    if value is not None and not (isinstance(value, int) and low <= value <= high):
        raise errors.ValidationError(
            field, f"{value!r} must be a whole number from {low} to {high}"
        )
    return value


def _groups(groups: Iterable[int]) -> list[int]:
    ids = require_list("groups", groups)
    if not ids or not all(isinstance(g, int) and not isinstance(g, bool) for g in ids):
        raise errors.ValidationError("groups", "must be a non-empty list of group ids (integers)")
    return ids


def _country(country_iso: str) -> str:
    if not isinstance(country_iso, str) or len(country_iso) != 2 or not country_iso.isalpha():
        raise errors.ValidationError(
            "country_iso", f"{country_iso!r} is not a two-letter country code"
        )
    return country_iso.upper()


def _unset_none(**fields: Any) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if v is not None}


# ---------------------------------------------------------------------------- clients
