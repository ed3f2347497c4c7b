from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InfoCancelRent")


@_attrs_define
class InfoCancelRent:
    rent_id: str | Unset = UNSET
    """ Unique identifier of the active rent """
    number_id: str | Unset = UNSET
    """ Unique identifier of phone number """
    phone_number: str | Unset = UNSET
    """ Rented phone number in international E.164 format """
    country_iso: str | Unset = UNSET
    """ Two-letter country code in ISO-3166 alpha 2 standard. Eg. `DE`, `FR`, `IT` """
    credit_returned: float | Unset = UNSET
    """ Credit returned to your account balance. Please note that the one-time setup cost (provision cost) is not
    returned, only the rent cost of the number """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rent_id = self.rent_id

        number_id = self.number_id

        phone_number = self.phone_number

        country_iso = self.country_iso

        credit_returned = self.credit_returned

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rent_id is not UNSET:
            field_dict["rentId"] = rent_id
        if number_id is not UNSET:
            field_dict["numberId"] = number_id
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if country_iso is not UNSET:
            field_dict["countryIso"] = country_iso
        if credit_returned is not UNSET:
            field_dict["creditReturned"] = credit_returned

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rent_id = d.pop("rentId", UNSET)

        number_id = d.pop("numberId", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        country_iso = d.pop("countryIso", UNSET)

        credit_returned = d.pop("creditReturned", UNSET)

        info_cancel_rent = cls(
            rent_id=rent_id,
            number_id=number_id,
            phone_number=phone_number,
            country_iso=country_iso,
            credit_returned=credit_returned,
        )

        info_cancel_rent.additional_properties = d
        return info_cancel_rent

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
