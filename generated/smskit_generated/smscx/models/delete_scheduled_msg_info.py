from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteScheduledMsgInfo")


@_attrs_define
class DeleteScheduledMsgInfo:
    msg_id: str | Unset = UNSET
    parts: int | Unset = UNSET
    credit_returned: float | Unset = UNSET
    channel: str | Unset = UNSET
    """ One of: sms, viber, whatsapp, multichannel. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msg_id = self.msg_id

        parts = self.parts

        credit_returned = self.credit_returned

        channel = self.channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if msg_id is not UNSET:
            field_dict["msgId"] = msg_id
        if parts is not UNSET:
            field_dict["parts"] = parts
        if credit_returned is not UNSET:
            field_dict["creditReturned"] = credit_returned
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        msg_id = d.pop("msgId", UNSET)

        parts = d.pop("parts", UNSET)

        credit_returned = d.pop("creditReturned", UNSET)

        channel = d.pop("channel", UNSET)

        delete_scheduled_msg_info = cls(
            msg_id=msg_id,
            parts=parts,
            credit_returned=credit_returned,
            channel=channel,
        )

        delete_scheduled_msg_info.additional_properties = d
        return delete_scheduled_msg_info

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
