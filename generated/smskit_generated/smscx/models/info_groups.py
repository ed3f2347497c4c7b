from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InfoGroups")


@_attrs_define
class InfoGroups:
    id: int | Unset = UNSET
    """ Identifier of the group """
    name: str | Unset = UNSET
    """ Name of the group """
    total_phone_numbers: int | Unset = UNSET
    """ Total phone numbers in group """
    total_cost: float | Unset = UNSET
    """ Total cost of sending one message to the group """
    total_optouts: int | Unset = UNSET
    """ Total contacts that opted out """
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        total_phone_numbers = self.total_phone_numbers

        total_cost = self.total_cost

        total_optouts = self.total_optouts

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if total_phone_numbers is not UNSET:
            field_dict["totalPhoneNumbers"] = total_phone_numbers
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost
        if total_optouts is not UNSET:
            field_dict["totalOptouts"] = total_optouts
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        total_phone_numbers = d.pop("totalPhoneNumbers", UNSET)

        total_cost = d.pop("totalCost", UNSET)

        total_optouts = d.pop("totalOptouts", UNSET)

        created_at = d.pop("createdAt", UNSET)

        info_groups = cls(
            id=id,
            name=name,
            total_phone_numbers=total_phone_numbers,
            total_cost=total_cost,
            total_optouts=total_optouts,
            created_at=created_at,
        )

        info_groups.additional_properties = d
        return info_groups

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
