from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inbound_sms import InboundSms
    from ..models.outbound_sms import OutboundSms
    from ..models.renew_cost import RenewCost


T = TypeVar("T", bound="DataRentedNumbers")


@_attrs_define
class DataRentedNumbers:
    rent_id: str | Unset = UNSET
    """ Unique identifier of the rent operation """
    number_id: str | Unset = UNSET
    """ Unique identifier of the phone number """
    phone_number: str | Unset = UNSET
    """ Phone number that is rented in international E.164 format """
    country_iso: str | Unset = UNSET
    """ Two-letter country code in ISO-3166 alpha 2 standard. Eg. `DE`, `FR`, `IT` """
    network_operator: str | Unset = UNSET
    """ Network operator of the phone number """
    features: int | Unset = UNSET
    """ Sum of features of the phone number, in numerical value. The following are the corresponding values for each
    feature:  - `1` for receiving SMS (inbound SMS)  - `2` for sending SMS (outbound SMS)  - `4` for voice.
    <br> <br>  A phone number with feature `1` can only receive SMS, with feature `2` can only send SMS, and with
    feature value `3` (1 + 2) cand send and receive SMS """
    number_type: str | Unset = UNSET
    """ Type of phone number. One of: mobile, landline. """
    rent_cost: float | Unset = UNSET
    """ Cost of renting the phone number for the current period """
    setup_cost: float | Unset = UNSET
    """ The one time setup fee that was charged at the initial rent of the phone number (if applicable) """
    rent_period: int | Unset = UNSET
    """ Current period of the phone number rent (in days) One of: 1, 7, 30. """
    rent_start: datetime.datetime | Unset = UNSET
    """ Start date and time of the rent period (UTC) """
    rent_end: datetime.datetime | Unset = UNSET
    """ End date and time of the rent period (UTC) """
    inbound_sms_cost: float | Unset = UNSET
    """ Cost for receiving a SMS on this phone number (most of the time receiving is free, meaning this has value 0)
    """
    outbound_sms_cost: float | None | Unset = UNSET
    """ Cost for sending a SMS from this phone number. If the number doesn't have outbound SMS as a feature, this
    parameter will be `null` """
    renew_cost: list[RenewCost] | Unset = UNSET
    """ Array of objects with cost for rent renewal. If the number has minimum rent period of 30 days, this array
    will contain only one object with 30 days """
    inbound_sms: InboundSms | Unset = UNSET
    outbound_sms: OutboundSms | Unset = UNSET
    min_rent: int | Unset = UNSET
    """ Minimum period that this phone number can be rented/renewed (in days) One of: 1, 7, 30. """
    callback_url: None | str | Unset = UNSET
    """ Callback URL (or webhook) to get the received SMS on the rented phone number """
    auto_renew: bool | Unset = UNSET
    """ Automatically renews the rent for the number with the same period as the current subscription """
    active_rent: bool | Unset = UNSET
    """ Indicates if the rent is active (not canceled or subscription not expired) """
    approved: bool | Unset = UNSET
    """ If the phone number requires registration, this parameter indicates if the phone number was approved. Value
    `true` means number approved, `false` means processing """
    datetime_: datetime.datetime | Unset = UNSET
    inbound_sms_sender: bool | Unset = UNSET
    """ Indicates if the phone number can receive SMS from alphanumeric sender ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rent_id = self.rent_id

        number_id = self.number_id

        phone_number = self.phone_number

        country_iso = self.country_iso

        network_operator = self.network_operator

        features = self.features

        number_type = self.number_type

        rent_cost = self.rent_cost

        setup_cost = self.setup_cost

        rent_period = self.rent_period

        rent_start: str | Unset = UNSET
        if not isinstance(self.rent_start, Unset):
            rent_start = self.rent_start.isoformat()

        rent_end: str | Unset = UNSET
        if not isinstance(self.rent_end, Unset):
            rent_end = self.rent_end.isoformat()

        inbound_sms_cost = self.inbound_sms_cost

        outbound_sms_cost: float | None | Unset
        if isinstance(self.outbound_sms_cost, Unset):
            outbound_sms_cost = UNSET
        else:
            outbound_sms_cost = self.outbound_sms_cost

        renew_cost: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.renew_cost, Unset):
            renew_cost = []
            for renew_cost_item_data in self.renew_cost:
                renew_cost_item = renew_cost_item_data.to_dict()
                renew_cost.append(renew_cost_item)

        inbound_sms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inbound_sms, Unset):
            inbound_sms = self.inbound_sms.to_dict()

        outbound_sms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outbound_sms, Unset):
            outbound_sms = self.outbound_sms.to_dict()

        min_rent = self.min_rent

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        auto_renew = self.auto_renew

        active_rent = self.active_rent

        approved = self.approved

        datetime_: str | Unset = UNSET
        if not isinstance(self.datetime_, Unset):
            datetime_ = self.datetime_.isoformat()

        inbound_sms_sender = self.inbound_sms_sender

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
        if network_operator is not UNSET:
            field_dict["networkOperator"] = network_operator
        if features is not UNSET:
            field_dict["features"] = features
        if number_type is not UNSET:
            field_dict["numberType"] = number_type
        if rent_cost is not UNSET:
            field_dict["rentCost"] = rent_cost
        if setup_cost is not UNSET:
            field_dict["setupCost"] = setup_cost
        if rent_period is not UNSET:
            field_dict["rentPeriod"] = rent_period
        if rent_start is not UNSET:
            field_dict["rentStart"] = rent_start
        if rent_end is not UNSET:
            field_dict["rentEnd"] = rent_end
        if inbound_sms_cost is not UNSET:
            field_dict["inboundSmsCost"] = inbound_sms_cost
        if outbound_sms_cost is not UNSET:
            field_dict["outboundSmsCost"] = outbound_sms_cost
        if renew_cost is not UNSET:
            field_dict["renewCost"] = renew_cost
        if inbound_sms is not UNSET:
            field_dict["inboundSms"] = inbound_sms
        if outbound_sms is not UNSET:
            field_dict["outboundSms"] = outbound_sms
        if min_rent is not UNSET:
            field_dict["minRent"] = min_rent
        if callback_url is not UNSET:
            field_dict["callbackUrl"] = callback_url
        if auto_renew is not UNSET:
            field_dict["autoRenew"] = auto_renew
        if active_rent is not UNSET:
            field_dict["activeRent"] = active_rent
        if approved is not UNSET:
            field_dict["approved"] = approved
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if inbound_sms_sender is not UNSET:
            field_dict["inboundSmsSender"] = inbound_sms_sender

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inbound_sms import InboundSms  # noqa: PLC0415
        from ..models.outbound_sms import OutboundSms  # noqa: PLC0415
        from ..models.renew_cost import RenewCost  # noqa: PLC0415

        d = dict(src_dict)
        rent_id = d.pop("rentId", UNSET)

        number_id = d.pop("numberId", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        country_iso = d.pop("countryIso", UNSET)

        network_operator = d.pop("networkOperator", UNSET)

        features = d.pop("features", UNSET)

        number_type = d.pop("numberType", UNSET)

        rent_cost = d.pop("rentCost", UNSET)

        setup_cost = d.pop("setupCost", UNSET)

        rent_period = d.pop("rentPeriod", UNSET)

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

        inbound_sms_cost = d.pop("inboundSmsCost", UNSET)

        def _parse_outbound_sms_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        outbound_sms_cost = _parse_outbound_sms_cost(d.pop("outboundSmsCost", UNSET))

        _renew_cost = d.pop("renewCost", UNSET)
        renew_cost: list[RenewCost] | Unset = UNSET
        if _renew_cost is not UNSET:
            renew_cost = []
            for renew_cost_item_data in _renew_cost:
                renew_cost_item = RenewCost.from_dict(renew_cost_item_data)

                renew_cost.append(renew_cost_item)

        _inbound_sms = d.pop("inboundSms", UNSET)
        inbound_sms: InboundSms | Unset
        if isinstance(_inbound_sms, Unset):
            inbound_sms = UNSET
        else:
            inbound_sms = InboundSms.from_dict(_inbound_sms)

        _outbound_sms = d.pop("outboundSms", UNSET)
        outbound_sms: OutboundSms | Unset
        if isinstance(_outbound_sms, Unset):
            outbound_sms = UNSET
        else:
            outbound_sms = OutboundSms.from_dict(_outbound_sms)

        min_rent = d.pop("minRent", UNSET)

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callbackUrl", UNSET))

        auto_renew = d.pop("autoRenew", UNSET)

        active_rent = d.pop("activeRent", UNSET)

        approved = d.pop("approved", UNSET)

        _datetime_ = d.pop("datetime", UNSET)
        datetime_: datetime.datetime | Unset
        if isinstance(_datetime_, Unset):
            datetime_ = UNSET
        else:
            datetime_ = datetime.datetime.fromisoformat(_datetime_)

        inbound_sms_sender = d.pop("inboundSmsSender", UNSET)

        data_rented_numbers = cls(
            rent_id=rent_id,
            number_id=number_id,
            phone_number=phone_number,
            country_iso=country_iso,
            network_operator=network_operator,
            features=features,
            number_type=number_type,
            rent_cost=rent_cost,
            setup_cost=setup_cost,
            rent_period=rent_period,
            rent_start=rent_start,
            rent_end=rent_end,
            inbound_sms_cost=inbound_sms_cost,
            outbound_sms_cost=outbound_sms_cost,
            renew_cost=renew_cost,
            inbound_sms=inbound_sms,
            outbound_sms=outbound_sms,
            min_rent=min_rent,
            callback_url=callback_url,
            auto_renew=auto_renew,
            active_rent=active_rent,
            approved=approved,
            datetime_=datetime_,
            inbound_sms_sender=inbound_sms_sender,
        )

        data_rented_numbers.additional_properties = d
        return data_rented_numbers

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
