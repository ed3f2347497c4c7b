from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_lookup_campaigns_response import BulkLookupCampaignsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
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
        "url": "/numbers/lookup",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkLookupCampaignsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BulkLookupCampaignsResponse.from_dict(response.json())

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
) -> Response[BulkLookupCampaignsResponse | ErrorResponse]:
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
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> Response[BulkLookupCampaignsResponse | ErrorResponse]:
    """Get list of bulk lookup campaigns

    Args:
        limit (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkLookupCampaignsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        next_=next_,
        previous=previous,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> BulkLookupCampaignsResponse | ErrorResponse | None:
    """Get list of bulk lookup campaigns

    Args:
        limit (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkLookupCampaignsResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        next_=next_,
        previous=previous,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> Response[BulkLookupCampaignsResponse | ErrorResponse]:
    """Get list of bulk lookup campaigns

    Args:
        limit (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkLookupCampaignsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        next_=next_,
        previous=previous,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> BulkLookupCampaignsResponse | ErrorResponse | None:
    """Get list of bulk lookup campaigns

    Args:
        limit (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkLookupCampaignsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            next_=next_,
            previous=previous,
        )
    ).parsed
