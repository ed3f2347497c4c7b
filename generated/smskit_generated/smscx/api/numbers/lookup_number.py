from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.number_lookup_response import NumberLookupResponse
from ...types import Response


def _get_kwargs(
    phone_number: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/numbers/lookup/{phone_number}".format(
            phone_number=quote(str(phone_number), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | NumberLookupResponse | None:
    if response.status_code == 200:
        response_200 = NumberLookupResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

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
) -> Response[ErrorResponse | NumberLookupResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    phone_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | NumberLookupResponse]:
    """Look a number up in the network (HLR; billed)

    Args:
        phone_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NumberLookupResponse]
    """

    kwargs = _get_kwargs(
        phone_number=phone_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    phone_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | NumberLookupResponse | None:
    """Look a number up in the network (HLR; billed)

    Args:
        phone_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NumberLookupResponse
    """

    return sync_detailed(
        phone_number=phone_number,
        client=client,
    ).parsed


async def asyncio_detailed(
    phone_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | NumberLookupResponse]:
    """Look a number up in the network (HLR; billed)

    Args:
        phone_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NumberLookupResponse]
    """

    kwargs = _get_kwargs(
        phone_number=phone_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | NumberLookupResponse | None:
    """Look a number up in the network (HLR; billed)

    Args:
        phone_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NumberLookupResponse
    """

    return (
        await asyncio_detailed(
            phone_number=phone_number,
            client=client,
        )
    ).parsed
