from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Status")


@_attrs_define
class Status:
    accepted: int | Unset = UNSET
    """ Total accepted messages """
    delivered: int | Unset = UNSET
    """ Total delivered messages """
    failed: int | Unset = UNSET
    """ Total failed messages """
    scheduled: int | Unset = UNSET
    """ Total scheduled messages """
    no_coverage: int | Unset = UNSET
    """ Total no coverage messages """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepted = self.accepted

        delivered = self.delivered

        failed = self.failed

        scheduled = self.scheduled

        no_coverage = self.no_coverage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if failed is not UNSET:
            field_dict["failed"] = failed
        if scheduled is not UNSET:
            field_dict["scheduled"] = scheduled
        if no_coverage is not UNSET:
            field_dict["noCoverage"] = no_coverage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accepted = d.pop("accepted", UNSET)

        delivered = d.pop("delivered", UNSET)

        failed = d.pop("failed", UNSET)

        scheduled = d.pop("scheduled", UNSET)

        no_coverage = d.pop("noCoverage", UNSET)

        status = cls(
            accepted=accepted,
            delivered=delivered,
            failed=failed,
            scheduled=scheduled,
            no_coverage=no_coverage,
        )

        status.additional_properties = d
        return status

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
