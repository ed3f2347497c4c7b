from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sms_caller_ids_response import SmsCallerIdsResponse
from ...types import Response


def _get_kwargs(
    user_id: str,
    sms_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{user_id}/sms/{sms_id}/callerids".format(
            user_id=quote(str(user_id), safe=""),
            sms_id=quote(str(sms_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | SmsCallerIdsResponse | None:
    if response.status_code == 200:
        response_200 = SmsCallerIdsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | SmsCallerIdsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    sms_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | SmsCallerIdsResponse]:
    """The numbers an SMS extension may send from

     Needs the scope sms:callerid:read. The one with defaultNumber true is the sender of the extension's
    SMS. Not paginated.

    Args:
        user_id (str):
        sms_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SmsCallerIdsResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        sms_id=sms_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    sms_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | SmsCallerIdsResponse | None:
    """The numbers an SMS extension may send from

     Needs the scope sms:callerid:read. The one with defaultNumber true is the sender of the extension's
    SMS. Not paginated.

    Args:
        user_id (str):
        sms_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SmsCallerIdsResponse
    """

    return sync_detailed(
        user_id=user_id,
        sms_id=sms_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    sms_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | SmsCallerIdsResponse]:
    """The numbers an SMS extension may send from

     Needs the scope sms:callerid:read. The one with defaultNumber true is the sender of the extension's
    SMS. Not paginated.

    Args:
        user_id (str):
        sms_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SmsCallerIdsResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        sms_id=sms_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    sms_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | SmsCallerIdsResponse | None:
    """The numbers an SMS extension may send from

     Needs the scope sms:callerid:read. The one with defaultNumber true is the sender of the extension's
    SMS. Not paginated.

    Args:
        user_id (str):
        sms_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SmsCallerIdsResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            sms_id=sms_id,
            client=client,
        )
    ).parsed
