from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FetchMessagesRequest")


@_attrs_define
class FetchMessagesRequest:
    from_: str
    password: str
    last_id: str | Unset = UNSET
    last_sent_id: str | Unset = UNSET
    device: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        password = self.password

        last_id = self.last_id

        last_sent_id = self.last_sent_id

        device = self.device

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "password": password,
            }
        )
        if last_id is not UNSET:
            field_dict["last_id"] = last_id
        if last_sent_id is not UNSET:
            field_dict["last_sent_id"] = last_sent_id
        if device is not UNSET:
            field_dict["device"] = device

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from")

        password = d.pop("password")

        last_id = d.pop("last_id", UNSET)

        last_sent_id = d.pop("last_sent_id", UNSET)

        device = d.pop("device", UNSET)

        fetch_messages_request = cls(
            from_=from_,
            password=password,
            last_id=last_id,
            last_sent_id=last_sent_id,
            device=device,
        )

        fetch_messages_request.additional_properties = d
        return fetch_messages_request

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
