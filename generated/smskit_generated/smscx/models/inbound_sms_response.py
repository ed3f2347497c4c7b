from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inbound_sms_response_data_item import InboundSmsResponseDataItem
    from ..models.inbound_sms_response_info import InboundSmsResponseInfo
    from ..models.paging import Paging


T = TypeVar("T", bound="InboundSmsResponse")


@_attrs_define
class InboundSmsResponse:
    """Messages received on a rented number. The published SDK models items as DataReceiveSms; smskit reads them
    defensively (parse_inbound), so they stay open here.

    """

    info: InboundSmsResponseInfo | Unset = UNSET
    data: list[InboundSmsResponseDataItem] | Unset = UNSET
    paging: Paging | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = self.info.to_dict()

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        paging: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paging, Unset):
            paging = self.paging.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if info is not UNSET:
            field_dict["info"] = info
        if data is not UNSET:
            field_dict["data"] = data
        if paging is not UNSET:
            field_dict["paging"] = paging

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inbound_sms_response_data_item import InboundSmsResponseDataItem  # noqa: PLC0415
        from ..models.inbound_sms_response_info import InboundSmsResponseInfo  # noqa: PLC0415
        from ..models.paging import Paging  # noqa: PLC0415

        d = dict(src_dict)
        _info = d.pop("info", UNSET)
        info: InboundSmsResponseInfo | Unset
        if isinstance(_info, Unset):
            info = UNSET
        else:
            info = InboundSmsResponseInfo.from_dict(_info)

        _data = d.pop("data", UNSET)
        data: list[InboundSmsResponseDataItem] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = InboundSmsResponseDataItem.from_dict(data_item_data)

                data.append(data_item)

        _paging = d.pop("paging", UNSET)
        paging: Paging | Unset
        if isinstance(_paging, Unset):
            paging = UNSET
        else:
            paging = Paging.from_dict(_paging)

        inbound_sms_response = cls(
            info=info,
            data=data,
            paging=paging,
        )

        inbound_sms_response.additional_properties = d
        return inbound_sms_response

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
