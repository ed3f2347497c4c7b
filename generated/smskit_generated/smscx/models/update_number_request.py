from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_fields_obj import CustomFieldsObj


T = TypeVar("T", bound="UpdateNumberRequest")


@_attrs_define
class UpdateNumberRequest:
    phone_number: str | Unset = UNSET
    """ Phone number in international E.164 format to replace the current phone number..  """
    first_name: str | Unset = UNSET
    """ Data field for first name of the contact. Use placeholder **{{firstName}}** in text message for data
    replacement. """
    last_name: str | Unset = UNSET
    """ Data field for last name of the contact. Use placeholder **{{lastName}}** in text message for data
    replacement. """
    email: str | Unset = UNSET
    """ Data field for email of the contact. Use placeholder **{{email}}** in text message for data replacement. """
    field1: str | Unset = UNSET
    """ Data field for extra information of the contact. Use placeholder **{{field1}}** in text message for data
    replacement. """
    field2: str | Unset = UNSET
    """ Data field for extra information of the contact. Use placeholder **{{field2}}** in text message for data
    replacement. """
    field3: str | Unset = UNSET
    """ Data field for extra information of the contact. Use placeholder **{{field3}}** in text message for data
    replacement. """
    field4: str | Unset = UNSET
    """ Data field for extra information of the contact. Use placeholder **{{field4}}** in text message for data
    replacement. """
    field5: str | Unset = UNSET
    """ Data field for extra information of the contact. Use placeholder **{{field5}}** in text message for data
    replacement. """
    custom_fields: CustomFieldsObj | Unset = UNSET
    """ Custom fields of the contact: field name to value (placeholders {{name}} in texts). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        field1 = self.field1

        field2 = self.field2

        field3 = self.field3

        field4 = self.field4

        field5 = self.field5

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if field1 is not UNSET:
            field_dict["field1"] = field1
        if field2 is not UNSET:
            field_dict["field2"] = field2
        if field3 is not UNSET:
            field_dict["field3"] = field3
        if field4 is not UNSET:
            field_dict["field4"] = field4
        if field5 is not UNSET:
            field_dict["field5"] = field5
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_fields_obj import CustomFieldsObj  # noqa: PLC0415

        d = dict(src_dict)
        phone_number = d.pop("phoneNumber", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        email = d.pop("email", UNSET)

        field1 = d.pop("field1", UNSET)

        field2 = d.pop("field2", UNSET)

        field3 = d.pop("field3", UNSET)

        field4 = d.pop("field4", UNSET)

        field5 = d.pop("field5", UNSET)

        _custom_fields = d.pop("customFields", UNSET)
        custom_fields: CustomFieldsObj | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = CustomFieldsObj.from_dict(_custom_fields)

        update_number_request = cls(
            phone_number=phone_number,
            first_name=first_name,
            last_name=last_name,
            email=email,
            field1=field1,
            field2=field2,
            field3=field3,
            field4=field4,
            field5=field5,
            custom_fields=custom_fields,
        )

        update_number_request.additional_properties = d
        return update_number_request

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
