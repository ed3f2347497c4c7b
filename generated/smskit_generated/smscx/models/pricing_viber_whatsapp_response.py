from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.viber_whatsapp_pricing import ViberWhatsappPricing


T = TypeVar("T", bound="PricingViberWhatsappResponse")


@_attrs_define
class PricingViberWhatsappResponse:
    country_code: ViberWhatsappPricing
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "countryCode": country_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.viber_whatsapp_pricing import ViberWhatsappPricing  # noqa: PLC0415

        d = dict(src_dict)
        country_code = ViberWhatsappPricing.from_dict(d.pop("countryCode"))

        pricing_viber_whatsapp_response = cls(
            country_code=country_code,
        )

        pricing_viber_whatsapp_response.additional_properties = d
        return pricing_viber_whatsapp_response

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
