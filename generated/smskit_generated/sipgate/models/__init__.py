"""Contains all the data models used in inputs/outputs"""

from .send_web_sms_request import SendWebSmsRequest
from .set_default_caller_id_request import SetDefaultCallerIdRequest
from .sms_caller_id import SmsCallerId
from .sms_caller_ids_response import SmsCallerIdsResponse
from .sms_extension import SmsExtension
from .sms_extensions_response import SmsExtensionsResponse
from .user_info import UserInfo

__all__ = (
    "SendWebSmsRequest",
    "SetDefaultCallerIdRequest",
    "SmsCallerId",
    "SmsCallerIdsResponse",
    "SmsExtension",
    "SmsExtensionsResponse",
    "UserInfo",
)
