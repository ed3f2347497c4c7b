from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.text_analysis import TextAnalysis


T = TypeVar("T", bound="DataReports")


@_attrs_define
class DataReports:
    msg_id: str
    status: str
    """ One of: ACCEPTED, SENT, DELIVERED, FAILED, SCHEDULED, REJECTED, NO COVERAGE. """
    status_code: int | Unset = UNSET
    error_code: int | None | Unset = UNSET
    in_quiet_hours: bool | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    cost: float | Unset = UNSET
    to: str | Unset = UNSET
    country_iso: str | Unset = UNSET
    from_: str | Unset = UNSET
    source: str | Unset = UNSET
    """ Source of the message sending One of: api, webapp, smpp, plugin, alerts, excel. """
    channel: str | Unset = UNSET
    """ One of: sms, viber, whatsapp. """
    text: str | Unset = UNSET
    text_analysis: TextAnalysis | Unset = UNSET
    scheduled_at: None | str | Unset = UNSET
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

        created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        cost = self.cost

        to = self.to

        country_iso = self.country_iso

        from_ = self.from_

        source = self.source

        channel = self.channel

        text = self.text

        text_analysis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_analysis, Unset):
            text_analysis = self.text_analysis.to_dict()

        scheduled_at: None | str | Unset
        if isinstance(self.scheduled_at, Unset):
            scheduled_at = UNSET
        else:
            scheduled_at = self.scheduled_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "msgId": msg_id,
                "status": status,
            }
        )
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
        if source is not UNSET:
            field_dict["source"] = source
        if channel is not UNSET:
            field_dict["channel"] = channel
        if text is not UNSET:
            field_dict["text"] = text
        if text_analysis is not UNSET:
            field_dict["textAnalysis"] = text_analysis
        if scheduled_at is not UNSET:
            field_dict["scheduledAt"] = scheduled_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.text_analysis import TextAnalysis  # noqa: PLC0415

        d = dict(src_dict)
        msg_id = d.pop("msgId")

        status = d.pop("status")

        status_code = d.pop("statusCode", UNSET)

        def _parse_error_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        error_code = _parse_error_code(d.pop("errorCode", UNSET))

        in_quiet_hours = d.pop("inQuietHours", UNSET)

        created_at = d.pop("createdAt", UNSET)

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        cost = d.pop("cost", UNSET)

        to = d.pop("to", UNSET)

        country_iso = d.pop("countryIso", UNSET)

        from_ = d.pop("from", UNSET)

        source = d.pop("source", UNSET)

        channel = d.pop("channel", UNSET)

        text = d.pop("text", UNSET)

        _text_analysis = d.pop("textAnalysis", UNSET)
        text_analysis: TextAnalysis | Unset
        if isinstance(_text_analysis, Unset):
            text_analysis = UNSET
        else:
            text_analysis = TextAnalysis.from_dict(_text_analysis)

        def _parse_scheduled_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scheduled_at = _parse_scheduled_at(d.pop("scheduledAt", UNSET))

        data_reports = cls(
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
            source=source,
            channel=channel,
            text=text,
            text_analysis=text_analysis,
            scheduled_at=scheduled_at,
        )

        data_reports.additional_properties = d
        return data_reports

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
