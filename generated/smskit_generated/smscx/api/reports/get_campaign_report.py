from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.reports_campaign_response import ReportsCampaignResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    campaign_id: str,
    *,
    short_response: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["short_response"] = short_response

    params["limit"] = limit

    params["next"] = next_

    params["previous"] = previous

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/campaigns/{campaign_id}".format(
            campaign_id=quote(str(campaign_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ReportsCampaignResponse | None:
    if response.status_code == 200:
        response_200 = ReportsCampaignResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ReportsCampaignResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
    short_response: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> Response[ErrorResponse | ReportsCampaignResponse]:
    """Get campaign report

    Args:
        campaign_id (str):
        short_response (bool | Unset):
        limit (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReportsCampaignResponse]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        short_response=short_response,
        limit=limit,
        next_=next_,
        previous=previous,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
    short_response: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> ErrorResponse | ReportsCampaignResponse | None:
    """Get campaign report

    Args:
        campaign_id (str):
        short_response (bool | Unset):
        limit (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReportsCampaignResponse
    """

    return sync_detailed(
        campaign_id=campaign_id,
        client=client,
        short_response=short_response,
        limit=limit,
        next_=next_,
        previous=previous,
    ).parsed


async def asyncio_detailed(
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
    short_response: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> Response[ErrorResponse | ReportsCampaignResponse]:
    """Get campaign report

    Args:
        campaign_id (str):
        short_response (bool | Unset):
        limit (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReportsCampaignResponse]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        short_response=short_response,
        limit=limit,
        next_=next_,
        previous=previous,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
    short_response: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> ErrorResponse | ReportsCampaignResponse | None:
    """Get campaign report

    Args:
        campaign_id (str):
        short_response (bool | Unset):
        limit (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReportsCampaignResponse
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            client=client,
            short_response=short_response,
            limit=limit,
            next_=next_,
            previous=previous,
        )
    ).parsed
