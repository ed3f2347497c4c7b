from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Shortlinks")


@_attrs_define
class Shortlinks:
    shortlinks_callback: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shortlinks_callback: None | str | Unset
        if isinstance(self.shortlinks_callback, Unset):
            shortlinks_callback = UNSET
        else:
            shortlinks_callback = self.shortlinks_callback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shortlinks_callback is not UNSET:
            field_dict["shortlinksCallback"] = shortlinks_callback

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_shortlinks_callback(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shortlinks_callback = _parse_shortlinks_callback(d.pop("shortlinksCallback", UNSET))

        shortlinks = cls(
            shortlinks_callback=shortlinks_callback,
        )

        shortlinks.additional_properties = d
        return shortlinks

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
