"""Where a command's client comes from: ``--provider`` with ``smskit.toml`` (one section per
provider, ``${VAR}`` expanded), ``--dsn`` / ``SMSKIT_DSN`` / ``dsn =``, or ``--sandbox``; and
the options every provider command shares."""

from __future__ import annotations

import inspect
import os
import tomllib
from pathlib import Path
from typing import Annotated, Any

import attrs
import typer

from .. import errors
from .._dsn import connect, connect_async
from .._env import expand_env
from .._options import ClientOptions
from ..providers.acrobits import AcrobitsWebService, AsyncAcrobitsWebService
from ..providers.sipgate import AsyncSipgate, Sipgate
from ..providers.smscx import AsyncSmscx, Smscx
from ..providers.smsend import AsyncSmsend, Smsend
from ._console import fail

PROVIDERS = ("sipgate", "smscx", "smsend", "acrobits")
SYNC: dict[str, Any] = {
    "sipgate": Sipgate,
    "smscx": Smscx,
    "smsend": Smsend,
    "acrobits": AcrobitsWebService,
}
ASYNC: dict[str, Any] = {
    "sipgate": AsyncSipgate,
    "smscx": AsyncSmscx,
    "smsend": AsyncSmsend,
    "acrobits": AsyncAcrobitsWebService,
}
ACROBITS_SANDBOX_TEMPLATE = (
    '{"from": "%account[username]%", "password": "%account[password]%", '
    '"to": "%sms_to%", "body": "%sms_body%"}'
)
SANDBOX_SECRET = "sandbox"  # noqa: S105 - the sandbox's documented, public credential


def sandbox_settings(provider: str, url: str) -> dict[str, Any]:
    """Client arguments that point ``provider`` at a running sandbox with its credentials."""
    url, secret = url.rstrip("/"), SANDBOX_SECRET
    settings: dict[str, dict[str, Any]] = {
        "sipgate": {"token_id": "token-SANDBX", "token": secret, "base_url": url + "/sipgate/v2"},
        "smscx": {"api_key": secret, "base_url": url + "/smscx"},
        "smsend": {
            "username": "sandbox",
            "password": secret,
            "base_url": url + "/smsend/API/v1.0/REST",
        },
        "acrobits": {
            "send_url": url + "/acrobits/send_message",
            "post_data": ACROBITS_SANDBOX_TEMPLATE,
            "content_type": "application/json",
            "username": "sandbox",
            "password": secret,
        },
    }
    return settings[provider]


def _client(
    provider: str,
    sandbox: str | None,
    config: Path | None,
    use_async: bool = False,
    allow_insecure: bool = False,
    defaults: dict[str, Any] | None = None,
) -> Any:
    if provider not in PROVIDERS:
        fail(f"unknown provider {provider!r}; choose one of {', '.join(PROVIDERS)}", 2)
    cls = (ASYNC if use_async else SYNC)[provider]
    insecure = allow_insecure or os.environ.get("SMSKIT_ALLOW_INSECURE", "") in {"1", "true"}
    if sandbox:
        return cls(
            **sandbox_settings(provider, sandbox), allow_insecure=insecure, **(defaults or {})
        )
    if config is None and DEFAULT_CONFIG.is_file() and _has_section(DEFAULT_CONFIG, provider):
        config = DEFAULT_CONFIG
    if config is not None:
        return cls(**(defaults or {}) | config_section(config, provider, cls))
    return cls.from_env(**(defaults or {}))


def _has_section(path: Path, provider: str) -> bool:
    return isinstance(read_config(path).get(provider), dict)


