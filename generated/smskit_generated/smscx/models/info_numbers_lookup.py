from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InfoNumbersLookup")


@_attrs_define
class InfoNumbersLookup:
    lookup_bulk_id: str | Unset = UNSET
    """ Unique identifier for the bulk lookup request """
    total_phone_numbers: int | Unset = UNSET
    """ Total phone numbers submitted for lookup """
    total_valid: int | Unset = UNSET
    """ Total valid phone numbers """
    total_invalid: int | Unset = UNSET
    """ Total invalid phone numbers """
    total_cost: float | Unset = UNSET
    """ The total cost of bulk phone number lookup """
    invalid: list[str] | Unset = UNSET
    """ List with all the invalid phone numbers detected """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lookup_bulk_id = self.lookup_bulk_id

        total_phone_numbers = self.total_phone_numbers

        total_valid = self.total_valid

        total_invalid = self.total_invalid

        total_cost = self.total_cost

        invalid: list[str] | Unset = UNSET
        if not isinstance(self.invalid, Unset):
            invalid = self.invalid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lookup_bulk_id is not UNSET:
            field_dict["lookupBulkId"] = lookup_bulk_id
        if total_phone_numbers is not UNSET:
            field_dict["totalPhoneNumbers"] = total_phone_numbers
        if total_valid is not UNSET:
            field_dict["totalValid"] = total_valid
        if total_invalid is not UNSET:
            field_dict["totalInvalid"] = total_invalid
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost
        if invalid is not UNSET:
            field_dict["invalid"] = invalid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lookup_bulk_id = d.pop("lookupBulkId", UNSET)

        total_phone_numbers = d.pop("totalPhoneNumbers", UNSET)

        total_valid = d.pop("totalValid", UNSET)

        total_invalid = d.pop("totalInvalid", UNSET)

        total_cost = d.pop("totalCost", UNSET)

        invalid = cast(list[str], d.pop("invalid", UNSET))

        info_numbers_lookup = cls(
            lookup_bulk_id=lookup_bulk_id,
            total_phone_numbers=total_phone_numbers,
            total_valid=total_valid,
            total_invalid=total_invalid,
            total_cost=total_cost,
            invalid=invalid,
        )

        info_numbers_lookup.additional_properties = d
        return info_numbers_lookup

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
