from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_contacts_to_group_request import AddContactsToGroupRequest
from ...models.add_contacts_to_group_response import AddContactsToGroupResponse
from ...models.add_contacts_to_group_with_fields_request import AddContactsToGroupWithFieldsRequest
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    group_id: int,
    *,
    body: AddContactsToGroupRequest | AddContactsToGroupWithFieldsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/groups/{group_id}".format(
            group_id=quote(str(group_id), safe=""),
        ),
    }

    if isinstance(body, AddContactsToGroupRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddContactsToGroupResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AddContactsToGroupResponse.from_dict(response.json())

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
) -> Response[AddContactsToGroupResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AddContactsToGroupRequest | AddContactsToGroupWithFieldsRequest,
) -> Response[AddContactsToGroupResponse | ErrorResponse]:
    """Add contacts to group

    Args:
        group_id (int):
        body (AddContactsToGroupRequest | AddContactsToGroupWithFieldsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddContactsToGroupResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AddContactsToGroupRequest | AddContactsToGroupWithFieldsRequest,
) -> AddContactsToGroupResponse | ErrorResponse | None:
    """Add contacts to group

    Args:
        group_id (int):
        body (AddContactsToGroupRequest | AddContactsToGroupWithFieldsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddContactsToGroupResponse | ErrorResponse
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    group_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AddContactsToGroupRequest | AddContactsToGroupWithFieldsRequest,
) -> Response[AddContactsToGroupResponse | ErrorResponse]:
    """Add contacts to group

    Args:
        group_id (int):
        body (AddContactsToGroupRequest | AddContactsToGroupWithFieldsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddContactsToGroupResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AddContactsToGroupRequest | AddContactsToGroupWithFieldsRequest,
) -> AddContactsToGroupResponse | ErrorResponse | None:
    """Add contacts to group

    Args:
        group_id (int):
        body (AddContactsToGroupRequest | AddContactsToGroupWithFieldsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddContactsToGroupResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            body=body,
        )
    ).parsed
