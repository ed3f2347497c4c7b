from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rich_media import RichMedia


T = TypeVar("T", bound="DataTemplate")


@_attrs_define
class DataTemplate:
    id: int | Unset = UNSET
    """ Identifier of the template """
    name: str | Unset = UNSET
    """ Name of the template """
    text: str | Unset = UNSET
    """ Text of the template """
    channel: str | Unset = UNSET
    """ Channel for wich the template can be used One of: sms, viber, whatsapp. """
    type_: None | str | Unset = UNSET
    rich_media: RichMedia | Unset = UNSET
    created_at: str | Unset = UNSET
    approved: bool | Unset = UNSET
    """ Approval status of the template (for channel `sms` this variable is always `true`) """
    locked: bool | Unset = UNSET
    """ If a Viber or Whatsapp template is approved it cannot be edited, so this parameter will be **true** """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        text = self.text

        channel = self.channel

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        rich_media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rich_media, Unset):
            rich_media = self.rich_media.to_dict()

        created_at = self.created_at

        approved = self.approved

        locked = self.locked

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
        if rich_media is not UNSET:
            field_dict["richMedia"] = rich_media
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if approved is not UNSET:
            field_dict["approved"] = approved
        if locked is not UNSET:
            field_dict["locked"] = locked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rich_media import RichMedia  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        text = d.pop("text", UNSET)

        channel = d.pop("channel", UNSET)

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        _rich_media = d.pop("richMedia", UNSET)
        rich_media: RichMedia | Unset
        if isinstance(_rich_media, Unset):
            rich_media = UNSET
        else:
            rich_media = RichMedia.from_dict(_rich_media)

        created_at = d.pop("createdAt", UNSET)

        approved = d.pop("approved", UNSET)

        locked = d.pop("locked", UNSET)

        data_template = cls(
            id=id,
            name=name,
            text=text,
            channel=channel,
            type_=type_,
            rich_media=rich_media,
            created_at=created_at,
            approved=approved,
            locked=locked,
        )

        data_template.additional_properties = d
        return data_template

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
