from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InfoReportCampaign")


@_attrs_define
class InfoReportCampaign:
    campaign_id: str | Unset = UNSET
    campaign_name: str | Unset = UNSET
    total_phone_numbers: int | Unset = UNSET
    total_cost: float | Unset = UNSET
    total_parts: int | Unset = UNSET
    channel: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        campaign_name = self.campaign_name

        total_phone_numbers = self.total_phone_numbers

        total_cost = self.total_cost

        total_parts = self.total_parts

        channel = self.channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if campaign_name is not UNSET:
            field_dict["campaignName"] = campaign_name
        if total_phone_numbers is not UNSET:
            field_dict["totalPhoneNumbers"] = total_phone_numbers
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost
        if total_parts is not UNSET:
            field_dict["totalParts"] = total_parts
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = d.pop("campaignId", UNSET)

        campaign_name = d.pop("campaignName", UNSET)

        total_phone_numbers = d.pop("totalPhoneNumbers", UNSET)

        total_cost = d.pop("totalCost", UNSET)

        total_parts = d.pop("totalParts", UNSET)

        channel = d.pop("channel", UNSET)

        info_report_campaign = cls(
            campaign_id=campaign_id,
            campaign_name=campaign_name,
            total_phone_numbers=total_phone_numbers,
            total_cost=total_cost,
            total_parts=total_parts,
            channel=channel,
        )

        info_report_campaign.additional_properties = d
        return info_report_campaign

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
