from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InfoGroupsContactDeleted")


@_attrs_define
class InfoGroupsContactDeleted:
    id: str | Unset = UNSET
    """ Identifier of the deleted phone number """
    phone_number: str | Unset = UNSET
    """ Deleted phone number in international E.164 format """
    country_iso: str | Unset = UNSET
    """ Two-letter country ISO of the deleted phone number """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phone_number = self.phone_number

        country_iso = self.country_iso

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if country_iso is not UNSET:
            field_dict["countryIso"] = country_iso

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        country_iso = d.pop("countryIso", UNSET)

        info_groups_contact_deleted = cls(
            id=id,
            phone_number=phone_number,
            country_iso=country_iso,
        )

        info_groups_contact_deleted.additional_properties = d
        return info_groups_contact_deleted

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
