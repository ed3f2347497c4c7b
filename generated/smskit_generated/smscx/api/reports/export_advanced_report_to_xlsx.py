from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    period: str,
    start_date: str,
    end_date: str,
    channel: str | Unset = UNSET,
    source: str | Unset = UNSET,
    delivery_report: str | Unset = UNSET,
    country_iso: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["period"] = period

    params["start_date"] = start_date

    params["end_date"] = end_date

    params["channel"] = channel

    params["source"] = source

    params["delivery_report"] = delivery_report

    params["country_iso"] = country_iso

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/xlsx",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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
) -> Response[ErrorResponse | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    period: str,
    start_date: str,
    end_date: str,
    channel: str | Unset = UNSET,
    source: str | Unset = UNSET,
    delivery_report: str | Unset = UNSET,
    country_iso: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Export advanced report to XLSX

    Args:
        period (str):
        start_date (str):
        end_date (str):
        channel (str | Unset):
        source (str | Unset):
        delivery_report (str | Unset):
        country_iso (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        period=period,
        start_date=start_date,
        end_date=end_date,
        channel=channel,
        source=source,
        delivery_report=delivery_report,
        country_iso=country_iso,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    period: str,
    start_date: str,
    end_date: str,
    channel: str | Unset = UNSET,
    source: str | Unset = UNSET,
    delivery_report: str | Unset = UNSET,
    country_iso: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Export advanced report to XLSX

    Args:
        period (str):
        start_date (str):
        end_date (str):
        channel (str | Unset):
        source (str | Unset):
        delivery_report (str | Unset):
        country_iso (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return sync_detailed(
        client=client,
        period=period,
        start_date=start_date,
        end_date=end_date,
        channel=channel,
        source=source,
        delivery_report=delivery_report,
        country_iso=country_iso,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    period: str,
    start_date: str,
    end_date: str,
    channel: str | Unset = UNSET,
    source: str | Unset = UNSET,
    delivery_report: str | Unset = UNSET,
    country_iso: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Export advanced report to XLSX

    Args:
        period (str):
        start_date (str):
        end_date (str):
        channel (str | Unset):
        source (str | Unset):
        delivery_report (str | Unset):
        country_iso (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        period=period,
        start_date=start_date,
        end_date=end_date,
        channel=channel,
        source=source,
        delivery_report=delivery_report,
        country_iso=country_iso,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    period: str,
    start_date: str,
    end_date: str,
    channel: str | Unset = UNSET,
    source: str | Unset = UNSET,
    delivery_report: str | Unset = UNSET,
    country_iso: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Export advanced report to XLSX

    Args:
        period (str):
        start_date (str):
        end_date (str):
        channel (str | Unset):
        source (str | Unset):
        delivery_report (str | Unset):
        country_iso (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return (
        await asyncio_detailed(
            client=client,
            period=period,
            start_date=start_date,
            end_date=end_date,
            channel=channel,
            source=source,
            delivery_report=delivery_report,
            country_iso=country_iso,
            limit=limit,
        )
    ).parsed
