from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inbound_sms_list_srsmshistory_item import InboundSmsListSrsmshistoryItem


T = TypeVar("T", bound="InboundSmsList")


@_attrs_define
class InboundSmsList:
    """UNCONFIRMED shape; the messages are a list under `srsmshistory`."""

    srsmshistory: list[InboundSmsListSrsmshistoryItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        srsmshistory: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.srsmshistory, Unset):
            srsmshistory = []
            for srsmshistory_item_data in self.srsmshistory:
                srsmshistory_item = srsmshistory_item_data.to_dict()
                srsmshistory.append(srsmshistory_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if srsmshistory is not UNSET:
            field_dict["srsmshistory"] = srsmshistory

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inbound_sms_list_srsmshistory_item import InboundSmsListSrsmshistoryItem  # noqa: PLC0415

        d = dict(src_dict)
        _srsmshistory = d.pop("srsmshistory", UNSET)
        srsmshistory: list[InboundSmsListSrsmshistoryItem] | Unset = UNSET
        if _srsmshistory is not UNSET:
            srsmshistory = []
            for srsmshistory_item_data in _srsmshistory:
                srsmshistory_item = InboundSmsListSrsmshistoryItem.from_dict(srsmshistory_item_data)

                srsmshistory.append(srsmshistory_item)

        inbound_sms_list = cls(
            srsmshistory=srsmshistory,
        )

        inbound_sms_list.additional_properties = d
        return inbound_sms_list

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
