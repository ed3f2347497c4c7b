from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quiet_hours import QuietHours


T = TypeVar("T", bound="Whatsapp")


@_attrs_define
class Whatsapp:
    dlr_callback: None | str | Unset = UNSET
    receive_callback: None | str | Unset = UNSET
    quiet_hours: QuietHours | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dlr_callback: None | str | Unset
        if isinstance(self.dlr_callback, Unset):
            dlr_callback = UNSET
        else:
            dlr_callback = self.dlr_callback

        receive_callback: None | str | Unset
        if isinstance(self.receive_callback, Unset):
            receive_callback = UNSET
        else:
            receive_callback = self.receive_callback

        quiet_hours: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quiet_hours, Unset):
            quiet_hours = self.quiet_hours.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dlr_callback is not UNSET:
            field_dict["dlrCallback"] = dlr_callback
        if receive_callback is not UNSET:
            field_dict["receiveCallback"] = receive_callback
        if quiet_hours is not UNSET:
            field_dict["quietHours"] = quiet_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quiet_hours import QuietHours  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_dlr_callback(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dlr_callback = _parse_dlr_callback(d.pop("dlrCallback", UNSET))

        def _parse_receive_callback(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        receive_callback = _parse_receive_callback(d.pop("receiveCallback", UNSET))

        _quiet_hours = d.pop("quietHours", UNSET)
        quiet_hours: QuietHours | Unset
        if isinstance(_quiet_hours, Unset):
            quiet_hours = UNSET
        else:
            quiet_hours = QuietHours.from_dict(_quiet_hours)

        whatsapp = cls(
            dlr_callback=dlr_callback,
            receive_callback=receive_callback,
            quiet_hours=quiet_hours,
        )

        whatsapp.additional_properties = d
        return whatsapp

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
