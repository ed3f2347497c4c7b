from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group import Group
    from ..models.status import Status


T = TypeVar("T", bound="DataReportsCampaigns")


@_attrs_define
class DataReportsCampaigns:
    id: str | Unset = UNSET
    """ Unique identifier of the campaign """
    name: str | Unset = UNSET
    """ Name of the sent campaign """
    from_: str | Unset = UNSET
    groups: list[Group] | Unset = UNSET
    total_phone_numers: int | Unset = UNSET
    """ Total recipients of the sent campaign """
    parts: int | Unset = UNSET
    """ Total parts of the sent campaign """
    cost: float | Unset = UNSET
    """ Total cost of the sent campaign """
    text: str | Unset = UNSET
    """ Content of the message """
    source: str | Unset = UNSET
    """ Source of the message sending One of: api, webapp, smpp, plugin, alerts, excel. """
    channel: str | Unset = UNSET
    """ Channel that sent the message One of: sms, viber, whatsapp. """
    datetime_added: datetime.datetime | Unset = UNSET
    datetime_scheduled: datetime.datetime | None | Unset = UNSET
    status: Status | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        from_ = self.from_

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        total_phone_numers = self.total_phone_numers

        parts = self.parts

        cost = self.cost

        text = self.text

        source = self.source

        channel = self.channel

        datetime_added: str | Unset = UNSET
        if not isinstance(self.datetime_added, Unset):
            datetime_added = self.datetime_added.isoformat()

        datetime_scheduled: None | str | Unset
        if isinstance(self.datetime_scheduled, Unset):
            datetime_scheduled = UNSET
        elif isinstance(self.datetime_scheduled, datetime.datetime):
            datetime_scheduled = self.datetime_scheduled.isoformat()
        else:
            datetime_scheduled = self.datetime_scheduled

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if from_ is not UNSET:
            field_dict["from"] = from_
        if groups is not UNSET:
            field_dict["groups"] = groups
        if total_phone_numers is not UNSET:
            field_dict["totalPhoneNumers"] = total_phone_numers
        if parts is not UNSET:
            field_dict["parts"] = parts
        if cost is not UNSET:
            field_dict["cost"] = cost
        if text is not UNSET:
            field_dict["text"] = text
        if source is not UNSET:
            field_dict["source"] = source
        if channel is not UNSET:
            field_dict["channel"] = channel
        if datetime_added is not UNSET:
            field_dict["datetimeAdded"] = datetime_added
        if datetime_scheduled is not UNSET:
            field_dict["datetimeScheduled"] = datetime_scheduled
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group import Group  # noqa: PLC0415
        from ..models.status import Status  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        from_ = d.pop("from", UNSET)

        _groups = d.pop("groups", UNSET)
        groups: list[Group] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = Group.from_dict(groups_item_data)

                groups.append(groups_item)

        total_phone_numers = d.pop("totalPhoneNumers", UNSET)

        parts = d.pop("parts", UNSET)

        cost = d.pop("cost", UNSET)

        text = d.pop("text", UNSET)

        source = d.pop("source", UNSET)

        channel = d.pop("channel", UNSET)

        _datetime_added = d.pop("datetimeAdded", UNSET)
        datetime_added: datetime.datetime | Unset
        if isinstance(_datetime_added, Unset):
            datetime_added = UNSET
        else:
            datetime_added = datetime.datetime.fromisoformat(_datetime_added)

        def _parse_datetime_scheduled(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                datetime_scheduled_type_0 = datetime.datetime.fromisoformat(data)

                return datetime_scheduled_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        datetime_scheduled = _parse_datetime_scheduled(d.pop("datetimeScheduled", UNSET))

        _status = d.pop("status", UNSET)
        status: Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = Status.from_dict(_status)

        data_reports_campaigns = cls(
            id=id,
            name=name,
            from_=from_,
            groups=groups,
            total_phone_numers=total_phone_numers,
            parts=parts,
            cost=cost,
            text=text,
            source=source,
            channel=channel,
            datetime_added=datetime_added,
            datetime_scheduled=datetime_scheduled,
            status=status,
        )

        data_reports_campaigns.additional_properties = d
        return data_reports_campaigns

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
