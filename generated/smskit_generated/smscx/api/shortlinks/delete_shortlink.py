from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.shortlink_delete_response import ShortlinkDeleteResponse
from ...types import Response


def _get_kwargs(
    short_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/shortlinks/{short_id}".format(
            short_id=quote(str(short_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ShortlinkDeleteResponse | None:
    if response.status_code == 200:
        response_200 = ShortlinkDeleteResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ShortlinkDeleteResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    short_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | ShortlinkDeleteResponse]:
    """Delete shortlink

    Args:
        short_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ShortlinkDeleteResponse]
    """

    kwargs = _get_kwargs(
        short_id=short_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    short_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | ShortlinkDeleteResponse | None:
    """Delete shortlink

    Args:
        short_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ShortlinkDeleteResponse
    """

    return sync_detailed(
        short_id=short_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    short_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | ShortlinkDeleteResponse]:
    """Delete shortlink

    Args:
        short_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ShortlinkDeleteResponse]
    """

    kwargs = _get_kwargs(
        short_id=short_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    short_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | ShortlinkDeleteResponse | None:
    """Delete shortlink

    Args:
        short_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ShortlinkDeleteResponse
    """

    return (
        await asyncio_detailed(
            short_id=short_id,
            client=client,
        )
    ).parsed
