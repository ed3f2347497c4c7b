from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RichMedia")


@_attrs_define
class RichMedia:
    image_url: None | str
    """ The image that appear above the call to action button """
    button_caption: None | str
    """ The caption on the call to action button. Eg. *Click Here*, *Shop Now* """
    target_url: None | str
    """ The URL opened if the button is clicked """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url: None | str
        image_url = self.image_url

        button_caption: None | str
        button_caption = self.button_caption

        target_url: None | str
        target_url = self.target_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imageUrl": image_url,
                "buttonCaption": button_caption,
                "targetUrl": target_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_image_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        image_url = _parse_image_url(d.pop("imageUrl"))

        def _parse_button_caption(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        button_caption = _parse_button_caption(d.pop("buttonCaption"))

        def _parse_target_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        target_url = _parse_target_url(d.pop("targetUrl"))

        rich_media = cls(
            image_url=image_url,
            button_caption=button_caption,
            target_url=target_url,
        )

        rich_media.additional_properties = d
        return rich_media

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
