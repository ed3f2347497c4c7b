from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataApplicationsList")


@_attrs_define
class DataApplicationsList:
    id: int | Unset = UNSET
    application_id: str | Unset = UNSET
    application_secret: str | Unset = UNSET
    application_name: str | Unset = UNSET
    scopes: str | Unset = UNSET
    token_expiration: str | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        application_id = self.application_id

        application_secret = self.application_secret

        application_name = self.application_name

        scopes = self.scopes

        token_expiration = self.token_expiration

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if application_secret is not UNSET:
            field_dict["applicationSecret"] = application_secret
        if application_name is not UNSET:
            field_dict["applicationName"] = application_name
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if token_expiration is not UNSET:
            field_dict["tokenExpiration"] = token_expiration
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        application_id = d.pop("applicationId", UNSET)

        application_secret = d.pop("applicationSecret", UNSET)

        application_name = d.pop("applicationName", UNSET)

        scopes = d.pop("scopes", UNSET)

        token_expiration = d.pop("tokenExpiration", UNSET)

        created_at = d.pop("createdAt", UNSET)

        data_applications_list = cls(
            id=id,
            application_id=application_id,
            application_secret=application_secret,
            application_name=application_name,
            scopes=scopes,
            token_expiration=token_expiration,
            created_at=created_at,
        )

        data_applications_list.additional_properties = d
        return data_applications_list

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
