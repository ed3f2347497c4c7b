from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    type_: str | Unset = UNSET
    """ access_denied, duplicate_id, duplicate_value, insufficient_credit, insufficient_scope, invalid_api_key,
    invalid_body, invalid_client, invalid_method, invalid_param, invalid_request, invalid_scope, no_coverage,
    not_found, rate_limit, server_error, unsupported_grant_type, invalid_pin, otp_expired, otp_failed, otp_cancelled
    or otp_verified. """
    code: int | Unset = UNSET
    message: str | Unset = UNSET
    uri: str | Unset = UNSET
    invalid: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        code = self.code

        message = self.message

        uri = self.uri

        invalid: list[str] | Unset = UNSET
        if not isinstance(self.invalid, Unset):
            invalid = self.invalid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if uri is not UNSET:
            field_dict["uri"] = uri
        if invalid is not UNSET:
            field_dict["invalid"] = invalid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        uri = d.pop("uri", UNSET)

        invalid = cast(list[str], d.pop("invalid", UNSET))

        error = cls(
            type_=type_,
            code=code,
            message=message,
            uri=uri,
            invalid=invalid,
        )

        error.additional_properties = d
        return error

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
