from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InfoShortlinkNew")


@_attrs_define
class InfoShortlinkNew:
    id: str | Unset = UNSET
    """ Identifier of the shortlink """
    name: str | Unset = UNSET
    """ Name of the shortlink """
    original_url: str | Unset = UNSET
    """ Original long URL that was transformed to a short link """
    short_url: str | Unset = UNSET
    """ Short link that redirects to the long URL """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        original_url = self.original_url

        short_url = self.short_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if original_url is not UNSET:
            field_dict["originalUrl"] = original_url
        if short_url is not UNSET:
            field_dict["shortUrl"] = short_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        original_url = d.pop("originalUrl", UNSET)

        short_url = d.pop("shortUrl", UNSET)

        info_shortlink_new = cls(
            id=id,
            name=name,
            original_url=original_url,
            short_url=short_url,
        )

        info_shortlink_new.additional_properties = d
        return info_shortlink_new

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
