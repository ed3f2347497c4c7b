from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.reports_summary_channel_response import ReportsSummaryChannelResponse
from ...models.reports_summary_country_response import ReportsSummaryCountryResponse
from ...models.reports_summary_delivery_response import ReportsSummaryDeliveryResponse
from ...models.reports_summary_source_response import ReportsSummarySourceResponse
from ...models.reports_summary_traffic_response import ReportsSummaryTrafficResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    dimension: str,
    *,
    period: str,
    start_date: str,
    end_date: str,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["period"] = period

    params["start_date"] = start_date

    params["end_date"] = end_date

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/summary/{dimension}".format(
            dimension=quote(str(dimension), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorResponse
    | ReportsSummaryChannelResponse
    | ReportsSummaryCountryResponse
    | ReportsSummaryDeliveryResponse
    | ReportsSummarySourceResponse
    | ReportsSummaryTrafficResponse
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            ReportsSummaryChannelResponse
            | ReportsSummaryCountryResponse
            | ReportsSummaryDeliveryResponse
            | ReportsSummarySourceResponse
            | ReportsSummaryTrafficResponse
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_get_summary_reports_200_response_type_0 = ReportsSummaryChannelResponse.from_dict(
                    data
                )

                return componentsschemas_get_summary_reports_200_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_get_summary_reports_200_response_type_1 = ReportsSummaryCountryResponse.from_dict(
                    data
                )

                return componentsschemas_get_summary_reports_200_response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_get_summary_reports_200_response_type_2 = ReportsSummaryDeliveryResponse.from_dict(
                    data
                )

                return componentsschemas_get_summary_reports_200_response_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_get_summary_reports_200_response_type_3 = ReportsSummarySourceResponse.from_dict(data)

                return componentsschemas_get_summary_reports_200_response_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_get_summary_reports_200_response_type_4 = ReportsSummaryTrafficResponse.from_dict(data)

            return componentsschemas_get_summary_reports_200_response_type_4

        response_200 = _parse_response_200(response.json())

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
) -> Response[
    ErrorResponse
    | ReportsSummaryChannelResponse
    | ReportsSummaryCountryResponse
    | ReportsSummaryDeliveryResponse
    | ReportsSummarySourceResponse
    | ReportsSummaryTrafficResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dimension: str,
    *,
    client: AuthenticatedClient | Client,
    period: str,
    start_date: str,
    end_date: str,
    limit: int | Unset = UNSET,
) -> Response[
    ErrorResponse
    | ReportsSummaryChannelResponse
    | ReportsSummaryCountryResponse
    | ReportsSummaryDeliveryResponse
    | ReportsSummarySourceResponse
    | ReportsSummaryTrafficResponse
]:
    """Get summary reports for a dimension

    Args:
        dimension (str):
        period (str):
        start_date (str):
        end_date (str):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReportsSummaryChannelResponse | ReportsSummaryCountryResponse | ReportsSummaryDeliveryResponse | ReportsSummarySourceResponse | ReportsSummaryTrafficResponse]
    """

    kwargs = _get_kwargs(
        dimension=dimension,
        period=period,
        start_date=start_date,
        end_date=end_date,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dimension: str,
    *,
    client: AuthenticatedClient | Client,
    period: str,
    start_date: str,
    end_date: str,
    limit: int | Unset = UNSET,
) -> (
    ErrorResponse
    | ReportsSummaryChannelResponse
    | ReportsSummaryCountryResponse
    | ReportsSummaryDeliveryResponse
    | ReportsSummarySourceResponse
    | ReportsSummaryTrafficResponse
    | None
):
    """Get summary reports for a dimension

    Args:
        dimension (str):
        period (str):
        start_date (str):
        end_date (str):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReportsSummaryChannelResponse | ReportsSummaryCountryResponse | ReportsSummaryDeliveryResponse | ReportsSummarySourceResponse | ReportsSummaryTrafficResponse
    """

    return sync_detailed(
        dimension=dimension,
        client=client,
        period=period,
        start_date=start_date,
        end_date=end_date,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    dimension: str,
    *,
    client: AuthenticatedClient | Client,
    period: str,
    start_date: str,
    end_date: str,
    limit: int | Unset = UNSET,
) -> Response[
    ErrorResponse
    | ReportsSummaryChannelResponse
    | ReportsSummaryCountryResponse
    | ReportsSummaryDeliveryResponse
    | ReportsSummarySourceResponse
    | ReportsSummaryTrafficResponse
]:
    """Get summary reports for a dimension

    Args:
        dimension (str):
        period (str):
        start_date (str):
        end_date (str):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReportsSummaryChannelResponse | ReportsSummaryCountryResponse | ReportsSummaryDeliveryResponse | ReportsSummarySourceResponse | ReportsSummaryTrafficResponse]
    """

    kwargs = _get_kwargs(
        dimension=dimension,
        period=period,
        start_date=start_date,
        end_date=end_date,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dimension: str,
    *,
    client: AuthenticatedClient | Client,
    period: str,
    start_date: str,
    end_date: str,
    limit: int | Unset = UNSET,
) -> (
    ErrorResponse
    | ReportsSummaryChannelResponse
    | ReportsSummaryCountryResponse
    | ReportsSummaryDeliveryResponse
    | ReportsSummarySourceResponse
    | ReportsSummaryTrafficResponse
    | None
):
    """Get summary reports for a dimension

    Args:
        dimension (str):
        period (str):
        start_date (str):
        end_date (str):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReportsSummaryChannelResponse | ReportsSummaryCountryResponse | ReportsSummaryDeliveryResponse | ReportsSummarySourceResponse | ReportsSummaryTrafficResponse
    """

    return (
        await asyncio_detailed(
            dimension=dimension,
            client=client,
            period=period,
            start_date=start_date,
            end_date=end_date,
            limit=limit,
        )
    ).parsed
