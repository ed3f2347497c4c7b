"""Any Acrobits-compatible "Send Message" web service, driven by the same templates a
softphone's account XML holds (genericSmsSendUrl, genericSmsPostData, genericSmsContentType)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any, Literal, Unpack
from urllib.parse import urlsplit

import attrs
import httpx

from .. import errors
from .._auth import BasicAuth
from .._client import AsyncClient, BaseClient, SyncClient, async_operation, sync_operation
from .._models import SendResult
from .._options import ClientOptions, check_base_url
from .._phone import normalize_recipients
from .._plan import Call, Plan
from .._redact import register
from .._sender import Recovery
from .._template import body_encoder, fill, url_encode
from .._validate import (
    check_header_value,
    require_secret,
    require_str,
    require_str_mapping,
    require_text,
)

__all__ = ["AcrobitsWebService", "AsyncAcrobitsWebService"]

PROVIDER = "acrobits"
DEFAULT_CONTENT_TYPE = "application/x-www-form-urlencoded"


@attrs.frozen(repr=False)
class _Templates:
    send_url: str
    post_data: str | None
    content_type: str
    account: Mapping[str, str]  # %account[username]%, %account[password]% and extra variables

    def request_kwargs(self, recipient: str, text: str, smart: bool) -> dict[str, Any]:
        values = {
            **self.account,
            "sms_to": recipient,
            "sms_body": text,
            "smart": "1" if smart else "0",
        }
        url = fill(self.send_url, values, url_encode)
        if self.post_data is None:
            return {"method": "GET", "url": url}
        body = fill(self.post_data, values, body_encoder(self.content_type))
        return {
            "method": "POST",
            "url": url,
            "content": body.encode("utf-8"),
            "headers": {"Content-Type": self.content_type},
        }


def _origin(send_url: object, allow_insecure: bool) -> str:
    """The checked scheme://host of the template (the rest may hold placeholders)."""
    if not isinstance(send_url, str) or not send_url.strip():
        raise errors.ValidationError("send_url", "must be the genericSmsSendUrl template")
    check_header_value("send_url", send_url)
    try:
        parts = urlsplit(send_url.strip())
    except ValueError as exc:
        raise errors.ValidationError("send_url", f"is not a URL template ({exc})") from None
    if "%" in parts.netloc:
        raise errors.ValidationError("send_url", "placeholders in the host are not supported")
    origin = f"{parts.scheme}://{parts.netloc}"
    check_base_url("send_url", origin, allow_insecure)
    return origin


def _service_auth(
    username: str | None, password: str | None, scheme: Literal["basic", "digest"]
) -> httpx.Auth | None:
    if username is None and password is None:
        return None
    user = require_secret("auth_username", username)
    secret = require_secret("auth_password", password)
    if scheme == "digest":
        register(secret)
        return httpx.DigestAuth(user, secret)
    if scheme == "basic":
        return BasicAuth(user, secret)
    raise errors.ValidationError("auth_scheme", "must be 'basic' or 'digest'")


def _send_result(call: Call, parsed: Any) -> SendResult:
    sms_id = parsed.get("sms_id") if isinstance(parsed, dict) else None
    ids = (str(sms_id),) if isinstance(sms_id, str | int) and str(sms_id) else ()
    return SendResult(provider=PROVIDER, ids=ids, recipients=call.recipients, raw=parsed)


def _read_body(response: httpx.Response) -> Any:
    """Any 2xx is success; a JSON body (some services return ``{"sms_id": ...}``) is kept."""
    try:
        return response.json() if response.content.strip() else None
    except (ValueError, UnicodeDecodeError):
        return None


