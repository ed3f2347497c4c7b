from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataLookupCampaigns")


@_attrs_define
class DataLookupCampaigns:
    id: str | Unset = UNSET
    """ Unique identifier for the bulk lookup campaign """
    total_phone_numbers: int | Unset = UNSET
    """ Total phone numbers submitted for lookup """
    total_valid: int | Unset = UNSET
    """ Total valid phone numbers """
    total_cost: float | Unset = UNSET
    """ The total cost of bulk phone number lookup """
    datetime_added: datetime.datetime | Unset = UNSET
    """ Date and time of the bulk lookup request """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        total_phone_numbers = self.total_phone_numbers

        total_valid = self.total_valid

        total_cost = self.total_cost

        datetime_added: str | Unset = UNSET
        if not isinstance(self.datetime_added, Unset):
            datetime_added = self.datetime_added.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if total_phone_numbers is not UNSET:
            field_dict["totalPhoneNumbers"] = total_phone_numbers
        if total_valid is not UNSET:
            field_dict["totalValid"] = total_valid
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost
        if datetime_added is not UNSET:
            field_dict["datetimeAdded"] = datetime_added

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        total_phone_numbers = d.pop("totalPhoneNumbers", UNSET)

        total_valid = d.pop("totalValid", UNSET)

        total_cost = d.pop("totalCost", UNSET)

        _datetime_added = d.pop("datetimeAdded", UNSET)
        datetime_added: datetime.datetime | Unset
        if isinstance(_datetime_added, Unset):
            datetime_added = UNSET
        else:
            datetime_added = datetime.datetime.fromisoformat(_datetime_added)

        data_lookup_campaigns = cls(
            id=id,
            total_phone_numbers=total_phone_numbers,
            total_valid=total_valid,
            total_cost=total_cost,
            datetime_added=datetime_added,
        )

        data_lookup_campaigns.additional_properties = d
        return data_lookup_campaigns

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
