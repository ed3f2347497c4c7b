from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transliteration import Transliteration


T = TypeVar("T", bound="SendSmsCampaignRequest")


@_attrs_define
class SendSmsCampaignRequest:
    groups: list[int]
    from_: str
    text: str
    scheduled_date: str | Unset = UNSET
    is_utc: bool | Unset = UNSET
    dlr_callback_url: str | Unset = UNSET
    short_response: bool | Unset = UNSET
    no_text_details: bool | Unset = UNSET
    show_timezone: bool | Unset = UNSET
    transliteration: Transliteration | Unset = UNSET
    idempotency_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        groups = self.groups

        from_ = self.from_

        text = self.text

        scheduled_date = self.scheduled_date

        is_utc = self.is_utc

        dlr_callback_url = self.dlr_callback_url

        short_response = self.short_response

        no_text_details = self.no_text_details

        show_timezone = self.show_timezone

        transliteration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transliteration, Unset):
            transliteration = self.transliteration.to_dict()

        idempotency_id = self.idempotency_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "groups": groups,
                "from": from_,
                "text": text,
            }
        )
        if scheduled_date is not UNSET:
            field_dict["scheduledDate"] = scheduled_date
        if is_utc is not UNSET:
            field_dict["isUtc"] = is_utc
        if dlr_callback_url is not UNSET:
            field_dict["dlrCallbackUrl"] = dlr_callback_url
        if short_response is not UNSET:
            field_dict["shortResponse"] = short_response
        if no_text_details is not UNSET:
            field_dict["noTextDetails"] = no_text_details
        if show_timezone is not UNSET:
            field_dict["showTimezone"] = show_timezone
        if transliteration is not UNSET:
            field_dict["transliteration"] = transliteration
        if idempotency_id is not UNSET:
            field_dict["idempotencyId"] = idempotency_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transliteration import Transliteration  # noqa: PLC0415

        d = dict(src_dict)
        groups = cast(list[int], d.pop("groups"))

        from_ = d.pop("from")

        text = d.pop("text")

        scheduled_date = d.pop("scheduledDate", UNSET)

        is_utc = d.pop("isUtc", UNSET)

        dlr_callback_url = d.pop("dlrCallbackUrl", UNSET)

        short_response = d.pop("shortResponse", UNSET)

        no_text_details = d.pop("noTextDetails", UNSET)

        show_timezone = d.pop("showTimezone", UNSET)

        _transliteration = d.pop("transliteration", UNSET)
        transliteration: Transliteration | Unset
        if isinstance(_transliteration, Unset):
            transliteration = UNSET
        else:
            transliteration = Transliteration.from_dict(_transliteration)

        idempotency_id = d.pop("idempotencyId", UNSET)

        send_sms_campaign_request = cls(
            groups=groups,
            from_=from_,
            text=text,
            scheduled_date=scheduled_date,
            is_utc=is_utc,
            dlr_callback_url=dlr_callback_url,
            short_response=short_response,
            no_text_details=no_text_details,
            show_timezone=show_timezone,
            transliteration=transliteration,
            idempotency_id=idempotency_id,
        )

        send_sms_campaign_request.additional_properties = d
        return send_sms_campaign_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
