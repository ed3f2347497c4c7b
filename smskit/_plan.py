"""What one public operation will do, decided before any I/O: a ``Call`` per HTTP exchange
(the generated client's request description and how to read its answer) and the ``Plan``
that turns their answers into the result. Nothing here sends; the clients run plans."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Sequence
from types import ModuleType, SimpleNamespace
from typing import (
    Any,
    Generic,
    ParamSpec,
    TypeVar,
    overload,
)

import attrs
import httpx

from ._models import Deferred, SendResult


# Internal, compared by identity; not frozen because a frozen attrs class sets each field
# through ``object.__setattr__``, which doubles the cost of the one or two made per send.
# Nothing changes them after they are made.
@attrs.define(eq=False)
class Call:
    """One HTTP exchange, as the generated client describes it.

    ``request_kwargs`` is what the generated ``_get_kwargs`` returned (method, path, body,
    headers); ``parse`` reads a 2xx answer with the generated parser. ``sends_sms`` marks calls
    whose repetition could mean a second SMS; ``idempotent`` says whether repeating is safe
    anyway (reads, cancels, or a send that carries a provider idempotency key).
    """

    name: str
    request_kwargs: dict[str, Any]
    parse: Callable[[httpx.Response], Any]
    idempotent: bool
    sends_sms: bool = False
    recipients: tuple[str, ...] = ()
    reference: str | None = None  # the id to reconcile a send by (order id, idempotency key)
    # Whether a 2xx answer must carry something ``parse`` can read: then a body it cannot read
    # is an error (saying whether the request was accepted), never ``None`` for a model.
    needs_body: bool = True


# The generated parsers read only this attribute of the client they are handed; smskit maps
# error statuses itself, so the generated code is asked to parse 2xx answers only.
_PARSER_CLIENT = SimpleNamespace(raise_on_unexpected_status=False)


def generated_call(
    name: str,
    operation: ModuleType,
    *,
    idempotent: bool,
    sends_sms: bool = False,
    recipients: tuple[str, ...] = (),
    reference: str | None = None,
    needs_body: bool = True,
    parse: Callable[[httpx.Response], Any] | None = None,
    **params: Any,
) -> Call:
    """A ``Call`` from a generated operation module: its request description and parser
    (the generated one unless ``parse`` reads the answer another way)."""
    return Call(
        name=name,
        request_kwargs=operation._get_kwargs(**params),
        parse=parse or _parser(operation),
        idempotent=idempotent,
        sends_sms=sends_sms,
        recipients=recipients,
        reference=reference,
        needs_body=needs_body,
    )


@functools.cache
def _parser(operation: ModuleType) -> Callable[[httpx.Response], Any]:
    """The parser of a generated operation's answers, made once per operation (not per
    call)."""

    def parse(response: httpx.Response) -> Any:
        parsed = operation._parse_response(client=_PARSER_CLIENT, response=response)
        if parsed is not None or not response.content:
            return parsed
        # A 2xx the spec does not list (200 for a documented 201, a 202 ...): the request was
        # accepted all the same, so its body is read as the documented answer's.
        for status in _DOCUMENTED_SUCCESS:
            if status != response.status_code:
                parsed = operation._parse_response(
                    client=_PARSER_CLIENT, response=_as_status(response, status)
                )
                if parsed is not None:
                    return parsed
        return None

    return parse


_DOCUMENTED_SUCCESS = (200, 201, 202)


def _as_status(response: httpx.Response, status: int) -> httpx.Response:
    return httpx.Response(
        status, headers=response.headers, content=response.content, request=response.request
    )


T = TypeVar("T")
P = ParamSpec("P")
Item = TypeVar("Item")


class LazyCalls(Sequence[Call], Generic[Item]):
    """One call per item, made when it is read: a send to many recipients holds the
    recipients (checked up front), not a request description for each of them."""

    __slots__ = ("_items", "_make")  # one per send: no instance dict

    def __init__(self, items: Sequence[Item], make: Callable[[Item], Call]) -> None:
        self._items, self._make = items, make

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> Call: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Call, ...]: ...
    def __getitem__(self, index: int | slice) -> Call | tuple[Call, ...]:
        if isinstance(index, slice):
            return tuple(map(self._make, self._items[index]))
        return self._make(self._items[index])


def calls_for(items: Sequence[Item], make: Callable[[Item], Call]) -> Sequence[Call]:
    """One call per item: made now for one item (the common send), else ``LazyCalls``."""
    return (make(items[0]),) if len(items) == 1 else LazyCalls(items, make)


def json_answer(response: httpx.Response) -> Any:
    """A 2xx answer's body decoded and nothing more: sends read their ids from it and build
    the provider's response model only when ``raw`` is read (``model_later``)."""
    return json.loads(response.content)


def model_later(model: Any, body: Any) -> Deferred:
    """``SendResult.raw`` as the generated ``model`` of ``body``, built on first read; None
    when the body does not fit the model (its ids were read when it arrived)."""

    def build() -> Any:
        try:
            return model.from_dict(body)
        except (KeyError, TypeError, ValueError, AttributeError):
            return None

    return Deferred(build)


def _unchanged(parsed: Any) -> Any:
    return parsed


@attrs.define(eq=False)  # as ``Call``: internal, made per operation, never changed
class Plan(Generic[T]):
    """What one public operation will do, built (and validated) before any I/O.

    Either one call whose parsed answer ``finish`` turns into the result, or, for sends,
    several calls (one per recipient or batch) whose answers ``to_result`` turns into
    results that are merged; a failure part-way carries ``.partial``.
    """

    calls: Sequence[Call]
    finish: Callable[[Any], T] = _unchanged
    to_result: Callable[[Call, Any], SendResult] | None = None

    @classmethod
    def sends(
        cls, calls: Sequence[Call], to_result: Callable[[Call, Any], SendResult]
    ) -> Plan[SendResult]:
        # Annotated, not ``cast``: a call less per send.
        plan: Plan[SendResult] = Plan(calls, to_result=to_result)
        return plan
