"""The ``smskit`` command: send (one or in bulk), segments, balance, status, extensions, and
the local sandbox with its demo. Errors are one line and a non-zero exit, unless --debug."""

from __future__ import annotations

import inspect
import json
import os
import tomllib
from pathlib import Path
from typing import Annotated, Any

import attrs
import typer
from rich.table import Table

from . import errors
from ._base import ClientOptions
from ._cli_bridge import bridge_app
from ._cli_bulk import Bulk, InputLine, LinePlanner, Report, plan, read_lines
from ._cli_outbox import CLI_LEASE, OutboxUrl, outbox_app, send_via_outbox
from ._cli_stream import send_streaming
from ._console import fail, guard, out, state
from ._demo_outbox import act as outbox_act
from ._dsn import connect, connect_async
from ._env import expand_env
from ._phone import normalize_recipients
from ._segments import segments as measure
from .providers.acrobits import AcrobitsWebService, AsyncAcrobitsWebService
from .providers.sipgate import AsyncSipgate, Sipgate
from .providers.smscx import AsyncSmscx, Smscx
from .providers.smsend import AsyncSmsend, Smsend

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
app.add_typer(outbox_app, name="outbox")
app.add_typer(bridge_app, name="bridge")
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


@app.callback()
def main_options(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
) -> None:
    state["debug"] = debug


Provider = Annotated[
    str, typer.Option("--provider", "-p", help="sipgate, smscx, smsend or acrobits.")
]
Sandbox = Annotated[
    str | None, typer.Option("--sandbox", help="Send to a running sandbox at this URL.")
]
Config = Annotated[
    Path | None, typer.Option("--config", help="TOML file with a section per provider.")
]


def _send_kwargs(provider: str, sender: str | None, extra: dict[str, Any]) -> dict[str, Any]:
    kwargs = dict(extra)
    if sender is not None:
        if provider not in {"smscx", "smsend"}:
            fail(f"--sender is not supported by {provider}", 2)
        kwargs["sender"] = sender
    elif provider == "smscx":
        kwargs["sender"] = "InfoText"
    return kwargs


AllowInsecure = Annotated[
    bool,
    typer.Option(
        "--allow-insecure",
        help="Allow a plain http:// sandbox that is not on loopback (docker-compose); "
        "also SMSKIT_ALLOW_INSECURE=1.",
    ),
]


@app.command()
def send(
    text: Annotated[str, typer.Option("--text", "-t", help="The message.")],
    provider: Annotated[
        str | None,
        typer.Option(
            "--provider", "-p", help="sipgate, smscx, smsend or acrobits (or give --dsn)."
        ),
    ] = None,
    dsn: Annotated[
        str | None,
        typer.Option(
            "--dsn",
            help="Connection string (also SMSKIT_DSN, or dsn = in smskit.toml): "
            "sipgate://ID:TOKEN@default, failover(A B) ...",
            show_default=False,
        ),
    ] = None,
    to: Annotated[
        list[str] | None, typer.Option("--to", help="A recipient; repeat for more.")
    ] = None,
    to_file: Annotated[
        str | None, typer.Option("--to-file", help="Numbers, one a line or CSV; - for stdin.")
    ] = None,
    sender: Annotated[
        str | None, typer.Option("--sender", help="Sender id (SMS.CX, smsend).")
    ] = None,
    region: Annotated[
        str | None, typer.Option("--region", help="Region for national numbers, e.g. DE.")
    ] = None,
    concurrency: Annotated[int, typer.Option("--concurrency", min=1, max=100)] = 8,
    report: Annotated[
        Path | None, typer.Option("--report", help="Write one JSON line per input line.")
    ] = None,
    allow_duplicates: Annotated[
        bool,
        typer.Option(
            "--allow-duplicates", help="Send again to a number that is in the file twice."
        ),
    ] = False,
    outbox: OutboxUrl = None,
    lease: Annotated[
        float,
        typer.Option(
            "--lease",
            min=0.1,
            help="With --outbox: seconds before a dead run's claims are picked up.",
        ),
    ] = CLI_LEASE,
    job: Annotated[
        str | None,
        typer.Option(
            "--job",
            help="With --outbox: the job's name (default: a digest of the "
            "file and the text); keys are JOB:LINE.",
            show_default=False,
        ),
    ] = None,
    sandbox: Sandbox = None,
    config: Config = None,
    allow_insecure: AllowInsecure = False,
) -> None:
    """Send TEXT to --to numbers, or to every line of --to-file, with progress and a report
    streamed line by line. With --outbox the job survives Ctrl-C, kill -9 and outages: run
    the same command again to resume it, without sending any line twice."""
    connection = Connection.choose(provider, sandbox, config, allow_insecure, dsn)
    if connection.dsn is not None:
        if sender is not None:
            fail("--sender goes into the connection string (?sender=...)", 2)
        kwargs: dict[str, Any] = {}
    else:
        kwargs = _send_kwargs(
            connection.provider, sender, {"default_region": region} if region else {}
        )
    if not to_file and not to:
        fail("give --to or --to-file", 2)
    if outbox is None and (lease != CLI_LEASE or job is not None):
        fail("--lease and --job go with --outbox", 2)
    if not to_file and outbox is None:

        def single() -> None:
            recipients: Any = to or []
            if connection.dsn is not None:  # a Sender takes E.164 (or SIP) only
                recipients = normalize_recipients(recipients, default_region=region, allow_sip=True)
            with connection.client() as client:
                result = client.send(to=recipients, text=text, **kwargs)
            out.print(
                f"sent to {', '.join(result.recipients)}"
                + (f"  ids: {', '.join(result.ids)}" if result.ids else "")
            )

        guard(single)
        return
    if outbox is None and to_file:
        # Straight through an async client, streamed: a batch of recipients per request where
        # the provider takes many (SMS.CX), one request per recipient elsewhere.
        batch = SMSCX_BATCH if connection.provider == "smscx" and not allow_duplicates else 1

        def send_many(client: Any, recipients: list[str]) -> Any:
            return client.send(to=recipients, text=text, **kwargs)

        planner = LinePlanner(connection.provider, region, allow_duplicates)
        guard(lambda: send_streaming(connection.client(use_async=True), to_file,
                                     read_lines(to_file), planner, send_many, report=Report(report),
                                     concurrency=concurrency, batch=batch))  # fmt: skip
        return
    lines = (
        list(read_lines(to_file))
        if to_file
        else [InputLine(n, number) for n, number in enumerate(to or [], start=1)]
    )
    outcomes, to_send = plan(connection.provider, lines, region, allow_duplicates)
    bulk = Bulk(lines, text, outcomes, to_send, concurrency, Report(report))
    assert outbox is not None  # every other case returned above
    # The outbox sends through the Sender interface: what a send call would take (``sender``)
    # is given to the client when it is built instead.
    defaults = {k: v for k, v in kwargs.items() if k == "sender"}

    def queue_and_dispatch() -> None:
        with connection.client(defaults=defaults) as client:
            send_via_outbox(client, outbox, bulk, job=job, lease=lease)

    guard(queue_and_dispatch)


