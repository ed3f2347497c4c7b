"""The bridge's configuration: a TOML file or the same structure as a dict.

outbox = "sqlite:///bridge-outbox.db"   # optional: sends are queued, 200 once queued
dispatch = true                         # with outbox: run a dispatcher in the bridge
record = "bridge-record.sqlite3"        # the bridge's own record (sms_id, Fetch Messages)
max_body = 65536                        # bytes; larger requests get 413
[parameters]                            # the names the softphone's templates use
from = ["from", "username"]
password = ["password"]
to = ["to", "sms_to"]
body = ["body", "sms_body"]
[limits]                                # per minute; 429 with Retry-After beyond
per_account = 60
per_client = 120
[[accounts]]
username = "johndoe"
password_hash = "scrypt$..."            # smskit bridge hash-password
route = "sipgate://TOKEN_ID:TOKEN@default"
allowed_prefixes = ["+49"]              # optional: destinations this account may text
default_region = "DE"                   # optional: national numbers in `to` (also at the top)
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from .. import errors
from .._env import expand_env
from .._validate import require_int, require_str
from ._passwords import check_hash

DEFAULT_NAMES = {
    "from": ("from", "username"),
    "password": ("password",),
    "to": ("to", "sms_to"),
    "body": ("body", "sms_body"),
}
_TOP = {"outbox", "dispatch", "record", "max_body", "parameters", "limits", "accounts",
        "default_region"}  # fmt: skip
_ACCOUNT = {"username", "password_hash", "route", "allowed_prefixes", "default_region",
            "region", "inbound"}  # fmt: skip


@attrs.frozen
class Inbound:
    """Where an account's received SMS come from: an SMS.CX rented number (``rent_id``) or
    smsend's inbound service, read when the softphone fetches messages."""

    route: str = attrs.field(repr=False)  # smscx://... or smsend://... (holds secrets)
    rent_id: str | None = None


@attrs.frozen
class Account:
    username: str
    password_hash: str = attrs.field(repr=False)
    route: str = attrs.field(repr=False)  # a connection string holds secrets
    allowed_prefixes: tuple[str, ...] = ()
    region: str | None = None
    inbound: Inbound | None = None

    def may_text(self, recipient: str) -> bool:
        return not self.allowed_prefixes or recipient.startswith(self.allowed_prefixes)


@attrs.frozen
class BridgeConfig:
    accounts: dict[str, Account] = attrs.field(repr=lambda a: f"<{len(a)} account(s)>")
    outbox: str | None = attrs.field(default=None, repr=False)
    dispatch: bool = True
    record: str = ":memory:"
    max_body: int = 64 * 1024
    names: dict[str, tuple[str, ...]] = attrs.Factory(lambda: dict(DEFAULT_NAMES))
    per_account: int = 60
    per_client: int = 120


def load_config(source: str | Path | Mapping[str, Any]) -> BridgeConfig:
    """Read and check a configuration (a TOML path or a dict); every mistake is a
    ``ValidationError`` naming the key, never a secret."""
    base = Path(".")
    if isinstance(source, str | Path):
        path = Path(source)
        try:
            data: Mapping[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise errors.ValidationError("config", f"cannot read {path}: {exc}") from None
        base = path.parent
        default_record = str(base / "bridge-record.sqlite3")
    elif isinstance(source, Mapping):
        data, default_record = source, ":memory:"
    else:
        raise errors.ValidationError("config", "expected a path or a dict")
    _known("config", data, _TOP)
    region = _region("default_region", data.get("default_region"))
    accounts = [_account(n, a, region) for n, a in enumerate(data.get("accounts") or [], start=1)]
    if not accounts:
        raise errors.ValidationError("accounts", "add at least one [[accounts]] entry")
    by_name = {a.username: a for a in accounts}
    if len(by_name) != len(accounts):
        raise errors.ValidationError("accounts", "a username appears twice")
    limits = data.get("limits") or {}
    names = dict(DEFAULT_NAMES)
    for field, value in (data.get("parameters") or {}).items():
        if field not in DEFAULT_NAMES:
            raise errors.ValidationError("parameters", f"unknown field {field!r}")
        listed = [value] if isinstance(value, str) else value
        names[field] = tuple(require_str(f"parameters.{field}", v) for v in listed)
    outbox = data.get("outbox")
    record = data.get("record", default_record)
    if record != ":memory:" and not Path(record).is_absolute():
        record = str(base / record)
    return BridgeConfig(
        accounts=by_name,
        outbox=expand_env("outbox", require_str("outbox", outbox)) if outbox is not None else None,
        dispatch=bool(data.get("dispatch", True)),
        record=require_str("record", record),
        max_body=require_int("max_body", data.get("max_body", 64 * 1024), 1024),
        names=names,
        per_account=require_int("limits.per_account", limits.get("per_account", 60), 1),
        per_client=require_int("limits.per_client", limits.get("per_client", 120), 1),
    )


def _known(field: str, table: Mapping[str, Any], valid: set[str]) -> None:
    """Refuse keys the config does not know, naming the ones it does."""
    unknown = sorted(set(table) - valid)
    if unknown:
        raise errors.ValidationError(
            field, f"unknown key(s) {', '.join(unknown)}; valid: {', '.join(sorted(valid))}"
        )


def _region(field: str, value: object) -> str | None:
    """A region for national numbers (``"DE"``), as phonenumbers knows it."""
    if value is None:
        return None
    import phonenumbers

    region = require_str(field, value).strip().upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise errors.ValidationError(field, f"{value!r} is not a region code such as DE or US")
    return region


def _account(n: int, raw: Any, default_region: str | None = None) -> Account:
    if not isinstance(raw, Mapping):
        raise errors.ValidationError(f"accounts[{n}]", "expected a table")
    _known(f"accounts[{n}]", raw, _ACCOUNT)
    region = _region(f"accounts[{n}].default_region", raw.get("default_region", raw.get("region")))
    prefixes = raw.get("allowed_prefixes") or []
    return Account(
        username=require_str(f"accounts[{n}].username", raw.get("username")),
        password_hash=check_hash(raw.get("password_hash")),
        route=expand_env(
            f"accounts[{n}].route", require_str(f"accounts[{n}].route", raw.get("route"))
        ),
        allowed_prefixes=tuple(require_str(f"accounts[{n}].allowed_prefixes", p) for p in prefixes),
        region=region or default_region,
        inbound=_inbound(n, raw.get("inbound")),
    )


def _route(field: str, value: object) -> str:
    return expand_env(field, require_str(field, value))


def _inbound(n: int, raw: Any) -> Inbound | None:
    if raw is None:
        return None
    field = f"accounts[{n}].inbound"
    if not isinstance(raw, Mapping) or set(raw) - {"route", "rent_id"}:
        raise errors.ValidationError(field, "expected a table with route (and rent_id)")
    route = _route(f"{field}.route", raw.get("route"))
    scheme = route.split("://", 1)[0].lower()
    if scheme not in {"smscx", "smsend", "smsend+token"}:
        raise errors.ValidationError(field, "inbound SMS come from an smscx:// or smsend:// route")
    rent_id = raw.get("rent_id")
    if scheme == "smscx" and not rent_id:
        raise errors.ValidationError(field, "SMS.CX needs rent_id (the rented number's id)")
    return Inbound(route, None if rent_id is None else str(rent_id))
