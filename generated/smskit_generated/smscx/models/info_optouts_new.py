from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InfoOptoutsNew")


@_attrs_define
class InfoOptoutsNew:
    total_valid: int | Unset = UNSET
    total_invalid: int | Unset = UNSET
    total_duplicates: int | Unset = UNSET
    total_phone_numbers: int | Unset = UNSET
    invalid: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_valid = self.total_valid

        total_invalid = self.total_invalid

        total_duplicates = self.total_duplicates

        total_phone_numbers = self.total_phone_numbers

        invalid: list[str] | Unset = UNSET
        if not isinstance(self.invalid, Unset):
            invalid = self.invalid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_valid is not UNSET:
            field_dict["totalValid"] = total_valid
        if total_invalid is not UNSET:
            field_dict["totalInvalid"] = total_invalid
        if total_duplicates is not UNSET:
            field_dict["totalDuplicates"] = total_duplicates
        if total_phone_numbers is not UNSET:
            field_dict["totalPhoneNumbers"] = total_phone_numbers
        if invalid is not UNSET:
            field_dict["invalid"] = invalid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_valid = d.pop("totalValid", UNSET)

        total_invalid = d.pop("totalInvalid", UNSET)

        total_duplicates = d.pop("totalDuplicates", UNSET)

        total_phone_numbers = d.pop("totalPhoneNumbers", UNSET)

        invalid = cast(list[str], d.pop("invalid", UNSET))

        info_optouts_new = cls(
            total_valid=total_valid,
            total_invalid=total_invalid,
            total_duplicates=total_duplicates,
            total_phone_numbers=total_phone_numbers,
            invalid=invalid,
        )

        info_optouts_new.additional_properties = d
        return info_optouts_new

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
