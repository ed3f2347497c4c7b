"""Table-driven resource areas over generated operations (``cx.groups.create(...)``).

A provider with many plain operations (SMS.CX has about a hundred) declares each one in a
line: the generated operation, what it returns, and whether repeating it is safe. The
descriptors below turn a declaration into a sync or an async method, depending on the area
it is read from, so both twins share every rule (plan, validate, parse, retry) and differ
only in the awaited I/O. List operations return pagers that follow the provider's cursors.
"""

from __future__ import annotations

import inspect
import sys
import typing
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from datetime import UTC, datetime
from types import ModuleType
from typing import Any, Generic, ParamSpec, TypeVar, overload

import attrs

from . import errors
from ._client import AsyncClient, BaseClient, SyncClient
from ._plan import Call, Plan, generated_call
from ._views import _Extras, _extras, run_raw, run_raw_async

P = ParamSpec("P")
R = TypeVar("R")
Item = TypeVar("Item")


class Sync:
    """Marks an area read from a sync client: its operations return results."""


class Async:
    """Marks an area read from an async client: its operations return awaitables."""


Mode = TypeVar("Mode", Sync, Async)


class Area(Generic[Mode]):
    """One of a provider's areas (groups, templates, ...), bound to a client.

    ``with_extra`` and ``with_raw_response`` work here as on the client itself."""

    def __init__(
        self, client: BaseClient, extras: _Extras | None = None, raw: bool = False
    ) -> None:
        self._client = client
        self._extras = extras
        self._raw = raw

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def _derive(self, *, extras: _Extras | None = None, raw: bool | None = None) -> typing.Self:
        """This area with extra fields added to each request, or returning ``RawResult``s."""
        return type(self)(
            self._client,
            extras if extras is not None else self._extras,
            self._raw if raw is None else raw,
        )

    @property
    def with_raw_response(self) -> typing.Self:
        """This area's operations returning ``RawResult(parsed, responses)``."""
        return self._derive(raw=True)

    def with_extra(
        self,
        *,
        body: Mapping[str, Any] | None = None,
        query: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> typing.Self:
        """This area with fields smskit does not know yet added to each request (see
        ``BaseClient.with_extra``)."""
        return self._derive(extras=_extras(body, query, headers))

    def _call(self, call: Call) -> Call:
        return call if self._extras is None else self._extras.apply(call)

    def _run_sync(self, plan: Plan[R]) -> R:
        assert isinstance(self._client, SyncClient)
        if self._raw:
            return run_raw(self._client, plan)  # type: ignore[return-value]
        return self._client._run(plan)

    async def _run_async(self, plan: Plan[R]) -> R:
        assert isinstance(self._client, AsyncClient)
        if self._raw:
            return await run_raw_async(self._client, plan)  # type: ignore[return-value]
        return await self._client._run(plan)


@attrs.frozen
class _Declared:
    """What a declaration says about one generated operation."""

    module: ModuleType
    idempotent: bool
    sends: bool
    signature: inspect.Signature
    path: tuple[str, ...]  # the parameters that go into the URL path: never empty
    body: Any  # the body's model class (or a union of them), None without a body
    keyed: bool  # a send whose body carries an idempotencyId: safe to retry

    @classmethod
    def of(cls, build: Callable[..., Any], idempotent: bool, sends: bool) -> _Declared:
        signature = inspect.signature(build)
        path = tuple(
            name
            for name, parameter in signature.parameters.items()
            if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
        )
        body = typing.get_type_hints(build).get("body")
        keyed = sends and any(
            attrs.has(model) and "idempotency_id" in attrs.fields_dict(model)
            for model in (typing.get_args(body) or (body,))
        )
        module = sys.modules[build.__module__]
        return cls(module, idempotent, sends, signature, path, body, keyed)


def _body_from(field_type: Any, value: object) -> Any:
    """A body given as a mapping, read into the generated model (the first of a union whose
    required fields it has)."""
    if not isinstance(value, Mapping):
        return value
    candidates = typing.get_args(field_type) or (field_type,)
    problems = []
    for model in candidates:
        try:
            return model.from_dict(dict(value))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            problems.append(f"{model.__name__}: {type(exc).__name__} {exc}")
    raise errors.ValidationError("body", "does not fit " + "; ".join(problems))


def _with_key(body: Any) -> tuple[Any, str | None]:
    """A send body with an idempotencyId (a fresh one unless the caller set one), so a retry
    after a lost answer is deduplicated by the provider instead of sending twice."""
    if not hasattr(body, "idempotency_id"):
        return body, None
    key = body.idempotency_id
    if not isinstance(key, str) or not key:
        key = str(uuid.uuid4())
        body = attrs.evolve(body, idempotency_id=key)
    return body, key


def _plan_call(
    name: str, declared: _Declared, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> Call:
    """The call for one operation, every input rule applied before anything is sent."""
    try:
        params = declared.signature.bind(*args, **kwargs).arguments
    except TypeError as exc:  # a missing or unknown argument
        raise errors.ValidationError(name, str(exc)) from None
    for field in declared.path:
        value = params.get(field)
        if value is None or (isinstance(value, str) and not value.strip()):
            raise errors.ValidationError(field, "must not be empty")
    reference = None
    if "body" in params and declared.body is not None:
        params["body"] = _body_from(declared.body, params["body"])
        if declared.keyed:
            params["body"], reference = _with_key(params["body"])
    try:
        return generated_call(
            name,
            declared.module,
            idempotent=declared.idempotent or reference is not None,
            sends_sms=declared.sends,
            reference=reference,
            **params,
        )
    except (AttributeError, KeyError, TypeError, ValueError) as exc:  # a body of a wrong type
        raise errors.ValidationError(name, f"{type(exc).__name__}: {exc}") from None


def aware(value: Any) -> Any:
    """Every naive datetime inside a parsed model made UTC-aware (SMS.CX reports in UTC)."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value
    if isinstance(value, list):
        return [aware(item) for item in value]
    if attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            current = getattr(value, field.name)
            fixed = aware(current)
            if fixed is not current:
                setattr(value, field.name, fixed)
    return value


def _bytes_of(parsed: Any) -> bytes:
    payload = getattr(parsed, "payload", None)
    return payload.getvalue() if payload is not None else b""


class _Descriptor(Generic[P, R]):
    def __init__(self, build: Callable[P, Any], *, idempotent: bool, sends: bool) -> None:
        self._declared = _Declared.of(build, idempotent, sends)
        # The generated operation's name (``create_group``): unique, and what the provider's
        # own documents call it, even where one declaration serves two areas.
        self.name = build.__module__.rsplit(".", 1)[-1]
        self.doc = (self._declared.module.__doc__ or "").strip()

    @property
    def declared(self) -> _Declared:
        return self._declared

    def plan(self, area: Area[Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Plan[R]:
        call = area._call(_plan_call(self.name, self._declared, args, dict(kwargs)))
        return Plan((call,), finish=self.finish)

    def finish(self, parsed: Any) -> R:
        return aware(parsed)  # type: ignore[no-any-return]


class Operation(_Descriptor[P, R]):
    """An operation returning the parsed model (or, for ``export``, the file's bytes)."""

    def __init__(
        self,
        build: Callable[P, Any],
        returns: type[R],
        *,
        idempotent: bool,
        sends: bool = False,
    ) -> None:
        super().__init__(build, idempotent=idempotent, sends=sends)
        self.returns = returns

    def finish(self, parsed: Any) -> R:
        if self.returns is bytes:
            return _bytes_of(parsed)  # type: ignore[return-value]
        return super().finish(parsed)

    @overload
    def __get__(self, area: None, owner: type) -> Operation[P, R]: ...
    @overload
    def __get__(self, area: Area[Sync], owner: type) -> Callable[P, R]: ...
    @overload
    def __get__(self, area: Area[Async], owner: type) -> Callable[P, Awaitable[R]]: ...
    def __get__(self, area: Area[Any] | None, owner: type) -> Any:
        if area is None:
            return self
        if isinstance(area._client, AsyncClient):

            async def run_async(*args: Any, **kwargs: Any) -> R:
                return await area._run_async(self.plan(area, args, kwargs))

            return _named(run_async, self)

        def run(*args: Any, **kwargs: Any) -> R:
            return area._run_sync(self.plan(area, args, kwargs))

        return _named(run, self)


def _named(function: Any, descriptor: _Descriptor[Any, Any]) -> Any:
    function.__name__ = function.__qualname__ = descriptor.name
    function.__doc__ = descriptor.doc
    return function


def _cursor(page: Any, direction: str) -> str | None:
    paging = getattr(page, "paging", None)
    # The generated model spells the ``next`` field ``next_`` (it shadows a builtin).
    value = getattr(paging, "next_" if direction == "next" else direction, None)
    return value if isinstance(value, str) and value else None


def _items(page: Any) -> list[Any]:
    data = getattr(page, "data", None)
    return list(data) if isinstance(data, list) else []


class _PageWalk:
    """The cursor rule shared by both pagers: the next request is the first one with the
    page's ``next`` (or ``previous``) cursor; a cursor seen before ends the walk with an
    error instead of looping."""

    def __init__(self, descriptor: Paged[Any, Any, Any], area: Area[Any], args: Any, kwargs: Any):
        self._descriptor, self._area = descriptor, area
        self._args, self._kwargs = args, dict(kwargs)
        # Planned once, when the listing is made: every input rule applies before anything
        # is sent, and each walk over the pages starts from this same first request.
        self._first = descriptor.plan(area, args, self._kwargs)

    def first(self) -> Plan[Any]:
        return self._first

    def after(self, page: Any, backward: bool, seen: set[str]) -> Plan[Any] | None:
        """The request for the page after ``page``; ``seen``: the cursors of this walk."""
        cursor = _cursor(page, "previous" if backward else "next")
        if cursor is None:
            return None
        if cursor in seen:
            raise errors.TransportError(
                f"{self._descriptor.name}: the provider repeated a page cursor; stopping"
            )
        seen.add(cursor)
        kwargs = {**self._kwargs, "next_": None, "previous": None}
        kwargs["previous" if backward else "next_"] = cursor
        return self._descriptor.plan(self._area, self._args, kwargs)


class Pager(Generic[Item, R]):
    """Every item of a listing, fetched page by page as iteration needs them::

        for contact in cx.groups.contacts(group_id):
            ...

    ``pages()`` yields the page answers themselves (``info``, ``paging``);
    ``pages(backward=True)`` follows the ``previous`` cursors instead."""

    def __init__(self, walk: _PageWalk) -> None:
        self._walk = walk

    def pages(self, *, backward: bool = False) -> Iterator[R]:
        plan: Plan[Any] | None = self._walk.first()
        seen: set[str] = set()
        while plan is not None:
            page = self._walk._area._run_sync(plan)
            yield page
            plan = self._walk.after(page, backward, seen)

    def __iter__(self) -> Iterator[Item]:
        for page in self.pages():
            yield from _items(page)


class AsyncPager(Generic[Item, R]):
    """The async twin of ``Pager``: ``async for item in acx.groups.contacts(group_id)``."""

    def __init__(self, walk: _PageWalk) -> None:
        self._walk = walk

    async def pages(self, *, backward: bool = False) -> AsyncIterator[R]:
        plan: Plan[Any] | None = self._walk.first()
        seen: set[str] = set()
        while plan is not None:
            page = await self._walk._area._run_async(plan)
            yield page
            plan = self._walk.after(page, backward, seen)

    async def __aiter__(self) -> AsyncIterator[Item]:
        async for page in self.pages():
            for item in _items(page):
                yield item


class Paged(_Descriptor[P, R], Generic[P, R, Item]):
    """A listing that follows the provider's ``next`` / ``previous`` cursors."""

    def __init__(self, build: Callable[P, Any], page: type[R], item: type[Item]) -> None:
        super().__init__(build, idempotent=True, sends=False)
        self.returns, self.item = page, item

    @overload
    def __get__(self, area: None, owner: type) -> Paged[P, R, Item]: ...
    @overload
    def __get__(self, area: Area[Sync], owner: type) -> Callable[P, Pager[Item, R]]: ...
    @overload
    def __get__(self, area: Area[Async], owner: type) -> Callable[P, AsyncPager[Item, R]]: ...
    def __get__(self, area: Area[Any] | None, owner: type) -> Any:
        if area is None:
            return self
        pager = AsyncPager if isinstance(area._client, AsyncClient) else Pager

        def listing(*args: Any, **kwargs: Any) -> Any:
            return pager(_PageWalk(self, area, args, kwargs))

        return _named(listing, self)
