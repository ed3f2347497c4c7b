from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.fetch_messages_response import FetchMessagesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: str,
    password: str,
    last_id: str | Unset = UNSET,
    last_sent_id: str | Unset = UNSET,
    device: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["password"] = password

    params["last_id"] = last_id

    params["last_sent_id"] = last_sent_id

    params["device"] = device

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fetch_messages",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | FetchMessagesResponse:
    if response.status_code == 200:
        response_200 = FetchMessagesResponse.from_dict(response.json())

        return response_200

    response_default = ErrorMessage.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMessage | FetchMessagesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    password: str,
    last_id: str | Unset = UNSET,
    last_sent_id: str | Unset = UNSET,
    device: str | Unset = UNSET,
) -> Response[ErrorMessage | FetchMessagesResponse]:
    """Messages received and sent since the last known ones (modern API)

    Args:
        from_ (str):
        password (str):
        last_id (str | Unset):
        last_sent_id (str | Unset):
        device (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | FetchMessagesResponse]
    """

    kwargs = _get_kwargs(
        from_=from_,
        password=password,
        last_id=last_id,
        last_sent_id=last_sent_id,
        device=device,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    password: str,
    last_id: str | Unset = UNSET,
    last_sent_id: str | Unset = UNSET,
    device: str | Unset = UNSET,
) -> ErrorMessage | FetchMessagesResponse | None:
    """Messages received and sent since the last known ones (modern API)

    Args:
        from_ (str):
        password (str):
        last_id (str | Unset):
        last_sent_id (str | Unset):
        device (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | FetchMessagesResponse
    """

    return sync_detailed(
        client=client,
        from_=from_,
        password=password,
        last_id=last_id,
        last_sent_id=last_sent_id,
        device=device,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    password: str,
    last_id: str | Unset = UNSET,
    last_sent_id: str | Unset = UNSET,
    device: str | Unset = UNSET,
) -> Response[ErrorMessage | FetchMessagesResponse]:
    """Messages received and sent since the last known ones (modern API)

    Args:
        from_ (str):
        password (str):
        last_id (str | Unset):
        last_sent_id (str | Unset):
        device (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | FetchMessagesResponse]
    """

    kwargs = _get_kwargs(
        from_=from_,
        password=password,
        last_id=last_id,
        last_sent_id=last_sent_id,
        device=device,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    password: str,
    last_id: str | Unset = UNSET,
    last_sent_id: str | Unset = UNSET,
    device: str | Unset = UNSET,
) -> ErrorMessage | FetchMessagesResponse | None:
    """Messages received and sent since the last known ones (modern API)

    Args:
        from_ (str):
        password (str):
        last_id (str | Unset):
        last_sent_id (str | Unset):
        device (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | FetchMessagesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            password=password,
            last_id=last_id,
            last_sent_id=last_sent_id,
            device=device,
        )
    ).parsed
