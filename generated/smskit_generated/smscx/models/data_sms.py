from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.text_analysis import TextAnalysis


T = TypeVar("T", bound="DataSms")


@_attrs_define
class DataSms:
    msg_id: str
    status: str | Unset = UNSET
    """ One of: ACCEPTED, SCHEDULED, REJECTED, NO COVERAGE. """
    status_code: int | Unset = UNSET
    error_code: int | None | Unset = UNSET
    created_at: str | Unset = UNSET
    in_quiet_hours: bool | Unset = UNSET
    cost: float | Unset = UNSET
    to: str | Unset = UNSET
    country_iso: str | Unset = UNSET
    from_: str | Unset = UNSET
    text: str | Unset = UNSET
    parts: int | Unset = UNSET
    text_analysis: TextAnalysis | Unset = UNSET
    track_data: None | str | Unset = UNSET
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

        created_at = self.created_at

        in_quiet_hours = self.in_quiet_hours

        cost = self.cost

        to = self.to

        country_iso = self.country_iso

        from_ = self.from_

        text = self.text

        parts = self.parts

        text_analysis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_analysis, Unset):
            text_analysis = self.text_analysis.to_dict()

        track_data: None | str | Unset
        if isinstance(self.track_data, Unset):
            track_data = UNSET
        else:
            track_data = self.track_data

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
            }
        )
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
        if text_analysis is not UNSET:
            field_dict["textAnalysis"] = text_analysis
        if track_data is not UNSET:
            field_dict["trackData"] = track_data
        if scheduled_at is not UNSET:
            field_dict["scheduledAt"] = scheduled_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.text_analysis import TextAnalysis  # noqa: PLC0415

        d = dict(src_dict)
        msg_id = d.pop("msgId")

        status = d.pop("status", UNSET)

        status_code = d.pop("statusCode", UNSET)

        def _parse_error_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        error_code = _parse_error_code(d.pop("errorCode", UNSET))

        created_at = d.pop("createdAt", UNSET)

        in_quiet_hours = d.pop("inQuietHours", UNSET)

        cost = d.pop("cost", UNSET)

        to = d.pop("to", UNSET)

        country_iso = d.pop("countryIso", UNSET)

        from_ = d.pop("from", UNSET)

        text = d.pop("text", UNSET)

        parts = d.pop("parts", UNSET)

        _text_analysis = d.pop("textAnalysis", UNSET)
        text_analysis: TextAnalysis | Unset
        if isinstance(_text_analysis, Unset):
            text_analysis = UNSET
        else:
            text_analysis = TextAnalysis.from_dict(_text_analysis)

        def _parse_track_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        track_data = _parse_track_data(d.pop("trackData", UNSET))

        def _parse_scheduled_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scheduled_at = _parse_scheduled_at(d.pop("scheduledAt", UNSET))

        data_sms = cls(
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
            text_analysis=text_analysis,
            track_data=track_data,
            scheduled_at=scheduled_at,
        )

        data_sms.additional_properties = d
        return data_sms

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
