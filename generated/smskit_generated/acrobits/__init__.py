"""A client library for accessing Acrobits SMS web services (reference deployment)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
