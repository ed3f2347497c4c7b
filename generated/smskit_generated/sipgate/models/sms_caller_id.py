from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsCallerId")


@_attrs_define
class SmsCallerId:
    id: int
    phonenumber: str
    """ The number, E.164. """
    verified: bool | Unset = UNSET
    default_number: bool | Unset = UNSET
    """ The extension's sender. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phonenumber = self.phonenumber

        verified = self.verified

        default_number = self.default_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "phonenumber": phonenumber,
            }
        )
        if verified is not UNSET:
            field_dict["verified"] = verified
        if default_number is not UNSET:
            field_dict["defaultNumber"] = default_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        phonenumber = d.pop("phonenumber")

        verified = d.pop("verified", UNSET)

        default_number = d.pop("defaultNumber", UNSET)

        sms_caller_id = cls(
            id=id,
            phonenumber=phonenumber,
            verified=verified,
            default_number=default_number,
        )

        sms_caller_id.additional_properties = d
        return sms_caller_id

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
