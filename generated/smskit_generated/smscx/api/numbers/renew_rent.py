from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.renew_number_response import RenewNumberResponse
from ...models.renew_rent_request import RenewRentRequest
from ...types import Response


def _get_kwargs(
    rent_id: str,
    *,
    body: RenewRentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/numbers/rent/{rent_id}".format(
            rent_id=quote(str(rent_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RenewNumberResponse | None:
    if response.status_code == 200:
        response_200 = RenewNumberResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | RenewNumberResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    rent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RenewRentRequest,
) -> Response[ErrorResponse | RenewNumberResponse]:
    """Renew rent for phone number

    Args:
        rent_id (str):
        body (RenewRentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RenewNumberResponse]
    """

    kwargs = _get_kwargs(
        rent_id=rent_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    rent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RenewRentRequest,
) -> ErrorResponse | RenewNumberResponse | None:
    """Renew rent for phone number

    Args:
        rent_id (str):
        body (RenewRentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RenewNumberResponse
    """

    return sync_detailed(
        rent_id=rent_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    rent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RenewRentRequest,
) -> Response[ErrorResponse | RenewNumberResponse]:
    """Renew rent for phone number

    Args:
        rent_id (str):
        body (RenewRentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RenewNumberResponse]
    """

    kwargs = _get_kwargs(
        rent_id=rent_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    rent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RenewRentRequest,
) -> ErrorResponse | RenewNumberResponse | None:
    """Renew rent for phone number

    Args:
        rent_id (str):
        body (RenewRentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RenewNumberResponse
    """

    return (
        await asyncio_detailed(
            rent_id=rent_id,
            client=client,
            body=body,
        )
    ).parsed
