from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataConversations")


@_attrs_define
class DataConversations:
    conversation_id: str | Unset = UNSET
    """ Unique identifier of the conversation """
    phone_number: str | Unset = UNSET
    """ Phone number in international E.164 format """
    country_iso: str | Unset = UNSET
    """ Two-letter country ISO of the phone number """
    first_name: None | str | Unset = UNSET
    """ First name of the contact """
    last_name: str | Unset = UNSET
    """ Last name of the contact """
    unread_messages: int | Unset = UNSET
    """ New messages in this conversation that were not read """
    last_reply: str | Unset = UNSET
    """ Preview of the last message in the converstion """
    last_update: str | Unset = UNSET
    """ Date and time of last reply from the contact to this conversation """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        phone_number = self.phone_number

        country_iso = self.country_iso

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name = self.last_name

        unread_messages = self.unread_messages

        last_reply = self.last_reply

        last_update = self.last_update

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversation_id is not UNSET:
            field_dict["conversationId"] = conversation_id
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if country_iso is not UNSET:
            field_dict["countryIso"] = country_iso
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if unread_messages is not UNSET:
            field_dict["unreadMessages"] = unread_messages
        if last_reply is not UNSET:
            field_dict["lastReply"] = last_reply
        if last_update is not UNSET:
            field_dict["lastUpdate"] = last_update

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        conversation_id = d.pop("conversationId", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        country_iso = d.pop("countryIso", UNSET)

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("firstName", UNSET))

        last_name = d.pop("lastName", UNSET)

        unread_messages = d.pop("unreadMessages", UNSET)

        last_reply = d.pop("lastReply", UNSET)

        last_update = d.pop("lastUpdate", UNSET)

        data_conversations = cls(
            conversation_id=conversation_id,
            phone_number=phone_number,
            country_iso=country_iso,
            first_name=first_name,
            last_name=last_name,
            unread_messages=unread_messages,
            last_reply=last_reply,
            last_update=last_update,
        )

        data_conversations.additional_properties = d
        return data_conversations

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
