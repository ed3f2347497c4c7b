from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_number_validate import DataNumberValidate
    from ..models.numbers_validate_response_info import NumbersValidateResponseInfo


T = TypeVar("T", bound="NumbersValidateResponse")


@_attrs_define
class NumbersValidateResponse:
    data: list[DataNumberValidate]
    info: NumbersValidateResponseInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = self.info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if info is not UNSET:
            field_dict["info"] = info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_number_validate import DataNumberValidate  # noqa: PLC0415
        from ..models.numbers_validate_response_info import NumbersValidateResponseInfo  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = DataNumberValidate.from_dict(data_item_data)

            data.append(data_item)

        _info = d.pop("info", UNSET)
        info: NumbersValidateResponseInfo | Unset
        if isinstance(_info, Unset):
            info = UNSET
        else:
            info = NumbersValidateResponseInfo.from_dict(_info)

        numbers_validate_response = cls(
            data=data,
            info=info,
        )

        numbers_validate_response.additional_properties = d
        return numbers_validate_response

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
