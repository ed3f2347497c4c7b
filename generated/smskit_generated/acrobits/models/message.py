from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    sms_id: str
    sending_date: datetime.datetime
    """ RFC 3339 with an offset. """
    sms_text: str
    sender: str | Unset = UNSET
    """ Received messages only. """
    recipient: str | Unset = UNSET
    """ Sent messages only. """
    content_type: str | Unset = UNSET
    disposition_notification: str | Unset = UNSET
    displayed: bool | Unset = UNSET
    stream_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms_id = self.sms_id

        sending_date = self.sending_date.isoformat()

        sms_text = self.sms_text

        sender = self.sender

        recipient = self.recipient

        content_type = self.content_type

        disposition_notification = self.disposition_notification

        displayed = self.displayed

        stream_id = self.stream_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sms_id": sms_id,
                "sending_date": sending_date,
                "sms_text": sms_text,
            }
        )
        if sender is not UNSET:
            field_dict["sender"] = sender
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if disposition_notification is not UNSET:
            field_dict["disposition_notification"] = disposition_notification
        if displayed is not UNSET:
            field_dict["displayed"] = displayed
        if stream_id is not UNSET:
            field_dict["stream_id"] = stream_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sms_id = d.pop("sms_id")

        sending_date = datetime.datetime.fromisoformat(d.pop("sending_date"))

        sms_text = d.pop("sms_text")

        sender = d.pop("sender", UNSET)

        recipient = d.pop("recipient", UNSET)

        content_type = d.pop("content_type", UNSET)

        disposition_notification = d.pop("disposition_notification", UNSET)

        displayed = d.pop("displayed", UNSET)

        stream_id = d.pop("stream_id", UNSET)

        message = cls(
            sms_id=sms_id,
            sending_date=sending_date,
            sms_text=sms_text,
            sender=sender,
            recipient=recipient,
            content_type=content_type,
            disposition_notification=disposition_notification,
            displayed=displayed,
            stream_id=stream_id,
        )

        message.additional_properties = d
        return message

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
