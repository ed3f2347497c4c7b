from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataShortlinkDetail")


@_attrs_define
class DataShortlinkDetail:
    hit_id: int | Unset = UNSET
    device: None | str | Unset = UNSET
    """ Type of device of the visitor One of: None, mobile, tablet, desktop. """
    browser: None | str | Unset = UNSET
    """ Type of browser of the visitor that accessed the short link """
    browser_version: None | str | Unset = UNSET
    """ Browser version of the device that accessed the short link """
    os: None | str | Unset = UNSET
    """ Operating system of the visitor that accessed the short link (eg. Android, Windows, Linux, etc.) """
    os_version: None | str | Unset = UNSET
    """ Version of the operating system """
    brand: None | str | Unset = UNSET
    """ Brand of phone/tablet of the visitor that accessed the short link """
    model: None | str | Unset = UNSET
    """ Model of phone/tabled of the visitor that accessed the short link (eg. P30 Pro, Galaxy S8, etc.) """
    screen_resolution: None | str | Unset = UNSET
    accept_language: None | str | Unset = UNSET
    referrer: None | str | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    """ Anonymized IP address without the last byte. Eg. `204.79.200.0` """
    country_iso: None | str | Unset = UNSET
    """ Two-letter country ISO of the visitor that accessed the short link """
    city: None | str | Unset = UNSET
    """ The city of the visitor that accessed the short link """
    datetime_: str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    phone_number_country_iso: None | str | Unset = UNSET
    campaign_id: None | str | Unset = UNSET
    group_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hit_id = self.hit_id

        device: None | str | Unset
        if isinstance(self.device, Unset):
            device = UNSET
        else:
            device = self.device

        browser: None | str | Unset
        if isinstance(self.browser, Unset):
            browser = UNSET
        else:
            browser = self.browser

        browser_version: None | str | Unset
        if isinstance(self.browser_version, Unset):
            browser_version = UNSET
        else:
            browser_version = self.browser_version

        os: None | str | Unset
        if isinstance(self.os, Unset):
            os = UNSET
        else:
            os = self.os

        os_version: None | str | Unset
        if isinstance(self.os_version, Unset):
            os_version = UNSET
        else:
            os_version = self.os_version

        brand: None | str | Unset
        if isinstance(self.brand, Unset):
            brand = UNSET
        else:
            brand = self.brand

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        screen_resolution: None | str | Unset
        if isinstance(self.screen_resolution, Unset):
            screen_resolution = UNSET
        else:
            screen_resolution = self.screen_resolution

        accept_language: None | str | Unset
        if isinstance(self.accept_language, Unset):
            accept_language = UNSET
        else:
            accept_language = self.accept_language

        referrer: None | str | Unset
        if isinstance(self.referrer, Unset):
            referrer = UNSET
        else:
            referrer = self.referrer

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        country_iso: None | str | Unset
        if isinstance(self.country_iso, Unset):
            country_iso = UNSET
        else:
            country_iso = self.country_iso

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        datetime_ = self.datetime_

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        phone_number_country_iso: None | str | Unset
        if isinstance(self.phone_number_country_iso, Unset):
            phone_number_country_iso = UNSET
        else:
            phone_number_country_iso = self.phone_number_country_iso

        campaign_id: None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hit_id is not UNSET:
            field_dict["hitId"] = hit_id
        if device is not UNSET:
            field_dict["device"] = device
        if browser is not UNSET:
            field_dict["browser"] = browser
        if browser_version is not UNSET:
            field_dict["browserVersion"] = browser_version
        if os is not UNSET:
            field_dict["os"] = os
        if os_version is not UNSET:
            field_dict["osVersion"] = os_version
        if brand is not UNSET:
            field_dict["brand"] = brand
        if model is not UNSET:
            field_dict["model"] = model
        if screen_resolution is not UNSET:
            field_dict["screenResolution"] = screen_resolution
        if accept_language is not UNSET:
            field_dict["acceptLanguage"] = accept_language
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if ip_address is not UNSET:
            field_dict["ipAddress"] = ip_address
        if country_iso is not UNSET:
            field_dict["countryIso"] = country_iso
        if city is not UNSET:
            field_dict["city"] = city
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if phone_number_country_iso is not UNSET:
            field_dict["phoneNumberCountryIso"] = phone_number_country_iso
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if group_id is not UNSET:
            field_dict["groupId"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hit_id = d.pop("hitId", UNSET)

        def _parse_device(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device = _parse_device(d.pop("device", UNSET))

        def _parse_browser(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser = _parse_browser(d.pop("browser", UNSET))

        def _parse_browser_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_version = _parse_browser_version(d.pop("browserVersion", UNSET))

        def _parse_os(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os = _parse_os(d.pop("os", UNSET))

        def _parse_os_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os_version = _parse_os_version(d.pop("osVersion", UNSET))

        def _parse_brand(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand = _parse_brand(d.pop("brand", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_screen_resolution(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        screen_resolution = _parse_screen_resolution(d.pop("screenResolution", UNSET))

        def _parse_accept_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accept_language = _parse_accept_language(d.pop("acceptLanguage", UNSET))

        def _parse_referrer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referrer = _parse_referrer(d.pop("referrer", UNSET))

        def _parse_ip_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip_address = _parse_ip_address(d.pop("ipAddress", UNSET))

        def _parse_country_iso(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_iso = _parse_country_iso(d.pop("countryIso", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        datetime_ = d.pop("datetime", UNSET)

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phoneNumber", UNSET))

        def _parse_phone_number_country_iso(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number_country_iso = _parse_phone_number_country_iso(d.pop("phoneNumberCountryIso", UNSET))

        def _parse_campaign_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaignId", UNSET))

        def _parse_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_id = _parse_group_id(d.pop("groupId", UNSET))

        data_shortlink_detail = cls(
            hit_id=hit_id,
            device=device,
            browser=browser,
            browser_version=browser_version,
            os=os,
            os_version=os_version,
            brand=brand,
            model=model,
            screen_resolution=screen_resolution,
            accept_language=accept_language,
            referrer=referrer,
            ip_address=ip_address,
            country_iso=country_iso,
            city=city,
            datetime_=datetime_,
            phone_number=phone_number,
            phone_number_country_iso=phone_number_country_iso,
            campaign_id=campaign_id,
            group_id=group_id,
        )

        data_shortlink_detail.additional_properties = d
        return data_shortlink_detail

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
