from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_scheduled_order_response_400 import CancelScheduledOrderResponse400
from ...models.cancel_scheduled_order_response_401 import CancelScheduledOrderResponse401
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_id: str,
    *,
    user_key: str | Unset = UNSET,
    session_key: str | Unset = UNSET,
    access_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(user_key, Unset):
        headers["user_key"] = user_key

    if not isinstance(session_key, Unset):
        headers["Session_key"] = session_key

    if not isinstance(access_token, Unset):
        headers["Access_token"] = access_token

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/sms/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CancelScheduledOrderResponse400 | CancelScheduledOrderResponse401 | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = CancelScheduledOrderResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CancelScheduledOrderResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CancelScheduledOrderResponse400 | CancelScheduledOrderResponse401]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_key: str | Unset = UNSET,
    session_key: str | Unset = UNSET,
    access_token: str | Unset = UNSET,
) -> Response[Any | CancelScheduledOrderResponse400 | CancelScheduledOrderResponse401]:
    """Cancel a scheduled order

    Args:
        order_id (str):
        user_key (str | Unset):
        session_key (str | Unset):
        access_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CancelScheduledOrderResponse400 | CancelScheduledOrderResponse401]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        user_key=user_key,
        session_key=session_key,
        access_token=access_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_key: str | Unset = UNSET,
    session_key: str | Unset = UNSET,
    access_token: str | Unset = UNSET,
) -> Any | CancelScheduledOrderResponse400 | CancelScheduledOrderResponse401 | None:
    """Cancel a scheduled order

    Args:
        order_id (str):
        user_key (str | Unset):
        session_key (str | Unset):
        access_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CancelScheduledOrderResponse400 | CancelScheduledOrderResponse401
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        user_key=user_key,
        session_key=session_key,
        access_token=access_token,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_key: str | Unset = UNSET,
    session_key: str | Unset = UNSET,
    access_token: str | Unset = UNSET,
) -> Response[Any | CancelScheduledOrderResponse400 | CancelScheduledOrderResponse401]:
    """Cancel a scheduled order

    Args:
        order_id (str):
        user_key (str | Unset):
        session_key (str | Unset):
        access_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CancelScheduledOrderResponse400 | CancelScheduledOrderResponse401]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        user_key=user_key,
        session_key=session_key,
        access_token=access_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_key: str | Unset = UNSET,
    session_key: str | Unset = UNSET,
    access_token: str | Unset = UNSET,
) -> Any | CancelScheduledOrderResponse400 | CancelScheduledOrderResponse401 | None:
    """Cancel a scheduled order

    Args:
        order_id (str):
        user_key (str | Unset):
        session_key (str | Unset):
        access_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CancelScheduledOrderResponse400 | CancelScheduledOrderResponse401
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            user_key=user_key,
            session_key=session_key,
            access_token=access_token,
        )
    ).parsed
