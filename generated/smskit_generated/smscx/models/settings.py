from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachments import Attachments
    from ..models.lookup import Lookup
    from ..models.multichannel import Multichannel
    from ..models.optouts import Optouts
    from ..models.otp import Otp
    from ..models.shortlinks import Shortlinks
    from ..models.sms import Sms
    from ..models.viber import Viber
    from ..models.whatsapp import Whatsapp


T = TypeVar("T", bound="Settings")


@_attrs_define
class Settings:
    sms: Sms | Unset = UNSET
    viber: Viber | Unset = UNSET
    whatsapp: Whatsapp | Unset = UNSET
    multichannel: Multichannel | Unset = UNSET
    shortlinks: Shortlinks | Unset = UNSET
    attachments: Attachments | Unset = UNSET
    optouts: Optouts | Unset = UNSET
    lookup: Lookup | Unset = UNSET
    otp: Otp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            sms = self.sms.to_dict()

        viber: dict[str, Any] | Unset = UNSET
        if not isinstance(self.viber, Unset):
            viber = self.viber.to_dict()

        whatsapp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.whatsapp, Unset):
            whatsapp = self.whatsapp.to_dict()

        multichannel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.multichannel, Unset):
            multichannel = self.multichannel.to_dict()

        shortlinks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shortlinks, Unset):
            shortlinks = self.shortlinks.to_dict()

        attachments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments.to_dict()

        optouts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.optouts, Unset):
            optouts = self.optouts.to_dict()

        lookup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lookup, Unset):
            lookup = self.lookup.to_dict()

        otp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.otp, Unset):
            otp = self.otp.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sms is not UNSET:
            field_dict["sms"] = sms
        if viber is not UNSET:
            field_dict["viber"] = viber
        if whatsapp is not UNSET:
            field_dict["whatsapp"] = whatsapp
        if multichannel is not UNSET:
            field_dict["multichannel"] = multichannel
        if shortlinks is not UNSET:
            field_dict["shortlinks"] = shortlinks
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if optouts is not UNSET:
            field_dict["optouts"] = optouts
        if lookup is not UNSET:
            field_dict["lookup"] = lookup
        if otp is not UNSET:
            field_dict["otp"] = otp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachments import Attachments  # noqa: PLC0415
        from ..models.lookup import Lookup  # noqa: PLC0415
        from ..models.multichannel import Multichannel  # noqa: PLC0415
        from ..models.optouts import Optouts  # noqa: PLC0415
        from ..models.otp import Otp  # noqa: PLC0415
        from ..models.shortlinks import Shortlinks  # noqa: PLC0415
        from ..models.sms import Sms  # noqa: PLC0415
        from ..models.viber import Viber  # noqa: PLC0415
        from ..models.whatsapp import Whatsapp  # noqa: PLC0415

        d = dict(src_dict)
        _sms = d.pop("sms", UNSET)
        sms: Sms | Unset
        if isinstance(_sms, Unset):
            sms = UNSET
        else:
            sms = Sms.from_dict(_sms)

        _viber = d.pop("viber", UNSET)
        viber: Viber | Unset
        if isinstance(_viber, Unset):
            viber = UNSET
        else:
            viber = Viber.from_dict(_viber)

        _whatsapp = d.pop("whatsapp", UNSET)
        whatsapp: Whatsapp | Unset
        if isinstance(_whatsapp, Unset):
            whatsapp = UNSET
        else:
            whatsapp = Whatsapp.from_dict(_whatsapp)

        _multichannel = d.pop("multichannel", UNSET)
        multichannel: Multichannel | Unset
        if isinstance(_multichannel, Unset):
            multichannel = UNSET
        else:
            multichannel = Multichannel.from_dict(_multichannel)

        _shortlinks = d.pop("shortlinks", UNSET)
        shortlinks: Shortlinks | Unset
        if isinstance(_shortlinks, Unset):
            shortlinks = UNSET
        else:
            shortlinks = Shortlinks.from_dict(_shortlinks)

        _attachments = d.pop("attachments", UNSET)
        attachments: Attachments | Unset
        if isinstance(_attachments, Unset):
            attachments = UNSET
        else:
            attachments = Attachments.from_dict(_attachments)

        _optouts = d.pop("optouts", UNSET)
        optouts: Optouts | Unset
        if isinstance(_optouts, Unset):
            optouts = UNSET
        else:
            optouts = Optouts.from_dict(_optouts)

        _lookup = d.pop("lookup", UNSET)
        lookup: Lookup | Unset
        if isinstance(_lookup, Unset):
            lookup = UNSET
        else:
            lookup = Lookup.from_dict(_lookup)

        _otp = d.pop("otp", UNSET)
        otp: Otp | Unset
        if isinstance(_otp, Unset):
            otp = UNSET
        else:
            otp = Otp.from_dict(_otp)

        settings = cls(
            sms=sms,
            viber=viber,
            whatsapp=whatsapp,
            multichannel=multichannel,
            shortlinks=shortlinks,
            attachments=attachments,
            optouts=optouts,
            lookup=lookup,
            otp=otp,
        )

        settings.additional_properties = d
        return settings

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
