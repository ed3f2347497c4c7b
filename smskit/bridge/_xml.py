"""The Account XML keys a softphone needs to use the bridge (``smskit bridge account-xml``)."""

from __future__ import annotations

from urllib.parse import urlsplit

from .. import errors

FORMS = ("json", "form", "get")


def account_xml(url: str, form: str = "json") -> dict[str, str]:
    """``genericSms*`` keys for the bridge at ``url`` (its public https:// address)."""
    parts = urlsplit(url)
    if parts.scheme not in {"https", "http"} or not parts.netloc:
        raise errors.ValidationError("url", "expected the bridge's address, https://host[/path]")
    if form not in FORMS:
        raise errors.ValidationError("form", f"must be one of {', '.join(FORMS)}")
    base = url.rstrip("/")
    send, fetch = f"{base}/send_message", f"{base}/fetch_messages"
    credentials = {"from": "%account[username]%", "password": "%account[password]%"}
    message = credentials | {"to": "%sms_to%", "body": "%sms_body%"}
    fetching = credentials | {
        "last_id": "%last_known_sms_id%",
        "last_sent_id": "%last_known_sent_sms_id%",
        "device": "%installid%",
    }
    if form == "get":
        return {
            "genericSmsSendUrl": send + "?" + _query(message),
            "genericSmsFetchUrl": fetch + "?" + _query(fetching),
        }
    if form == "form":
        kind = "application/x-www-form-urlencoded"
        return {"genericSmsSendUrl": send, "genericSmsPostData": _query(message),
                "genericSmsContentType": kind, "genericSmsFetchUrl": fetch,
                "genericSmsFetchPostData": _query(fetching),
                "genericSmsFetchContentType": kind}  # fmt: skip
    return {"genericSmsSendUrl": send, "genericSmsPostData": _json(message),
            "genericSmsContentType": "application/json", "genericSmsFetchUrl": fetch,
            "genericSmsFetchPostData": _json(fetching),
            "genericSmsFetchContentType": "application/json"}  # fmt: skip


def _query(fields: dict[str, str]) -> str:
    return "&".join(f"{k}={v}" for k, v in fields.items())  # placeholders stay unencoded


def _json(fields: dict[str, str]) -> str:
    return "{" + ", ".join(f'"{k}": "{v}"' for k, v in fields.items()) + "}"
