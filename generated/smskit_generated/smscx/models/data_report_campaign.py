from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.text_analysis import TextAnalysis


T = TypeVar("T", bound="DataReportCampaign")


@_attrs_define
class DataReportCampaign:
    msg_id: str | Unset = UNSET
    """ Unique message identifier """
    status: str | Unset = UNSET
    """ Delivery report of the message One of: ACCEPTED, SENT, DELIVERED, FAILED, SCHEDULED, REJECTED, NO COVERAGE.
    """
    status_code: int | Unset = UNSET
    """ Status code for the delivery report """
    error_code: int | None | Unset = UNSET
    """ Status code for the failed delivery report """
    in_quiet_hours: bool | Unset = UNSET
    """ Specified if the sending was between the saved quiet hours """
    created_at: datetime.datetime | Unset = UNSET
    """ Date and time of sending the message """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Date and time of last delivery report update of the message """
    cost: float | Unset = UNSET
    """ The cost of sending a message, in the currency of the account (**eur** or **usd**). It is calculated as
    ***cost per message part x parts***. Eg. 3 x 0.041 = 0.123  <br>This parameter has value zero (0) if the status
    of the message is `REJECTED` or `NO COVERAGE` """
    to: str | Unset = UNSET
    """ Destination phone number in E.164 format """
    country_iso: str | Unset = UNSET
    """ Two-letter country code in ISO-3166 alpha 2 standard of the destinations. Eg. DE, FR, IT """
    from_: str | Unset = UNSET
    text: str | Unset = UNSET
    """ Content of the message """
    source: str | Unset = UNSET
    """ Source of the message sending One of: api, webapp, smpp, plugin, alerts, excel. """
    channel: str | Unset = UNSET
    """ Channel that sent the message One of: sms, viber, whatsapp. """
    text_analysis: TextAnalysis | Unset = UNSET
    scheduled_at: datetime.datetime | None | Unset = UNSET
    """ Date and time when the message was scheduled. """
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

        in_quiet_hours = self.in_quiet_hours

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        cost = self.cost

        to = self.to

        country_iso = self.country_iso

        from_ = self.from_

        text = self.text

        source = self.source

        channel = self.channel

        text_analysis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_analysis, Unset):
            text_analysis = self.text_analysis.to_dict()

        scheduled_at: None | str | Unset
        if isinstance(self.scheduled_at, Unset):
            scheduled_at = UNSET
        elif isinstance(self.scheduled_at, datetime.datetime):
            scheduled_at = self.scheduled_at.isoformat()
        else:
            scheduled_at = self.scheduled_at

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
        if in_quiet_hours is not UNSET:
            field_dict["inQuietHours"] = in_quiet_hours
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
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
        if source is not UNSET:
            field_dict["source"] = source
        if channel is not UNSET:
            field_dict["channel"] = channel
        if text_analysis is not UNSET:
            field_dict["textAnalysis"] = text_analysis
        if scheduled_at is not UNSET:
            field_dict["scheduledAt"] = scheduled_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.text_analysis import TextAnalysis  # noqa: PLC0415

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

        in_quiet_hours = d.pop("inQuietHours", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        cost = d.pop("cost", UNSET)

        to = d.pop("to", UNSET)

        country_iso = d.pop("countryIso", UNSET)

        from_ = d.pop("from", UNSET)

        text = d.pop("text", UNSET)

        source = d.pop("source", UNSET)

        channel = d.pop("channel", UNSET)

        _text_analysis = d.pop("textAnalysis", UNSET)
        text_analysis: TextAnalysis | Unset
        if isinstance(_text_analysis, Unset):
            text_analysis = UNSET
        else:
            text_analysis = TextAnalysis.from_dict(_text_analysis)

        def _parse_scheduled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheduled_at_type_0 = datetime.datetime.fromisoformat(data)

                return scheduled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        scheduled_at = _parse_scheduled_at(d.pop("scheduledAt", UNSET))

        data_report_campaign = cls(
            msg_id=msg_id,
            status=status,
            status_code=status_code,
            error_code=error_code,
            in_quiet_hours=in_quiet_hours,
            created_at=created_at,
            updated_at=updated_at,
            cost=cost,
            to=to,
            country_iso=country_iso,
            from_=from_,
            text=text,
            source=source,
            channel=channel,
            text_analysis=text_analysis,
            scheduled_at=scheduled_at,
        )

        data_report_campaign.additional_properties = d
        return data_report_campaign

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
