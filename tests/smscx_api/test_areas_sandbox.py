"""Every SMS.CX resource method, sync and async, against the real sandbox: the sandbox
accepts what the method sends and answers the documented shape, which the method parses."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from cases import ALL, BY_ID, DOCUMENT, Case
from openapi_schema_validator import OAS30Validator

import smskit
from smskit._resources import Operation
from smskit.sandbox import RunningSandbox, start
from smskit.sandbox._app import SECRET
from smskit.sandbox._spec import _closed, _inline


@pytest.fixture(scope="module")
def running() -> Iterator[RunningSandbox]:
    with start() as sandbox:
        yield sandbox


def _client(sandbox: RunningSandbox) -> smskit.Smscx:
    return smskit.Smscx(api_key=SECRET, base_url=sandbox.url + "/smscx")


def _arguments(cx: smskit.Smscx, case: Case) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """The case's arguments, with the ids of things the sandbox keeps (OTPs, messages)
    made first where the operation needs a real one."""
    if case.area == "otp" and case.method != "send":
        otp = cx.otp_send("+4915112345678", sender="Sandbox")
        if case.method == "verify":
            return (otp.otp_id,), {"body": {"pin": _last_pin(cx)}}
        return (otp.otp_id,), dict(case.kwargs)
    if case.operation_id in ("getSingleReport", "deleteScheduledSms"):
        sent = cx.send("+4915112345678", "hello", "Sandbox", send_at=timedelta(hours=1))
        return (sent.ids[0],), {}
    if case.operation_id in ("validateNumber", "lookupNumber"):
        return ("+4915112345678",), {}
    return case.args, dict(case.kwargs)


def _last_pin(cx: smskit.Smscx) -> str:
    """The PIN of the newest OTP, read from the sandbox's inbox as a user would read it."""
    base = str(cx.base_url).removesuffix("/smscx")
    newest = httpx.get(base + "/_sandbox/messages").json()[0]
    return "".join(re.findall(r"\d{4,}", newest["text"])[-1:])


def _check(case: Case, result: Any) -> None:
    descriptor = case.descriptor
    if case.file_type is not None:
        assert isinstance(result, bytes)
        assert result
    elif isinstance(descriptor, Operation):
        if descriptor.returns is not object:
            assert isinstance(result, descriptor.returns)
    else:
        assert result
        assert all(isinstance(page, descriptor.returns) for page in result)


@pytest.mark.parametrize("case", ALL, ids=lambda c: c.id)
def test_sync(running: RunningSandbox, case: Case) -> None:
    with _client(running) as cx:
        args, kwargs = _arguments(cx, case)
        result = getattr(getattr(cx, case.area), case.method)(*args, **kwargs)
        if not isinstance(case.descriptor, Operation):
            result = list(result.pages())
    _check(case, result)


@pytest.mark.parametrize(
    "case",
    [c for c in ALL if c.file_type is None and isinstance(c.descriptor, Operation)],
    ids=lambda c: c.id,
)
def test_sandbox_answer_conforms_to_the_spec(running: RunningSandbox, case: Case) -> None:
    with _client(running) as cx:
        args, kwargs = _arguments(cx, case)
        raw = getattr(getattr(cx.with_raw_response, case.area), case.method)(*args, **kwargs)
    _path, _method, spec = BY_ID[case.operation_id]
    schema = spec["responses"]["200"]["content"]["application/json"]["schema"]
    validator = OAS30Validator(_closed(_inline(schema, DOCUMENT)))
    assert raw.response.status_code == 200
    assert list(validator.iter_errors(raw.response.json())) == []


@pytest.mark.parametrize("case", ALL, ids=lambda c: c.id)
def test_async(running: RunningSandbox, case: Case) -> None:
    with _client(running) as cx:
        args, kwargs = _arguments(cx, case)

    async def run() -> Any:
        base = running.url + "/smscx"
        async with smskit.AsyncSmscx(api_key=SECRET, base_url=base) as acx:
            result = getattr(getattr(acx, case.area), case.method)(*args, **kwargs)
            if not isinstance(case.descriptor, Operation):
                return [page async for page in result.pages()]
            return await result

    _check(case, asyncio.run(run()))


def _published_reads_without_arguments() -> list[str]:
    """The published SDK's operations that take no argument (every listing and status read
    of an area), as ``ApiClass.method`` names."""
    import smscx_client
    from smscx_client import apis

    found = []
    with smscx_client.ApiClient(smscx_client.Configuration()) as client:
        for name in dir(apis):
            if not name.endswith("Api") or name == "OauthApi":
                continue
            api = getattr(apis, name)(client)
            for attribute, endpoint in vars(api).items():
                if attribute.endswith("_endpoint") and not endpoint.params_map["required"]:
                    found.append(f"{name}.{attribute.removesuffix('_endpoint')}")
    return sorted(found)


@pytest.mark.parametrize("operation", _published_reads_without_arguments())
def test_the_published_sdk_reads_the_sandbox_answers(
    running: RunningSandbox, operation: str
) -> None:
    """DESIGN §9: a strict client, SMS.CX's own SDK, parses what the sandbox answers
    (required fields present, allowed values only, types as its models declare)."""
    import smscx_client
    from smscx_client import apis

    api_name, method = operation.split(".")
    configuration = smscx_client.Configuration(host=running.url + "/smscx", api_key=SECRET)
    with smscx_client.ApiClient(configuration) as client:
        answer = getattr(getattr(apis, api_name)(client), method)()
    assert answer is not None
