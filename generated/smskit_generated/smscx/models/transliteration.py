from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transliteration_alphabet import TransliterationAlphabet
from ..types import UNSET, Unset

T = TypeVar("T", bound="Transliteration")


@_attrs_define
class Transliteration:
    alphabet: TransliterationAlphabet
    remove_emojis: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alphabet = self.alphabet.value

        remove_emojis = self.remove_emojis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alphabet": alphabet,
            }
        )
        if remove_emojis is not UNSET:
            field_dict["removeEmojis"] = remove_emojis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alphabet = TransliterationAlphabet(d.pop("alphabet"))

        remove_emojis = d.pop("removeEmojis", UNSET)

        transliteration = cls(
            alphabet=alphabet,
            remove_emojis=remove_emojis,
        )

        transliteration.additional_properties = d
        return transliteration

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
