from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.report_single_response import ReportSingleResponse
from ...types import Response


def _get_kwargs(
    msg_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/single/{msg_id}".format(
            msg_id=quote(str(msg_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ReportSingleResponse | None:
    if response.status_code == 200:
        response_200 = ReportSingleResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ReportSingleResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    msg_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | ReportSingleResponse]:
    """Report for one message

    Args:
        msg_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReportSingleResponse]
    """

    kwargs = _get_kwargs(
        msg_id=msg_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    msg_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | ReportSingleResponse | None:
    """Report for one message

    Args:
        msg_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReportSingleResponse
    """

    return sync_detailed(
        msg_id=msg_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    msg_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | ReportSingleResponse]:
    """Report for one message

    Args:
        msg_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReportSingleResponse]
    """

    kwargs = _get_kwargs(
        msg_id=msg_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    msg_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | ReportSingleResponse | None:
    """Report for one message

    Args:
        msg_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReportSingleResponse
    """

    return (
        await asyncio_detailed(
            msg_id=msg_id,
            client=client,
        )
    ).parsed
