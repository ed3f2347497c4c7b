from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NumbersLookupRequest")


@_attrs_define
class NumbersLookupRequest:
    phone_numbers: list[str]
    """ Array of phone numbers in international E.164 format or national format. If national format is provided, for
    better validation/lookup you must use the parameter `countryIso` to provide the country code of the destination
    phone number. """
    country_iso: str | Unset = UNSET
    """ Two-letter country ISO of the phone number you want to lookup. If an international E.164 phone number format
    is provided the **countryIso** will be ignored. """
    lookup_callback_url: str | Unset = UNSET
    """ A valid URL to receive results for the phone number lookup.   Note: If this parameter is set, it will
    overwrite the setting from [Admin Dashboard > HTTP API > Oauth2 > Application settings](#). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_numbers = self.phone_numbers

        country_iso = self.country_iso

        lookup_callback_url = self.lookup_callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phoneNumbers": phone_numbers,
            }
        )
        if country_iso is not UNSET:
            field_dict["countryIso"] = country_iso
        if lookup_callback_url is not UNSET:
            field_dict["lookupCallbackUrl"] = lookup_callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_numbers = cast(list[str], d.pop("phoneNumbers"))

        country_iso = d.pop("countryIso", UNSET)

        lookup_callback_url = d.pop("lookupCallbackUrl", UNSET)

        numbers_lookup_request = cls(
            phone_numbers=phone_numbers,
            country_iso=country_iso,
            lookup_callback_url=lookup_callback_url,
        )

        numbers_lookup_request.additional_properties = d
        return numbers_lookup_request

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
