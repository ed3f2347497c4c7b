from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.send_message_get_smart import SendMessageGetSmart
from ...models.send_message_response import SendMessageResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: str,
    password: str,
    to: str,
    body: str,
    smart: SendMessageGetSmart | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["password"] = password

    params["to"] = to

    params["body"] = body

    json_smart: str | Unset = UNSET
    if not isinstance(smart, Unset):
        json_smart = smart.value

    params["smart"] = json_smart

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/send_message",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | SendMessageResponse:
    if response.status_code == 200:
        response_200 = SendMessageResponse.from_dict(response.json())

        return response_200

    response_default = ErrorMessage.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMessage | SendMessageResponse]:
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
    to: str,
    body: str,
    smart: SendMessageGetSmart | Unset = UNSET,
) -> Response[ErrorMessage | SendMessageResponse]:
    """Send one message (GET template)

     One call per recipient. Any 2xx is success.

    Args:
        from_ (str):
        password (str):
        to (str):
        body (str):
        smart (SendMessageGetSmart | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | SendMessageResponse]
    """

    kwargs = _get_kwargs(
        from_=from_,
        password=password,
        to=to,
        body=body,
        smart=smart,
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
    to: str,
    body: str,
    smart: SendMessageGetSmart | Unset = UNSET,
) -> ErrorMessage | SendMessageResponse | None:
    """Send one message (GET template)

     One call per recipient. Any 2xx is success.

    Args:
        from_ (str):
        password (str):
        to (str):
        body (str):
        smart (SendMessageGetSmart | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | SendMessageResponse
    """

    return sync_detailed(
        client=client,
        from_=from_,
        password=password,
        to=to,
        body=body,
        smart=smart,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    password: str,
    to: str,
    body: str,
    smart: SendMessageGetSmart | Unset = UNSET,
) -> Response[ErrorMessage | SendMessageResponse]:
    """Send one message (GET template)

     One call per recipient. Any 2xx is success.

    Args:
        from_ (str):
        password (str):
        to (str):
        body (str):
        smart (SendMessageGetSmart | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | SendMessageResponse]
    """

    kwargs = _get_kwargs(
        from_=from_,
        password=password,
        to=to,
        body=body,
        smart=smart,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    password: str,
    to: str,
    body: str,
    smart: SendMessageGetSmart | Unset = UNSET,
) -> ErrorMessage | SendMessageResponse | None:
    """Send one message (GET template)

     One call per recipient. Any 2xx is success.

    Args:
        from_ (str):
        password (str):
        to (str):
        body (str):
        smart (SendMessageGetSmart | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | SendMessageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            password=password,
            to=to,
            body=body,
            smart=smart,
        )
    ).parsed
