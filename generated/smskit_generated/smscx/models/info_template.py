from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InfoTemplate")


@_attrs_define
class InfoTemplate:
    id: int | Unset = UNSET
    """ Identifier of  the template """
    name: str | Unset = UNSET
    """ Name of the template """
    text: str | Unset = UNSET
    """ Text of the template """
    channel: str | Unset = UNSET
    """ One of: sms, viber, whatsapp. """
    type_: str | Unset = UNSET
    """ Only for channel viber or whatsapp. One of: transactional, promotional. """
    approved: bool | Unset = UNSET
    """ Only for channel viber or whatsapp. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        text = self.text

        channel = self.channel

        type_ = self.type_

        approved = self.approved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if text is not UNSET:
            field_dict["text"] = text
        if channel is not UNSET:
            field_dict["channel"] = channel
        if type_ is not UNSET:
            field_dict["type"] = type_
        if approved is not UNSET:
            field_dict["approved"] = approved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        text = d.pop("text", UNSET)

        channel = d.pop("channel", UNSET)

        type_ = d.pop("type", UNSET)

        approved = d.pop("approved", UNSET)

        info_template = cls(
            id=id,
            name=name,
            text=text,
            channel=channel,
            type_=type_,
            approved=approved,
        )

        info_template.additional_properties = d
        return info_template

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
