from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_numbers_by_country_country_code import PhoneNumbersByCountryCountryCode


T = TypeVar("T", bound="PhoneNumbersByCountry")


@_attrs_define
class PhoneNumbersByCountry:
    country_code: PhoneNumbersByCountryCountryCode | Unset = UNSET
    """ Two-letter country code in ISO-3166 alpha 2 standard of the destinations. Eg. DE, FR, IT """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country_code, Unset):
            country_code = self.country_code.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phone_numbers_by_country_country_code import PhoneNumbersByCountryCountryCode  # noqa: PLC0415

        d = dict(src_dict)
        _country_code = d.pop("countryCode", UNSET)
        country_code: PhoneNumbersByCountryCountryCode | Unset
        if isinstance(_country_code, Unset):
            country_code = UNSET
        else:
            country_code = PhoneNumbersByCountryCountryCode.from_dict(_country_code)

        phone_numbers_by_country = cls(
            country_code=country_code,
        )

        phone_numbers_by_country.additional_properties = d
        return phone_numbers_by_country

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
