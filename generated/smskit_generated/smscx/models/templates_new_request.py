from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rich_media import RichMedia


T = TypeVar("T", bound="TemplatesNewRequest")


@_attrs_define
class TemplatesNewRequest:
    text: str
    """ Template text. For channels `viber` and `whatsapp` the max. length is 1000 characters """
    name: str | Unset = UNSET
    """ The name of the template. If this parameter is omitted the name of the template will be set by the API eg.
    "Template 2021-06-11 21:00:00". """
    channel: str | Unset = UNSET
    """ The channel for wich the template is saved. One of: sms, viber, whatsapp. """
    rich_media: RichMedia | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        name = self.name

        channel = self.channel

        rich_media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rich_media, Unset):
            rich_media = self.rich_media.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if channel is not UNSET:
            field_dict["channel"] = channel
        if rich_media is not UNSET:
            field_dict["richMedia"] = rich_media

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rich_media import RichMedia  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")

        name = d.pop("name", UNSET)

        channel = d.pop("channel", UNSET)

        _rich_media = d.pop("richMedia", UNSET)
        rich_media: RichMedia | Unset
        if isinstance(_rich_media, Unset):
            rich_media = UNSET
        else:
            rich_media = RichMedia.from_dict(_rich_media)

        templates_new_request = cls(
            text=text,
            name=name,
            channel=channel,
            rich_media=rich_media,
        )

        templates_new_request.additional_properties = d
        return templates_new_request

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
