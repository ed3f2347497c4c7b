from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChannelsStatus")


@_attrs_define
class ChannelsStatus:
    sms: bool | Unset = UNSET
    viber: bool | Unset = UNSET
    whatsapp: bool | Unset = UNSET
    multichannel: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms = self.sms

        viber = self.viber

        whatsapp = self.whatsapp

        multichannel = self.multichannel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sms is not UNSET:
            field_dict["sms"] = sms
        if viber is not UNSET:
            field_dict["viber"] = viber
        if whatsapp is not UNSET:
            field_dict["whatsapp"] = whatsapp
        if multichannel is not UNSET:
            field_dict["multichannel"] = multichannel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sms = d.pop("sms", UNSET)

        viber = d.pop("viber", UNSET)

        whatsapp = d.pop("whatsapp", UNSET)

        multichannel = d.pop("multichannel", UNSET)

        channels_status = cls(
            sms=sms,
            viber=viber,
            whatsapp=whatsapp,
            multichannel=multichannel,
        )

        channels_status.additional_properties = d
        return channels_status

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
