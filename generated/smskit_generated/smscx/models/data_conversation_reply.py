from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.text_analysis import TextAnalysis


T = TypeVar("T", bound="DataConversationReply")


@_attrs_define
class DataConversationReply:
    msg_id: str | Unset = UNSET
    """ Unique identifier of the message """
    status: str | Unset = UNSET
    """ Delivery report of the message One of: DELIVERED, SENT, FAILED, SCHEDULED. """
    created_at: str | Unset = UNSET
    """ Date time of the sent message """
    cost: float | Unset = UNSET
    """ Cost of the message """
    to: str | Unset = UNSET
    """ Destination phone number in international E.164 format """
    country_iso: str | Unset = UNSET
    """ Two-letter country ISO of the phone number """
    from_: str | Unset = UNSET
    text: str | Unset = UNSET
    """ Text message """
    parts: int | Unset = UNSET
    """ Message parts """
    text_analysis: TextAnalysis | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msg_id = self.msg_id

        status = self.status

        created_at = self.created_at

        cost = self.cost

        to = self.to

        country_iso = self.country_iso

        from_ = self.from_

        text = self.text

        parts = self.parts

        text_analysis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_analysis, Unset):
            text_analysis = self.text_analysis.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if msg_id is not UNSET:
            field_dict["msgId"] = msg_id
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.text_analysis import TextAnalysis  # noqa: PLC0415

        d = dict(src_dict)
        msg_id = d.pop("msgId", UNSET)

        status = d.pop("status", UNSET)

        created_at = d.pop("createdAt", UNSET)

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

        data_conversation_reply = cls(
            msg_id=msg_id,
            status=status,
            created_at=created_at,
            cost=cost,
            to=to,
            country_iso=country_iso,
            from_=from_,
            text=text,
            parts=parts,
            text_analysis=text_analysis,
        )

        data_conversation_reply.additional_properties = d
        return data_conversation_reply

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
