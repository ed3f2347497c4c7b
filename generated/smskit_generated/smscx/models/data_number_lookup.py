from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network import Network
    from ..models.roaming_network import RoamingNetwork


T = TypeVar("T", bound="DataNumberLookup")


@_attrs_define
class DataNumberLookup:
    phone_number: str
    lookup_id: str | Unset = UNSET
    cost: float | Unset = UNSET
    mcc: None | str | Unset = UNSET
    mccmnc: None | str | Unset = UNSET
    country_iso: str | Unset = UNSET
    country_name: str | Unset = UNSET
    country_name_locale: str | Unset = UNSET
    status: str | Unset = UNSET
    """ One of: ACTIVE, ABSENT, BARRED, UNKNOWN, FAILED. """
    status_description: str | Unset = UNSET
    ported: bool | Unset = UNSET
    roaming: bool | Unset = UNSET
    original_network: Network | Unset = UNSET
    ported_network: Network | Unset = UNSET
    roaming_network: RoamingNetwork | Unset = UNSET
    datetime_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        lookup_id = self.lookup_id

        cost = self.cost

        mcc: None | str | Unset
        if isinstance(self.mcc, Unset):
            mcc = UNSET
        else:
            mcc = self.mcc

        mccmnc: None | str | Unset
        if isinstance(self.mccmnc, Unset):
            mccmnc = UNSET
        else:
            mccmnc = self.mccmnc

        country_iso = self.country_iso

        country_name = self.country_name

        country_name_locale = self.country_name_locale

        status = self.status

        status_description = self.status_description

        ported = self.ported

        roaming = self.roaming

        original_network: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_network, Unset):
            original_network = self.original_network.to_dict()

        ported_network: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ported_network, Unset):
            ported_network = self.ported_network.to_dict()

        roaming_network: dict[str, Any] | Unset = UNSET
        if not isinstance(self.roaming_network, Unset):
            roaming_network = self.roaming_network.to_dict()

        datetime_ = self.datetime_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phoneNumber": phone_number,
            }
        )
        if lookup_id is not UNSET:
            field_dict["lookupId"] = lookup_id
        if cost is not UNSET:
            field_dict["cost"] = cost
        if mcc is not UNSET:
            field_dict["mcc"] = mcc
        if mccmnc is not UNSET:
            field_dict["mccmnc"] = mccmnc
        if country_iso is not UNSET:
            field_dict["countryIso"] = country_iso
        if country_name is not UNSET:
            field_dict["countryName"] = country_name
        if country_name_locale is not UNSET:
            field_dict["countryNameLocale"] = country_name_locale
        if status is not UNSET:
            field_dict["status"] = status
        if status_description is not UNSET:
            field_dict["statusDescription"] = status_description
        if ported is not UNSET:
            field_dict["ported"] = ported
        if roaming is not UNSET:
            field_dict["roaming"] = roaming
        if original_network is not UNSET:
            field_dict["originalNetwork"] = original_network
        if ported_network is not UNSET:
            field_dict["portedNetwork"] = ported_network
        if roaming_network is not UNSET:
            field_dict["roamingNetwork"] = roaming_network
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network import Network  # noqa: PLC0415
        from ..models.roaming_network import RoamingNetwork  # noqa: PLC0415

        d = dict(src_dict)
        phone_number = d.pop("phoneNumber")

        lookup_id = d.pop("lookupId", UNSET)

        cost = d.pop("cost", UNSET)

        def _parse_mcc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mcc = _parse_mcc(d.pop("mcc", UNSET))

        def _parse_mccmnc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mccmnc = _parse_mccmnc(d.pop("mccmnc", UNSET))

        country_iso = d.pop("countryIso", UNSET)

        country_name = d.pop("countryName", UNSET)

        country_name_locale = d.pop("countryNameLocale", UNSET)

        status = d.pop("status", UNSET)

        status_description = d.pop("statusDescription", UNSET)

        ported = d.pop("ported", UNSET)

        roaming = d.pop("roaming", UNSET)

        _original_network = d.pop("originalNetwork", UNSET)
        original_network: Network | Unset
        if isinstance(_original_network, Unset):
            original_network = UNSET
        else:
            original_network = Network.from_dict(_original_network)

        _ported_network = d.pop("portedNetwork", UNSET)
        ported_network: Network | Unset
        if isinstance(_ported_network, Unset):
            ported_network = UNSET
        else:
            ported_network = Network.from_dict(_ported_network)

        _roaming_network = d.pop("roamingNetwork", UNSET)
        roaming_network: RoamingNetwork | Unset
        if isinstance(_roaming_network, Unset):
            roaming_network = UNSET
        else:
            roaming_network = RoamingNetwork.from_dict(_roaming_network)

        datetime_ = d.pop("datetime", UNSET)

        data_number_lookup = cls(
            phone_number=phone_number,
            lookup_id=lookup_id,
            cost=cost,
            mcc=mcc,
            mccmnc=mccmnc,
            country_iso=country_iso,
            country_name=country_name,
            country_name_locale=country_name_locale,
            status=status,
            status_description=status_description,
            ported=ported,
            roaming=roaming,
            original_network=original_network,
            ported_network=ported_network,
            roaming_network=roaming_network,
            datetime_=datetime_,
        )

        data_number_lookup.additional_properties = d
        return data_number_lookup

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
