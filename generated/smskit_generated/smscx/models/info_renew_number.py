from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InfoRenewNumber")


@_attrs_define
class InfoRenewNumber:
    rent_id: str | Unset = UNSET
    """ Unique identifier of the rent operation """
    number_id: str | Unset = UNSET
    """ Unique identifier of phone number """
    phone_number: str | Unset = UNSET
    """ Rented phone number in international E.164 format """
    country_iso: str | Unset = UNSET
    """ Two-letter country code in ISO-3166 alpha 2 standard. Eg. `DE`, `FR`, `IT` """
    rent_start: datetime.datetime | Unset = UNSET
    """ Start date and time of the rent period (UTC) """
    rent_end: datetime.datetime | Unset = UNSET
    """ End date and time of the rent period (UTC) """
    rent_cost: float | Unset = UNSET
    """ Cost of renting the phone number """
    auto_renew: bool | Unset = UNSET
    """ Automatically renews the rent for the number with the same period as the current subscription """
    callback_url: None | str | Unset = UNSET
    """ Callback URL (or webhook) to get the SMS that is received on the rented phone number (inbound SMS) """
    datetime_: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rent_id = self.rent_id

        number_id = self.number_id

        phone_number = self.phone_number

        country_iso = self.country_iso

        rent_start: str | Unset = UNSET
        if not isinstance(self.rent_start, Unset):
            rent_start = self.rent_start.isoformat()

        rent_end: str | Unset = UNSET
        if not isinstance(self.rent_end, Unset):
            rent_end = self.rent_end.isoformat()

        rent_cost = self.rent_cost

        auto_renew = self.auto_renew

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        datetime_: str | Unset = UNSET
        if not isinstance(self.datetime_, Unset):
            datetime_ = self.datetime_.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rent_id is not UNSET:
            field_dict["rentId"] = rent_id
        if number_id is not UNSET:
            field_dict["numberId"] = number_id
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if country_iso is not UNSET:
            field_dict["countryIso"] = country_iso
        if rent_start is not UNSET:
            field_dict["rentStart"] = rent_start
        if rent_end is not UNSET:
            field_dict["rentEnd"] = rent_end
        if rent_cost is not UNSET:
            field_dict["rentCost"] = rent_cost
        if auto_renew is not UNSET:
            field_dict["autoRenew"] = auto_renew
        if callback_url is not UNSET:
            field_dict["callbackUrl"] = callback_url
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rent_id = d.pop("rentId", UNSET)

        number_id = d.pop("numberId", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        country_iso = d.pop("countryIso", UNSET)

        _rent_start = d.pop("rentStart", UNSET)
        rent_start: datetime.datetime | Unset
        if isinstance(_rent_start, Unset):
            rent_start = UNSET
        else:
            rent_start = datetime.datetime.fromisoformat(_rent_start)

        _rent_end = d.pop("rentEnd", UNSET)
        rent_end: datetime.datetime | Unset
        if isinstance(_rent_end, Unset):
            rent_end = UNSET
        else:
            rent_end = datetime.datetime.fromisoformat(_rent_end)

        rent_cost = d.pop("rentCost", UNSET)

        auto_renew = d.pop("autoRenew", UNSET)

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callbackUrl", UNSET))

        _datetime_ = d.pop("datetime", UNSET)
        datetime_: datetime.datetime | Unset
        if isinstance(_datetime_, Unset):
            datetime_ = UNSET
        else:
            datetime_ = datetime.datetime.fromisoformat(_datetime_)

        info_renew_number = cls(
            rent_id=rent_id,
            number_id=number_id,
            phone_number=phone_number,
            country_iso=country_iso,
            rent_start=rent_start,
            rent_end=rent_end,
            rent_cost=rent_cost,
            auto_renew=auto_renew,
            callback_url=callback_url,
            datetime_=datetime_,
        )

        info_renew_number.additional_properties = d
        return info_renew_number

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
