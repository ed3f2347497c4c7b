from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accepted import Accepted
    from ..models.delivered import Delivered
    from ..models.failed import Failed
    from ..models.no_coverage import NoCoverage
    from ..models.scheduled import Scheduled


T = TypeVar("T", bound="DataSummaryDelivery")


@_attrs_define
class DataSummaryDelivery:
    accepted: Accepted | Unset = UNSET
    delivered: Delivered | Unset = UNSET
    failed: Failed | Unset = UNSET
    scheduled: Scheduled | Unset = UNSET
    no_coverage: NoCoverage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accepted, Unset):
            accepted = self.accepted.to_dict()

        delivered: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivered, Unset):
            delivered = self.delivered.to_dict()

        failed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.failed, Unset):
            failed = self.failed.to_dict()

        scheduled: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduled, Unset):
            scheduled = self.scheduled.to_dict()

        no_coverage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.no_coverage, Unset):
            no_coverage = self.no_coverage.to_dict()

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
        from ..models.accepted import Accepted  # noqa: PLC0415
        from ..models.delivered import Delivered  # noqa: PLC0415
        from ..models.failed import Failed  # noqa: PLC0415
        from ..models.no_coverage import NoCoverage  # noqa: PLC0415
        from ..models.scheduled import Scheduled  # noqa: PLC0415

        d = dict(src_dict)
        _accepted = d.pop("accepted", UNSET)
        accepted: Accepted | Unset
        if isinstance(_accepted, Unset):
            accepted = UNSET
        else:
            accepted = Accepted.from_dict(_accepted)

        _delivered = d.pop("delivered", UNSET)
        delivered: Delivered | Unset
        if isinstance(_delivered, Unset):
            delivered = UNSET
        else:
            delivered = Delivered.from_dict(_delivered)

        _failed = d.pop("failed", UNSET)
        failed: Failed | Unset
        if isinstance(_failed, Unset):
            failed = UNSET
        else:
            failed = Failed.from_dict(_failed)

        _scheduled = d.pop("scheduled", UNSET)
        scheduled: Scheduled | Unset
        if isinstance(_scheduled, Unset):
            scheduled = UNSET
        else:
            scheduled = Scheduled.from_dict(_scheduled)

        _no_coverage = d.pop("noCoverage", UNSET)
        no_coverage: NoCoverage | Unset
        if isinstance(_no_coverage, Unset):
            no_coverage = UNSET
        else:
            no_coverage = NoCoverage.from_dict(_no_coverage)

        data_summary_delivery = cls(
            accepted=accepted,
            delivered=delivered,
            failed=failed,
            scheduled=scheduled,
            no_coverage=no_coverage,
        )

        data_summary_delivery.additional_properties = d
        return data_summary_delivery

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
