"""Every declared SMS.CX resource method, with arguments made from the spec.

A case knows, from ``specs/smscx.yaml`` alone, which request the method must put on the wire
(method, path with its parameters filled in, query, JSON body) and which answer the provider
documents, so the wire and parsing tests check the declarations against an independent
source rather than against themselves.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from typing import Any

import attrs

from smskit._resources import Operation, Paged
from smskit.providers.smscx_areas import AREAS, area_class
from smskit.sandbox._examples import example
from smskit.sandbox._spec import _document, _inline

DOCUMENT = _document("smscx")
BY_ID = {
    spec["operationId"]: (
        path,
        method.upper(),
        {**spec, "parameters": item.get("parameters", []) + spec.get("parameters", [])},
    )
    for path, item in DOCUMENT["paths"].items()
    for method, spec in item.items()
    if isinstance(spec, dict) and "operationId" in spec
}


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def snake(name: str) -> str:
    python = re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()
    return "next_" if python == "next" else python


@attrs.frozen
class Case:
    area: str
    method: str  # the Python method on the area
    descriptor: Operation[Any, Any] | Paged[Any, Any, Any]
    operation_id: str
    http_method: str
    path: str  # with the parameters filled in
    query: dict[str, str]
    body: Any  # the JSON body expected on the wire, None without one
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    answer: Any  # the documented 200 answer (JSON), or bytes for a file
    file_type: str | None

    @property
    def id(self) -> str:
        return f"{self.area}.{self.method}"


def _value(schema: dict[str, Any], name: str) -> Any:
    if schema.get("type") == "integer":
        return 7
    if schema.get("type") == "boolean":
        return True
    if name in ("startDate", "start_date"):
        return "2024-01-01"
    if name in ("endDate", "end_date"):
        return "2024-01-31"
    value = example(schema, name)
    return value if value not in (None, "") else "x"


def _build(area: str, attr: str, descriptor: Any) -> Case:
    operation_id = camel(descriptor.name)
    path, http_method, spec = BY_ID[operation_id]
    accepted = inspect.signature(descriptor.declared.module._get_kwargs).parameters
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    query: dict[str, str] = {}
    filled = path
    for parameter in _inline(spec.get("parameters", []), DOCUMENT):
        name, where, schema = parameter["name"], parameter["in"], parameter.get("schema", {})
        python = snake(name)
        assert python in accepted, (operation_id, python)
        if where == "path":
            value = 7 if schema.get("type") == "integer" else f"{name}-7"
            filled = filled.replace("{" + name + "}", str(value))
            args.append(value)
        elif parameter.get("required") or name == "limit":
            value = 2 if name == "limit" else _value(schema, name)
            kwargs[python] = value
            query[name] = str(value).lower() if isinstance(value, bool) else str(value)
    body = None
    content = spec.get("requestBody", {}).get("content", {}).get("application/json")
    if content is not None:
        schema = _inline(content["schema"], DOCUMENT)
        body = example(schema.get("oneOf", [schema])[0] if "oneOf" in schema else schema)
        kwargs["body"] = body
    answer_content = spec["responses"]["200"].get("content", {})
    file_type = next((t for t in answer_content if t != "application/json"), None)
    if file_type is not None:
        answer: Any = b"a,b\n1,2\n"
    else:
        answer = example(_inline(answer_content["application/json"]["schema"], DOCUMENT))
    return Case(
        area, attr, descriptor, operation_id, http_method, filled, query, body,
        tuple(args), kwargs, answer, file_type,
    )  # fmt: skip


def cases() -> Iterator[Case]:
    for area in sorted(AREAS):
        for attr, value in vars(area_class(area)).items():
            if isinstance(value, Operation | Paged):
                yield _build(area, attr, value)


ALL = list(cases())
