from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataNumbersLookup")


@_attrs_define
class DataNumbersLookup:
    phone_number: str | Unset = UNSET
    """ Phone number in international E.164 format """
    country_iso: str | Unset = UNSET
    """ Two-letter country code in ISO-3166 alpha 2 standard of the destinations. Eg. `DE`, `FR`, `IT` """
    cost: float | Unset = UNSET
    """ The cost of phone number lookup """
    lookup_id: str | Unset = UNSET
    """ Unique lookup identifier """
    datetime_: datetime.datetime | Unset = UNSET
    """ Date and time of the phone number lookup request """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        country_iso = self.country_iso

        cost = self.cost

        lookup_id = self.lookup_id

        datetime_: str | Unset = UNSET
        if not isinstance(self.datetime_, Unset):
            datetime_ = self.datetime_.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if country_iso is not UNSET:
            field_dict["countryIso"] = country_iso
        if cost is not UNSET:
            field_dict["cost"] = cost
        if lookup_id is not UNSET:
            field_dict["lookupId"] = lookup_id
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phoneNumber", UNSET)

        country_iso = d.pop("countryIso", UNSET)

        cost = d.pop("cost", UNSET)

        lookup_id = d.pop("lookupId", UNSET)

        _datetime_ = d.pop("datetime", UNSET)
        datetime_: datetime.datetime | Unset
        if isinstance(_datetime_, Unset):
            datetime_ = UNSET
        else:
            datetime_ = datetime.datetime.fromisoformat(_datetime_)

        data_numbers_lookup = cls(
            phone_number=phone_number,
            country_iso=country_iso,
            cost=cost,
            lookup_id=lookup_id,
            datetime_=datetime_,
        )

        data_numbers_lookup.additional_properties = d
        return data_numbers_lookup

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