# Recipients per SMS.CX request in a streamed bulk send (the API takes up to 25,000): few
# requests, and a refused batch costs a few hundred lines' retry, not a whole file's.
SMSCX_BATCH = 500


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
    ) -> Connection:
        """--sandbox (with -p), else --dsn, else -p, else ``dsn =`` in the config file,
        else SMSKIT_DSN."""
        if sandbox or (provider and not dsn):
            if not provider:
                fail("--sandbox needs -p PROVIDER", 2)
            return cls(provider, sandbox, config, allow_insecure)
        if dsn is None:
            dsn = _config_dsn(config) or os.environ.get("SMSKIT_DSN")
        if not dsn:
            fail("give -p PROVIDER, --dsn, dsn = in smskit.toml, or SMSKIT_DSN", 2)
        scheme = dsn.split("://", 1)[0].split("(", 1)[0].lower()
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


@app.command()
def segments(
    text: Annotated[str, typer.Argument(help="The message text.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """How TEXT travels as SMS: encoding, parts, characters left in the last part."""
    shape = measure(text)
    fields = {
        "encoding": shape.encoding,
        "characters": shape.characters,
        "units": shape.units,
        "parts": shape.parts,
        "per_part": shape.per_part,
        "remaining": shape.remaining,
    }
    if as_json:
        out.print_json(json.dumps(fields))
        return
    table = Table(show_header=False)
    for name, value in fields.items():
        table.add_row(name, str(value))
    out.print(table)


@app.command()
def balance(provider: Provider = "smscx", sandbox: Sandbox = None, config: Config = None) -> None:
    """The account's credit (SMS.CX or smsend)."""

    def run() -> None:
        with _client(provider, sandbox, config) as client:
            if provider == "smscx":
                b = client.balance()
                out.print(f"{b.balance} {b.currency}")
            elif provider == "smsend":
                status = client.credits()
                for credit in status.sms:
                    out.print(f"{credit.type_}: {credit.quantity}")
            else:
                fail(f"{provider} has no balance endpoint", 2)

    guard(run)


@app.command()
def status(
    message_id: Annotated[str, typer.Argument(help="SMS.CX msgId or smsend order id.")],
    provider: Provider = "smscx",
    sandbox: Sandbox = None,
    config: Config = None,
) -> None:
    """Where a message (SMS.CX) or an order (smsend) stands."""

    def run() -> None:
        with _client(provider, sandbox, config) as client:
            if provider == "smscx":
                r = client.report(message_id)
                out.print(f"{r.msg_id}: {r.status} (to {r.to})")
            elif provider == "smsend":
                for recipient in client.order_status(message_id).recipients:
                    out.print(f"{recipient.destination}: {recipient.status}")
            else:
                fail(f"{provider} has no status endpoint", 2)

    guard(run)


@app.command()
def extensions(
    user_id: Annotated[
        str | None, typer.Option("--user-id", help="Defaults to the token's owner.")
    ] = None,
    sandbox: Sandbox = None,
    config: Config = None,
) -> None:
    """sipgate web SMS extensions (the sms_id to send from)."""

    def run() -> None:
        with _client("sipgate", sandbox, config) as client:
            for ext in client.sms_extensions(user_id or client.userinfo().sub):
                out.print(f"{ext.id}  {ext.alias}  ({ext.caller_id})")

    guard(run)


@app.command()
def sandbox(
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port")] = 8765,
    db: Annotated[
        Path | None, typer.Option("--db", help="SQLite file; default in your data dir.")
    ] = None,
    balance_parts: Annotated[
        int | None, typer.Option("--balance", help="Parts that can be sent.")
    ] = None,
    rate_limit: Annotated[
        int | None, typer.Option("--rate-limit", help="Requests/s per provider.")
    ] = None,
    allow_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-host",
            help="Also answer requests for this Host name (repeat; '*' for any, e.g. in a "
            "container network). Loopback names always work.",
        ),
    ] = None,
) -> None:
    """Serve every provider's API on HOST:PORT; messages are caught, never sent."""
    from .sandbox import LOOPBACK_NAMES, Limits, Store, default_db, server

    path = db or default_db()
    url = f"http://{host}:{port}"
    out.print(f"smskit sandbox on {url}  (inbox: {url}/, messages: {path})")
    out.print("credentials: every secret is the word 'sandbox', with any id or user name")
    for provider in PROVIDERS:
        settings = sandbox_settings(provider, url)
        out.print(f"  {provider:9} {settings.get('base_url') or settings.get('send_url')}")
    names = set(allow_host or ())
    hosts = None if "*" in names else {*LOOPBACK_NAMES, *names, host.lower()}
    server(Store(path), host, port, Limits(balance=balance_parts, rate=rate_limit),
           allowed_hosts=hosts).run()  # fmt: skip


@app.command()
def demo(
    db: Annotated[
        Path | None, typer.Option("--db", help="SQLite file; default in your data dir.")
    ] = None,
) -> None:
    """Start the sandbox, send through all four providers' clients, show what was caught;
    then queue messages in an outbox, kill its dispatcher mid-run and recover, sending none
    twice."""
    from .sandbox import default_db, start

    path = db or default_db()

    def run() -> None:
        with start(path) as running:
            url = running.url
            out.print(f"sandbox started on {url} (messages kept in {path})")
            oauth: dict[str, Any] = {
                "application_id": "demo-app",
                "application_secret": SANDBOX_SECRET,
            }
            steps: list[tuple[str, Any, dict[str, Any]]] = [
                (
                    "sipgate",
                    Sipgate(**sandbox_settings("sipgate", url)),
                    {"to": "+49 170 1234567", "text": "Hallo from smskit via sipgate"},
                ),
                (
                    "SMS.CX (OAuth2)",
                    Smscx(**oauth, scope="sms", base_url=url + "/smscx"),
                    {
                        "to": ["+31 6 12469001"],
                        "text": "Hi from smskit via SMS.CX",
                        "sender": "InfoText",
                    },
                ),
                (
                    "smsend (login)",
                    Smsend(**sandbox_settings("smsend", url)),
                    {"to": "+39 347 1234567", "text": "Ciao from smskit via smsend"},
                ),
                (
                    "Acrobits (JSON)",
                    AcrobitsWebService(**sandbox_settings("acrobits", url)),
                    {"to": "+1 415 555 2671", "text": "Hello from smskit via Acrobits 👋"},
                ),
            ]
            for label, client, kwargs in steps:
                with client:
                    result = client.send(**kwargs)
                out.print(f"  sent with {label:18} -> {', '.join(result.recipients)}")
            caught = running.store.messages(limit=len(steps))
            table = Table(title="caught by the sandbox (newest first)")
            for column in ("provider", "to", "text", "segments", "encoding", "status"):
                table.add_column(column)
            for m in caught:
                table.add_row(m.provider, m.recipient, m.text, str(m.parts), m.encoding, m.status)
            out.print(table)
            out.print(
                f"browse them: run `smskit sandbox --db {path}` and open http://127.0.0.1:8765/"
            )
            if {m.provider for m in caught} != {"sipgate", "smscx", "smsend", "acrobits"}:
                fail("the sandbox did not catch a message from every provider")
            if not outbox_act(url, running.store, out):
                fail("the outbox act sent a message twice")

    guard(run)


def main() -> None:
    app()
