from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataOptouts")


@_attrs_define
class DataOptouts:
    id: int | Unset = UNSET
    """ Identifier of the optout """
    phone_number: str | Unset = UNSET
    """ Phone number in international E.164 format """
    country_iso: str | Unset = UNSET
    """ Two-letter country ISO of the phone number that unsubscribed """
    optout_from: str | Unset = UNSET
    """ Type of optout. **admin** if the contact has been manually added by the admin or **link** if the contact has
    clicked the optout link One of: admin, link. """
    datetime_: str | Unset = UNSET
    campaign_id: None | str | Unset = UNSET
    group_id: None | str | Unset = UNSET
    group_name: None | str | Unset = UNSET
    campaign_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phone_number = self.phone_number

        country_iso = self.country_iso

        optout_from = self.optout_from

        datetime_ = self.datetime_

        campaign_id: None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        group_name: None | str | Unset
        if isinstance(self.group_name, Unset):
            group_name = UNSET
        else:
            group_name = self.group_name

        campaign_name: None | str | Unset
        if isinstance(self.campaign_name, Unset):
            campaign_name = UNSET
        else:
            campaign_name = self.campaign_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if country_iso is not UNSET:
            field_dict["countryIso"] = country_iso
        if optout_from is not UNSET:
            field_dict["optoutFrom"] = optout_from
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if campaign_name is not UNSET:
            field_dict["campaignName"] = campaign_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        country_iso = d.pop("countryIso", UNSET)

        optout_from = d.pop("optoutFrom", UNSET)

        datetime_ = d.pop("datetime", UNSET)

        def _parse_campaign_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaignId", UNSET))

        def _parse_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_id = _parse_group_id(d.pop("groupId", UNSET))

        def _parse_group_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_name = _parse_group_name(d.pop("groupName", UNSET))

        def _parse_campaign_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_name = _parse_campaign_name(d.pop("campaignName", UNSET))

        data_optouts = cls(
            id=id,
            phone_number=phone_number,
            country_iso=country_iso,
            optout_from=optout_from,
            datetime_=datetime_,
            campaign_id=campaign_id,
            group_id=group_id,
            group_name=group_name,
            campaign_name=campaign_name,
        )

        data_optouts.additional_properties = d
        return data_optouts

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
