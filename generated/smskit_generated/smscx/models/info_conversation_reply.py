from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InfoConversationReply")


@_attrs_define
class InfoConversationReply:
    campaign_id: str | Unset = UNSET
    """ Unique identifier of the campaign """
    total_phone_numbers: int | Unset = UNSET
    """ Total phone numbers submitted for processing """
    total_valid: int | Unset = UNSET
    """ Total valid phone numbers after validation """
    total_invalid: int | Unset = UNSET
    """ Total invalid phone numbers after validation """
    total_cost: float | Unset = UNSET
    """ Total cost of sending the message """
    total_parts: int | Unset = UNSET
    """ Total message parts """
    dlr_callback_url: None | str | Unset = UNSET
    """ Callback URL for receiving the delivery report """
    scheduled: bool | Unset = UNSET
    """ Confirmation that the message/campaign was scheduled at a later date """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        total_phone_numbers = self.total_phone_numbers

        total_valid = self.total_valid

        total_invalid = self.total_invalid

        total_cost = self.total_cost

        total_parts = self.total_parts

        dlr_callback_url: None | str | Unset
        if isinstance(self.dlr_callback_url, Unset):
            dlr_callback_url = UNSET
        else:
            dlr_callback_url = self.dlr_callback_url

        scheduled = self.scheduled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if total_phone_numbers is not UNSET:
            field_dict["totalPhoneNumbers"] = total_phone_numbers
        if total_valid is not UNSET:
            field_dict["totalValid"] = total_valid
        if total_invalid is not UNSET:
            field_dict["totalInvalid"] = total_invalid
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost
        if total_parts is not UNSET:
            field_dict["totalParts"] = total_parts
        if dlr_callback_url is not UNSET:
            field_dict["dlrCallbackUrl"] = dlr_callback_url
        if scheduled is not UNSET:
            field_dict["scheduled"] = scheduled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = d.pop("campaignId", UNSET)

        total_phone_numbers = d.pop("totalPhoneNumbers", UNSET)

        total_valid = d.pop("totalValid", UNSET)

        total_invalid = d.pop("totalInvalid", UNSET)

        total_cost = d.pop("totalCost", UNSET)

        total_parts = d.pop("totalParts", UNSET)

        def _parse_dlr_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dlr_callback_url = _parse_dlr_callback_url(d.pop("dlrCallbackUrl", UNSET))

        scheduled = d.pop("scheduled", UNSET)

        info_conversation_reply = cls(
            campaign_id=campaign_id,
            total_phone_numbers=total_phone_numbers,
            total_valid=total_valid,
            total_invalid=total_invalid,
            total_cost=total_cost,
            total_parts=total_parts,
            dlr_callback_url=dlr_callback_url,
            scheduled=scheduled,
        )

        info_conversation_reply.additional_properties = d
        return info_conversation_reply

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
