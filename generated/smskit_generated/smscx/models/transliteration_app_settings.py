from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransliterationAppSettings")


@_attrs_define
class TransliterationAppSettings:
    alphabet: str | Unset = UNSET
    """ One of: NONE, NON_GSM, POLISH, TURKISH, GREEK, ROMANIAN, RUSSIAN_CYRILLIC, BULGARIAN_CYRILLIC,
    UKRAINIAN_CYRILLIC, BELARUSIAN_CYRILLIC, SERBIAN_CYRILLIC. """
    remove_emojis: bool | Unset = UNSET
    """ defaults to False """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alphabet = self.alphabet

        remove_emojis = self.remove_emojis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alphabet is not UNSET:
            field_dict["alphabet"] = alphabet
        if remove_emojis is not UNSET:
            field_dict["removeEmojis"] = remove_emojis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alphabet = d.pop("alphabet", UNSET)

        remove_emojis = d.pop("removeEmojis", UNSET)

        transliteration_app_settings = cls(
            alphabet=alphabet,
            remove_emojis=remove_emojis,
        )

        transliteration_app_settings.additional_properties = d
        return transliteration_app_settings

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
