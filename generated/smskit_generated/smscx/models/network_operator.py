from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_operator_operator_name import NetworkOperatorOperatorName


T = TypeVar("T", bound="NetworkOperator")


@_attrs_define
class NetworkOperator:
    operator_name: NetworkOperatorOperatorName | Unset = UNSET
    """ The name of the network operator """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operator_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operator_name, Unset):
            operator_name = self.operator_name.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operator_name is not UNSET:
            field_dict["operatorName"] = operator_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network_operator_operator_name import NetworkOperatorOperatorName  # noqa: PLC0415

        d = dict(src_dict)
        _operator_name = d.pop("operatorName", UNSET)
        operator_name: NetworkOperatorOperatorName | Unset
        if isinstance(_operator_name, Unset):
            operator_name = UNSET
        else:
            operator_name = NetworkOperatorOperatorName.from_dict(_operator_name)

        network_operator = cls(
            operator_name=operator_name,
        )

        network_operator.additional_properties = d
        return network_operator

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
