from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendWebSmsRequest")


@_attrs_define
class SendWebSmsRequest:
    sms_id: str
    """ The web SMS extension to send from (s0, s1, ...). """
    recipient: str
    """ The recipient's number. """
    message: str
    """ The message text. """
    send_at: float | Unset = UNSET
    """ When to send, in Unix seconds; at most 30 days ahead. sipgate's own examples send a fraction (Python
    datetime.timestamp(), Node getTime()/1000): taken and truncated to seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms_id = self.sms_id

        recipient = self.recipient

        message = self.message

        send_at = self.send_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "smsId": sms_id,
                "recipient": recipient,
                "message": message,
            }
        )
        if send_at is not UNSET:
            field_dict["sendAt"] = send_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sms_id = d.pop("smsId")

        recipient = d.pop("recipient")

        message = d.pop("message")

        send_at = d.pop("sendAt", UNSET)

        send_web_sms_request = cls(
            sms_id=sms_id,
            recipient=recipient,
            message=message,
            send_at=send_at,
        )

        send_web_sms_request.additional_properties = d
        return send_web_sms_request

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
