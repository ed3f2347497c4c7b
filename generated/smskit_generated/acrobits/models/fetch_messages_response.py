from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message import Message


T = TypeVar("T", bound="FetchMessagesResponse")


@_attrs_define
class FetchMessagesResponse:
    date: datetime.datetime
    received_smss: list[Message] | Unset = UNSET
    sent_smss: list[Message] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        received_smss: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.received_smss, Unset):
            received_smss = []
            for received_smss_item_data in self.received_smss:
                received_smss_item = received_smss_item_data.to_dict()
                received_smss.append(received_smss_item)

        sent_smss: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sent_smss, Unset):
            sent_smss = []
            for sent_smss_item_data in self.sent_smss:
                sent_smss_item = sent_smss_item_data.to_dict()
                sent_smss.append(sent_smss_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
            }
        )
        if received_smss is not UNSET:
            field_dict["received_smss"] = received_smss
        if sent_smss is not UNSET:
            field_dict["sent_smss"] = sent_smss

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message import Message  # noqa: PLC0415

        d = dict(src_dict)
        date = datetime.datetime.fromisoformat(d.pop("date"))

        _received_smss = d.pop("received_smss", UNSET)
        received_smss: list[Message] | Unset = UNSET
        if _received_smss is not UNSET:
            received_smss = []
            for received_smss_item_data in _received_smss:
                received_smss_item = Message.from_dict(received_smss_item_data)

                received_smss.append(received_smss_item)

        _sent_smss = d.pop("sent_smss", UNSET)
        sent_smss: list[Message] | Unset = UNSET
        if _sent_smss is not UNSET:
            sent_smss = []
            for sent_smss_item_data in _sent_smss:
                sent_smss_item = Message.from_dict(sent_smss_item_data)

                sent_smss.append(sent_smss_item)

        fetch_messages_response = cls(
            date=date,
            received_smss=received_smss,
            sent_smss=sent_smss,
        )

        fetch_messages_response.additional_properties = d
        return fetch_messages_response

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
