from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InfoReports")


@_attrs_define
class InfoReports:
    total_phone_numbers: int | Unset = UNSET
    total_cost: float | Unset = UNSET
    total_parts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_phone_numbers = self.total_phone_numbers

        total_cost = self.total_cost

        total_parts = self.total_parts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_phone_numbers is not UNSET:
            field_dict["totalPhoneNumbers"] = total_phone_numbers
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost
        if total_parts is not UNSET:
            field_dict["totalParts"] = total_parts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_phone_numbers = d.pop("totalPhoneNumbers", UNSET)

        total_cost = d.pop("totalCost", UNSET)

        total_parts = d.pop("totalParts", UNSET)

        info_reports = cls(
            total_phone_numbers=total_phone_numbers,
            total_cost=total_cost,
            total_parts=total_parts,
        )

        info_reports.additional_properties = d
        return info_reports

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
