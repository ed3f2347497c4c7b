from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rent_cost import RentCost


T = TypeVar("T", bound="DataAvailableNumbersRent")


@_attrs_define
class DataAvailableNumbersRent:
    number_id: str | Unset = UNSET
    """ Unique identifier of phone number """
    phone_number: None | str | Unset = UNSET
    """ Phone number in international E.164 format. In some cases this value might be `null` as the phone number
    will be selected random from a pool of numbers """
    country_iso: str | Unset = UNSET
    """ Two-letter country ISO of the phone number """
    network_operator: str | Unset = UNSET
    """ Network operator of the phone number """
    features: int | Unset = UNSET
    """ Sum of features of the phone number, in numerical value. The following are the corresponding values for each
    feature:  - `1` for receiving SMS (inbound SMS)  - `2` for sending SMS (outbound SMS)  - `4` for voice.
    <br> <br>  A phone number with feature `1` can only receive SMS, with feature `2` can only send SMS, and with
    feature value `3` (1 + 2) cand send and receive SMS """
    number_type: str | Unset = UNSET
    """ Type of phone number One of: mobile, landline. """
    inbound_sms_cost: float | Unset = UNSET
    """ Cost for receiving a SMS on this phone number (most of the time receiving is free, meaning this has value 0)
    """
    outbound_sms_cost: float | None | Unset = UNSET
    """ Cost for sending a SMS from this phone number. If the number doesn't have outbound SMS as a feature, this
    parameter will be `null` """
    setup_cost: float | Unset = UNSET
    """ One time setup fee for the rented phone number (if applicable) """
    rent_cost: list[RentCost] | Unset = UNSET
    """ Array of objects with cost for every period (in days). If the phone number has a minimum rent period of 30
    days, this array will contain only one object with cost for 30 days. If minimum rent is 1 day, then this array
    will contain 3 objects with cost for 1, 7, 30 days """
    min_rent: int | Unset = UNSET
    """ Minimum period that this phone number must be rented (in days) One of: 1, 7, 30. """
    setup_time: str | Unset = UNSET
    """ The time to setup the number. instant - the number is available immediately, delayed - the number will be
    available after a period of time (between 10 minutes and few days) One of: instant, delayed. """
    registration: bool | Unset = UNSET
    """ Indicates if the phone number requires registration """
    datetime_: datetime.datetime | Unset = UNSET
    inbound_sms_sender: bool | Unset = UNSET
    """ Indicates if the phone number can receive SMS from alphanumeric sender ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number_id = self.number_id

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        country_iso = self.country_iso

        network_operator = self.network_operator

        features = self.features

        number_type = self.number_type

        inbound_sms_cost = self.inbound_sms_cost

        outbound_sms_cost: float | None | Unset
        if isinstance(self.outbound_sms_cost, Unset):
            outbound_sms_cost = UNSET
        else:
            outbound_sms_cost = self.outbound_sms_cost

        setup_cost = self.setup_cost

        rent_cost: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rent_cost, Unset):
            rent_cost = []
            for rent_cost_item_data in self.rent_cost:
                rent_cost_item = rent_cost_item_data.to_dict()
                rent_cost.append(rent_cost_item)

        min_rent = self.min_rent

        setup_time = self.setup_time

        registration = self.registration

        datetime_: str | Unset = UNSET
        if not isinstance(self.datetime_, Unset):
            datetime_ = self.datetime_.isoformat()

        inbound_sms_sender = self.inbound_sms_sender

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number_id is not UNSET:
            field_dict["numberId"] = number_id
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if country_iso is not UNSET:
            field_dict["countryIso"] = country_iso
        if network_operator is not UNSET:
            field_dict["networkOperator"] = network_operator
        if features is not UNSET:
            field_dict["features"] = features
        if number_type is not UNSET:
            field_dict["numberType"] = number_type
        if inbound_sms_cost is not UNSET:
            field_dict["inboundSmsCost"] = inbound_sms_cost
        if outbound_sms_cost is not UNSET:
            field_dict["outboundSmsCost"] = outbound_sms_cost
        if setup_cost is not UNSET:
            field_dict["setupCost"] = setup_cost
        if rent_cost is not UNSET:
            field_dict["rentCost"] = rent_cost
        if min_rent is not UNSET:
            field_dict["minRent"] = min_rent
        if setup_time is not UNSET:
            field_dict["setupTime"] = setup_time
        if registration is not UNSET:
            field_dict["registration"] = registration
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if inbound_sms_sender is not UNSET:
            field_dict["inboundSmsSender"] = inbound_sms_sender

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rent_cost import RentCost  # noqa: PLC0415

        d = dict(src_dict)
        number_id = d.pop("numberId", UNSET)

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phoneNumber", UNSET))

        country_iso = d.pop("countryIso", UNSET)

        network_operator = d.pop("networkOperator", UNSET)

        features = d.pop("features", UNSET)

        number_type = d.pop("numberType", UNSET)

        inbound_sms_cost = d.pop("inboundSmsCost", UNSET)

        def _parse_outbound_sms_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        outbound_sms_cost = _parse_outbound_sms_cost(d.pop("outboundSmsCost", UNSET))

        setup_cost = d.pop("setupCost", UNSET)

        _rent_cost = d.pop("rentCost", UNSET)
        rent_cost: list[RentCost] | Unset = UNSET
        if _rent_cost is not UNSET:
            rent_cost = []
            for rent_cost_item_data in _rent_cost:
                rent_cost_item = RentCost.from_dict(rent_cost_item_data)

                rent_cost.append(rent_cost_item)

        min_rent = d.pop("minRent", UNSET)

        setup_time = d.pop("setupTime", UNSET)

        registration = d.pop("registration", UNSET)

        _datetime_ = d.pop("datetime", UNSET)
        datetime_: datetime.datetime | Unset
        if isinstance(_datetime_, Unset):
            datetime_ = UNSET
        else:
            datetime_ = datetime.datetime.fromisoformat(_datetime_)

        inbound_sms_sender = d.pop("inboundSmsSender", UNSET)

        data_available_numbers_rent = cls(
            number_id=number_id,
            phone_number=phone_number,
            country_iso=country_iso,
            network_operator=network_operator,
            features=features,
            number_type=number_type,
            inbound_sms_cost=inbound_sms_cost,
            outbound_sms_cost=outbound_sms_cost,
            setup_cost=setup_cost,
            rent_cost=rent_cost,
            min_rent=min_rent,
            setup_time=setup_time,
            registration=registration,
            datetime_=datetime_,
            inbound_sms_sender=inbound_sms_sender,
        )

        data_available_numbers_rent.additional_properties = d
        return data_available_numbers_rent

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
