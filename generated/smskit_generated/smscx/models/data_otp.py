from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataOtp")


@_attrs_define
class DataOtp:
    otp_id: str
    status: str
    """ One of: PENDING, VERIFIED, EXPIRED, CANCELLED, FAILED. """
    track_id: None | str | Unset = UNSET
    phone_number: str | Unset = UNSET
    country_iso: str | Unset = UNSET
    cost: float | Unset = UNSET
    parts: int | Unset = UNSET
    max_attempts: int | Unset = UNSET
    attempts: int | Unset = UNSET
    ttl: int | Unset = UNSET
    otp_callback_url: None | str | Unset = UNSET
    date_created: str | Unset = UNSET
    date_expires: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        otp_id = self.otp_id

        status = self.status

        track_id: None | str | Unset
        if isinstance(self.track_id, Unset):
            track_id = UNSET
        else:
            track_id = self.track_id

        phone_number = self.phone_number

        country_iso = self.country_iso

        cost = self.cost

        parts = self.parts

        max_attempts = self.max_attempts

        attempts = self.attempts

        ttl = self.ttl

        otp_callback_url: None | str | Unset
        if isinstance(self.otp_callback_url, Unset):
            otp_callback_url = UNSET
        else:
            otp_callback_url = self.otp_callback_url

        date_created = self.date_created

        date_expires = self.date_expires

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "otpId": otp_id,
                "status": status,
            }
        )
        if track_id is not UNSET:
            field_dict["trackId"] = track_id
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if country_iso is not UNSET:
            field_dict["countryIso"] = country_iso
        if cost is not UNSET:
            field_dict["cost"] = cost
        if parts is not UNSET:
            field_dict["parts"] = parts
        if max_attempts is not UNSET:
            field_dict["maxAttempts"] = max_attempts
        if attempts is not UNSET:
            field_dict["attempts"] = attempts
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if otp_callback_url is not UNSET:
            field_dict["otpCallbackUrl"] = otp_callback_url
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if date_expires is not UNSET:
            field_dict["dateExpires"] = date_expires

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        otp_id = d.pop("otpId")

        status = d.pop("status")

        def _parse_track_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        track_id = _parse_track_id(d.pop("trackId", UNSET))

        phone_number = d.pop("phoneNumber", UNSET)

        country_iso = d.pop("countryIso", UNSET)

        cost = d.pop("cost", UNSET)

        parts = d.pop("parts", UNSET)

        max_attempts = d.pop("maxAttempts", UNSET)

        attempts = d.pop("attempts", UNSET)

        ttl = d.pop("ttl", UNSET)

        def _parse_otp_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        otp_callback_url = _parse_otp_callback_url(d.pop("otpCallbackUrl", UNSET))

        date_created = d.pop("dateCreated", UNSET)

        date_expires = d.pop("dateExpires", UNSET)

        data_otp = cls(
            otp_id=otp_id,
            status=status,
            track_id=track_id,
            phone_number=phone_number,
            country_iso=country_iso,
            cost=cost,
            parts=parts,
            max_attempts=max_attempts,
            attempts=attempts,
            ttl=ttl,
            otp_callback_url=otp_callback_url,
            date_created=date_created,
            date_expires=date_expires,
        )

        data_otp.additional_properties = d
        return data_otp

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
