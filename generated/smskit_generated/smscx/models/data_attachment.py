from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataAttachment")


@_attrs_define
class DataAttachment:
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    short_url: str | Unset = UNSET
    file_url: str | Unset = UNSET
    file_type: str | Unset = UNSET
    hits: int | Unset = UNSET
    date_created: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        short_url = self.short_url

        file_url = self.file_url

        file_type = self.file_type

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
        if file_url is not UNSET:
            field_dict["fileUrl"] = file_url
        if file_type is not UNSET:
            field_dict["fileType"] = file_type
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

        file_url = d.pop("fileUrl", UNSET)

        file_type = d.pop("fileType", UNSET)

        hits = d.pop("hits", UNSET)

        date_created = d.pop("dateCreated", UNSET)

        data_attachment = cls(
            id=id,
            name=name,
            short_url=short_url,
            file_url=file_url,
            file_type=file_type,
            hits=hits,
            date_created=date_created,
        )

        data_attachment.additional_properties = d
        return data_attachment

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
