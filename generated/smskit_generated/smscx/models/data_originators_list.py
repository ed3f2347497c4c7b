from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataOriginatorsList")


@_attrs_define
class DataOriginatorsList:
    id: int | Unset = UNSET
    """ Identifier of the originator """
    originator: str | Unset = UNSET
    """ Originator or sender name. Represents the `from` parameter in the API requests that send messages """
    is_default: bool | Unset = UNSET
    approved: bool | Unset = UNSET
    """ Approval status of the originator """
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        originator = self.originator

        is_default = self.is_default

        approved = self.approved

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if originator is not UNSET:
            field_dict["originator"] = originator
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if approved is not UNSET:
            field_dict["approved"] = approved
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        originator = d.pop("originator", UNSET)

        is_default = d.pop("isDefault", UNSET)

        approved = d.pop("approved", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        data_originators_list = cls(
            id=id,
            originator=originator,
            is_default=is_default,
            approved=approved,
            created_at=created_at,
        )

        data_originators_list.additional_properties = d
        return data_originators_list

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
