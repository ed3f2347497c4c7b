from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.rented_numbers_response import RentedNumbersResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    features: int | Unset = UNSET,
    country_iso: str | Unset = UNSET,
    number_type: str | Unset = UNSET,
    active_rent: bool | Unset = UNSET,
    inbound_sms_sender: bool | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["features"] = features

    params["country_iso"] = country_iso

    params["number_type"] = number_type

    params["active_rent"] = active_rent

    params["inbound_sms_sender"] = inbound_sms_sender

    params["include"] = include

    params["exclude"] = exclude

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/numbers/rent",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RentedNumbersResponse | None:
    if response.status_code == 200:
        response_200 = RentedNumbersResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | RentedNumbersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    features: int | Unset = UNSET,
    country_iso: str | Unset = UNSET,
    number_type: str | Unset = UNSET,
    active_rent: bool | Unset = UNSET,
    inbound_sms_sender: bool | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[ErrorResponse | RentedNumbersResponse]:
    """Get list of your rented numbers

    Args:
        features (int | Unset):
        country_iso (str | Unset):
        number_type (str | Unset):
        active_rent (bool | Unset):
        inbound_sms_sender (bool | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RentedNumbersResponse]
    """

    kwargs = _get_kwargs(
        features=features,
        country_iso=country_iso,
        number_type=number_type,
        active_rent=active_rent,
        inbound_sms_sender=inbound_sms_sender,
        include=include,
        exclude=exclude,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    features: int | Unset = UNSET,
    country_iso: str | Unset = UNSET,
    number_type: str | Unset = UNSET,
    active_rent: bool | Unset = UNSET,
    inbound_sms_sender: bool | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> ErrorResponse | RentedNumbersResponse | None:
    """Get list of your rented numbers

    Args:
        features (int | Unset):
        country_iso (str | Unset):
        number_type (str | Unset):
        active_rent (bool | Unset):
        inbound_sms_sender (bool | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RentedNumbersResponse
    """

    return sync_detailed(
        client=client,
        features=features,
        country_iso=country_iso,
        number_type=number_type,
        active_rent=active_rent,
        inbound_sms_sender=inbound_sms_sender,
        include=include,
        exclude=exclude,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    features: int | Unset = UNSET,
    country_iso: str | Unset = UNSET,
    number_type: str | Unset = UNSET,
    active_rent: bool | Unset = UNSET,
    inbound_sms_sender: bool | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[ErrorResponse | RentedNumbersResponse]:
    """Get list of your rented numbers

    Args:
        features (int | Unset):
        country_iso (str | Unset):
        number_type (str | Unset):
        active_rent (bool | Unset):
        inbound_sms_sender (bool | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RentedNumbersResponse]
    """

    kwargs = _get_kwargs(
        features=features,
        country_iso=country_iso,
        number_type=number_type,
        active_rent=active_rent,
        inbound_sms_sender=inbound_sms_sender,
        include=include,
        exclude=exclude,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    features: int | Unset = UNSET,
    country_iso: str | Unset = UNSET,
    number_type: str | Unset = UNSET,
    active_rent: bool | Unset = UNSET,
    inbound_sms_sender: bool | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> ErrorResponse | RentedNumbersResponse | None:
    """Get list of your rented numbers

    Args:
        features (int | Unset):
        country_iso (str | Unset):
        number_type (str | Unset):
        active_rent (bool | Unset):
        inbound_sms_sender (bool | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RentedNumbersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            features=features,
            country_iso=country_iso,
            number_type=number_type,
            active_rent=active_rent,
            inbound_sms_sender=inbound_sms_sender,
            include=include,
            exclude=exclude,
        )
    ).parsed
