"""Contains all the data models used in inputs/outputs"""

from .send_web_sms_request import SendWebSmsRequest
from .sms_extension import SmsExtension
from .sms_extensions_response import SmsExtensionsResponse
from .user_info import UserInfo

__all__ = (
    "SendWebSmsRequest",
    "SmsExtension",
    "SmsExtensionsResponse",
    "UserInfo",
)
