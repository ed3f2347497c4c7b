"""Every operation of SMS.CX's published SDK (``smscx-client``) against the sandbox (DESIGN
§20): each gets a 2xx answer that the SDK's own models accept.

The arguments come from the project's SMS.CX spec (the sandbox's example maker), converted by
the SDK's own type checker, so a request the SDK would refuse to build also fails here. Ids
that must exist (a scheduled message to delete, an OTP to check) are made first with the SDK.

Two operations of smscx-client 0.1.13 cannot succeed against any server (``SDK_DEFECTS``);
they go through the SDK's own endpoint (its request building and transport) and their answer
is checked against the spec, and a test asserts each defect is still there, so the exemption
is dropped when a new SDK version fixes it.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

import pytest
import smscx_client
from smscx_client import apis
from smscx_client.api_client import Endpoint
from smscx_client.model_utils import validate_and_convert_types

from smskit.sandbox._examples import example
from smskit.sandbox._spec import _document, _inline
from smskit.testing import SmsSandbox, start_sandbox

DOCUMENT = _document("smscx")
# Made before the others and used by them; their deletions run last.
FIRST = ("send_sms", "new_otp")
LAST = ("delete_scheduled_sms", "cancel_otp")
SDK_DEFECTS = {
    # The answer's model imports smscx_client.model.info_edit_rent, which the wheel lacks.
    "edit_rent_settings": ModuleNotFoundError,
    # The answer's oneOf lists shapes that are identical (channel and source; country and
    # traffic) and types ``data`` as the traffic shape while matching the channel shape.
    "get_summary_reports": smscx_client.ApiTypeError,
}


def endpoints() -> list[tuple[str, str]]:
    found = []
    for name in dir(apis):
        api = getattr(apis, name)
        if inspect.isclass(api) and name.endswith("Api"):
            for attribute, value in vars(api(smscx_client.ApiClient())).items():
                if isinstance(value, Endpoint):
                    found.append((name, attribute.removesuffix("_endpoint")))
    return sorted(found, key=lambda f: (f[1] not in FIRST, f[1] in LAST, f))


def _operation(endpoint: Endpoint) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    item = DOCUMENT["paths"][endpoint.settings["endpoint_path"]]
    operation = item[endpoint.settings["http_method"].lower()]
    parameters = [_inline(p, DOCUMENT) for p in item.get("parameters", [])]
    parameters += [_inline(p, DOCUMENT) for p in operation.get("parameters", [])]
    return operation, {p["name"]: p for p in parameters}


def arguments(endpoint: Endpoint, known: dict[str, str], conf: Any) -> dict[str, Any]:
    """The required arguments of ``endpoint``, as the SDK's types."""
    operation, parameters = _operation(endpoint)
    found: dict[str, Any] = {}
    for name in endpoint.params_map["required"]:
        where = endpoint.location_map.get(name)
        spec_name = endpoint.attribute_map.get(name, name)
        if where == "body":
            schema = next(iter(operation["requestBody"]["content"].values()))["schema"]
            wanted = endpoint.api_types[name][0].__name__  # one path, two SDK methods
            for option in schema.get("oneOf", []):
                if option["$ref"].rsplit("/", 1)[1] == wanted:
                    schema = option
            value = example(_inline(schema, DOCUMENT))
            if endpoint.settings["operation_id"] == "new_otp":  # a PIN the test can read
                value.update(template="Your code is {{pin}}", pinType="numbers")
        elif where == "form":
            value = {"grant_type": "client_credentials"}.get(spec_name, "sandbox")
        elif spec_name in known:
            value = known[spec_name]
        else:
            parameter = parameters[spec_name]
            schema = {**parameter["schema"], "description": parameter.get("description", "")}
            value = example(schema, spec_name)
        found[name] = _converted(value, endpoint.api_types[name], name, conf)
    return found


def _converted(value: Any, types: tuple[Any, ...], name: str, conf: Any) -> Any:
    """``value`` (spec names) as the SDK's type. Some SDK models cannot be built from data
    (``AddContactsToGroupRequest`` looks for an ``allOf`` it does not have), so those are
    built as an SDK user builds them: by keyword, with the SDK's own attribute names."""
    try:
        return validate_and_convert_types(value, types, [name], True, True, conf)
    except KeyError:
        model = types[0]
        python_names = {spec: python for python, spec in model.attribute_map.items()}
        return model(**{python_names[k]: v for k, v in value.items()})


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SmsSandbox]:
    kit = start_sandbox()
    yield kit
    kit.close()


def test_every_operation_answers_what_the_sdk_accepts(sandbox: SmsSandbox) -> None:
    conf = smscx_client.Configuration(host=sandbox.url + "/smscx", api_key="sandbox",
                                      username="app", password="sandbox")  # fmt: skip
    known: dict[str, str] = {}
    failures: list[str] = []
    called = 0
    with smscx_client.ApiClient(conf) as client:
        for api_name, method in endpoints():
            api = getattr(apis, api_name)(client)
            endpoint = getattr(api, method + "_endpoint")
            try:
                if method in SDK_DEFECTS:
                    _through_the_endpoint(endpoint, arguments(endpoint, known, conf))
                    called += 1
                    continue
                if method == "cancel_otp":  # a verified OTP cannot be cancelled: a new one
                    otp = apis.OtpApi(client)
                    made = otp.new_otp(**arguments(otp.new_otp_endpoint, known, conf))
                    known["otpId"] = made["otp_id"]
                args = arguments(endpoint, known, conf)
                if method == "verify_otp":  # the SDK takes the PIN itself, not its request
                    texts = [m["text"] for m in sandbox.messages]
                    pin = next(t for t in reversed(texts) if t.startswith("Your code is "))[13:]
                    args = {"otp_id": args["otp_id"], "pin": pin}
                answer = getattr(api, method)(**args)
            except Exception as exc:
                failures.append(f"{api_name}.{method}: {type(exc).__name__}: {str(exc)[:300]}")
                continue
            called += 1
            if method == "send_sms":
                known["msgId"] = answer["data"][0]["msg_id"]
            elif method == "new_otp":
                known["otpId"] = answer["otp_id"]
    assert failures == []
    assert called == len(endpoints()) >= 100


def _through_the_endpoint(endpoint: Endpoint, args: dict[str, Any]) -> None:
    """The SDK's request, sent by its endpoint; the raw answer checked against the spec."""
    import json

    from openapi_schema_validator import OAS30Validator

    answer = endpoint.call_with_http_info(**args, _preload_content=False, **_DEFAULTS)
    assert answer.status == 200, answer.data
    operation, _ = _operation(endpoint)
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    OAS30Validator(_inline(schema, DOCUMENT)).validate(json.loads(answer.data))


_DEFAULTS = {"async_req": False, "_return_http_data_only": True, "_check_input_type": True,
             "_check_return_type": True, "_spec_property_naming": False,
             "_content_type": None, "_host_index": None, "_request_auths": None,
             "_request_timeout": None}  # fmt: skip


@pytest.mark.parametrize("method", sorted(SDK_DEFECTS))
def test_the_sdk_defects_worked_around_are_still_there(sandbox: SmsSandbox, method: str) -> None:
    conf = smscx_client.Configuration(host=sandbox.url + "/smscx", api_key="sandbox")
    with smscx_client.ApiClient(conf) as client:
        (api_name,) = [a for a, m in endpoints() if m == method]
        api = getattr(apis, api_name)(client)
        args = arguments(getattr(api, method + "_endpoint"), {}, conf)
        with pytest.raises(SDK_DEFECTS[method]):
            getattr(api, method)(**args)
