from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.inbound_sms_response import InboundSmsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    rent_id: str,
    *,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["next"] = next_

    params["previous"] = previous

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/numbers/rent/{rent_id}/inbound".format(
            rent_id=quote(str(rent_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InboundSmsResponse | None:
    if response.status_code == 200:
        response_200 = InboundSmsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

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
) -> Response[ErrorResponse | InboundSmsResponse]:
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
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> Response[ErrorResponse | InboundSmsResponse]:
    """SMS received on a rented number

     Messages received on the rented number `rentId`, newest first, paged by the `next` / `previous`
    cursors of `info`. The item fields are UNCONFIRMED (the stored documents name the operation only):
    smskit reads them defensively.

    Args:
        rent_id (str):
        limit (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InboundSmsResponse]
    """

    kwargs = _get_kwargs(
        rent_id=rent_id,
        limit=limit,
        next_=next_,
        previous=previous,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    rent_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> ErrorResponse | InboundSmsResponse | None:
    """SMS received on a rented number

     Messages received on the rented number `rentId`, newest first, paged by the `next` / `previous`
    cursors of `info`. The item fields are UNCONFIRMED (the stored documents name the operation only):
    smskit reads them defensively.

    Args:
        rent_id (str):
        limit (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InboundSmsResponse
    """

    return sync_detailed(
        rent_id=rent_id,
        client=client,
        limit=limit,
        next_=next_,
        previous=previous,
    ).parsed


async def asyncio_detailed(
    rent_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> Response[ErrorResponse | InboundSmsResponse]:
    """SMS received on a rented number

     Messages received on the rented number `rentId`, newest first, paged by the `next` / `previous`
    cursors of `info`. The item fields are UNCONFIRMED (the stored documents name the operation only):
    smskit reads them defensively.

    Args:
        rent_id (str):
        limit (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InboundSmsResponse]
    """

    kwargs = _get_kwargs(
        rent_id=rent_id,
        limit=limit,
        next_=next_,
        previous=previous,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    rent_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> ErrorResponse | InboundSmsResponse | None:
    """SMS received on a rented number

     Messages received on the rented number `rentId`, newest first, paged by the `next` / `previous`
    cursors of `info`. The item fields are UNCONFIRMED (the stored documents name the operation only):
    smskit reads them defensively.

    Args:
        rent_id (str):
        limit (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InboundSmsResponse
    """

    return (
        await asyncio_detailed(
            rent_id=rent_id,
            client=client,
            limit=limit,
            next_=next_,
            previous=previous,
        )
    ).parsed
