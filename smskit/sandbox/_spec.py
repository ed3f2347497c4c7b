"""Request bodies checked against the same OpenAPI documents the clients are generated from."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml
from openapi_schema_validator import OAS30Validator

_PACKAGED = Path(__file__).resolve().parent.parent / "_specs"
_SOURCE_TREE = Path(__file__).resolve().parents[2] / "specs"


def spec_dir() -> Path:
    """The specs shipped in the wheel, or the repository's when running from a checkout."""
    return _PACKAGED if _PACKAGED.is_dir() else _SOURCE_TREE


@functools.cache
def _document(provider: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((spec_dir() / f"{provider}.yaml").read_text())
    return loaded


def _inline(node: Any, document: dict[str, Any]) -> Any:
    """The schema with every local ``$ref`` replaced by what it points at."""
    if isinstance(node, dict):
        if "$ref" in node:
            target: Any = document
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            return _inline(target, document)
        return {key: _inline(value, document) for key, value in node.items()}
    if isinstance(node, list):
        return [_inline(item, document) for item in node]
    return node


def _closed(node: Any, *, part: bool = False) -> Any:
    """The schema with every object that lists its ``properties`` closed to others (unless
    it says otherwise), so the sandbox refuses a field the provider does not know: a client
    sending one would fail, or be silently ignored, at the real provider. The parts of an
    ``allOf`` / ``oneOf`` / ``anyOf`` stay open (each lists only some of the fields)."""
    if isinstance(node, dict):
        closed = {
            key: [_closed(item, part=True) for item in value]
            if key in _COMPOSED and isinstance(value, list)
            else _closed(value)
            for key, value in node.items()
        }
        open_by_design = part or "additionalProperties" in closed
        if "properties" in closed and not open_by_design and not set(_COMPOSED) & set(closed):
            closed["additionalProperties"] = False
        return closed
    if isinstance(node, list):
        return [_closed(item) for item in node]
    return node


_COMPOSED = ("allOf", "oneOf", "anyOf")


@functools.cache
def validator(provider: str, schema: str) -> OAS30Validator:
    document = _document(provider)
    return OAS30Validator(_closed(_inline(document["components"]["schemas"][schema], document)))


def problems(provider: str, schema: str, instance: Any) -> list[str]:
    """What the spec forbids in ``instance`` (empty when it conforms)."""
    return problems_of(validator(provider, schema), instance)


def problems_of(checker: OAS30Validator, instance: Any) -> list[str]:
    """What ``checker``'s schema forbids in ``instance``, one line per problem, sorted."""
    found = checker.iter_errors(instance)
    return sorted(f"{'/'.join(map(str, e.absolute_path)) or 'body'}: {e.message}" for e in found)
