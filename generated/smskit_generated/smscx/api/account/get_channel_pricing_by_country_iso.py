from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.pricing_sms_response import PricingSmsResponse
from ...models.pricing_viber_whatsapp_response import PricingViberWhatsappResponse
from ...types import Response


def _get_kwargs(
    channel: str,
    traffic_type: str,
    country_iso: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/pricing/{channel}/{traffic_type}/{country_iso}".format(
            channel=quote(str(channel), safe=""),
            traffic_type=quote(str(traffic_type), safe=""),
            country_iso=quote(str(country_iso), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PricingSmsResponse | PricingViberWhatsappResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> PricingSmsResponse | PricingViberWhatsappResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_get_channel_pricing_200_response_type_0 = PricingSmsResponse.from_dict(data)

                return componentsschemas_get_channel_pricing_200_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_get_channel_pricing_200_response_type_1 = PricingViberWhatsappResponse.from_dict(data)

            return componentsschemas_get_channel_pricing_200_response_type_1

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
) -> Response[ErrorResponse | PricingSmsResponse | PricingViberWhatsappResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    channel: str,
    traffic_type: str,
    country_iso: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | PricingSmsResponse | PricingViberWhatsappResponse]:
    """Get pricing for channel by country iso

    Args:
        channel (str):
        traffic_type (str):
        country_iso (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PricingSmsResponse | PricingViberWhatsappResponse]
    """

    kwargs = _get_kwargs(
        channel=channel,
        traffic_type=traffic_type,
        country_iso=country_iso,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    channel: str,
    traffic_type: str,
    country_iso: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | PricingSmsResponse | PricingViberWhatsappResponse | None:
    """Get pricing for channel by country iso

    Args:
        channel (str):
        traffic_type (str):
        country_iso (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PricingSmsResponse | PricingViberWhatsappResponse
    """

    return sync_detailed(
        channel=channel,
        traffic_type=traffic_type,
        country_iso=country_iso,
        client=client,
    ).parsed


async def asyncio_detailed(
    channel: str,
    traffic_type: str,
    country_iso: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | PricingSmsResponse | PricingViberWhatsappResponse]:
    """Get pricing for channel by country iso

    Args:
        channel (str):
        traffic_type (str):
        country_iso (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PricingSmsResponse | PricingViberWhatsappResponse]
    """

    kwargs = _get_kwargs(
        channel=channel,
        traffic_type=traffic_type,
        country_iso=country_iso,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    channel: str,
    traffic_type: str,
    country_iso: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | PricingSmsResponse | PricingViberWhatsappResponse | None:
    """Get pricing for channel by country iso

    Args:
        channel (str):
        traffic_type (str):
        country_iso (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PricingSmsResponse | PricingViberWhatsappResponse
    """

    return (
        await asyncio_detailed(
            channel=channel,
            traffic_type=traffic_type,
            country_iso=country_iso,
            client=client,
        )
    ).parsed
