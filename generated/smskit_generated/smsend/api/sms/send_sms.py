from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.send_sms_request import SendSmsRequest
from ...models.send_sms_response import SendSmsResponse
from ...models.send_sms_response_400 import SendSmsResponse400
from ...models.send_sms_response_401 import SendSmsResponse401
from ...models.send_sms_response_404 import SendSmsResponse404
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SendSmsRequest,
    user_key: str | Unset = UNSET,
    session_key: str | Unset = UNSET,
    access_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(user_key, Unset):
        headers["user_key"] = user_key

    if not isinstance(session_key, Unset):
        headers["Session_key"] = session_key

    if not isinstance(access_token, Unset):
        headers["Access_token"] = access_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SendSmsResponse | SendSmsResponse400 | SendSmsResponse401 | SendSmsResponse404 | None:
    if response.status_code == 201:
        response_201 = SendSmsResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = SendSmsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SendSmsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = SendSmsResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SendSmsResponse | SendSmsResponse400 | SendSmsResponse401 | SendSmsResponse404]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsRequest,
    user_key: str | Unset = UNSET,
    session_key: str | Unset = UNSET,
    access_token: str | Unset = UNSET,
) -> Response[SendSmsResponse | SendSmsResponse400 | SendSmsResponse401 | SendSmsResponse404]:
    """Send an SMS to one or more recipients

    Args:
        user_key (str | Unset):
        session_key (str | Unset):
        access_token (str | Unset):
        body (SendSmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendSmsResponse | SendSmsResponse400 | SendSmsResponse401 | SendSmsResponse404]
    """

    kwargs = _get_kwargs(
        body=body,
        user_key=user_key,
        session_key=session_key,
        access_token=access_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsRequest,
    user_key: str | Unset = UNSET,
    session_key: str | Unset = UNSET,
    access_token: str | Unset = UNSET,
) -> SendSmsResponse | SendSmsResponse400 | SendSmsResponse401 | SendSmsResponse404 | None:
    """Send an SMS to one or more recipients

    Args:
        user_key (str | Unset):
        session_key (str | Unset):
        access_token (str | Unset):
        body (SendSmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendSmsResponse | SendSmsResponse400 | SendSmsResponse401 | SendSmsResponse404
    """

    return sync_detailed(
        client=client,
        body=body,
        user_key=user_key,
        session_key=session_key,
        access_token=access_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsRequest,
    user_key: str | Unset = UNSET,
    session_key: str | Unset = UNSET,
    access_token: str | Unset = UNSET,
) -> Response[SendSmsResponse | SendSmsResponse400 | SendSmsResponse401 | SendSmsResponse404]:
    """Send an SMS to one or more recipients

    Args:
        user_key (str | Unset):
        session_key (str | Unset):
        access_token (str | Unset):
        body (SendSmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendSmsResponse | SendSmsResponse400 | SendSmsResponse401 | SendSmsResponse404]
    """

    kwargs = _get_kwargs(
        body=body,
        user_key=user_key,
        session_key=session_key,
        access_token=access_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsRequest,
    user_key: str | Unset = UNSET,
    session_key: str | Unset = UNSET,
    access_token: str | Unset = UNSET,
) -> SendSmsResponse | SendSmsResponse400 | SendSmsResponse401 | SendSmsResponse404 | None:
    """Send an SMS to one or more recipients

    Args:
        user_key (str | Unset):
        session_key (str | Unset):
        access_token (str | Unset):
        body (SendSmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendSmsResponse | SendSmsResponse400 | SendSmsResponse401 | SendSmsResponse404
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            user_key=user_key,
            session_key=session_key,
            access_token=access_token,
        )
    ).parsed
