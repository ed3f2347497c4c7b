from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataTemplatesList")


@_attrs_define
class DataTemplatesList:
    id: int | Unset = UNSET
    """ Identifier of the template """
    name: str | Unset = UNSET
    """ Name of the template """
    channel: str | Unset = UNSET
    """ Channel for wich the template can be used One of: sms, viber, whatsapp. """
    text: str | Unset = UNSET
    """ Text of the template """
    created_at: str | Unset = UNSET
    approved: bool | Unset = UNSET
    """ Approval status of the template (for channel `sms` this variable is always `true`) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        channel = self.channel

        text = self.text

        created_at = self.created_at

        approved = self.approved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if channel is not UNSET:
            field_dict["channel"] = channel
        if text is not UNSET:
            field_dict["text"] = text
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if approved is not UNSET:
            field_dict["approved"] = approved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        channel = d.pop("channel", UNSET)

        text = d.pop("text", UNSET)

        created_at = d.pop("createdAt", UNSET)

        approved = d.pop("approved", UNSET)

        data_templates_list = cls(
            id=id,
            name=name,
            channel=channel,
            text=text,
            created_at=created_at,
            approved=approved,
        )

        data_templates_list.additional_properties = d
        return data_templates_list

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
