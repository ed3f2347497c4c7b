"""Every other SMS.CX operation, by area: ``cx.groups``, ``cx.templates``, ``cx.numbers`` ...

Each area module declares its operations in a table (see ``smskit._resources``); the two
mixins below give the sync and the async client one property per area. An area's module is
imported on first use, so ``import smskit`` does not pay for a hundred generated operations.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ..._client import BaseClient
from ..._resources import Async, Sync

if TYPE_CHECKING:
    from ._account import Account, Applications, Campaigns, Reports
    from ._directory import (
        Attachments,
        Contacts,
        Groups,
        Optouts,
        Originators,
        Shortlinks,
        Templates,
    )
    from ._messages import Conversations, Multichannel, Otp, Sms, Viber, Whatsapp
    from ._numbers import Numbers

# area property -> (module, class)
AREAS: dict[str, tuple[str, str]] = {
    "account": ("_account", "Account"),
    "applications": ("_account", "Applications"),
    "attachments": ("_directory", "Attachments"),
    "campaigns": ("_account", "Campaigns"),
    "contacts": ("_directory", "Contacts"),
    "conversations": ("_messages", "Conversations"),
    "groups": ("_directory", "Groups"),
    "multichannel": ("_messages", "Multichannel"),
    "numbers": ("_numbers", "Numbers"),
    "optouts": ("_directory", "Optouts"),
    "originators": ("_directory", "Originators"),
    "otp": ("_messages", "Otp"),
    "reports": ("_account", "Reports"),
    "shortlinks": ("_directory", "Shortlinks"),
    "sms": ("_messages", "Sms"),
    "templates": ("_directory", "Templates"),
    "viber": ("_messages", "Viber"),
    "whatsapp": ("_messages", "Whatsapp"),
}


def area_class(name: str) -> type[Any]:
    module, cls = AREAS[name]
    return getattr(importlib.import_module(f"{__name__}.{module}"), cls)  # type: ignore[no-any-return]


def _area(client: BaseClient, name: str) -> Any:
    return area_class(name)(client)


class SyncAreas(BaseClient):
    @property
    def account(self) -> Account[Sync]:
        return _area(self, "account")  # type: ignore[no-any-return]

    @property
    def applications(self) -> Applications[Sync]:
        return _area(self, "applications")  # type: ignore[no-any-return]

    @property
    def attachments(self) -> Attachments[Sync]:
        return _area(self, "attachments")  # type: ignore[no-any-return]

    @property
    def campaigns(self) -> Campaigns[Sync]:
        return _area(self, "campaigns")  # type: ignore[no-any-return]

    @property
    def contacts(self) -> Contacts[Sync]:
        return _area(self, "contacts")  # type: ignore[no-any-return]

    @property
    def conversations(self) -> Conversations[Sync]:
        return _area(self, "conversations")  # type: ignore[no-any-return]

    @property
    def groups(self) -> Groups[Sync]:
        return _area(self, "groups")  # type: ignore[no-any-return]

    @property
    def multichannel(self) -> Multichannel[Sync]:
        return _area(self, "multichannel")  # type: ignore[no-any-return]

    @property
    def numbers(self) -> Numbers[Sync]:
        return _area(self, "numbers")  # type: ignore[no-any-return]

    @property
    def optouts(self) -> Optouts[Sync]:
        return _area(self, "optouts")  # type: ignore[no-any-return]

    @property
    def originators(self) -> Originators[Sync]:
        return _area(self, "originators")  # type: ignore[no-any-return]

    @property
    def otp(self) -> Otp[Sync]:
        return _area(self, "otp")  # type: ignore[no-any-return]

    @property
    def reports(self) -> Reports[Sync]:
        return _area(self, "reports")  # type: ignore[no-any-return]

    @property
    def shortlinks(self) -> Shortlinks[Sync]:
        return _area(self, "shortlinks")  # type: ignore[no-any-return]

    @property
    def sms(self) -> Sms[Sync]:
        return _area(self, "sms")  # type: ignore[no-any-return]

    @property
    def templates(self) -> Templates[Sync]:
        return _area(self, "templates")  # type: ignore[no-any-return]

    @property
    def viber(self) -> Viber[Sync]:
        return _area(self, "viber")  # type: ignore[no-any-return]

    @property
    def whatsapp(self) -> Whatsapp[Sync]:
        return _area(self, "whatsapp")  # type: ignore[no-any-return]


class AsyncAreas(BaseClient):
    @property
    def account(self) -> Account[Async]:
        return _area(self, "account")  # type: ignore[no-any-return]

    @property
    def applications(self) -> Applications[Async]:
        return _area(self, "applications")  # type: ignore[no-any-return]

    @property
    def attachments(self) -> Attachments[Async]:
        return _area(self, "attachments")  # type: ignore[no-any-return]

    @property
    def campaigns(self) -> Campaigns[Async]:
        return _area(self, "campaigns")  # type: ignore[no-any-return]

    @property
    def contacts(self) -> Contacts[Async]:
        return _area(self, "contacts")  # type: ignore[no-any-return]

    @property
    def conversations(self) -> Conversations[Async]:
        return _area(self, "conversations")  # type: ignore[no-any-return]

    @property
    def groups(self) -> Groups[Async]:
        return _area(self, "groups")  # type: ignore[no-any-return]

    @property
    def multichannel(self) -> Multichannel[Async]:
        return _area(self, "multichannel")  # type: ignore[no-any-return]

    @property
    def numbers(self) -> Numbers[Async]:
        return _area(self, "numbers")  # type: ignore[no-any-return]

    @property
    def optouts(self) -> Optouts[Async]:
        return _area(self, "optouts")  # type: ignore[no-any-return]

    @property
    def originators(self) -> Originators[Async]:
        return _area(self, "originators")  # type: ignore[no-any-return]

    @property
    def otp(self) -> Otp[Async]:
        return _area(self, "otp")  # type: ignore[no-any-return]

    @property
    def reports(self) -> Reports[Async]:
        return _area(self, "reports")  # type: ignore[no-any-return]

    @property
    def shortlinks(self) -> Shortlinks[Async]:
        return _area(self, "shortlinks")  # type: ignore[no-any-return]

    @property
    def sms(self) -> Sms[Async]:
        return _area(self, "sms")  # type: ignore[no-any-return]

    @property
    def templates(self) -> Templates[Async]:
        return _area(self, "templates")  # type: ignore[no-any-return]

    @property
    def viber(self) -> Viber[Async]:
        return _area(self, "viber")  # type: ignore[no-any-return]

    @property
    def whatsapp(self) -> Whatsapp[Async]:
        return _area(self, "whatsapp")  # type: ignore[no-any-return]
