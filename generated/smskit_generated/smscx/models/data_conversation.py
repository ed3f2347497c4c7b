from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_conversation_rich_media import DataConversationRichMedia


T = TypeVar("T", bound="DataConversation")


@_attrs_define
class DataConversation:
    msg_id: str | Unset = UNSET
    """ Unique identifier of the message """
    type_: str | Unset = UNSET
    """ Direction of the message: sent, received One of: sent, received. """
    text: str | Unset = UNSET
    """ Text message """
    rich_media: DataConversationRichMedia | Unset = UNSET
    status: str | Unset = UNSET
    """ Delivery report of the message One of: DELIVERED, SENT, FAILED, SCHEDULED. """
    cost: float | Unset = UNSET
    """ Cost of the message """
    channel: str | Unset = UNSET
    """ One of: sms, viber, whatsapp. """
    datetime_: str | Unset = UNSET
    """ Date time of the sent/received message """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msg_id = self.msg_id

        type_ = self.type_

        text = self.text

        rich_media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rich_media, Unset):
            rich_media = self.rich_media.to_dict()

        status = self.status

        cost = self.cost

        channel = self.channel

        datetime_ = self.datetime_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if msg_id is not UNSET:
            field_dict["msgId"] = msg_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if rich_media is not UNSET:
            field_dict["richMedia"] = rich_media
        if status is not UNSET:
            field_dict["status"] = status
        if cost is not UNSET:
            field_dict["cost"] = cost
        if channel is not UNSET:
            field_dict["channel"] = channel
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_conversation_rich_media import DataConversationRichMedia  # noqa: PLC0415

        d = dict(src_dict)
        msg_id = d.pop("msgId", UNSET)

        type_ = d.pop("type", UNSET)

        text = d.pop("text", UNSET)

        _rich_media = d.pop("richMedia", UNSET)
        rich_media: DataConversationRichMedia | Unset
        if isinstance(_rich_media, Unset):
            rich_media = UNSET
        else:
            rich_media = DataConversationRichMedia.from_dict(_rich_media)

        status = d.pop("status", UNSET)

        cost = d.pop("cost", UNSET)

        channel = d.pop("channel", UNSET)

        datetime_ = d.pop("datetime", UNSET)

        data_conversation = cls(
            msg_id=msg_id,
            type_=type_,
            text=text,
            rich_media=rich_media,
            status=status,
            cost=cost,
            channel=channel,
            datetime_=datetime_,
        )

        data_conversation.additional_properties = d
        return data_conversation

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
