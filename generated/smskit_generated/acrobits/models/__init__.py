"""Contains all the data models used in inputs/outputs"""

from .error_message import ErrorMessage
from .fetch_messages_request import FetchMessagesRequest
from .fetch_messages_response import FetchMessagesResponse
from .message import Message
from .send_message_get_smart import SendMessageGetSmart
from .send_message_request import SendMessageRequest
from .send_message_response import SendMessageResponse

__all__ = (
    "ErrorMessage",
    "FetchMessagesRequest",
    "FetchMessagesResponse",
    "Message",
    "SendMessageGetSmart",
    "SendMessageRequest",
    "SendMessageResponse",
)
