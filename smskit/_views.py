"""The escape hatches on every client: ``with_raw_response`` (the result and the HTTP
responses it came from) and ``with_extra`` (fields smskit does not know yet, added to each
request). Both run the same planners as the plain methods, so every rule still applies."""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Mapping
from typing import (
    Any,
    ClassVar,
    Generic,
    Protocol,
)

import attrs
import httpx

from . import errors
from ._plan import Call, LazyCalls, Plan, T
from ._redact import MASK, redact
from ._validate import check_header_value, require_str_mapping


class Runner(Protocol):
    """What the views need of a client: its planners (as class attributes), whether it is
    async, and how it runs a plan (the client core, which offers the views, is not imported
    here)."""

    asynchronous: ClassVar[bool]

    def _run(self, plan: Plan[Any]) -> Any: ...


# The raw responses of the operation running in this context (``with_raw_response``), or None.
_RAW_RESPONSES: contextvars.ContextVar[list[httpx.Response] | None] = contextvars.ContextVar(
    "smskit_raw_responses", default=None
)


def _keep_raw(response: httpx.Response) -> None:
    kept = _RAW_RESPONSES.get()
    if kept is not None:
        kept.append(response)
        _mask_credentials(response.request.headers)


def _mask_credentials(headers: httpx.Headers) -> None:
    """A raw response's request is for looking at, not replaying: its credential headers
    (``X-API-KEY``, ``user_key``, ``Authorization`` ...) show as a mask in every repr."""
    for name, value in headers.items():
        if name == "authorization" or redact(value) != value:
            headers[name] = MASK


@attrs.frozen
class RawResult(Generic[T]):
    """What ``client.with_raw_response.<operation>(...)`` returns: the operation's usual result
    and the HTTP response(s) it came from (one per request, e.g. per recipient or batch)."""

    parsed: T
    responses: tuple[httpx.Response, ...]

    @property
    def response(self) -> httpx.Response:
        return self.responses[-1]


def _planner(client: Runner, name: str) -> Callable[..., Plan[Any]]:
    """The planner behind a public operation (what ``sync_operation`` wrapped), for the
    views that run an operation differently (raw responses, extra fields)."""
    planner = getattr(getattr(type(client), name, None), "__wrapped__", None)
    if planner is None:
        raise AttributeError(f"{type(client).__name__} has no operation {name!r}")
    return planner  # type: ignore[no-any-return]


def run_raw(client: Runner, plan: Plan[Any]) -> RawResult[Any]:
    """Run a plan, keeping every HTTP response it received beside the parsed result."""
    token = _RAW_RESPONSES.set([])
    try:
        parsed = client._run(plan)
        return RawResult(parsed, tuple(_RAW_RESPONSES.get() or ()))
    finally:
        _RAW_RESPONSES.reset(token)


async def run_raw_async(client: Runner, plan: Plan[Any]) -> RawResult[Any]:
    token = _RAW_RESPONSES.set([])
    try:
        parsed = await client._run(plan)
        return RawResult(parsed, tuple(_RAW_RESPONSES.get() or ()))
    finally:
        _RAW_RESPONSES.reset(token)


def _area_of(client: Runner, name: str) -> Any:
    """A resource area of the client (``cx.groups``), for the views to derive from."""
    if isinstance(getattr(type(client), name, None), property):
        area = getattr(client, name)
        if hasattr(area, "_derive"):
            return area
    return None


class _RawView:
    """Every operation of a client, returning a ``RawResult`` instead of the plain result."""

    def __init__(self, client: Runner) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Callable[..., Any]:
        area = _area_of(self._client, name)
        if area is not None:
            return area._derive(raw=True)  # type: ignore[no-any-return]
        planner = _planner(self._client, name)
        client = self._client
        if client.asynchronous:

            async def run_async(*args: Any, **kwargs: Any) -> RawResult[Any]:
                return await run_raw_async(client, planner(client, *args, **kwargs))

            return run_async
        return lambda *args, **kwargs: run_raw(client, planner(client, *args, **kwargs))


@attrs.frozen(eq=False)  # internal: compared by identity, one method less to build
class _Extras:
    body: dict[str, Any]
    query: dict[str, str]
    headers: dict[str, str]

    def apply(self, call: Call) -> Call:
        kwargs = dict(call.request_kwargs)
        if self.body:
            key = next((k for k in ("json", "data") if isinstance(kwargs.get(k), dict)), None)
            if key is None:
                raise errors.ValidationError(
                    "extra body", f"{call.name} has no JSON or form body to add fields to"
                )
            kwargs[key] = {**kwargs[key], **self.body}
        if self.query:
            kwargs["params"] = {**(kwargs.get("params") or {}), **self.query}
        if self.headers:
            kwargs["headers"] = {**(kwargs.get("headers") or {}), **self.headers}
        return attrs.evolve(call, request_kwargs=kwargs)


def _extras(body: object, query: object, headers: object) -> _Extras:
    if body is not None and not isinstance(body, Mapping):
        raise errors.ValidationError("extra body", "expected a mapping of field names")
    extra_headers = require_str_mapping("extra headers", headers)
    for name, value in extra_headers.items():
        check_header_value(f"extra headers[{name}]", name)
        check_header_value(f"extra headers[{name}]", value)
    return _Extras(dict(body or {}), require_str_mapping("extra query", query), extra_headers)


class _ExtraView:
    """Every operation of a client, with ``_Extras`` added to each of its requests."""

    def __init__(self, client: Runner, extras: _Extras) -> None:
        self._client = client
        self._extras = extras

    def __getattr__(self, name: str) -> Callable[..., Any]:
        area = _area_of(self._client, name)
        if area is not None:
            return area._derive(extras=self._extras)  # type: ignore[no-any-return]
        planner = _planner(self._client, name)
        client, extras = self._client, self._extras

        def planned(*args: Any, **kwargs: Any) -> Plan[Any]:
            plan: Plan[Any] = planner(client, *args, **kwargs)
            calls = plan.calls
            return attrs.evolve(
                plan, calls=LazyCalls(range(len(calls)), lambda i: extras.apply(calls[i]))
            )

        if client.asynchronous:

            async def run_async(*args: Any, **kwargs: Any) -> Any:
                return await client._run(planned(*args, **kwargs))

            return run_async
        return lambda *args, **kwargs: client._run(planned(*args, **kwargs))
