from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteScheduledCampaignInfo")


@_attrs_define
class DeleteScheduledCampaignInfo:
    campaign_id: str | Unset = UNSET
    total_phone_numbers: int | Unset = UNSET
    total_parts: int | Unset = UNSET
    phone_numbers_deleted: int | Unset = UNSET
    parts_deleted: int | Unset = UNSET
    credit_returned: float | Unset = UNSET
    channel: str | Unset = UNSET
    """ One of: sms, viber, whatsapp, multichannel. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        total_phone_numbers = self.total_phone_numbers

        total_parts = self.total_parts

        phone_numbers_deleted = self.phone_numbers_deleted

        parts_deleted = self.parts_deleted

        credit_returned = self.credit_returned

        channel = self.channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if total_phone_numbers is not UNSET:
            field_dict["totalPhoneNumbers"] = total_phone_numbers
        if total_parts is not UNSET:
            field_dict["totalParts"] = total_parts
        if phone_numbers_deleted is not UNSET:
            field_dict["phoneNumbersDeleted"] = phone_numbers_deleted
        if parts_deleted is not UNSET:
            field_dict["partsDeleted"] = parts_deleted
        if credit_returned is not UNSET:
            field_dict["creditReturned"] = credit_returned
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = d.pop("campaignId", UNSET)

        total_phone_numbers = d.pop("totalPhoneNumbers", UNSET)

        total_parts = d.pop("totalParts", UNSET)

        phone_numbers_deleted = d.pop("phoneNumbersDeleted", UNSET)

        parts_deleted = d.pop("partsDeleted", UNSET)

        credit_returned = d.pop("creditReturned", UNSET)

        channel = d.pop("channel", UNSET)

        delete_scheduled_campaign_info = cls(
            campaign_id=campaign_id,
            total_phone_numbers=total_phone_numbers,
            total_parts=total_parts,
            phone_numbers_deleted=phone_numbers_deleted,
            parts_deleted=parts_deleted,
            credit_returned=credit_returned,
            channel=channel,
        )

        delete_scheduled_campaign_info.additional_properties = d
        return delete_scheduled_campaign_info

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
