from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.new_otp_request_pin_type import NewOtpRequestPinType
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewOtpRequest")


@_attrs_define
class NewOtpRequest:
    phone_number: str
    country_iso: str | Unset = UNSET
    from_: str | Unset = UNSET
    template: str | Unset = UNSET
    """ Message text with the {{pin}} placeholder. """
    track_id: str | Unset = UNSET
    ttl: int | Unset = UNSET
    max_attempts: int | Unset = UNSET
    pin_type: NewOtpRequestPinType | Unset = UNSET
    pin_length: int | Unset = UNSET
    otp_callback_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        country_iso = self.country_iso

        from_ = self.from_

        template = self.template

        track_id = self.track_id

        ttl = self.ttl

        max_attempts = self.max_attempts

        pin_type: str | Unset = UNSET
        if not isinstance(self.pin_type, Unset):
            pin_type = self.pin_type.value

        pin_length = self.pin_length

        otp_callback_url = self.otp_callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phoneNumber": phone_number,
            }
        )
        if country_iso is not UNSET:
            field_dict["countryIso"] = country_iso
        if from_ is not UNSET:
            field_dict["from"] = from_
        if template is not UNSET:
            field_dict["template"] = template
        if track_id is not UNSET:
            field_dict["trackId"] = track_id
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if max_attempts is not UNSET:
            field_dict["maxAttempts"] = max_attempts
        if pin_type is not UNSET:
            field_dict["pinType"] = pin_type
        if pin_length is not UNSET:
            field_dict["pinLength"] = pin_length
        if otp_callback_url is not UNSET:
            field_dict["otpCallbackUrl"] = otp_callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phoneNumber")

        country_iso = d.pop("countryIso", UNSET)

        from_ = d.pop("from", UNSET)

        template = d.pop("template", UNSET)

        track_id = d.pop("trackId", UNSET)

        ttl = d.pop("ttl", UNSET)

        max_attempts = d.pop("maxAttempts", UNSET)

        _pin_type = d.pop("pinType", UNSET)
        pin_type: NewOtpRequestPinType | Unset
        if isinstance(_pin_type, Unset):
            pin_type = UNSET
        else:
            pin_type = NewOtpRequestPinType(_pin_type)

        pin_length = d.pop("pinLength", UNSET)

        otp_callback_url = d.pop("otpCallbackUrl", UNSET)

        new_otp_request = cls(
            phone_number=phone_number,
            country_iso=country_iso,
            from_=from_,
            template=template,
            track_id=track_id,
            ttl=ttl,
            max_attempts=max_attempts,
            pin_type=pin_type,
            pin_length=pin_length,
            otp_callback_url=otp_callback_url,
        )

        new_otp_request.additional_properties = d
        return new_otp_request

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