class _AcrobitsRules(BaseClient):
    """Everything about the web service except the I/O: templates, validation, requests."""

    provider = PROVIDER
    default_base_url = "https://localhost"  # replaced by the send_url's origin
    recovery = Recovery.NONE  # a web service of unknown make: nothing to look a send up by
    env_credentials = (
        {
            "send_url": "ACROBITS_SEND_URL",
            "post_data": "ACROBITS_POST_DATA",
            "content_type": "ACROBITS_CONTENT_TYPE",
            "username": "ACROBITS_USERNAME",
            "password": "ACROBITS_PASSWORD",
        },
    )

    def __init__(
        self,
        *,
        send_url: str | None = None,  # required; None only so that a missing one is explained
        post_data: str | None = None,
        content_type: str | None = None,
        username: str | None = None,
        password: str | None = None,
        variables: Mapping[str, str] | None = None,
        auth_username: str | None = None,
        auth_password: str | None = None,
        auth_scheme: Literal["basic", "digest"] = "basic",
        **options: Unpack[ClientOptions],
    ) -> None:
        origin = _origin(send_url, options.get("allow_insecure", False))
        if post_data is not None and not isinstance(post_data, str):
            raise errors.ValidationError("post_data", "must be the genericSmsPostData template")
        kind = content_type or DEFAULT_CONTENT_TYPE
        check_header_value("content_type", kind)
        account = {
            f"account[{k}]": v
            for k, v in {"username": username, "password": password}.items()
            if v is not None
        }
        for name, value in account.items():
            check_header_value(name, value)
        if password:
            register(password)
        account.update(require_str_mapping("variables", variables))
        assert send_url is not None  # _origin refused anything else
        self._templates = _Templates(send_url.strip(), post_data, kind, account)
        options["base_url"] = origin
        super().__init__(auth=_service_auth(auth_username, auth_password, auth_scheme), **options)  # type: ignore[misc]

    def _plan_send(
        self,
        to: str | Iterable[str],
        text: str,
        *,
        send_at: datetime | timedelta | None = None,
        reference: str | None = None,
        smart: bool = False,
        default_region: str | None = None,
        skip_invalid: bool = False,
    ) -> Plan[SendResult]:
        """Send ``text`` to each recipient: a phone number (sent in E.164) or a SIP address
        (sent unchanged), one request each, as the templates say.

        Any 2xx is success; an error's ``.message`` is the body's ``message`` (JSON) or
        ``<message>`` (XML), else its first 100 characters. A send that may have reached the
        service is never repeated, whether the template is a GET or a POST. The web service
        cannot schedule (``send_at`` is refused) and has no field for ``reference``.
        """
        message = require_text(text)
        if send_at is not None:
            raise errors.ValidationError(
                "send_at", "an Acrobits web service sends at once; it cannot schedule"
            )
        if reference is not None:
            require_str("reference", reference)
        recipients = normalize_recipients(
            to, default_region=default_region, skip_invalid=skip_invalid, allow_sip=True
        )
        calls = [
            Call(
                name="send",
                request_kwargs=self._templates.request_kwargs(recipient, message, smart),
                parse=_read_body,
                idempotent=False,  # a send is a send, even as a GET
                sends_sms=True,
                needs_body=False,  # any 2xx is success
                recipients=(recipient,),
            )
            for recipient in recipients
        ]
        return Plan.sends(calls, _send_result)


class AcrobitsWebService(_AcrobitsRules, SyncClient):
    """A client for any Acrobits-compatible Send Message web service::

        ws = AcrobitsWebService(
            send_url="https://host/send?from=%account[username]%&to=%sms_to%&body=%sms_body%",
            username="alice", password="...")
        ws.send(to="+14155552671", text="Hi")

    With ``post_data`` the message is POSTed (form-encoded by default; set ``content_type``
    to ``application/json`` for a JSON template). ``auth_username``/``auth_password`` add
    HTTP Basic or Digest (``auth_scheme``) for the web service itself.
    """

    send = sync_operation(_AcrobitsRules._plan_send)


class AsyncAcrobitsWebService(_AcrobitsRules, AsyncClient):
    """The async twin of ``AcrobitsWebService``; several recipients go out concurrently."""

    send = async_operation(_AcrobitsRules._plan_send)
