from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_add import GroupAdd


T = TypeVar("T", bound="AddContactsToGroupWithFieldsRequest")


@_attrs_define
class AddContactsToGroupWithFieldsRequest:
    phone_numbers: list[GroupAdd]
    """ An array of objects if you want to add custom fields data to your contacts """
    allow_invalid: bool | Unset = UNSET
    """ Set value `true` to not throw an error if invalid numbers are detected. if omitted the server will use the
    default value of False """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_numbers = []
        for phone_numbers_item_data in self.phone_numbers:
            phone_numbers_item = phone_numbers_item_data.to_dict()
            phone_numbers.append(phone_numbers_item)

        allow_invalid = self.allow_invalid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phoneNumbers": phone_numbers,
            }
        )
        if allow_invalid is not UNSET:
            field_dict["allowInvalid"] = allow_invalid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_add import GroupAdd  # noqa: PLC0415

        d = dict(src_dict)
        phone_numbers = []
        _phone_numbers = d.pop("phoneNumbers")
        for phone_numbers_item_data in _phone_numbers:
            phone_numbers_item = GroupAdd.from_dict(phone_numbers_item_data)

            phone_numbers.append(phone_numbers_item)

        allow_invalid = d.pop("allowInvalid", UNSET)

        add_contacts_to_group_with_fields_request = cls(
            phone_numbers=phone_numbers,
            allow_invalid=allow_invalid,
        )

        add_contacts_to_group_with_fields_request.additional_properties = d
        return add_contacts_to_group_with_fields_request

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
