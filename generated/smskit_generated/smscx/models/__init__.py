"""Contains all the data models used in inputs/outputs"""

from .account_balance import AccountBalance
from .cancel_otp_response import CancelOtpResponse
from .cancel_otp_response_info import CancelOtpResponseInfo
from .data_number_lookup import DataNumberLookup
from .data_number_validate import DataNumberValidate
from .data_otp import DataOtp
from .data_reports import DataReports
from .data_sms import DataSms
from .delete_scheduled_campaign import DeleteScheduledCampaign
from .delete_scheduled_campaign_info import DeleteScheduledCampaignInfo
from .delete_scheduled_msg import DeleteScheduledMsg
from .delete_scheduled_msg_info import DeleteScheduledMsgInfo
from .error import Error
from .error_response import ErrorResponse
from .inbound_sms_response import InboundSmsResponse
from .inbound_sms_response_data_item import InboundSmsResponseDataItem
from .inbound_sms_response_info import InboundSmsResponseInfo
from .info import Info
from .network import Network
from .new_otp_request import NewOtpRequest
from .new_otp_request_pin_type import NewOtpRequestPinType
from .number_lookup_response import NumberLookupResponse
from .number_validate_response import NumberValidateResponse
from .numbers_validate_request import NumbersValidateRequest
from .numbers_validate_response import NumbersValidateResponse
from .numbers_validate_response_info import NumbersValidateResponseInfo
from .oauth_token_request import OauthTokenRequest
from .oauth_token_request_grant_type import OauthTokenRequestGrantType
from .oauth_token_response import OauthTokenResponse
from .report_single_response import ReportSingleResponse
from .send_sms_campaign_request import SendSmsCampaignRequest
from .send_sms_campaign_request_estimate import SendSmsCampaignRequestEstimate
from .send_sms_campaign_response import SendSmsCampaignResponse
from .send_sms_message_request import SendSmsMessageRequest
from .send_sms_message_response import SendSmsMessageResponse
from .send_sms_request_estimate import SendSmsRequestEstimate
from .text_analysis import TextAnalysis
from .transliteration import Transliteration
from .transliteration_alphabet import TransliterationAlphabet
from .verify_pin_request import VerifyPinRequest
from .verify_pin_response import VerifyPinResponse

__all__ = (
    "AccountBalance",
    "CancelOtpResponse",
    "CancelOtpResponseInfo",
    "DataNumberLookup",
    "DataNumberValidate",
    "DataOtp",
    "DataReports",
    "DataSms",
    "DeleteScheduledCampaign",
    "DeleteScheduledCampaignInfo",
    "DeleteScheduledMsg",
    "DeleteScheduledMsgInfo",
    "Error",
    "ErrorResponse",
    "InboundSmsResponse",
    "InboundSmsResponseDataItem",
    "InboundSmsResponseInfo",
    "Info",
    "Network",
    "NewOtpRequest",
    "NewOtpRequestPinType",
    "NumberLookupResponse",
    "NumbersValidateRequest",
    "NumbersValidateResponse",
    "NumbersValidateResponseInfo",
    "NumberValidateResponse",
    "OauthTokenRequest",
    "OauthTokenRequestGrantType",
    "OauthTokenResponse",
    "ReportSingleResponse",
    "SendSmsCampaignRequest",
    "SendSmsCampaignRequestEstimate",
    "SendSmsCampaignResponse",
    "SendSmsMessageRequest",
    "SendSmsMessageResponse",
    "SendSmsRequestEstimate",
    "TextAnalysis",
    "Transliteration",
    "TransliterationAlphabet",
    "VerifyPinRequest",
    "VerifyPinResponse",
)
