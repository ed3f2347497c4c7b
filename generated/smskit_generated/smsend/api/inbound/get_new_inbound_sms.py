from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_new_inbound_sms_response_400 import GetNewInboundSmsResponse400
from ...models.get_new_inbound_sms_response_401 import GetNewInboundSmsResponse401
from ...models.get_new_inbound_sms_response_404 import GetNewInboundSmsResponse404
from ...models.inbound_sms_list import InboundSmsList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
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

    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/newsrsmsmessage",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetNewInboundSmsResponse400 | GetNewInboundSmsResponse401 | GetNewInboundSmsResponse404 | InboundSmsList | None:
    if response.status_code == 200:
        response_200 = InboundSmsList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetNewInboundSmsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetNewInboundSmsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetNewInboundSmsResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetNewInboundSmsResponse400 | GetNewInboundSmsResponse401 | GetNewInboundSmsResponse404 | InboundSmsList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    user_key: str | Unset = UNSET,
    session_key: str | Unset = UNSET,
    access_token: str | Unset = UNSET,
) -> Response[GetNewInboundSmsResponse400 | GetNewInboundSmsResponse401 | GetNewInboundSmsResponse404 | InboundSmsList]:
    """SMS received since the previous call of this method

     The messages received since the previous call (or ever, the first time), at most `limit` (100). Not
    repeatable: a second call does not return them again. The service needs activation by smsend; the
    item fields are UNCONFIRMED.

    Args:
        limit (int | Unset):
        user_key (str | Unset):
        session_key (str | Unset):
        access_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetNewInboundSmsResponse400 | GetNewInboundSmsResponse401 | GetNewInboundSmsResponse404 | InboundSmsList]
    """

    kwargs = _get_kwargs(
        limit=limit,
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
    limit: int | Unset = UNSET,
    user_key: str | Unset = UNSET,
    session_key: str | Unset = UNSET,
    access_token: str | Unset = UNSET,
) -> GetNewInboundSmsResponse400 | GetNewInboundSmsResponse401 | GetNewInboundSmsResponse404 | InboundSmsList | None:
    """SMS received since the previous call of this method

     The messages received since the previous call (or ever, the first time), at most `limit` (100). Not
    repeatable: a second call does not return them again. The service needs activation by smsend; the
    item fields are UNCONFIRMED.

    Args:
        limit (int | Unset):
        user_key (str | Unset):
        session_key (str | Unset):
        access_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetNewInboundSmsResponse400 | GetNewInboundSmsResponse401 | GetNewInboundSmsResponse404 | InboundSmsList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        user_key=user_key,
        session_key=session_key,
        access_token=access_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    user_key: str | Unset = UNSET,
    session_key: str | Unset = UNSET,
    access_token: str | Unset = UNSET,
) -> Response[GetNewInboundSmsResponse400 | GetNewInboundSmsResponse401 | GetNewInboundSmsResponse404 | InboundSmsList]:
    """SMS received since the previous call of this method

     The messages received since the previous call (or ever, the first time), at most `limit` (100). Not
    repeatable: a second call does not return them again. The service needs activation by smsend; the
    item fields are UNCONFIRMED.

    Args:
        limit (int | Unset):
        user_key (str | Unset):
        session_key (str | Unset):
        access_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetNewInboundSmsResponse400 | GetNewInboundSmsResponse401 | GetNewInboundSmsResponse404 | InboundSmsList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        user_key=user_key,
        session_key=session_key,
        access_token=access_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    user_key: str | Unset = UNSET,
    session_key: str | Unset = UNSET,
    access_token: str | Unset = UNSET,
) -> GetNewInboundSmsResponse400 | GetNewInboundSmsResponse401 | GetNewInboundSmsResponse404 | InboundSmsList | None:
    """SMS received since the previous call of this method

     The messages received since the previous call (or ever, the first time), at most `limit` (100). Not
    repeatable: a second call does not return them again. The service needs activation by smsend; the
    item fields are UNCONFIRMED.

    Args:
        limit (int | Unset):
        user_key (str | Unset):
        session_key (str | Unset):
        access_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetNewInboundSmsResponse400 | GetNewInboundSmsResponse401 | GetNewInboundSmsResponse404 | InboundSmsList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            user_key=user_key,
            session_key=session_key,
            access_token=access_token,
        )
    ).parsed
