from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataGroups")


@_attrs_define
class DataGroups:
    id: int | Unset = UNSET
    """ Group identifier """
    name: str | Unset = UNSET
    """ Name of the group """
    total_phone_numbers: int | Unset = UNSET
    """ Total phone numbers in the group """
    total_cost: float | Unset = UNSET
    """ Total cost for sending one SMS to the group """
    total_optouts: int | Unset = UNSET
    """ Total contacts that opted out """
    created_at: datetime.datetime | Unset = UNSET
    """ Date and time when the group was created """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        total_phone_numbers = self.total_phone_numbers

        total_cost = self.total_cost

        total_optouts = self.total_optouts

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

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

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        data_groups = cls(
            id=id,
            name=name,
            total_phone_numbers=total_phone_numbers,
            total_cost=total_cost,
            total_optouts=total_optouts,
            created_at=created_at,
        )

        data_groups.additional_properties = d
        return data_groups

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
