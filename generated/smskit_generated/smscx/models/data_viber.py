from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataViber")


@_attrs_define
class DataViber:
    msg_id: str | Unset = UNSET
    """ Unique message identifier needed to track the delivery report """
    status: str | Unset = UNSET
    """ Possible status of the message at request time:  * `ACCEPTED` - Message has been accepted for delivery  *
    `SCHEDULED` - Message has been scheduled at the date time specified  * `REJECTED` - Message was rejected because
    the number has opted out from receiving messages (no balance deduction, cost zero)  * `NO COVERAGE` - There is
    no coverage for this destination, no pricing is set (no balance deduction, cost zero)   The final delivery
    report (DELIVERED, FAILED) will be sent to the URL provided in the `dlrCallbackUrl` parameter or you can query
    the status at the resource GET `/reports/single/{msgId}` One of: ACCEPTED, SCHEDULED, REJECTED, NO COVERAGE. """
    status_code: int | Unset = UNSET
    """ Status code for the delivery report """
    error_code: int | None | Unset = UNSET
    """ Status code for the failed delivery report """
    created_at: datetime.datetime | Unset = UNSET
    """ Date and time of sending the message """
    in_quiet_hours: bool | Unset = UNSET
    """ If the date of send or the schedule date of a message is detected to be in the quiet hours of the
    destination phone number, this parameter will be set to `true`. This parameter is `false` if no quiet hours
    detected """
    cost: float | Unset = UNSET
    """ The cost of sending a message, in the currency of the account (**eur** or **usd**). """
    to: str | Unset = UNSET
    """ Destination phone number in E.164 format """
    country_iso: str | Unset = UNSET
    """ Two-letter country code in ISO-3166 alpha 2 standard of the destinations. Eg. DE, FR, IT """
    from_: str | Unset = UNSET
    text: str | Unset = UNSET
    """ The text message sent with all the fields/variables replaced (if any). """
    parts: int | Unset = UNSET
    """ Message parts. For Viber/Whatsapp/Multichannel this variable is always with value 1 """
    track_data: str | Unset = UNSET
    """ Client own UUID (v1-v5) provided to track messages. """
    scheduled_at: datetime.datetime | Unset = UNSET
    """ Date and time when the message was scheduled. If the date and time of sending or scheduling is detected to
    be in the quiet hours interval, the API will schedule the sending of the Viber message at the end of the quiet
    hours. Eg. If quiet hours is defined between 21:30 and 09:30 and the message sending is at 21:55, then the API
    will schedule the message the next day at 09:31. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msg_id = self.msg_id

        status = self.status

        status_code = self.status_code

        error_code: int | None | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        in_quiet_hours = self.in_quiet_hours

        cost = self.cost

        to = self.to

        country_iso = self.country_iso

        from_ = self.from_

        text = self.text

        parts = self.parts

        track_data = self.track_data

        scheduled_at: str | Unset = UNSET
        if not isinstance(self.scheduled_at, Unset):
            scheduled_at = self.scheduled_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if msg_id is not UNSET:
            field_dict["msgId"] = msg_id
        if status is not UNSET:
            field_dict["status"] = status
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if in_quiet_hours is not UNSET:
            field_dict["inQuietHours"] = in_quiet_hours
        if cost is not UNSET:
            field_dict["cost"] = cost
        if to is not UNSET:
            field_dict["to"] = to
        if country_iso is not UNSET:
            field_dict["countryIso"] = country_iso
        if from_ is not UNSET:
            field_dict["from"] = from_
        if text is not UNSET:
            field_dict["text"] = text
        if parts is not UNSET:
            field_dict["parts"] = parts
        if track_data is not UNSET:
            field_dict["trackData"] = track_data
        if scheduled_at is not UNSET:
            field_dict["scheduledAt"] = scheduled_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        msg_id = d.pop("msgId", UNSET)

        status = d.pop("status", UNSET)

        status_code = d.pop("statusCode", UNSET)

        def _parse_error_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        error_code = _parse_error_code(d.pop("errorCode", UNSET))

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        in_quiet_hours = d.pop("inQuietHours", UNSET)

        cost = d.pop("cost", UNSET)

        to = d.pop("to", UNSET)

        country_iso = d.pop("countryIso", UNSET)

        from_ = d.pop("from", UNSET)

        text = d.pop("text", UNSET)

        parts = d.pop("parts", UNSET)

        track_data = d.pop("trackData", UNSET)

        _scheduled_at = d.pop("scheduledAt", UNSET)
        scheduled_at: datetime.datetime | Unset
        if isinstance(_scheduled_at, Unset):
            scheduled_at = UNSET
        else:
            scheduled_at = datetime.datetime.fromisoformat(_scheduled_at)

        data_viber = cls(
            msg_id=msg_id,
            status=status,
            status_code=status_code,
            error_code=error_code,
            created_at=created_at,
            in_quiet_hours=in_quiet_hours,
            cost=cost,
            to=to,
            country_iso=country_iso,
            from_=from_,
            text=text,
            parts=parts,
            track_data=track_data,
            scheduled_at=scheduled_at,
        )

        data_viber.additional_properties = d
        return data_viber

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
