from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddContactsToGroupRequest")


@_attrs_define
class AddContactsToGroupRequest:
    allow_invalid: bool | Unset = UNSET
    """ Set value `true` to not throw an error if invalid numbers are detected. if omitted the server will use the
    default value of False """
    country_iso: str | Unset = UNSET
    """ Two-letter country ISO of the phone number you want to validate. If an international E.164 phone number
    format is provided the **countryIso** will be ignored. """
    phone_numbers: list[str] | Unset = UNSET
    """ An array of objects if you want to add custom fields data to your contacts. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_invalid = self.allow_invalid

        country_iso = self.country_iso

        phone_numbers: list[str] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = self.phone_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_invalid is not UNSET:
            field_dict["allowInvalid"] = allow_invalid
        if country_iso is not UNSET:
            field_dict["countryIso"] = country_iso
        if phone_numbers is not UNSET:
            field_dict["phoneNumbers"] = phone_numbers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_invalid = d.pop("allowInvalid", UNSET)

        country_iso = d.pop("countryIso", UNSET)

        phone_numbers = cast(list[str], d.pop("phoneNumbers", UNSET))

        add_contacts_to_group_request = cls(
            allow_invalid=allow_invalid,
            country_iso=country_iso,
            phone_numbers=phone_numbers,
        )

        add_contacts_to_group_request.additional_properties = d
        return add_contacts_to_group_request

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
