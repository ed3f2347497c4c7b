from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RentNumberRequest")


@_attrs_define
class RentNumberRequest:
    number_id: str
    """ Unique identifier of the phone number from the available rental list """
    rent_period: int
    """ Rental period of the phone number (in days) One of: 1, 7, 30. """
    auto_renew: bool | Unset = UNSET
    """ Auto renew the rental of the phone number at the end of the rental period. if omitted the server will use
    the default value of False """
    callback_url: None | str | Unset = UNSET
    """ Callback URL (or webhook) to get the received SMS on the rented phone number.  """
    registration_id: str | Unset = UNSET
    """ Applicable if the phone number requires registration. Unique identifier of the registration details for this
    phone number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number_id = self.number_id

        rent_period = self.rent_period

        auto_renew = self.auto_renew

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        registration_id = self.registration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "numberId": number_id,
                "rentPeriod": rent_period,
            }
        )
        if auto_renew is not UNSET:
            field_dict["autoRenew"] = auto_renew
        if callback_url is not UNSET:
            field_dict["callbackUrl"] = callback_url
        if registration_id is not UNSET:
            field_dict["registrationId"] = registration_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number_id = d.pop("numberId")

        rent_period = d.pop("rentPeriod")

        auto_renew = d.pop("autoRenew", UNSET)

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callbackUrl", UNSET))

        registration_id = d.pop("registrationId", UNSET)

        rent_number_request = cls(
            number_id=number_id,
            rent_period=rent_period,
            auto_renew=auto_renew,
            callback_url=callback_url,
            registration_id=registration_id,
        )

        rent_number_request.additional_properties = d
        return rent_number_request

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
