from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_user_status_response_400 import GetUserStatusResponse400
from ...models.get_user_status_response_401 import GetUserStatusResponse401
from ...models.user_status import UserStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    get_money: bool | Unset = UNSET,
    type_aliases: bool | Unset = UNSET,
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

    params["getMoney"] = get_money

    params["typeAliases"] = type_aliases

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/status",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetUserStatusResponse400 | GetUserStatusResponse401 | UserStatus | None:
    if response.status_code == 200:
        response_200 = UserStatus.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetUserStatusResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetUserStatusResponse401.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetUserStatusResponse400 | GetUserStatusResponse401 | UserStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    get_money: bool | Unset = UNSET,
    type_aliases: bool | Unset = UNSET,
    user_key: str | Unset = UNSET,
    session_key: str | Unset = UNSET,
    access_token: str | Unset = UNSET,
) -> Response[GetUserStatusResponse400 | GetUserStatusResponse401 | UserStatus]:
    """Remaining credits per message type

    Args:
        get_money (bool | Unset):
        type_aliases (bool | Unset):
        user_key (str | Unset):
        session_key (str | Unset):
        access_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetUserStatusResponse400 | GetUserStatusResponse401 | UserStatus]
    """

    kwargs = _get_kwargs(
        get_money=get_money,
        type_aliases=type_aliases,
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
    get_money: bool | Unset = UNSET,
    type_aliases: bool | Unset = UNSET,
    user_key: str | Unset = UNSET,
    session_key: str | Unset = UNSET,
    access_token: str | Unset = UNSET,
) -> GetUserStatusResponse400 | GetUserStatusResponse401 | UserStatus | None:
    """Remaining credits per message type

    Args:
        get_money (bool | Unset):
        type_aliases (bool | Unset):
        user_key (str | Unset):
        session_key (str | Unset):
        access_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetUserStatusResponse400 | GetUserStatusResponse401 | UserStatus
    """

    return sync_detailed(
        client=client,
        get_money=get_money,
        type_aliases=type_aliases,
        user_key=user_key,
        session_key=session_key,
        access_token=access_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    get_money: bool | Unset = UNSET,
    type_aliases: bool | Unset = UNSET,
    user_key: str | Unset = UNSET,
    session_key: str | Unset = UNSET,
    access_token: str | Unset = UNSET,
) -> Response[GetUserStatusResponse400 | GetUserStatusResponse401 | UserStatus]:
    """Remaining credits per message type

    Args:
        get_money (bool | Unset):
        type_aliases (bool | Unset):
        user_key (str | Unset):
        session_key (str | Unset):
        access_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetUserStatusResponse400 | GetUserStatusResponse401 | UserStatus]
    """

    kwargs = _get_kwargs(
        get_money=get_money,
        type_aliases=type_aliases,
        user_key=user_key,
        session_key=session_key,
        access_token=access_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    get_money: bool | Unset = UNSET,
    type_aliases: bool | Unset = UNSET,
    user_key: str | Unset = UNSET,
    session_key: str | Unset = UNSET,
    access_token: str | Unset = UNSET,
) -> GetUserStatusResponse400 | GetUserStatusResponse401 | UserStatus | None:
    """Remaining credits per message type

    Args:
        get_money (bool | Unset):
        type_aliases (bool | Unset):
        user_key (str | Unset):
        session_key (str | Unset):
        access_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetUserStatusResponse400 | GetUserStatusResponse401 | UserStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            get_money=get_money,
            type_aliases=type_aliases,
            user_key=user_key,
            session_key=session_key,
            access_token=access_token,
        )
    ).parsed
