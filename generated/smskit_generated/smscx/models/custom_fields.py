from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.custom_fields_custom_field_name import CustomFieldsCustomFieldName


T = TypeVar("T", bound="CustomFields")


@_attrs_define
class CustomFields:
    custom_field_name: CustomFieldsCustomFieldName
    """ The name of the custom field """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_field_name = self.custom_field_name.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customFieldName": custom_field_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_fields_custom_field_name import CustomFieldsCustomFieldName  # noqa: PLC0415

        d = dict(src_dict)
        custom_field_name = CustomFieldsCustomFieldName.from_dict(d.pop("customFieldName"))

        custom_fields = cls(
            custom_field_name=custom_field_name,
        )

        custom_fields.additional_properties = d
        return custom_fields

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
