"""SMS.CX's credentials: an API key, a bearer token, or OAuth2 client credentials fetched
from ``/oauth/token`` and renewed before they run out."""

from __future__ import annotations

import base64

import attrs
import httpx
from smskit_generated.smscx.api.oauth import get_access_token
from smskit_generated.smscx.models import (
    OauthTokenRequest,
    OauthTokenRequestGrantType,
)
from smskit_generated.smscx.types import UNSET

from ... import errors
from ..._auth import ApiKeyAuth, BearerAuth, RenewingAuth, Token, apply_bearer, token_from_json
from ..._redact import register
from ..._validate import (
    check_header_value,
    require_secret,
)
from ._send import PROVIDER


@attrs.frozen(repr=False)
class ClientCredentialsGrant:
    """OAuth2 client credentials at SMS.CX's ``/oauth/token``: Basic with the application id
    and secret, the form built by the generated client."""

    token_url: str
    application_id: str
    application_secret: str
    scope: str | None
    renewable: bool = True
    idle_timeout: float | None = None

    def token_request(self, current: Token | None) -> httpx.Request:
        body = OauthTokenRequest(
            grant_type=OauthTokenRequestGrantType.CLIENT_CREDENTIALS,
            scope=self.scope if self.scope is not None else UNSET,
        )
        kwargs = get_access_token._get_kwargs(body=body)
        pair = f"{self.application_id}:{self.application_secret}".encode()
        headers = {**kwargs["headers"], "Authorization": f"Basic {base64.b64encode(pair).decode()}"}
        return httpx.Request(
            kwargs["method"].upper(), self.token_url, data=kwargs["data"], headers=headers
        )

    def token_from(self, response: httpx.Response, current: Token | None, now: float) -> Token:
        return token_from_json(PROVIDER, response, current, now)

    def apply(self, request: httpx.Request, token: Token) -> None:
        apply_bearer(request, token)


def _auth(
    api_key: str | None,
    access_token: str | None,
    application_id: str | None,
    application_secret: str | None,
    scope: str | None,
    token_url: str,
) -> httpx.Auth:
    chosen = [
        api_key is not None,
        access_token is not None,
        application_id is not None or application_secret is not None,
    ]
    if sum(chosen) > 1:
        raise errors.ValidationError(
            "credentials",
            "pass one of api_key=, access_token=, or application_id= with application_secret=",
        )
    if api_key is not None:
        return ApiKeyAuth("X-API-KEY", require_secret("api_key", api_key, header=True))
    if access_token is not None:
        return BearerAuth(require_secret("access_token", access_token, header=True))
    if application_id is not None or application_secret is not None:
        app_id = require_secret("application_id", application_id)
        secret = require_secret("application_secret", application_secret)
        register(secret, basic_pairs=((app_id, secret),))
        check_header_value("scope", scope)
        return RenewingAuth(ClientCredentialsGrant(token_url, app_id, secret, scope))
    raise errors.ValidationError(
        "credentials",
        "pass api_key= (X-API-KEY), or application_id= and application_secret= (OAuth2), "
        "or use Smscx.from_env()",
    )


# ---------------------------------------------------------------------------- input rules
