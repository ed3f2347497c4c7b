from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group import Group


T = TypeVar("T", bound="Info")


@_attrs_define
class Info:
    campaign_id: str | Unset = UNSET
    total_phone_numbers: int | Unset = UNSET
    total_valid: int | Unset = UNSET
    total_invalid: int | Unset = UNSET
    total_cost: float | Unset = UNSET
    total_parts: int | Unset = UNSET
    dlr_callback_url: None | str | Unset = UNSET
    scheduled: bool | Unset = UNSET
    total_in_quiet_hours: int | Unset = UNSET
    duplicates_removed: int | Unset = UNSET
    groups: list[Group | int] | Unset = UNSET
    """ The destination groups of a campaign. Objects in the published SDK, ids in the older documents (UNCONFIRMED
    which the service sends); both are read. """
    invalid: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.group import Group  # noqa: PLC0415

        campaign_id = self.campaign_id

        total_phone_numbers = self.total_phone_numbers

        total_valid = self.total_valid

        total_invalid = self.total_invalid

        total_cost = self.total_cost

        total_parts = self.total_parts

        dlr_callback_url: None | str | Unset
        if isinstance(self.dlr_callback_url, Unset):
            dlr_callback_url = UNSET
        else:
            dlr_callback_url = self.dlr_callback_url

        scheduled = self.scheduled

        total_in_quiet_hours = self.total_in_quiet_hours

        duplicates_removed = self.duplicates_removed

        groups: list[dict[str, Any] | int] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item: dict[str, Any] | int
                if isinstance(groups_item_data, Group):
                    groups_item = groups_item_data.to_dict()
                else:
                    groups_item = groups_item_data
                groups.append(groups_item)

        invalid: list[str] | Unset = UNSET
        if not isinstance(self.invalid, Unset):
            invalid = self.invalid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if total_phone_numbers is not UNSET:
            field_dict["totalPhoneNumbers"] = total_phone_numbers
        if total_valid is not UNSET:
            field_dict["totalValid"] = total_valid
        if total_invalid is not UNSET:
            field_dict["totalInvalid"] = total_invalid
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost
        if total_parts is not UNSET:
            field_dict["totalParts"] = total_parts
        if dlr_callback_url is not UNSET:
            field_dict["dlrCallbackUrl"] = dlr_callback_url
        if scheduled is not UNSET:
            field_dict["scheduled"] = scheduled
        if total_in_quiet_hours is not UNSET:
            field_dict["totalInQuietHours"] = total_in_quiet_hours
        if duplicates_removed is not UNSET:
            field_dict["duplicatesRemoved"] = duplicates_removed
        if groups is not UNSET:
            field_dict["groups"] = groups
        if invalid is not UNSET:
            field_dict["invalid"] = invalid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group import Group  # noqa: PLC0415

        d = dict(src_dict)
        campaign_id = d.pop("campaignId", UNSET)

        total_phone_numbers = d.pop("totalPhoneNumbers", UNSET)

        total_valid = d.pop("totalValid", UNSET)

        total_invalid = d.pop("totalInvalid", UNSET)

        total_cost = d.pop("totalCost", UNSET)

        total_parts = d.pop("totalParts", UNSET)

        def _parse_dlr_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dlr_callback_url = _parse_dlr_callback_url(d.pop("dlrCallbackUrl", UNSET))

        scheduled = d.pop("scheduled", UNSET)

        total_in_quiet_hours = d.pop("totalInQuietHours", UNSET)

        duplicates_removed = d.pop("duplicatesRemoved", UNSET)

        _groups = d.pop("groups", UNSET)
        groups: list[Group | int] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:

                def _parse_groups_item(data: object) -> Group | int:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        groups_item_type_0 = Group.from_dict(data)

                        return groups_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(Group | int, data)

                groups_item = _parse_groups_item(groups_item_data)

                groups.append(groups_item)

        invalid = cast(list[str], d.pop("invalid", UNSET))

        info = cls(
            campaign_id=campaign_id,
            total_phone_numbers=total_phone_numbers,
            total_valid=total_valid,
            total_invalid=total_invalid,
            total_cost=total_cost,
            total_parts=total_parts,
            dlr_callback_url=dlr_callback_url,
            scheduled=scheduled,
            total_in_quiet_hours=total_in_quiet_hours,
            duplicates_removed=duplicates_removed,
            groups=groups,
            invalid=invalid,
        )

        info.additional_properties = d
        return info

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
