from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataShortlinkList")


@_attrs_define
class DataShortlinkList:
    id: str | Unset = UNSET
    """ Identifier of the shortlink """
    name: str | Unset = UNSET
    """ Name of the shortlink """
    short_url: str | Unset = UNSET
    """ Short link that redirects to the long URL """
    original_url: str | Unset = UNSET
    """ Original long URL that was transformed to a short link """
    hits: int | Unset = UNSET
    """ Number of hits to the short link """
    date_created: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        short_url = self.short_url

        original_url = self.original_url

        hits = self.hits

        date_created = self.date_created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if short_url is not UNSET:
            field_dict["shortUrl"] = short_url
        if original_url is not UNSET:
            field_dict["originalUrl"] = original_url
        if hits is not UNSET:
            field_dict["hits"] = hits
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        short_url = d.pop("shortUrl", UNSET)

        original_url = d.pop("originalUrl", UNSET)

        hits = d.pop("hits", UNSET)

        date_created = d.pop("dateCreated", UNSET)

        data_shortlink_list = cls(
            id=id,
            name=name,
            short_url=short_url,
            original_url=original_url,
            hits=hits,
            date_created=date_created,
        )

        data_shortlink_list.additional_properties = d
        return data_shortlink_list

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
