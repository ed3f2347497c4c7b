from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSmsResponse")


@_attrs_define
class SendSmsResponse:
    result: str
    order_id: str | Unset = UNSET
    total_sent: int | Unset = UNSET
    """ Messages sent (or credits, with returnCredits). """
    remaining_credits: int | Unset = UNSET
    internal_order_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        order_id = self.order_id

        total_sent = self.total_sent

        remaining_credits = self.remaining_credits

        internal_order_id = self.internal_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
            }
        )
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if total_sent is not UNSET:
            field_dict["total_sent"] = total_sent
        if remaining_credits is not UNSET:
            field_dict["remaining_credits"] = remaining_credits
        if internal_order_id is not UNSET:
            field_dict["internal_order_id"] = internal_order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        result = d.pop("result")

        order_id = d.pop("order_id", UNSET)

        total_sent = d.pop("total_sent", UNSET)

        remaining_credits = d.pop("remaining_credits", UNSET)

        internal_order_id = d.pop("internal_order_id", UNSET)

        send_sms_response = cls(
            result=result,
            order_id=order_id,
            total_sent=total_sent,
            remaining_credits=remaining_credits,
            internal_order_id=internal_order_id,
        )

        send_sms_response.additional_properties = d
        return send_sms_response

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
