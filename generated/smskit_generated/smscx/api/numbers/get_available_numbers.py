from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.rent_numbers_response import RentNumbersResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    country_iso: str,
    *,
    features: int | Unset = UNSET,
    number_type: str | Unset = UNSET,
    setup_time: str | Unset = UNSET,
    registration: bool | Unset = UNSET,
    inbound_sms_sender: bool | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["features"] = features

    params["number_type"] = number_type

    params["setup_time"] = setup_time

    params["registration"] = registration

    params["inbound_sms_sender"] = inbound_sms_sender

    params["include"] = include

    params["exclude"] = exclude

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/numbers/rent/available/{country_iso}".format(
            country_iso=quote(str(country_iso), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RentNumbersResponse | None:
    if response.status_code == 200:
        response_200 = RentNumbersResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | RentNumbersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    country_iso: str,
    *,
    client: AuthenticatedClient | Client,
    features: int | Unset = UNSET,
    number_type: str | Unset = UNSET,
    setup_time: str | Unset = UNSET,
    registration: bool | Unset = UNSET,
    inbound_sms_sender: bool | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[ErrorResponse | RentNumbersResponse]:
    """Get available numbers for rent

    Args:
        country_iso (str):
        features (int | Unset):
        number_type (str | Unset):
        setup_time (str | Unset):
        registration (bool | Unset):
        inbound_sms_sender (bool | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RentNumbersResponse]
    """

    kwargs = _get_kwargs(
        country_iso=country_iso,
        features=features,
        number_type=number_type,
        setup_time=setup_time,
        registration=registration,
        inbound_sms_sender=inbound_sms_sender,
        include=include,
        exclude=exclude,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    country_iso: str,
    *,
    client: AuthenticatedClient | Client,
    features: int | Unset = UNSET,
    number_type: str | Unset = UNSET,
    setup_time: str | Unset = UNSET,
    registration: bool | Unset = UNSET,
    inbound_sms_sender: bool | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> ErrorResponse | RentNumbersResponse | None:
    """Get available numbers for rent

    Args:
        country_iso (str):
        features (int | Unset):
        number_type (str | Unset):
        setup_time (str | Unset):
        registration (bool | Unset):
        inbound_sms_sender (bool | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RentNumbersResponse
    """

    return sync_detailed(
        country_iso=country_iso,
        client=client,
        features=features,
        number_type=number_type,
        setup_time=setup_time,
        registration=registration,
        inbound_sms_sender=inbound_sms_sender,
        include=include,
        exclude=exclude,
    ).parsed


async def asyncio_detailed(
    country_iso: str,
    *,
    client: AuthenticatedClient | Client,
    features: int | Unset = UNSET,
    number_type: str | Unset = UNSET,
    setup_time: str | Unset = UNSET,
    registration: bool | Unset = UNSET,
    inbound_sms_sender: bool | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[ErrorResponse | RentNumbersResponse]:
    """Get available numbers for rent

    Args:
        country_iso (str):
        features (int | Unset):
        number_type (str | Unset):
        setup_time (str | Unset):
        registration (bool | Unset):
        inbound_sms_sender (bool | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RentNumbersResponse]
    """

    kwargs = _get_kwargs(
        country_iso=country_iso,
        features=features,
        number_type=number_type,
        setup_time=setup_time,
        registration=registration,
        inbound_sms_sender=inbound_sms_sender,
        include=include,
        exclude=exclude,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    country_iso: str,
    *,
    client: AuthenticatedClient | Client,
    features: int | Unset = UNSET,
    number_type: str | Unset = UNSET,
    setup_time: str | Unset = UNSET,
    registration: bool | Unset = UNSET,
    inbound_sms_sender: bool | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> ErrorResponse | RentNumbersResponse | None:
    """Get available numbers for rent

    Args:
        country_iso (str):
        features (int | Unset):
        number_type (str | Unset):
        setup_time (str | Unset):
        registration (bool | Unset):
        inbound_sms_sender (bool | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RentNumbersResponse
    """

    return (
        await asyncio_detailed(
            country_iso=country_iso,
            client=client,
            features=features,
            number_type=number_type,
            setup_time=setup_time,
            registration=registration,
            inbound_sms_sender=inbound_sms_sender,
            include=include,
            exclude=exclude,
        )
    ).parsed
