from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_fields_obj import CustomFieldsObj


T = TypeVar("T", bound="DataGroupsDetails")


@_attrs_define
class DataGroupsDetails:
    id: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    country_iso: str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    field1: None | str | Unset = UNSET
    field2: None | str | Unset = UNSET
    field3: None | str | Unset = UNSET
    field4: None | str | Unset = UNSET
    field5: None | str | Unset = UNSET
    group_id: int | Unset = UNSET
    optout: bool | Unset = UNSET
    date_added: str | Unset = UNSET
    custom_fields: CustomFieldsObj | Unset = UNSET
    """ Custom fields of the contact: field name to value (placeholders {{name}} in texts). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phone_number = self.phone_number

        country_iso = self.country_iso

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field1: None | str | Unset
        if isinstance(self.field1, Unset):
            field1 = UNSET
        else:
            field1 = self.field1

        field2: None | str | Unset
        if isinstance(self.field2, Unset):
            field2 = UNSET
        else:
            field2 = self.field2

        field3: None | str | Unset
        if isinstance(self.field3, Unset):
            field3 = UNSET
        else:
            field3 = self.field3

        field4: None | str | Unset
        if isinstance(self.field4, Unset):
            field4 = UNSET
        else:
            field4 = self.field4

        field5: None | str | Unset
        if isinstance(self.field5, Unset):
            field5 = UNSET
        else:
            field5 = self.field5

        group_id = self.group_id

        optout = self.optout

        date_added = self.date_added

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if country_iso is not UNSET:
            field_dict["countryIso"] = country_iso
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
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if optout is not UNSET:
            field_dict["optout"] = optout
        if date_added is not UNSET:
            field_dict["dateAdded"] = date_added
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_fields_obj import CustomFieldsObj  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        country_iso = d.pop("countryIso", UNSET)

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("firstName", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("lastName", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_field1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field1 = _parse_field1(d.pop("field1", UNSET))

        def _parse_field2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field2 = _parse_field2(d.pop("field2", UNSET))

        def _parse_field3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field3 = _parse_field3(d.pop("field3", UNSET))

        def _parse_field4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field4 = _parse_field4(d.pop("field4", UNSET))

        def _parse_field5(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field5 = _parse_field5(d.pop("field5", UNSET))

        group_id = d.pop("groupId", UNSET)

        optout = d.pop("optout", UNSET)

        date_added = d.pop("dateAdded", UNSET)

        _custom_fields = d.pop("customFields", UNSET)
        custom_fields: CustomFieldsObj | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = CustomFieldsObj.from_dict(_custom_fields)

        data_groups_details = cls(
            id=id,
            phone_number=phone_number,
            country_iso=country_iso,
            first_name=first_name,
            last_name=last_name,
            email=email,
            field1=field1,
            field2=field2,
            field3=field3,
            field4=field4,
            field5=field5,
            group_id=group_id,
            optout=optout,
            date_added=date_added,
            custom_fields=custom_fields,
        )

        data_groups_details.additional_properties = d
        return data_groups_details

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
