from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.strategy import Strategy


T = TypeVar("T", bound="SendMultichannelMessageRequest")


@_attrs_define
class SendMultichannelMessageRequest:
    to: list[str]
    """ A string with single phone number or an array of phone numbers in international E.164 format or national
    format. If national format is provided, for better validation you must use the parameter `countryIso` to provide
    the country code of the destination phone number. """
    from_: str
    strategy: list[Strategy]
    """ An array of objects, in the order of sending. The API will try sending the message with the first channel in
    the strategy. If the delivery failed (Eg. Viber not installed, `ttl` has expired), then it will trigger the
    sending with the next channel in the strategy object. The last failover object must be always `sms`. Possible
    values for `strategy.channel`: `viber`, `whatsapp`, `sms`. Objects with channel `viber` and `whatsapp` have
    element `templateId` (the ID of the approved text template), and failover object with channel `sms` have the
    element `text` """
    ttl: int | Unset = UNSET
    """ The time to live (ttl) defines the time in seconds that a channel has to deliver the message to the
    destination. After the time to live has expired and no `Delivered` report received, the next channel in the
    strategy will be triggered. This procedure is repeated until the last failover channel (`sms`) is triggered.
    Default `ttl` is 300 seconds (5 minutes). Max value 1209600 seconds (14 days). if omitted the server will use
    the default value of 300 """
    country_iso: str | Unset = UNSET
    """ Country ISO (two-letter) of the destination phone numbers (if provided in national format). Please note that
    if an international E.164 phone number format is provided in the `to` parameter, the **countryIso** will be
    ignored. Eg. **FR** for France, **GB** for United Kingdom. Note: It is "GB", not "UK", as per the ISO-3166 alpha
    2.. """
    allow_invalid: bool | Unset = UNSET
    """ By default an error will be thrown if any invalid numbers are detected in the `to` parameter. Set this
    parameter to `true` if you want to process the request even if invalid numbers are detected. The response will
    contain in the `info` object the property `invalid`, wich is an array with the detected invalid phone numbers.
    if omitted the server will use the default value of False """
    scheduled_date: datetime.datetime | Unset = UNSET
    """ If you want to schedule the Multichannel message at a later date. The date provided must be in format
    **YYYY-MM-DD HH:MM:SS** (Eg. 2021-06-23 14:26:10). By default, the date and time in this parameter is treated as
    `UTC`. So if you want to schedule a Multichannel message to a french phone number at 16:00 (France is UTC+2),
    then you should set the parameter at 2021-06-23 14:00 (UTC). If you don't want to make the calculations, you can
    set this parameter as the date time of the destination (eg. 2021-06-23 16:00) and set the parameter `isUtc` to
    `false`. In this way, the API will automatically make the conversion from the destination timezone to UTC and
    set the scheduledDate accordingly. """
    is_utc: bool | Unset = UNSET
    """ If set to `false` it will indicate that the `scheduledDate` parameter is not a date in UTC time, but the
    date relative to the timezone of the destination phone number. The API will calculate the offset and convert the
    date to UTC.  . if omitted the server will use the default value of True """
    dlr_callback_url: str | Unset = UNSET
    """ A valid URL to receive the delivery report update for the sent Multichannel message. If this parameter is
    set, it will overwrite the setting from [Admin Dashboard > HTTP API > Oauth2 > Application settings](#). """
    track_data: str | Unset = UNSET
    """ Allows to track messages a client provided ID. The `trackData` value will be passed back with the response
    and in all callbacks (webhooks). If the value is not a valid UUID (v1-v5) the API will not return an error but
    will discard this parameter. """
    short_response: bool | Unset = UNSET
    """ If set to `true`, it will return the full `info` object and empty `data` object. For situations when you
    don't need the information in the `data` object and want to save bandwith. if omitted the server will use the
    default value of False """
    no_text_details: bool | Unset = UNSET
    """ The response will not have the parameters `data.text` and `data.textAnalysis`. For situations when you send
    to large lists of phone numbers and don't need all response parameters (save bandwith). if omitted the server
    will use the default value of False """
    show_timezone: bool | Unset = UNSET
    """ Shows the parameter `timezone` in the response, for each phone number. if omitted the server will use the
    default value of False """
    idempotency_id: str | Unset = UNSET
    """ A unique idempotency id generated by the client. For more information, refer to [Idempotent requests](#).
    The API will return an error if the value provided is not a valid UUID (v1-v5). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        from_ = self.from_

        strategy = []
        for strategy_item_data in self.strategy:
            strategy_item = strategy_item_data.to_dict()
            strategy.append(strategy_item)

        ttl = self.ttl

        country_iso = self.country_iso

        allow_invalid = self.allow_invalid

        scheduled_date: str | Unset = UNSET
        if not isinstance(self.scheduled_date, Unset):
            scheduled_date = self.scheduled_date.isoformat()

        is_utc = self.is_utc

        dlr_callback_url = self.dlr_callback_url

        track_data = self.track_data

        short_response = self.short_response

        no_text_details = self.no_text_details

        show_timezone = self.show_timezone

        idempotency_id = self.idempotency_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to": to,
                "from": from_,
                "strategy": strategy,
            }
        )
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if country_iso is not UNSET:
            field_dict["countryIso"] = country_iso
        if allow_invalid is not UNSET:
            field_dict["allowInvalid"] = allow_invalid
        if scheduled_date is not UNSET:
            field_dict["scheduledDate"] = scheduled_date
        if is_utc is not UNSET:
            field_dict["isUtc"] = is_utc
        if dlr_callback_url is not UNSET:
            field_dict["dlrCallbackUrl"] = dlr_callback_url
        if track_data is not UNSET:
            field_dict["trackData"] = track_data
        if short_response is not UNSET:
            field_dict["shortResponse"] = short_response
        if no_text_details is not UNSET:
            field_dict["noTextDetails"] = no_text_details
        if show_timezone is not UNSET:
            field_dict["showTimezone"] = show_timezone
        if idempotency_id is not UNSET:
            field_dict["idempotencyId"] = idempotency_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.strategy import Strategy  # noqa: PLC0415

        d = dict(src_dict)
        to = cast(list[str], d.pop("to"))

        from_ = d.pop("from")

        strategy = []
        _strategy = d.pop("strategy")
        for strategy_item_data in _strategy:
            strategy_item = Strategy.from_dict(strategy_item_data)

            strategy.append(strategy_item)

        ttl = d.pop("ttl", UNSET)

        country_iso = d.pop("countryIso", UNSET)

        allow_invalid = d.pop("allowInvalid", UNSET)

        _scheduled_date = d.pop("scheduledDate", UNSET)
        scheduled_date: datetime.datetime | Unset
        if isinstance(_scheduled_date, Unset):
            scheduled_date = UNSET
        else:
            scheduled_date = datetime.datetime.fromisoformat(_scheduled_date)

        is_utc = d.pop("isUtc", UNSET)

        dlr_callback_url = d.pop("dlrCallbackUrl", UNSET)

        track_data = d.pop("trackData", UNSET)

        short_response = d.pop("shortResponse", UNSET)

        no_text_details = d.pop("noTextDetails", UNSET)

        show_timezone = d.pop("showTimezone", UNSET)

        idempotency_id = d.pop("idempotencyId", UNSET)

        send_multichannel_message_request = cls(
            to=to,
            from_=from_,
            strategy=strategy,
            ttl=ttl,
            country_iso=country_iso,
            allow_invalid=allow_invalid,
            scheduled_date=scheduled_date,
            is_utc=is_utc,
            dlr_callback_url=dlr_callback_url,
            track_data=track_data,
            short_response=short_response,
            no_text_details=no_text_details,
            show_timezone=show_timezone,
            idempotency_id=idempotency_id,
        )

        send_multichannel_message_request.additional_properties = d
        return send_multichannel_message_request

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