def read_config(path: Path) -> dict[str, Any]:
    """A TOML config file, or one line saying why it cannot be read."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        fail(f"cannot read {path}: {exc}")


DEFAULT_CONFIG = Path("smskit.toml")  # picked up from the working directory


def config_section(config: Path, provider: str, cls: type) -> dict[str, Any]:
    """The ``[provider]`` table of a TOML file as client arguments: ``${NAME}`` in a value is
    the environment variable NAME (so secrets stay out of the file), and a key the client
    does not take is an error naming the keys it does take."""
    section = read_config(config).get(provider)
    if not isinstance(section, dict):
        fail(f"{config} has no [{provider}] section")
    allowed = client_arguments(cls)
    unknown = sorted(set(section) - allowed)
    if unknown:
        fail(
            f"{config} [{provider}]: unknown key(s) {', '.join(unknown)}; "
            f"the keys are {', '.join(sorted(allowed))}",
            2,
        )
    return {key: _expand(config, provider, key, value) for key, value in section.items()}


def client_arguments(cls: type) -> set[str]:
    names = {
        p.name
        for klass in cls.__mro__
        if "__init__" in vars(klass)
        for p in inspect.signature(vars(klass)["__init__"]).parameters.values()
        if p.kind is p.KEYWORD_ONLY
    }
    return (names | set(ClientOptions.__annotations__)) - {"auth", "http_client"}


def _expand(config: Path, provider: str, key: str, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        return expand_env(f"{config} [{provider}] {key}", value)
    except errors.ValidationError as exc:
        fail(str(exc))


Provider = Annotated[
    str, typer.Option("--provider", "-p", help="sipgate, smscx, smsend or acrobits.")
]
Sandbox = Annotated[
    str | None, typer.Option("--sandbox", help="Send to a running sandbox at this URL.")
]
Config = Annotated[
    Path | None, typer.Option("--config", help="TOML file with a section per provider.")
]


ProviderChoice = Annotated[
    str | None,
    typer.Option("--provider", "-p", help="sipgate, smscx, smsend or acrobits (or give --dsn)."),
]
Dsn = Annotated[
    str | None,
    typer.Option(
        "--dsn",
        help="Connection string (also SMSKIT_DSN, or dsn = in smskit.toml): "
        "sipgate://ID:TOKEN@default, failover(A B) ...",
        show_default=False,
    ),
]
AllowInsecure = Annotated[
    bool,
    typer.Option(
        "--allow-insecure",
        help="Allow a plain http:// sandbox that is not on loopback (docker-compose); "
        "also SMSKIT_ALLOW_INSECURE=1.",
    ),
]


@attrs.frozen
class Connection:
    """Where a command's client comes from: the sandbox, a connection string, a config file
    or the environment. ``dsn`` is never shown: it holds secrets."""

    provider: str
    sandbox: str | None
    config: Path | None
    allow_insecure: bool = False
    dsn: str | None = attrs.field(default=None, repr=False)

    @classmethod
    def choose(
        cls,
        provider: str | None,
        sandbox: str | None,
        config: Path | None,
        allow_insecure: bool,
        dsn: str | None,
        default_provider: str | None = None,
    ) -> Connection:
        """--sandbox (with -p), else --dsn, else -p, else ``dsn =`` in the config file,
        else SMSKIT_DSN, else ``default_provider`` (from its environment variables)."""
        if sandbox or (provider and not dsn):
            if not provider:
                fail("--sandbox needs -p PROVIDER", 2)
            return cls(provider, sandbox, config, allow_insecure)
        if dsn is None:
            dsn = _config_dsn(config) or os.environ.get("SMSKIT_DSN")
        if not dsn and default_provider:
            return cls(default_provider, None, config, allow_insecure)
        if not dsn:
            fail("give -p PROVIDER, --dsn, dsn = in smskit.toml, or SMSKIT_DSN", 2)
        scheme = dsn.split("://", 1)[0].split("(", 1)[0].split("+", 1)[0].lower()
        return cls(scheme, None, None, allow_insecure, dsn)

    def client(self, use_async: bool = False, defaults: dict[str, Any] | None = None) -> Any:
        """The client; ``defaults`` are construction arguments (a connection string carries
        its own)."""
        if self.dsn is not None:
            try:
                return (connect_async if use_async else connect)(self.dsn)
            except errors.ValidationError as exc:
                fail(f"ValidationError: {exc}", 2)
        return _client(self.provider, self.sandbox, self.config, use_async,
                       self.allow_insecure, defaults or {})  # fmt: skip


def _config_dsn(config: Path | None) -> str | None:
    path = config or (DEFAULT_CONFIG if DEFAULT_CONFIG.is_file() else None)
    if path is None:
        return None
    value = read_config(path).get("dsn")
    if value is not None and not isinstance(value, str):
        fail(f"{path}: dsn must be a string", 2)
    return _expand(path, "top level", "dsn", value) if value else None
