from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Otp")


@_attrs_define
class Otp:
    template: str | Unset = UNSET
    from_: str | Unset = UNSET
    pin_type: str | Unset = UNSET
    """ One of: letters, numbers, alphanumeric. """
    pin_length: int | Unset = UNSET
    ttl: int | Unset = UNSET
    max_attempts: int | Unset = UNSET
    otp_callback: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template = self.template

        from_ = self.from_

        pin_type = self.pin_type

        pin_length = self.pin_length

        ttl = self.ttl

        max_attempts = self.max_attempts

        otp_callback: None | str | Unset
        if isinstance(self.otp_callback, Unset):
            otp_callback = UNSET
        else:
            otp_callback = self.otp_callback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if template is not UNSET:
            field_dict["template"] = template
        if from_ is not UNSET:
            field_dict["from"] = from_
        if pin_type is not UNSET:
            field_dict["pinType"] = pin_type
        if pin_length is not UNSET:
            field_dict["pinLength"] = pin_length
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if max_attempts is not UNSET:
            field_dict["maxAttempts"] = max_attempts
        if otp_callback is not UNSET:
            field_dict["otpCallback"] = otp_callback

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        template = d.pop("template", UNSET)

        from_ = d.pop("from", UNSET)

        pin_type = d.pop("pinType", UNSET)

        pin_length = d.pop("pinLength", UNSET)

        ttl = d.pop("ttl", UNSET)

        max_attempts = d.pop("maxAttempts", UNSET)

        def _parse_otp_callback(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        otp_callback = _parse_otp_callback(d.pop("otpCallback", UNSET))

        otp = cls(
            template=template,
            from_=from_,
            pin_type=pin_type,
            pin_length=pin_length,
            ttl=ttl,
            max_attempts=max_attempts,
            otp_callback=otp_callback,
        )

        otp.additional_properties = d
        return otp

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
