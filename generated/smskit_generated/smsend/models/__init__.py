"""Contains all the data models used in inputs/outputs"""

from .cancel_scheduled_order_response_400 import CancelScheduledOrderResponse400
from .cancel_scheduled_order_response_401 import CancelScheduledOrderResponse401
from .get_new_inbound_sms_response_400 import GetNewInboundSmsResponse400
from .get_new_inbound_sms_response_401 import GetNewInboundSmsResponse401
from .get_new_inbound_sms_response_404 import GetNewInboundSmsResponse404
from .get_order_status_response_400 import GetOrderStatusResponse400
from .get_order_status_response_401 import GetOrderStatusResponse401
from .get_user_status_response_400 import GetUserStatusResponse400
from .get_user_status_response_401 import GetUserStatusResponse401
from .inbound_sms_list import InboundSmsList
from .inbound_sms_list_srsmshistory_item import InboundSmsListSrsmshistoryItem
from .login_response_400 import LoginResponse400
from .order_status import OrderStatus
from .recipient_status import RecipientStatus
from .send_sms_request import SendSmsRequest
from .send_sms_request_encoding import SendSmsRequestEncoding
from .send_sms_response import SendSmsResponse
from .send_sms_response_400 import SendSmsResponse400
from .send_sms_response_401 import SendSmsResponse401
from .send_sms_response_404 import SendSmsResponse404
from .sms_credit import SmsCredit
from .token_response_400 import TokenResponse400
from .user_status import UserStatus

__all__ = (
    "CancelScheduledOrderResponse400",
    "CancelScheduledOrderResponse401",
    "GetNewInboundSmsResponse400",
    "GetNewInboundSmsResponse401",
    "GetNewInboundSmsResponse404",
    "GetOrderStatusResponse400",
    "GetOrderStatusResponse401",
    "GetUserStatusResponse400",
    "GetUserStatusResponse401",
    "InboundSmsList",
    "InboundSmsListSrsmshistoryItem",
    "LoginResponse400",
    "OrderStatus",
    "RecipientStatus",
    "SendSmsRequest",
    "SendSmsRequestEncoding",
    "SendSmsResponse",
    "SendSmsResponse400",
    "SendSmsResponse401",
    "SendSmsResponse404",
    "SmsCredit",
    "TokenResponse400",
    "UserStatus",
)
