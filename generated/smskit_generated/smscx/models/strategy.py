from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Strategy")


@_attrs_define
class Strategy:
    channel: str
    """ One of: viber, whatsapp, sms. """
    template_id: int | Unset = UNSET
    """ Identifier of the approved Viber or Whatsapp template. """
    text: str | Unset = UNSET
    """ The text message for channel SMS (failover). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        template_id = self.template_id

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
            }
        )
        if template_id is not UNSET:
            field_dict["templateId"] = template_id
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = d.pop("channel")

        template_id = d.pop("templateId", UNSET)

        text = d.pop("text", UNSET)

        strategy = cls(
            channel=channel,
            template_id=template_id,
            text=text,
        )

        strategy.additional_properties = d
        return strategy

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
