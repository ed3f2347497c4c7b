from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.settings import Settings


T = TypeVar("T", bound="ApplicationSettingsResponse")


@_attrs_define
class ApplicationSettingsResponse:
    application_id: str | Unset = UNSET
    name: str | Unset = UNSET
    scopes: str | Unset = UNSET
    token_expiration: str | Unset = UNSET
    settings: Settings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        name = self.name

        scopes = self.scopes

        token_expiration = self.token_expiration

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if name is not UNSET:
            field_dict["name"] = name
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if token_expiration is not UNSET:
            field_dict["tokenExpiration"] = token_expiration
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.settings import Settings  # noqa: PLC0415

        d = dict(src_dict)
        application_id = d.pop("applicationId", UNSET)

        name = d.pop("name", UNSET)

        scopes = d.pop("scopes", UNSET)

        token_expiration = d.pop("tokenExpiration", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: Settings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = Settings.from_dict(_settings)

        application_settings_response = cls(
            application_id=application_id,
            name=name,
            scopes=scopes,
            token_expiration=token_expiration,
            settings=settings,
        )

        application_settings_response.additional_properties = d
        return application_settings_response

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
