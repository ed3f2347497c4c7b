from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_numbers_by_country import PhoneNumbersByCountry


T = TypeVar("T", bound="InfoLookupDetails")


@_attrs_define
class InfoLookupDetails:
    lookup_bulk_id: str | Unset = UNSET
    """ Unique identifier for the bulk lookup request """
    total_phone_numbers: int | Unset = UNSET
    """ Total phone numbers submitted for lookup """
    total_valid: int | Unset = UNSET
    """ Total valid phone numbers """
    total_cost: float | Unset = UNSET
    """ The total cost of bulk phone number lookup """
    phone_numbers_by_country: PhoneNumbersByCountry | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lookup_bulk_id = self.lookup_bulk_id

        total_phone_numbers = self.total_phone_numbers

        total_valid = self.total_valid

        total_cost = self.total_cost

        phone_numbers_by_country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone_numbers_by_country, Unset):
            phone_numbers_by_country = self.phone_numbers_by_country.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lookup_bulk_id is not UNSET:
            field_dict["lookupBulkId"] = lookup_bulk_id
        if total_phone_numbers is not UNSET:
            field_dict["totalPhoneNumbers"] = total_phone_numbers
        if total_valid is not UNSET:
            field_dict["totalValid"] = total_valid
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost
        if phone_numbers_by_country is not UNSET:
            field_dict["phoneNumbersByCountry"] = phone_numbers_by_country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phone_numbers_by_country import PhoneNumbersByCountry  # noqa: PLC0415

        d = dict(src_dict)
        lookup_bulk_id = d.pop("lookupBulkId", UNSET)

        total_phone_numbers = d.pop("totalPhoneNumbers", UNSET)

        total_valid = d.pop("totalValid", UNSET)

        total_cost = d.pop("totalCost", UNSET)

        _phone_numbers_by_country = d.pop("phoneNumbersByCountry", UNSET)
        phone_numbers_by_country: PhoneNumbersByCountry | Unset
        if isinstance(_phone_numbers_by_country, Unset):
            phone_numbers_by_country = UNSET
        else:
            phone_numbers_by_country = PhoneNumbersByCountry.from_dict(_phone_numbers_by_country)

        info_lookup_details = cls(
            lookup_bulk_id=lookup_bulk_id,
            total_phone_numbers=total_phone_numbers,
            total_valid=total_valid,
            total_cost=total_cost,
            phone_numbers_by_country=phone_numbers_by_country,
        )

        info_lookup_details.additional_properties = d
        return info_lookup_details

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
