"""The sandbox's answers to SMS.CX's other operations (groups, templates, reports, ...).

The sandbox has a story for sending, OTP, reports and numbers; every other operation of the
SMS.CX spec is answered here straight from the spec: the caller is authenticated as for any
SMS.CX request, the path, required query parameters and JSON body are checked against the
operation, and the answer is the documented 200 shape (``_examples``), or a small file for
CSV/XLSX exports. So every resource method of the client has somewhere real to talk to.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from openapi_schema_validator import OAS30Validator
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ._examples import example
from ._spec import _closed, _document, _inline, problems_of

Denial = Callable[[Request], Response | None]
ErrorAnswer = Callable[..., JSONResponse]

_FILES = {
    "application/csv": b"phoneNumber,firstName\n+4915112345678,Sandbox\n",
    # The smallest thing that is recognisably a ZIP (XLSX) container: an empty archive.
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": (
        b"PK\x05\x06" + b"\x00" * 18
    ),
}


class _Operation:
    def __init__(self, path: str, method: str, spec: dict[str, Any], document: dict[str, Any]):
        self.path, self.method, self.id = path, method.upper(), spec["operationId"]
        self.required_query = [
            p["name"]
            for p in spec.get("parameters", [])
            if p.get("in") == "query" and p.get("required")
        ]
        self.integer_path = {
            p["name"]
            for p in spec.get("parameters", [])
            if p.get("in") == "path" and p.get("schema", {}).get("type") == "integer"
        }
        body = spec.get("requestBody", {}).get("content", {}).get("application/json")
        self.body = OAS30Validator(_closed(_inline(body["schema"], document))) if body else None
        answer = spec["responses"]["200"].get("content", {})
        self.file_type = next((t for t in answer if t in _FILES), None)
        schema = answer.get("application/json", {}).get("schema")
        self.answer_schema = _inline(schema, document) if schema else None


def operations() -> list[_Operation]:
    document = _document("smscx")
    return [
        _Operation(path, method, spec, document)
        for path, item in document["paths"].items()
        for method, spec in item.items()
        if isinstance(spec, dict) and "operationId" in spec
    ]


class SmscxMore:
    """Routes for every SMS.CX operation in ``wanted`` (the ones the sandbox has no own
    handler for)."""

    def __init__(self, wanted: Callable[[str, str], bool], auth: Denial, error: ErrorAnswer):
        self._auth, self._error = auth, error
        self._by_path: dict[str, dict[str, _Operation]] = {}
        for operation in operations():
            if wanted(operation.method, operation.path):
                self._by_path.setdefault(operation.path, {})[operation.method] = operation

    def routes(self) -> list[Route]:
        # Literal segments before parameters (``/groups/{groupId}/csv`` before
        # ``/groups/{groupId}/{phoneNumberId}``), then by path for a stable order.
        ordered = sorted(self._by_path, key=lambda p: (p.count("{"), p))
        return [
            Route("/smscx" + path, self._handler(path), methods=list(self._by_path[path]))
            for path in ordered
        ]

    def _handler(self, path: str) -> Callable[[Request], Any]:
        async def handle(request: Request) -> Response:
            operation = self._by_path[path][request.method]
            denied = self._auth(request)
            if denied is not None:
                return denied
            problem = _problem(operation, request, await request.body())
            if problem is not None:
                return self._error(400, "invalid_param", 1000, problem)
            if operation.file_type is not None:
                return Response(_FILES[operation.file_type], media_type=operation.file_type)
            if operation.answer_schema is None:
                return JSONResponse({})
            return JSONResponse(example(operation.answer_schema))

        return handle


def _problem(operation: _Operation, request: Request, raw: bytes) -> str | None:
    for name in operation.integer_path:
        if not re.fullmatch(r"\d+", request.path_params.get(name, "")):
            return f"{name} must be a number"
    missing = [name for name in operation.required_query if name not in request.query_params]
    if missing:
        return "Missing query parameter(s): " + ", ".join(missing)
    if operation.body is None:
        return None
    try:
        body = json.loads(raw)
    except ValueError:
        return "The body is not JSON"
    found = problems_of(operation.body, body)
    return "; ".join(found) if found else None
